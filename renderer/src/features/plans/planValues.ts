import type { ChannelInput } from '../../../../shared/ipc/contract';
import { PlanSaveInput, type CasePlans } from '../../../../shared/schemas/standards';
import { dayFromInput, fromIsoDate, instantFromInput, toLondonInput } from '../../../../shared/time/input';
import { futureTime } from '../../ui/forms/dates';
import { type FieldProblems, inFormOrder, type Place, schemaProblems } from '../../ui/forms/problems';

export type Plan = CasePlans['plans'][number];

export interface ActionRow {
  /** Stable while editing, so React keeps each row's fields (and focus) in place. */
  key: number;
  what: string;
  who: string;
  /** As typed: 21/11/2026. */
  byDate: string;
}

/** The plan form's answers, as typed. */
export interface PlanValues {
  agreedAt: string;
  agreedWith: string;
  contactIntervalDays: string;
  summary: string;
  actions: ActionRow[];
}

let nextKey = 1;
export const blankAction = (): ActionRow => ({ key: nextKey++, what: '', who: '', byDate: '' });

/** A new version starts from the current one (its open actions carried over), agreed now. */
export function startValues(current: Plan | null, now = new Date()): PlanValues {
  const open = current?.actions.filter((a) => !a.doneAt) ?? [];
  return {
    agreedAt: toLondonInput(now),
    agreedWith: current?.agreedWith ?? '',
    contactIntervalDays: current?.contactIntervalDays ? String(current.contactIntervalDays) : '',
    summary: current?.summary ?? '',
    actions: open.length ? open.map((a) => ({ key: nextKey++, what: a.what, who: a.who, byDate: a.byDate ? fromIsoDate(a.byDate) : '' })) : [blankAction()],
  };
}

const isBlank = (a: ActionRow) => !a.what.trim() && !a.who.trim() && !a.byDate.trim();
export const fieldId = (key: Exclude<keyof PlanValues, 'actions'>) => `plan-${key}`;
export const actionFieldId = (a: ActionRow, part: 'what' | 'who' | 'byDate') => `plan-action-${a.key}-${part}`;

/** The rows that say something; an empty row is simply left out. */
const keptRows = (v: PlanValues) => v.actions.filter((a) => !isBlank(a));

/** What main takes, from the form: also what its schema checks, so a malformed answer is kept as typed. */
export function toPlanInput(caseId: number, v: PlanValues): ChannelInput<'plan:save'> {
  const days = v.contactIntervalDays.trim();
  return {
    caseId,
    agreedAt: v.agreedAt.trim() ? instantFromInput(v.agreedAt) : null,
    agreedWith: v.agreedWith.trim(),
    contactIntervalDays: days ? ((/^\d+$/.test(days) ? Number(days) : days) as number) : null,
    summary: v.summary.trim(),
    actions: keptRows(v).map((a) => ({ what: a.what.trim(), who: a.who.trim(), byDate: a.byDate.trim() ? dayFromInput(a.byDate) : null })),
  };
}

/** Where each of the plan schema's answers is on the form, and the words for it. */
function placeOf(v: PlanValues) {
  const rows = keptRows(v);
  const first = v.actions[0];
  return (path: readonly PropertyKey[]): Place | null => {
    const [top, index, part] = path.map(String);
    if (top === 'agreedAt') return { field: fieldId('agreedAt'), words: { invalid: 'Enter when the plan was agreed like 21/11/2026 14:30, or leave it empty.' } };
    if (top === 'contactIntervalDays') {
      const words = 'Enter the days between contacts as a whole number from 1 to 90, or leave it empty.';
      return { field: fieldId('contactIntervalDays'), words: { invalid: words, missing: words } };
    }
    if (top === 'agreedWith' || top === 'summary') return { field: fieldId(top) };
    if (top !== 'actions' || !first) return null;
    const row = index === undefined ? undefined : rows[Number(index)];
    if (!row) return { field: actionFieldId(first, 'what'), words: { invalid: 'Add at least one action, or a summary of the plan.', missing: 'Add at least one action, or a summary of the plan.' } };
    const n = v.actions.indexOf(row) + 1;
    if (part === 'what') return { field: actionFieldId(row, 'what'), words: { missing: `Action ${n}: say what will be done.` } };
    if (part === 'who') return { field: actionFieldId(row, 'who'), words: { missing: `Action ${n}: say who will do it.` } };
    if (part === 'byDate') return { field: actionFieldId(row, 'byDate'), words: { invalid: `Action ${n}: enter the date like 21/11/2026, or leave it empty.` } };
    return { field: actionFieldId(row, 'what') };
  };
}

/** Every problem with the plan, by field id in form order: the schema's, then the clock's. */
export function planProblems(caseId: number, v: PlanValues): FieldProblems {
  const input = toPlanInput(caseId, v);
  const order = [...(['agreedAt', 'agreedWith', 'contactIntervalDays', 'summary'] as const).map(fieldId), ...v.actions.flatMap((a) => [actionFieldId(a, 'what'), actionFieldId(a, 'who'), actionFieldId(a, 'byDate')])];
  return inFormOrder(order, schemaProblems(PlanSaveInput, input, placeOf(v)), { [fieldId('agreedAt')]: futureTime(input.agreedAt, 'The time the plan was agreed') });
}
