import { isWorkingDay } from './calendar';
import { addDays, type LocalDate } from '../time/days';

/**
 * When a response to a data subject's request is due (UK GDPR Art. 12(3)): one month, extendable by two
 * further months where the request is complex or one of several. As the ICO counts it: from the day the
 * request is received (or, when proof of identity was asked for, the day it was confirmed) to the
 * corresponding calendar date in the month after; the last day of that month when it has no such date
 * (received 31 January: due 28 or 29 February); and, when that day is a weekend or a bank holiday, the
 * next working day.
 */
export function sarDueOn(start: LocalDate, months: 1 | 3): LocalDate {
  const [y, m, d] = start.split('-').map(Number) as [number, number, number];
  const target = m - 1 + months;
  const year = y + Math.floor(target / 12);
  const month = (target % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  let due = `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}` as LocalDate;
  while (!isWorkingDay(due)) due = addDays(due, 1);
  return due;
}

/** The day the clock starts: the later of the day received and the day the requester's identity was confirmed. */
export const sarClockStarts = (receivedOn: LocalDate, identityCheckedOn: LocalDate): LocalDate => (identityCheckedOn > receivedOn ? identityCheckedOn : receivedOn);
