import { Threshold, thresholdWords } from '../../shared/case-review/thresholds';
import type { ParsedInput } from '../../shared/ipc/contract';
import { AppError } from '../../shared/result';
import type { ThresholdVersions, ThresholdVersionView } from '../../shared/schemas/case-review';
import { formatDateUK } from '../../shared/time/london';
import type { ReadableDB, WritableDB } from '../db/connection';
import { baseThresholdRow, hasPartnerThresholdOn, insertPartnerThreshold, insertThresholdVersion, nextThresholdVersion, partnerThresholdRows, type ThresholdRow } from './store';

/**
 * A partner's ASB case review threshold over time (issue 20 §1): the relevant bodies of its area set it
 * in their review procedures and may change it. Each change is a new version in force from a day; an
 * application keeps the version in force on the day it was received (recorded on it), so a change never
 * rewrites a past decision. The Act's limits (no more than three complaints, a window of at least six
 * months) are the Threshold schema's.
 */
const SINCE_ACT = '2014-10-20'; // ss.104–105 came into force on 20 October 2014.

/** The partner's own threshold id: a partner's versions never change another area's. */
export const localThresholdId = (partner: string) => `local-${partner.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`.slice(0, 41);

function viewOf(row: ThresholdRow, extra: { inForceFrom: string | null; setBy: string | null; setAt: string | null; current: boolean }): ThresholdVersionView {
  const t = Threshold.parse(JSON.parse(row.definition));
  const { id, version, name, count, windowMonths, reportWithinMonths, hateIncidents, vulnerableCount, why } = t;
  return { id, version, name, words: thresholdWords(t), count, windowMonths, reportWithinMonths, hateIncidents, vulnerableCount, why, ...extra };
}

export function partnerThresholds(db: ReadableDB, partner: string, today: string): ThresholdVersions {
  const dated = partnerThresholdRows(db, partner);
  const inForce = dated.filter((d) => d.in_force_from <= today).at(-1) ?? null;
  return {
    partner,
    versions: [
      viewOf(baseThresholdRow(db, partner), { inForceFrom: null, setBy: null, setAt: null, current: inForce === null }),
      ...dated.map((r) => viewOf(r, { inForceFrom: r.in_force_from, setBy: r.set_by, setAt: r.set_at, current: r === inForce })),
    ],
  };
}

/** Adds a version of the partner's threshold, in force from a day; returns its id and version. */
export function addPartnerThreshold(db: WritableDB, input: ParsedInput<'casereview:setThreshold'>, user: { id: number }, at: string): { id: string; version: number } {
  if (input.inForceFrom < SINCE_ACT) throw new AppError('bad-input', `A threshold cannot be in force before the ASB case review began (${formatDateUK(SINCE_ACT)}).`);
  if (hasPartnerThresholdOn(db, input.partner, input.inForceFrom)) {
    throw new AppError('bad-input', `${input.partner} already has a threshold coming into force on ${formatDateUK(input.inForceFrom)}. Choose another day: each version is in force from its own day.`);
  }
  const id = localThresholdId(input.partner);
  const version = nextThresholdVersion(db, id);
  const { partner: _partner, inForceFrom: _from, ...rule } = input;
  const t = Threshold.parse({ ...rule, id, version });
  insertThresholdVersion(db, { id, version, name: t.name, definition: JSON.stringify(t), at });
  insertPartnerThreshold(db, { partner: input.partner, inForceFrom: input.inForceFrom, id, version, by: user.id, at });
  return { id, version };
}
