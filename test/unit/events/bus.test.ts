import { describe, expect, it } from 'vitest';
import type { WritableDB } from '../../../main/db/connection';
import { type DocumentSent, publish, subscribe, subscribersOf } from '../../../main/events/bus';

const db = {} as WritableDB; // the bus only hands the caller's handle on
const made = (serves: DocumentSent['serves'] = []): DocumentSent => ({
  kind: 'document-sent',
  caseId: 1,
  documentId: 2,
  templateId: 'acknowledgement',
  title: 'Acknowledgement of a report',
  serves,
  partyId: 3,
  at: '2026-11-21T09:00:00.000Z',
  sentOn: '2026-11-21',
  recordedAt: '2026-11-21T09:00:00.000Z',
  userId: 4,
  officerName: 'Jo Baptiste',
  nextContact: '28/11/2026',
});

describe('the in-process event bus', () => {
  it('refuses to publish an event nobody is wired for, rather than lose what it records', () => {
    expect(() => publish(db, made())).toThrow(/nothing is subscribed to document-sent; wireSubscribers\(\)/);
  });

  it('runs every subscriber synchronously, in the order they were wired, with the caller\'s handle', () => {
    const seen: string[] = [];
    const off = [
      subscribe('document-sent', 'a', (handle, e) => seen.push(`a:${e.documentId}:${handle === db}`)),
      subscribe('document-sent', 'b', (_db, e) => seen.push(`b:${e.serves.join('+')}`)),
    ];
    publish(db, made(['acknowledged']));
    expect(seen).toEqual(['a:2:true', 'b:acknowledged']);
    off.forEach((f) => f());
    expect(subscribersOf('document-sent')).toEqual([]);
  });

  it('replaces a subscriber wired again under the same name (each Core wires the same ones)', () => {
    const seen: string[] = [];
    const first = subscribe('document-sent', 'same', () => seen.push('first'));
    const second = subscribe('document-sent', 'same', () => seen.push('second'));
    publish(db, made());
    expect(seen).toEqual(['second']);
    first(); // the replaced one's removal leaves the replacement alone
    expect(subscribersOf('document-sent')).toEqual(['same']);
    second();
  });

  it('lets a subscriber\'s error reach the publisher (so its transaction rolls back) and stops there', () => {
    const seen: string[] = [];
    const off = [subscribe('document-sent', 'fails', () => {
      throw new Error('no space');
    }), subscribe('document-sent', 'after', () => seen.push('after'))];
    expect(() => publish(db, made())).toThrow('no space');
    expect(seen).toEqual([]);
    off.forEach((f) => f());
  });
});
