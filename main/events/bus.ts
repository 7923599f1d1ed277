import type { Serves } from '../../shared/schemas/documents';
import type { WritableDB } from '../db/connection';

/**
 * In-process events between features (issue 14). A feature announces what happened to its own records;
 * each feature whose records follow from it subscribes and writes its own tables. So documents/ says what
 * a letter serves and never writes the deadlines', plans' or closure's tables itself.
 *
 * - Synchronous, in the publisher's transaction: a subscriber's writes commit with the change that caused
 *   them, and a subscriber that throws rolls the whole change back (dispatch's model, audited-run.ts).
 * - Wired once, at start-up, in main/subscribers.ts (called by createCore), never by importing a file for
 *   its side effects. Publishing an event nobody is wired for is an error, not a silent loss.
 */

/**
 * A made document was recorded as sent (documents/sending/service.ts, issue 17): what it serves, for whom,
 * when it went. Making a letter announces nothing: a letter that was only made has reached nobody.
 */
export interface DocumentSent {
  kind: 'document-sent';
  caseId: number;
  documentId: number;
  templateId: string;
  /** The template's title, as the letter is named in the chronology. */
  title: string;
  /** The service-standard facts it meets (its template's `serves`). */
  serves: readonly Serves[];
  /** The party it is addressed to, or null (an agency, the court, the residents of an area). */
  partyId: number | null;
  /** When it was sent, as recorded. */
  at: string;
  /** The London date it was sent. */
  sentOn: string;
  /** When it was recorded, and by whom. */
  recordedAt: string;
  userId: number;
  /** What an acknowledgement names (P4.6): the officer, and when the next contact will be. */
  officerName: string;
  nextContact: string;
}

/**
 * Information about people left Hearth other than as a sent letter (issue 21 item 4): a court bundle was
 * built, a referral made, a subject access pack or a police evidence pack made, a record exported. The
 * disclosure log (main/disclosures/) records each; the feature that let it out says what, to whom, why.
 */
export interface InformationDisclosed {
  kind: 'information-disclosed';
  what: 'bundle' | 'referral' | 'sar-pack' | 'police-pack' | 'export';
  /** In words: "Court bundle B (312 pages)". */
  title: string;
  caseId: number | null;
  /** The record it came from, unique per disclosure: 'bundle:4', 'referral:9', 'sar-pack:2'. */
  source: string;
  /** The people it was about (party records). */
  partyIds: readonly number[];
  recipient: string;
  lawfulBasis: string;
  approvedBy: number;
  at: string;
}

export type DomainEvent = DocumentSent | InformationDisclosed;
export type EventKind = DomainEvent['kind'];
export type EventOf<K extends EventKind> = Extract<DomainEvent, { kind: K }>;
export type Subscriber<K extends EventKind> = (db: WritableDB, event: EventOf<K>) => void;

type AnySubscriber = (db: WritableDB, event: DomainEvent) => void;
const subscribers = new Map<EventKind, Map<string, AnySubscriber>>();

/**
 * Registers `subscriber` for events of `kind` under `name`; registering the same name again replaces it
 * (each Core wires the same subscribers). Returns a function that removes it.
 */
export function subscribe<K extends EventKind>(kind: K, name: string, subscriber: Subscriber<K>): () => void {
  let forKind = subscribers.get(kind);
  if (!forKind) subscribers.set(kind, (forKind = new Map()));
  // Only events of `kind` reach it (publish looks subscribers up by the event's kind).
  const stored = subscriber as unknown as AnySubscriber;
  forKind.set(name, stored);
  return () => {
    if (forKind.get(name) === stored) forKind.delete(name);
  };
}

/** The names subscribed to `kind`, in the order they run. */
export const subscribersOf = (kind: EventKind): string[] => [...(subscribers.get(kind)?.keys() ?? [])];

/** Runs every subscriber of the event's kind, in registration order, on the caller's handle and transaction. */
export function publish(db: WritableDB, event: DomainEvent): void {
  const forKind = subscribers.get(event.kind);
  if (!forKind?.size) throw new Error(`events: nothing is subscribed to ${event.kind}; wireSubscribers() (main/subscribers.ts) was not called`);
  for (const subscriber of forKind.values()) subscriber(db, event);
}
