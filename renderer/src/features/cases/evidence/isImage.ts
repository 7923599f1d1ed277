export const isImage = (type: string) => type === 'jpeg' || type === 'png';
