import type { Profile } from '../../../../shared/standards/profile';
import type { Unit, VariantWhen } from './profileWords';

/**
 * The profile editor's values: amounts as typed (strings), everything else as the profile has it.
 * Field paths are the profile's own ("rules.3.due.amount"), so a message from main about
 * "profile.rules.3.due" finds its field; the element id is the path with dashes.
 */
export interface VariantDraft {
  key: number;
  when: VariantWhen;
  amount: string;
  unit: Unit;
}
export interface RuleDraft {
  amount: string;
  unit: Unit;
  variants: VariantDraft[];
}
export interface EditorValues {
  name: string;
  injunctionAdultsOnly: boolean;
  appealWindowWorkingDays: string;
  rules: RuleDraft[];
}

let nextKey = 1;
export const newVariant = (): VariantDraft => ({ key: nextKey++, when: 'violence-or-threat', amount: '1', unit: 'working-days' });

export const fieldId = (path: string) => `pf-${path.replaceAll('.', '-')}`;

export function toEditorValues(p: Profile): EditorValues {
  return {
    name: p.name,
    injunctionAdultsOnly: p.settings.injunctionAdultsOnly,
    appealWindowWorkingDays: String(p.settings.appealWindowWorkingDays),
    rules: p.rules.map((r) => ({
      amount: String(r.due.amount),
      unit: r.due.unit,
      variants: r.variants.map((v) => ({ key: nextKey++, when: v.when, amount: String(v.due.amount), unit: v.due.unit })),
    })),
  };
}

/** Every editable field's path, in form order: where a problem can be shown. */
export function fieldPaths(v: EditorValues): string[] {
  return [
    'name',
    'settings.injunctionAdultsOnly',
    'settings.appealWindowWorkingDays',
    ...v.rules.flatMap((r, i) => [
      `rules.${i}.due.amount`,
      `rules.${i}.due.unit`,
      ...r.variants.flatMap((_, j) => [`rules.${i}.variants.${j}.when`, `rules.${i}.variants.${j}.due.amount`, `rules.${i}.variants.${j}.due.unit`]),
    ]),
  ];
}

const whole = (text: string, min: number, max: number) => /^\d+$/.test(text.trim()) && Number(text) >= min && Number(text) <= max;

/** The checks worth making before asking main: names and whole numbers. Main checks the rest. */
export function localProblems(v: EditorValues): Record<string, string> {
  const found: Record<string, string> = {};
  if (v.name.trim().length < 3) found.name = 'Enter a name of at least 3 characters.';
  if (!whole(v.appealWindowWorkingDays, 1, 60)) found['settings.appealWindowWorkingDays'] = 'Enter the working days as a whole number from 1 to 60.';
  v.rules.forEach((r, i) => {
    if (!whole(r.amount, 0, 1000)) found[`rules.${i}.due.amount`] = 'Enter the amount as a whole number from 0 to 1000.';
    r.variants.forEach((x, j) => {
      if (!whole(x.amount, 0, 1000)) found[`rules.${i}.variants.${j}.due.amount`] = 'Enter the amount as a whole number from 0 to 1000.';
    });
  });
  return found;
}

export function toProfile(base: Profile, v: EditorValues): Profile {
  return {
    ...base,
    name: v.name.trim(),
    settings: { injunctionAdultsOnly: v.injunctionAdultsOnly, appealWindowWorkingDays: Number(v.appealWindowWorkingDays.trim()) },
    rules: base.rules.map((rule, i) => {
      const d = v.rules[i]!;
      return { ...rule, due: { amount: Number(d.amount.trim()), unit: d.unit }, variants: d.variants.map((x) => ({ when: x.when, due: { amount: Number(x.amount.trim()), unit: x.unit } })) };
    }),
  };
}
