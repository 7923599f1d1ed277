import { addWorkingDays, isWorkingDay } from './calendar';
import { addDays, type LocalDate } from '../time/days';
import { TIMED_METHODS, type ServiceMethod } from '../court/service-methods';

/**
 * The day a document is deemed served (issue 15, the certificate of service). Main side only: it reads
 * the bank holiday tables. "Business day" in CPR 6.2(b) is any day but a Saturday, a Sunday, a bank
 * holiday, Christmas Day or Good Friday, which is the service standards' working day
 * (shared/standards/calendar.ts, England and Wales).
 *
 * - A claim form (the injunction application, a Part 8 claim) — CPR 6.14: the second business day after
 *   the step required by rule 7.5(1) was taken (posting, leaving, handing over, sending), whatever the
 *   method or the time of day.
 * - Any other document — CPR 6.26, by method: first class post and document exchange, the second day
 *   after posting if that is a business day, else the next business day after it; delivery to or leaving
 *   at the address, personal service and e-mail, that day if it was a business day and before 4.30pm,
 *   else the next business day.
 */
export interface ServiceStep {
  method: ServiceMethod;
  /** The day of the step, 'YYYY-MM-DD' (London). */
  on: LocalDate;
  /** 'HH:MM' (London), needed for the methods that turn on 4.30pm. */
  at: string | null;
  /** The document is a claim form (the application for an injunction): CPR 6.14 applies. */
  claimForm: boolean;
}

export interface DeemedService {
  on: LocalDate;
  rule: 'CPR 6.14' | 'CPR 6.26';
  /** Why that day, in a sentence the certificate and the screen can show. */
  why: string;
}

const nextBusinessDay = (day: LocalDate) => addWorkingDays(day, 1);
const CUT_OFF = '16:30';

export function deemedService(step: ServiceStep): DeemedService {
  if (step.claimForm) {
    return { on: addWorkingDays(step.on, 2), rule: 'CPR 6.14', why: 'A claim form is deemed served on the second business day after the step taken to serve it (CPR 6.14).' };
  }
  if (step.method === 'first-class-post' || step.method === 'document-exchange') {
    const second = addDays(step.on, 2);
    return isWorkingDay(second)
      ? { on: second, rule: 'CPR 6.26', why: 'Deemed served on the second day after it was posted, that day being a business day (CPR 6.26).' }
      : { on: nextBusinessDay(second), rule: 'CPR 6.26', why: 'The second day after posting is not a business day, so it is deemed served on the next business day after it (CPR 6.26).' };
  }
  if (!step.at) throw new Error(`deemedService: the time is needed for ${step.method}`);
  if (isWorkingDay(step.on) && step.at < CUT_OFF) return { on: step.on, rule: 'CPR 6.26', why: 'Served on a business day before 4.30pm, so deemed served that day (CPR 6.26).' };
  return { on: nextBusinessDay(step.on), rule: 'CPR 6.26', why: `Served ${isWorkingDay(step.on) ? 'at or after 4.30pm' : 'on a day that is not a business day'}, so deemed served on the next business day (CPR 6.26).` };
}

export const needsTime = (method: ServiceMethod) => TIMED_METHODS.includes(method);
