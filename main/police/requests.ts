import { AppError } from '../../shared/result';
import type { PoliceRefuseInput } from '../../shared/schemas/police-requests';
import type { WritableDB } from '../db/connection';
import type { SessionUser } from '../security/session';
import { insertPoliceRequest } from './store';

/**
 * Police requests that are not answered with a pack (P3.11–3.14): a request refused is recorded with who
 * asked, under what basis, for what and why it was refused. Nothing leaves Hearth, so nothing goes in the
 * disclosure log; the request and its audit event are the record that the police asked and were told no.
 */
export function receivedOnOf(receivedOn: string | null, today: string): string {
  if (receivedOn && receivedOn > today) throw new AppError('bad-input', 'The day the police asked is in the future. Enter the day the request came in.');
  return receivedOn ?? today;
}

export function refusePoliceRequest(db: WritableDB, input: PoliceRefuseInput, user: SessionUser, at: string, today: string): number {
  return insertPoliceRequest(db, { ...input, receivedOn: receivedOnOf(input.receivedOn, today), decision: 'refused', evidenceIds: [], sha256: null, by: user.id, at });
}
