import { afterEach, describe, expect, it } from 'vitest';
import { subscribe, subscribersOf } from '../../../main/events/bus';
import { SERVES } from '../../../shared/schemas/documents';
import { makeWorkspace, type TestApp } from '../../helpers/core';
import { useTempDirs } from '../../helpers/temp';
import { richCase } from './fixture';

/**
 * What a generated document serves is announced by documents/ and recorded by the feature that owns each
 * fact (main/subscribers.ts), inside the transaction that stores the document (issue 14). The effects
 * themselves (each template meets its rule) are in documents.test.ts; these hold the wiring: once only,
 * the day a letter was sent, one transaction.
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
    expect(subscribersOf('document-made')).toEqual(SERVES.map((s) => `served:${s}`));
  });

  it('counts a letter sent on an earlier day from noon that day, and records the acknowledgement once', async () => {
    const app = await makeWorkspace(temp());
    const c = await richCase(app);
    await app.must('document:generate', { caseId: c.id, templateId: 'acknowledgement', partyId: c.complainant.id, sentOn: '2026-11-20' });
    const facts = await deadlineFacts(app, c.id);
    expect(facts).toHaveLength(1);
    expect(facts[0]).toMatchObject({ at: '2026-11-20T12:00:00.000Z', title: 'Report acknowledged (officer and next contact named)' });

    // A second acknowledgement is a document, not a second fact: the rule was met by the first.
    await app.must('document:generate', { caseId: c.id, templateId: 'acknowledgement', partyId: c.complainant.id });
    expect(await deadlineFacts(app, c.id)).toHaveLength(1);
    expect(await app.must('document:list', { caseId: c.id })).toHaveLength(2);
  });

  it('records a letter to the complainant as an outgoing letter contact, with the document named', async () => {
    const app = await makeWorkspace(temp());
    const c = await richCase(app);
    const doc = await app.must('document:generate', { caseId: c.id, templateId: 'officer-contact', partyId: c.complainant.id });
    const contacts = (await app.must('case:get', { id: c.id })).chronology.filter((i) => i.kind === 'contact');
    expect(contacts).toContainEqual(expect.objectContaining({ at: '2026-11-21T09:00:00.000Z', title: 'Letter (outgoing) — Amira Haddad', detail: `Letter: Officer contact (document ${doc.id}).`, partyId: c.complainant.id }));
  });

  it('issues the agreed plan once: a second plan letter leaves the first sending date', async () => {
    const app = await makeWorkspace(temp());
    const c = await richCase(app);
    await app.must('document:generate', { caseId: c.id, templateId: 'action-plan', partyId: c.complainant.id, sentOn: '2026-11-20' });
    expect((await app.must('plan:get', { caseId: c.id })).plans[0]?.issuedAt).toBe('2026-11-20T12:00:00.000Z');
    await app.must('document:generate', { caseId: c.id, templateId: 'action-plan', partyId: c.complainant.id });
    expect((await app.must('plan:get', { caseId: c.id })).plans[0]?.issuedAt).toBe('2026-11-20T12:00:00.000Z');
  });

  it('offers the survey once per closure', async () => {
    const app = await makeWorkspace(temp());
    const c = await richCase(app);
    await app.must('closure:propose', { caseId: c.id, outcome: 'resolved', reason: 'The abuse has stopped.' });
    await app.must('closure:discuss', { caseId: c.id, at: '2026-11-21T08:55:00Z', kind: 'call', summary: 'Agrees.', notPossibleReason: null });
    await app.must('document:generate', { caseId: c.id, templateId: 'closure', partyId: c.complainant.id });
    await app.must('closure:close', { caseId: c.id, at: '2026-11-21T09:00:00Z' });
    const survey = await app.must('document:generate', { caseId: c.id, templateId: 'feedback-survey', partyId: c.complainant.id });
    await app.must('document:generate', { caseId: c.id, templateId: 'feedback-survey', partyId: c.complainant.id });
    expect((await app.must('closure:get', { caseId: c.id })).surveys).toEqual([expect.objectContaining({ offeredOn: '2026-11-21', completedOn: null, comments: `Survey letter (document ${survey.id}).` })]);
  });

  it('is recorded in the transaction that stores the document: a subscriber that fails leaves neither', async () => {
    const app = await makeWorkspace(temp());
    const c = await richCase(app);
    unsubscribe = subscribe('document-made', 'test: fails after the facts are written', () => {
      throw new Error('disk full (simulated)');
    });
    const r = await app.call('document:generate', { caseId: c.id, templateId: 'acknowledgement', partyId: c.complainant.id });
    expect(r).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(await app.must('document:list', { caseId: c.id })).toEqual([]);
    expect(await deadlineFacts(app, c.id)).toEqual([]);
    expect((await app.must('deadline:forCase', { caseId: c.id })).find((i) => i.ruleId === 'acknowledge')?.state).toBe('pending');
  });
});
