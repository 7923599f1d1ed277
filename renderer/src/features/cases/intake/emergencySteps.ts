/**
 * The council page's steps for someone in immediate danger (issue 18): the intake prompts them, and the
 * saved report records which were taken, as one dated entry that meets the same-day item.
 */
export const EMERGENCY_STEPS = [
  { code: 'police', prompt: 'If anyone is at risk right now, call the police on 999.', done: 'Called the police (999)' },
  {
    code: 'accommodation',
    prompt: 'If staying at home is not safe, ask the local authority for emergency accommodation under its homelessness duty for the tenant and their household.',
    done: 'Asked the local authority for emergency accommodation (homelessness duty)',
  },
  { code: 'move', prompt: 'Consider a management move, if it would reduce the risk.', done: 'Considered a management move' },
] as const;
export type EmergencyStep = (typeof EMERGENCY_STEPS)[number]['code'];

/** The dated entry's words: the steps taken, then the officer's note. */
export function emergencyNote(taken: readonly EmergencyStep[], note: string): string {
  const lines = EMERGENCY_STEPS.filter((s) => taken.includes(s.code)).map((s) => `${s.done}.`);
  return [...lines, note.trim()].filter(Boolean).join('\n');
}
