import { describe, expect, it } from 'vitest';
import { makeWorkspace } from '../../helpers/core';
import { raceHateIntake } from '../../helpers/cases';
import { useTempDirs } from '../../helpers/temp';

const temp = useTempDirs();

describe('an ASB case review application on a closed case (issue 20)', () => {
  it('is recorded, and the case says to reopen it or record a new report linked to it', async () => {
    const app = await makeWorkspace(temp());
    const c = await app.must('case:create', raceHateIntake());
    const amira = (await app.must('case:get', { id: c.id })).parties.find((p) => p.name === 'Amira Haddad')!;
    await app.must('closure:propose', { caseId: c.id, outcome: 'resolved', reason: 'The abuse has stopped since the warning, and Ms Haddad feels safe at home again.' });
    await app.must('closure:discuss', { caseId: c.id, at: '2026-11-21T08:55:00Z', kind: 'call', summary: 'Agrees the case can close.', notPossibleReason: null });
    await app.must('closure:offerAppeal', { caseId: c.id, offeredOn: '2026-11-21' });
    await app.must('closure:close', { caseId: c.id, at: '2026-11-21T08:58:00Z' });
    expect((await app.must('case:get', { id: c.id })).header.status).toBe('closed');

    const before = await app.must('casereview:get', { caseId: c.id });
    expect(before.notice).toBe('This case is closed. An application can still be recorded here; to work on the behaviour again, reopen the case, or record a new report linked to this one.');
    const { id } = await app.must('casereview:apply', { caseId: c.id, applicantPartyId: amira.id, receivedOn: '2026-11-21', receivedVia: 'partner' });
    const after = await app.must('casereview:get', { caseId: c.id });
    expect(after.applications.map((a) => a.id)).toEqual([id]);
    // The one incident of 19/11, reported with the case on 20/11, counts; one is not three.
    expect(after.applications[0]!.check).toMatchObject({ counted: 1, needed: 3, met: false });
  });
});
