import { afterEach, describe, expect, it } from 'vitest';
import { subscribe, subscribersOf } from '../../../main/events/bus';
import { SERVES } from '../../../shared/schemas/documents';
import { makeWorkspace, type TestApp } from '../../helpers/core';
import { useTempDirs } from '../../helpers/temp';
import { richCase, send } from './fixture';

/**
 * What a document serves is announced by documents/ when it is recorded as sent (issue 17; making it
 * announces nothing) and recorded by the feature that owns each fact (main/subscribers.ts), inside the
 * transaction that records the sending (issue 14). The effects themselves (each template meets its rule)
 * are in documents.test.ts; these hold the wiring: once only, at the time a letter was sent, one transaction.
 */
const temp = useTempDirs();
let unsubscribe: (() => void) | null = null;
afterEach(() => {
  unsubscribe?.();
  unsubscribe = null;
});

const deadlineFacts = async (app: TestApp, caseId: number) => (await app.must('case:get', { id: caseId })).chronology.filter((i) => i.kind === 'deadline');

describe('what a document serves', () => {
  it('is wired for every fact a template can serve, once per process however many cores start', async () => {
    await makeWorkspace(temp());
    await makeWorkspace(temp());
    expect(subscribersOf('document-sent')).toEqual([...SERVES.map((s) => `served:${s}`), 'disclosures:letter']);
  });

  it('counts a letter from the time it was sent, and records the acknowledgement once', async () => {
    const app = await makeWorkspace(temp());
    const c = await richCase(app);
    app.now.value = new Date('2026-11-20T17:00:00Z');
    const first = await app.must('document:generate', { caseId: c.id, templateId: 'acknowledgement', partyId: c.complainant.id });
    app.now.value = new Date('2026-11-21T09:00:00Z');
    await send(app, first, '2026-11-20T17:45:00Z');
    const facts = await deadlineFacts(app, c.id);
    expect(facts).toHaveLength(1);
    expect(facts[0]).toMatchObject({ at: '2026-11-20T17:45:00.000Z', title: 'Report acknowledged (officer and next contact named)' });

    // A second acknowledgement is a document, not a second fact: the rule was met by the first.
    await send(app, await app.must('document:generate', { caseId: c.id, templateId: 'acknowledgement', partyId: c.complainant.id }));
    expect(await deadlineFacts(app, c.id)).toHaveLength(1);
    expect(await app.must('document:list', { caseId: c.id })).toHaveLength(2);
  });

  it('records a letter to the complainant as an outgoing letter contact, with the document named', async () => {
    const app = await makeWorkspace(temp());
    const c = await richCase(app);
    const doc = await app.must('document:generate', { caseId: c.id, templateId: 'officer-contact', partyId: c.complainant.id });
    await send(app, doc);
    const contacts = (await app.must('case:get', { id: c.id })).chronology.filter((i) => i.kind === 'contact');
    expect(contacts).toContainEqual(expect.objectContaining({ at: '2026-11-21T09:00:00.000Z', title: 'Letter (outgoing) — Amira Haddad', detail: `Letter: Officer contact (document ${doc.id}).`, partyId: c.complainant.id }));
  });

  it('issues the agreed plan once: a second plan letter leaves the first sending date', async () => {
    const app = await makeWorkspace(temp());
    const c = await richCase(app);
    const plan = { caseId: c.id, templateId: 'action-plan', partyId: c.complainant.id };
    const first = await app.must('document:generate', plan);
    app.now.value = new Date('2026-11-21T11:00:00Z');
    await send(app, first, '2026-11-21T10:00:00Z', 'hand');
    expect((await app.must('plan:get', { caseId: c.id })).plans[0]?.issuedAt).toBe('2026-11-21T10:00:00.000Z');
    await send(app, await app.must('document:generate', plan));
    expect((await app.must('plan:get', { caseId: c.id })).plans[0]?.issuedAt).toBe('2026-11-21T10:00:00.000Z');
  });

  it('offers the survey once per closure', async () => {
    const app = await makeWorkspace(temp());
    const c = await richCase(app);
    await app.must('closure:propose', { caseId: c.id, outcome: 'resolved', reason: 'The abuse has stopped.' });
    await app.must('closure:discuss', { caseId: c.id, at: '2026-11-21T08:55:00Z', kind: 'call', summary: 'Agrees.', notPossibleReason: null });
    await send(app, await app.must('document:generate', { caseId: c.id, templateId: 'closure', partyId: c.complainant.id }));
    await app.must('closure:close', { caseId: c.id, at: '2026-11-21T09:00:00Z' });
    const survey = await send(app, await app.must('document:generate', { caseId: c.id, templateId: 'feedback-survey', partyId: c.complainant.id }));
    await send(app, await app.must('document:generate', { caseId: c.id, templateId: 'feedback-survey', partyId: c.complainant.id }));
    expect((await app.must('closure:get', { caseId: c.id })).surveys).toEqual([expect.objectContaining({ offeredOn: '2026-11-21', completedOn: null, comments: `Survey letter (document ${survey.id}).` })]);
  });

  it('is recorded in the transaction that records the sending: a subscriber that fails leaves neither', async () => {
    const app = await makeWorkspace(temp());
    const c = await richCase(app);
    const doc = await app.must('document:generate', { caseId: c.id, templateId: 'acknowledgement', partyId: c.complainant.id });
    unsubscribe = subscribe('document-sent', 'test: fails after the facts are written', () => {
      throw new Error('disk full (simulated)');
    });
    const r = await app.call('document:recordSent', { id: doc.id, how: 'first-class', at: '2026-11-21T09:00:00Z' });
    expect(r).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect((await app.must('document:list', { caseId: c.id })).map((d) => d.state)).toEqual(['ready']);
    expect(await deadlineFacts(app, c.id)).toEqual([]);
    expect((await app.must('deadline:forCase', { caseId: c.id })).find((i) => i.ruleId === 'acknowledge')?.state).toBe('pending');
  });
});
