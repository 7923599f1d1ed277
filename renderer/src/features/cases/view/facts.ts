import type { RECORDABLE_FACTS } from '../../../../../shared/schemas/standards';

export type RecordableFact = (typeof RECORDABLE_FACTS)[number];

/** What the officer did, in words, for each fact that meets a service standard (DESIGN §4). */
export const FACT_CHOICES: readonly { code: RecordableFact; label: string }[] = [
  { code: 'acknowledged', label: 'Report acknowledged (officer named, next contact date given)' },
  { code: 'urgent-response', label: 'Urgent response made' },
  { code: 'graffiti-removed', label: 'Graffiti removed' },
  { code: 'repair-done', label: 'Emergency repair done' },
  { code: 'case-review', label: 'Case reviewed' },
  { code: 'survey-offered', label: 'Feedback survey offered' },
  { code: 'emergency-steps', label: 'Emergency steps taken for someone in immediate danger' },
];
