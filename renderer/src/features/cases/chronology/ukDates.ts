/**
 * Chronology titles and details are written by main; any ISO day in them ("obtained 2026-11-21") is
 * shown the UK way (21/11/2026) so the whole screen reads one way.
 */
export const ukDatesIn = (text: string) => text.replace(/\b(\d{4})-(\d{2})-(\d{2})\b(?!T)/g, '$3/$2/$1');
