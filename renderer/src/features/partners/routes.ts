/** The Partners screen, or one partner on it: letters that lack a partner detail link here. */
export const partnersHref = '#/partners';
export const partnerHref = (code: string) => `#/partners/${code}`;
