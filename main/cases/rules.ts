import { AppError } from '../../shared/result';
import { MOTIVATION_STRAND, PROTECTED_ROLES, type Motivation, type PartyRole, type Tenure } from '../../shared/domain/vocabulary';
import { londonDate, londonTime } from '../../shared/time/london';

/** Rules about the case record that need the clock or other records; each throws a sentence to show. */

export const TENANT_TENURES: readonly Tenure[] = ['secure', 'assured', 'starter'];

export function normaliseInstant(iso: string): string {
  return new Date(iso).toISOString();
}

/**
 * When an incident happened, as stored (issue 17). A day given without a time is kept as the start of that
 * London day, with the time marked unknown: whatever is counted from it (the period a report counts it
 * in, the chronology's order, and any deadline counted from it) starts as early as it could have, so an
 * estimate never makes a deadline fall later than the true time would, and the day stays the day given.
 */
export function incidentInstant(occurredAt: string, timeKnown: boolean): string {
  return timeKnown ? normaliseInstant(occurredAt) : londonTime(londonDate(new Date(occurredAt)), 0, 0).toISOString();
}

export function assertNotFuture(iso: string, now: Date, what: string): void {
  // A minute of grace for clocks that disagree between the officer's PC and a phone.
  if (new Date(iso).getTime() > now.getTime() + 60_000) {
    throw new AppError('bad-input', `${what} is in the future. Check the date and time.`);
  }
}

/** An incident is reported when or after it happens, and not in the future (issue 15: "reported" means told). */
export function assertReportedAfter(occurredAt: string, reportedAt: string | null, now: Date, what = 'The incident'): void {
  if (!reportedAt) return;
  assertNotFuture(reportedAt, now, `${what}’s report time`);
  if (new Date(reportedAt).getTime() < new Date(occurredAt).getTime()) {
    throw new AppError('bad-input', `${what} is recorded as reported before it happened. Check when it happened and when the Claimant was told.`);
  }
}

export function assertDateOfBirth(dob: string | null, now: Date, who: string): void {
  if (!dob) return;
  if (dob > londonDate(now)) throw new AppError('bad-input', `The date of birth of ${who} is in the future.`);
  if (dob < '1900-01-01') throw new AppError('bad-input', `The date of birth of ${who} is before 1900. Check the year.`);
}

export function assertResponsibleIsTenant(role: PartyRole, responsible: { tenure: Tenure | null; name: string } | null, who: string): void {
  if (role !== 'household-member' && role !== 'visitor') return;
  if (!responsible) return; // the tenant may not be known yet
  if (!responsible.tenure || !TENANT_TENURES.includes(responsible.tenure)) {
    throw new AppError('bad-input', `${who} is linked to ${responsible.name || 'a person'} as the responsible tenant, but that person has no tenancy recorded (P3.8).`);
  }
}

export function assertConsentableRole(role: PartyRole, who: string): void {
  if (!PROTECTED_ROLES.includes(role)) {
    throw new AppError('bad-input', `Consent to share identity is recorded for complainants, victims and witnesses; ${who} is not one.`);
  }
}

/**
 * P3.2 and the regulator: a hate incident (for NM01) is one perceived as motivated by one of the five
 * strands, by anyone. Each motivation counts under its strand (vocabulary.ts MOTIVATION_STRAND); a case
 * perceived as harassment on another ground (age, none ticked) is still investigated as harassment
 * (cases.perceived_harassment), but is not a hate incident in the regulator's count.
 */
export function isHateIncident(category: string, perceived: boolean, motivation: readonly Motivation[]): boolean {
  return category === 'hate-incident' || (perceived && motivation.some((m) => MOTIVATION_STRAND[m] !== null));
}
