import type { ChannelInput } from '../../../../shared/ipc/contract';
import type { CasePlans } from '../../../../shared/schemas/standards';
import type { FormProblem } from '../../ui/ErrorSummary';
import { fromLondonInput, toLondonInput, whenProblem } from './londonInput';

export type Plan = CasePlans['plans'][number];

export interface ActionRow {
  /** Stable while editing, so React keeps each row's fields (and focus) in place. */
  key: number;
  what: string;
  who: string;
  byDate: string;
}

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
    actions: open.length ? open.map((a) => ({ key: nextKey++, what: a.what, who: a.who, byDate: a.byDate ?? '' })) : [blankAction()],
  };
}

const isBlank = (a: ActionRow) => !a.what.trim() && !a.who.trim() && !a.byDate;
export const actionFieldId = (a: ActionRow, part: 'what' | 'who') => `plan-action-${a.key}-${part}`;

export function planFieldErrors(v: PlanValues): Partial<Record<'agreedAt' | 'contactIntervalDays', string | null>> {
  const days = v.contactIntervalDays.trim();
  return {
    agreedAt: v.agreedAt.trim() ? whenProblem(v.agreedAt, 'the plan was agreed') : null,
    contactIntervalDays: days && (!/^\d+$/.test(days) || Number(days) < 1 || Number(days) > 90) ? 'Enter the days between contacts as a whole number from 1 to 90, or leave it empty.' : null,
  };
}

/**
 * Each half-filled action row's problem, tied to its field; empty rows are simply left out. A plan with
 * no actions at all must at least say what it is (its summary).
 */
export function actionProblems(actions: readonly ActionRow[], summary: string): FormProblem[] {
  const first = actions[0];
  if (first && !summary.trim() && actions.every(isBlank)) return [{ field: actionFieldId(first, 'what'), message: 'Add at least one action, or a summary of the plan.' }];
  return actions.flatMap((a, i) => {
    if (isBlank(a)) return [];
    const problems: FormProblem[] = [];
    if (!a.what.trim()) problems.push({ field: actionFieldId(a, 'what'), message: `Action ${i + 1}: say what will be done.` });
    if (!a.who.trim()) problems.push({ field: actionFieldId(a, 'who'), message: `Action ${i + 1}: say who will do it.` });
    return problems;
  });
}

export function toPlanInput(caseId: number, v: PlanValues): ChannelInput<'plan:save'> {
  const days = v.contactIntervalDays.trim();
  return {
    caseId,
    agreedAt: v.agreedAt.trim() ? fromLondonInput(v.agreedAt) : null,
    agreedWith: v.agreedWith.trim(),
    contactIntervalDays: days ? Number(days) : null,
    summary: v.summary.trim(),
    actions: v.actions.filter((a) => !isBlank(a)).map((a) => ({ what: a.what.trim(), who: a.who.trim(), byDate: a.byDate || null })),
  };
}
