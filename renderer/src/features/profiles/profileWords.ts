import type { CONDITIONS, Duration, FactKind, Rule, Trigger, UNITS, VARIANT_WHEN } from '../../../../shared/standards/profile';

/** A profile's rules in the words of the policy: "5 working days", "24 hours", "same day". */
export type Unit = (typeof UNITS)[number];
export type VariantWhen = (typeof VARIANT_WHEN)[number];

const UNIT_WORDS: Record<Unit, [string, string]> = {
  hours: ['hour', 'hours'],
  'same-day': ['same day', 'same day'],
  'working-days': ['working day', 'working days'],
  'calendar-days': ['calendar day', 'calendar days'],
  'calendar-months': ['calendar month', 'calendar months'],
};

export const UNIT_OPTIONS = (Object.keys(UNIT_WORDS) as Unit[]).map((u) => ({ value: u, label: UNIT_WORDS[u][1] }));

export function durationWords(d: Duration): string {
  if (d.unit === 'same-day') return 'Same day';
  return `${d.amount} ${UNIT_WORDS[d.unit][d.amount === 1 ? 0 : 1]}`;
}

export const VARIANT_WORDS: Record<VariantWhen, string> = {
  'violence-or-threat': 'violence or threat of violence',
  'high-risk': 'high risk',
};
export const VARIANT_OPTIONS = (Object.keys(VARIANT_WORDS) as VariantWhen[]).map((w) => ({ value: w, label: VARIANT_WORDS[w][0]!.toUpperCase() + VARIANT_WORDS[w].slice(1) }));

const FACT_WORDS: Record<FactKind, string> = {
  acknowledged: 'acknowledgement',
  'urgent-response': 'urgent response',
  'graffiti-removed': 'graffiti removal',
  'repair-done': 'emergency repair done',
  'weekend-referral': 'weekend referral',
  'complainant-contact': 'contact with the complainant',
  'complainant-interview': 'interview with the complainant',
  'plan-agreed': 'action plan agreed',
  'plan-review': 'plan review',
  'plan-issued': 'updated plan sent',
  'case-review': 'case review',
  'survey-offered': 'feedback survey offered',
  'abc-started': 'Acceptable Behaviour Contract started',
  'abc-review': 'ABC review',
  'abc-ended': 'end of an ABC',
  'emergency-steps': 'emergency steps taken',
};

export function triggerWords(t: Trigger): string {
  switch (t.on) {
    case 'report-received':
      return 'Report received';
    case 'case-closed':
      return 'Case closed';
    case 'first':
      return `First ${FACT_WORDS[t.fact]}`;
    case 'each':
      return `Each ${FACT_WORDS[t.fact]}${t.changedPlan ? ' that changed the plan' : ''}`;
  }
}

const CONDITION_WORDS: Record<(typeof CONDITIONS)[number], string | null> = {
  always: null,
  'urgent-category': 'Only for hate incidents, racial harassment and domestic abuse.',
  graffiti: 'Only when there is offensive or discriminatory graffiti.',
  'emergency-repair': 'Only when an emergency repair is needed.',
  'friday-rule': 'Only for reports on the last working day before a weekend or bank holiday, with fear of violence.',
  'immediate-danger': 'Only when someone is in immediate danger.',
  'weekend-rule': 'Only for reports with fear of violence made on the last working day before a weekend or bank holiday, or on one of those days.',
};
/** When the rule applies, and what else a reader should know about it, or null. */
export function ruleNotes(rule: Rule): string | null {
  const notes = [
    CONDITION_WORDS[rule.appliesWhen],
    rule.planSetsInterval ? 'The action plan may set its own interval.' : null,
    rule.atLeastHours ? `Never due less than ${rule.atLeastHours} hours after it starts.` : null,
    rule.endsWith ? `Ends with the ${FACT_WORDS[rule.endsWith]}.` : null,
    rule.why ?? null,
  ].filter(Boolean);
  return notes.length ? notes.join(' ') : null;
}

const SHORT_VARIANT_WORDS: Record<VariantWhen, string> = { 'violence-or-threat': 'violence or threat', 'high-risk': 'high risk' };

/** Faster limits grouped by duration: "1 working day: violence or threat, or high risk". */
export function variantGroups(rule: Rule): { due: string; when: string }[] {
  const groups = new Map<string, string[]>();
  for (const v of rule.variants) groups.set(durationWords(v.due), [...(groups.get(durationWords(v.due)) ?? []), SHORT_VARIANT_WORDS[v.when]]);
  return [...groups].map(([due, when]) => ({ due, when: when.join(', or ') }));
}

