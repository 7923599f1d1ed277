import { Profile } from '../../../../shared/standards/profile';
import { schemaProblems, type Words } from '../../ui/forms/problems';
import { placeProblem } from './serverProblems';
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
  orderExpiryReminderDays: string;
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
    orderExpiryReminderDays: String(p.settings.orderExpiryReminderDays),
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
    'settings.orderExpiryReminderDays',
    ...v.rules.flatMap((r, i) => [
      `rules.${i}.due.amount`,
      `rules.${i}.due.unit`,
      ...r.variants.flatMap((_, j) => [`rules.${i}.variants.${j}.when`, `rules.${i}.variants.${j}.due.amount`, `rules.${i}.variants.${j}.due.unit`]),
    ]),
  ];
}

/** A whole number as typed: the number, or the text itself for the schema to refuse. */
const amount = (text: string): number => (/^\d+$/.test(text.trim()) ? Number(text.trim()) : (text.trim() as unknown as number));

const AMOUNT = { missing: 'Enter the amount as a whole number from 0 to 1000.', invalid: 'Enter the amount as a whole number from 0 to 1000.' };
const WORDS: Record<string, Words> = {
  name: { missing: 'Enter a name of at least 3 characters.', invalid: 'Enter a name of at least 3 characters.' },
  'settings.appealWindowWorkingDays': { missing: 'Enter the working days as a whole number from 1 to 60.', invalid: 'Enter the working days as a whole number from 1 to 60.' },
  'settings.orderExpiryReminderDays': { missing: 'Enter the days as a whole number from 1 to 180.', invalid: 'Enter the days as a whole number from 1 to 180.' },
};

/**
 * What the profile's shared schema (shared/standards/profile.ts) refuses, by field path: the same checks
 * main makes, names and whole numbers included, so most answers are put right before anything is sent.
 */
export function localProblems(base: Profile, v: EditorValues): Record<string, string> {
  const fields = fieldPaths(v);
  return schemaProblems(Profile, toProfile(base, v), (path) => {
    const dotted = path.map(String).join('.');
    const field = placeProblem(dotted, fields);
    if (!field) return null;
    // A number that is not one, or out of range, is the amount's own problem; a rule's message about
    // its whole time limit ("Same day" takes no amount) keeps the schema's words.
    const words = dotted.endsWith('.amount') ? AMOUNT : WORDS[dotted];
    return { field, words };
  });
}

export function toProfile(base: Profile, v: EditorValues): Profile {
  return {
    ...base,
    name: v.name.trim(),
    settings: { injunctionAdultsOnly: v.injunctionAdultsOnly, appealWindowWorkingDays: amount(v.appealWindowWorkingDays), orderExpiryReminderDays: amount(v.orderExpiryReminderDays) },
    rules: base.rules.map((rule, i) => {
      const d = v.rules[i]!;
      return { ...rule, due: { amount: amount(d.amount), unit: d.unit }, variants: d.variants.map((x) => ({ when: x.when, due: { amount: amount(x.amount), unit: x.unit } })) };
    }),
  };
}
