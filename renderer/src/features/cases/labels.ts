/** Short flag labels for tight places (the case list, tags). */
export const FLAG_SHORT: Record<string, string> = {
  'violence-or-threat': 'Violence',
  'fear-of-violence': 'Fear of violence',
  'discriminatory-graffiti': 'Graffiti',
  'emergency-repair': 'Emergency repair',
};

export const CASES_HREF = '#/cases';
export const REPORT_HREF = '#/report';
