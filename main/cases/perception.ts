import { AppError } from '../../shared/result';
import type { HarassmentJudgementInput } from '../../shared/schemas/cases';
import { londonDate } from '../../shared/time/london';
import type { WritableDB } from '../db/connection';
import { caseReceivedDate, insertHarassmentJudgement, touchCase } from '../db/queries/cases';
import type { z } from 'zod';

/**
 * P3.2 (issue 18): a case perceived as harassment is investigated as harassment from intake; "upon
 * further investigation, we will make a judgement on whether to continue to manage the case as
 * harassment". The judgement is a dated decision in the chronology, with who made it and why.
 *
 * Decision: a judgement not to continue does not rewrite what intake started (the 24-hour response it
 * owed stays on the record, met or not); the case header says how the case is managed from that date.
 */
export function recordHarassmentJudgement(db: WritableDB, input: z.output<typeof HarassmentJudgementInput>, by: number, now: Date): number {
  if (input.decidedOn > londonDate(now)) throw new AppError('bad-input', 'The judgement’s date is in the future. Check the date.');
  const received = caseReceivedDate(db, input.caseId);
  if (input.decidedOn < received) throw new AppError('bad-input', 'The judgement is dated before the report was received. Check the date.');
  const at = now.toISOString();
  return db.transaction(() => {
    const id = insertHarassmentJudgement(db, { caseId: input.caseId, continues: input.continues, reason: input.reason, decidedOn: input.decidedOn, by, at });
    touchCase(db, input.caseId, at);
    return id;
  })();
}
