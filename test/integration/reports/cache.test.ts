import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMeasures } from '../../../shared/reports/measures';
import { periodBounds } from '../../../shared/reports/period';
import type { ReadableDB } from '../../../main/db/connection';
import { nextDueInPeriod } from '../../../main/db/queries/reports/facts';
import { periodMeasures } from '../../../main/reports/cache';
import { loadFacts } from '../../../main/reports/facts';
import { resolveScope } from '../../../main/reports/scope';
import { buildFixture, type Fixture, NOW, Q1 } from './fixture';

/**
 * The report's per-period cache (main/reports/cache.ts, issue 17's quarter switch): a figure it answers is
 * always the one a fresh count gives — after a change to the data, and after a deadline falls due — and
 * the audit event every request writes does not throw it away.
 */
let root: string;
let fx: Fixture;
const Q2 = { from: '2026-07-01', to: '2026-09-30' } as const; // the quarter "now" (15 July 2026) is in

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'hearth-report-cache-'));
  fx = await buildFixture(root);
}, 120_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

const session = () => fx.app.core.sessions.current()!;
const db = () => session().ws.db as ReadableDB;
const scope = () => resolveScope(db(), session().user, { partners: [] });
const fresh = (period: { from: string; to: string }, now: Date) => buildMeasures(loadFacts(db(), scope(), period, 'all', now));
const cached = (period: { from: string; to: string }, now: Date) => periodMeasures(db(), scope(), period, 'all', now);

describe('the report cache', () => {
  it('answers a period again without counting while only the audit log grows', async () => {
    const first = cached(Q1, NOW);
    expect(first).toEqual(fresh(Q1, NOW));
    await fx.app.must('report:get', { filters: { ...Q1 } }); // audited, as every request is
    await fx.app.must('case:list', {});
    expect(cached(Q1, NOW)).toBe(first); // the same object: not counted again
  });

  it('counts again after a change to the data, and gives the new figure', async () => {
    const before = cached(Q1, NOW);
    await fx.app.must('case:create', {
      partner: 'C33',
      receivedAt: '2026-06-20T10:00:00Z',
      method: 'phone',
      category: 'asb',
      location: { address: '2 Test Street', estate: 'Elm Estate', postcode: 'N1 3CC' },
      motivation: [],
      perceivedAsHate: false,
      parties: [{ key: 'c1', role: 'complainant', name: 'Nat New' }],
      incidents: [{ occurredAt: '2026-06-19T21:00:00Z', description: 'Loud music late at night.', acts: ['nuisance'] }],
      linkToCaseIds: [],
    });
    const after = cached(Q1, NOW);
    expect(after.cases.total).toBe(before.cases.total + 1);
    expect(after).toEqual(fresh(Q1, NOW));
  });

  it('counts again once a deadline of the period falls due, so "not yet due" becomes "breached" as a fresh count says', async () => {
    // A case received now: its acknowledgement is due in this quarter and not yet met.
    await fx.app.must('case:create', {
      partner: 'C33',
      receivedAt: NOW.toISOString(),
      method: 'phone',
      category: 'asb',
      location: { address: '3 Test Street', estate: 'Elm Estate', postcode: 'N1 3DD' },
      motivation: [],
      perceivedAsHate: false,
      parties: [{ key: 'c1', role: 'complainant', name: 'Noor Now' }],
      incidents: [{ occurredAt: '2026-07-14T21:00:00Z', description: 'Shouting on the landing.', acts: ['nuisance'] }],
      linkToCaseIds: [],
    });
    const early = cached(Q2, NOW);
    const next = nextDueInPeriod(db(), { ...periodBounds(Q2), now: NOW.toISOString() });
    expect(next).not.toBeNull();
    // Until that deadline, the figures counted at NOW still hold and are kept.
    expect(cached(Q2, new Date(new Date(next!).getTime() - 60_000))).toBe(early);
    const later = new Date(new Date(next!).getTime() + 60_000);
    expect(fresh(Q2, later)).not.toEqual(early); // the deadline really changes a figure
    expect(cached(Q2, later)).toEqual(fresh(Q2, later));
  });
});
