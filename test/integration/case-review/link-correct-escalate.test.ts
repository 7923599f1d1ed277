import { describe, expect, it } from 'vitest';
import { makeWorkspace } from '../../helpers/core';
import { useTempDirs } from '../../helpers/temp';
import { historyOfThree } from './history';

const temp = useTempDirs();

/**
 * Issue 20, what the case-review panel does after an application is recorded: link another case found
 * later, correct a complaint's count with a reason, and record an escalation and then its outcome.
 */
describe('an ASB case review application, after it is recorded (issue 20)', () => {
  it('links another case later: its complaints are listed, a repeated one counted once', async () => {
    const app = await makeWorkspace(temp());
    const { caseId, otherId, amira } = await historyOfThree(app);
    const { id } = await app.must('casereview:apply', { caseId, applicantPartyId: amira.id, receivedOn: '2026-11-21', receivedVia: 'partner' });
    const before = (await app.must('casereview:get', { caseId })).applications[0]!;
    expect(before.check.complaints).toHaveLength(3);
    expect((await app.must('casereview:get', { caseId: otherId })).applications).toHaveLength(0);

    const otherRef = (await app.must('case:get', { id: otherId })).header.ref;
    const linked = await app.must('casereview:link', { caseId, applicationId: id, ref: otherRef.toLowerCase() });
    expect(linked.linkedCases.map((c) => c.id)).toEqual([caseId, otherId]);
    // Five records now; still three counted: the 01/11 repeat is the same complaint, the 01/08 one was reported late.
    expect(linked.check.complaints).toHaveLength(5);
    expect(linked.check.counted).toBe(3);
    expect(linked.check.complaints.filter((c) => c.duplicateOf !== null)).toHaveLength(1);
    // The linked case now shows the application.
    expect((await app.must('casereview:get', { caseId: otherId })).applications.map((a) => a.id)).toEqual([id]);

    expect(await app.call('casereview:link', { caseId, applicationId: id, ref: otherRef })).toMatchObject({ ok: false, error: { message: `${otherRef} is already one of the cases this application concerns.` } });
    expect(await app.call('casereview:link', { caseId, applicationId: id, ref: 'H-1999-9999' })).toMatchObject({
      ok: false,
      error: { message: 'There is no case H-1999-9999 that you can see. Check the reference and try again.' },
    });
  });

  it('keeps a correction with its reason and the verdict before it, and records an escalation and its outcome', async () => {
    const app = await makeWorkspace(temp());
    const { caseId, otherId, amira } = await historyOfThree(app);
    const { id } = await app.must('casereview:apply', { caseId, applicantPartyId: amira.id, receivedOn: '2026-11-21', receivedVia: 'partner', linkedCaseIds: [otherId] });
    const a = (await app.must('casereview:get', { caseId })).applications[0]!;
    const late = a.check.complaints.find((c) => !c.counts && c.duplicateOf === null)!;
    expect(late.countsBefore).toBe(false);

    // Counting the late report by correction: four counted; the complaint still says it did not count from the record.
    const reason = 'Reported to the police within the month; the police log shows it.';
    const decided = await app.must('casereview:decideThreshold', { caseId, applicationId: id, decidedOn: '2026-11-21', met: true, corrections: [{ key: late.key, counts: true, reason }] });
    const corrected = decided.check.complaints.find((c) => c.key === late.key)!;
    expect(decided.check.counted).toBe(4);
    expect(corrected).toMatchObject({ counts: true, countsBefore: false, corrected: { counts: true, reason }, why: `Counted by correction: ${reason}` });
    expect(decided.decision).toMatchObject({ met: true, counted: 4 });

    // An escalation, then its outcome on the same record.
    const esc = await app.must('casereview:escalate', { caseId, applicationId: id, madeOn: '2026-11-21', grounds: 'The applicant says the review ignored the noise at night.' });
    expect(await app.call('casereview:escalate', { caseId, applicationId: id, id: esc.id, madeOn: '2026-11-21', grounds: 'The applicant says the review ignored the noise at night.', outcome: 'upheld' })).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('Enter the day of the outcome (and only with an outcome).') },
    });
    await app.must('casereview:escalate', { caseId, applicationId: id, id: esc.id, madeOn: '2026-11-21', grounds: 'The applicant says the review ignored the noise at night.', outcome: 'upheld', outcomeOn: '2026-11-21', outcomeNotes: 'A second meeting was called.' });
    const after = (await app.must('casereview:get', { caseId })).applications[0]!;
    expect(after.escalations).toEqual([{ id: esc.id, madeOn: '2026-11-21', grounds: 'The applicant says the review ignored the noise at night.', outcome: 'upheld', outcomeOn: '2026-11-21', outcomeNotes: 'A second meeting was called.' }]);
  });
});
