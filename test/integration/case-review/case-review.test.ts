import { describe, expect, it } from 'vitest';
import { makeWorkspace } from '../../helpers/core';
import { useTempDirs } from '../../helpers/temp';
import { historyOfThree } from './history';

const temp = useTempDirs();

describe('the ASB Case Review (issue 20)', () => {
  it('takes an application through the threshold, the review and its recommendations', async () => {
    const app = await makeWorkspace(temp());
    const { caseId, otherId, amira } = await historyOfThree(app);
    const applied = await app.must('casereview:apply', { caseId, applicantPartyId: amira.id, receivedOn: '2026-11-21', receivedVia: 'council', viaReference: 'CT/2026/14', linkedCaseIds: [otherId], addresses: ['4 Elm Road, N1 1AA'] });

    const view = await app.must('casereview:get', { caseId });
    expect(view.notice).toBeNull();
    expect(view.thresholdInForce.words).toBe('3 complaints in 6 months, each made within one month of the behaviour');
    const a = view.applications[0]!;
    expect(a.id).toBe(applied.id);
    expect(a.applicantName).toBe('Amira Haddad');
    expect(a.linkedCases.map((l) => l.id)).toEqual([caseId, otherId]);
    // Five records: 19/11, 01/11 and 01/10 count; 01/11 again on the linked case is the same complaint; 01/08 was reported late.
    expect(a.check.windowFrom).toBe('2026-05-22');
    expect(a.check.counted).toBe(3);
    expect(a.check.met).toBe(true);
    expect(a.check.complaints).toHaveLength(5);
    expect(a.check.complaints.filter((x) => !x.counts).map((x) => x.why)).toEqual([expect.stringContaining('more than one month after the behaviour'), expect.stringContaining('counted once')]);
    // The linked case shows the same application.
    expect((await app.must('casereview:get', { caseId: otherId })).applications.map((x) => x.id)).toEqual([applied.id]);

    // The count meets the threshold: deciding otherwise is refused (s.104(4)).
    expect(await app.call('casereview:decideThreshold', { caseId, applicationId: a.id, decidedOn: '2026-11-21', met: false })).toMatchObject({ ok: false, error: { message: expect.stringContaining('s.104(4)') } });
    const decided = await app.must('casereview:decideThreshold', { caseId, applicationId: a.id, decidedOn: '2026-11-21', met: true });
    expect(decided.decision).toMatchObject({ met: true, counted: 3 });

    // A recommendation needs the review; the review needs the meeting on or after the application.
    expect(await app.call('casereview:addRecommendation', { caseId, applicationId: a.id, ownerBody: 'Us', partnerOwned: true, what: 'Fit a door camera', dueOn: '2026-12-01' })).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('Record the review first') },
    });
    await app.must('casereview:recordReview', { caseId, applicationId: a.id, leadBody: 'Islington Council', meetingOn: '2026-11-21', attendees: ['Council ASB lead', 'Police SNT sergeant', 'Jo Officer (Circle 33)'], decision: 'The response was not enough: two further steps agreed.', applicantToldOn: '2026-11-21' });

    // Due before the meeting: refused with the reason.
    expect(await app.call('casereview:addRecommendation', { caseId, applicationId: a.id, ownerBody: 'Circle 33', partnerOwned: true, what: 'Fit a door camera', dueOn: '2026-11-20' })).toMatchObject({
      ok: false,
      error: { message: 'A recommendation cannot be due before the review meeting that made it (21/11/2026). Give a due date on or after the meeting.' },
    });
    const ours = await app.must('casereview:addRecommendation', { caseId, applicationId: a.id, ownerBody: 'Circle 33', partnerOwned: true, what: 'Fit a door camera at 4 Elm Road', dueOn: '2026-12-05' });
    await app.must('casereview:addRecommendation', { caseId, applicationId: a.id, ownerBody: 'Metropolitan Police', partnerOwned: false, what: 'Patrol Elm Road in the evenings', dueOn: '2026-12-19' });

    // The partner's recommendation is a due item on the case and on the officer's dashboard; the police's is not.
    const items = await app.must('deadline:forCase', { caseId });
    const recItems = items.filter((i) => i.ruleId === 'case-review-recommendation');
    expect(recItems).toHaveLength(1);
    expect(recItems[0]).toMatchObject({ label: 'ASB case review recommendation: Fit a door camera at 4 Elm Road', state: 'pending', occurrence: ours.id });
    expect(recItems[0]!.dueAt).toBe('2026-12-05T23:59:00.000Z');
    // The dashboard lists what is due this week: on 01/12 the camera (due 05/12) is among them.
    app.now.value = new Date('2026-12-01T09:00:00Z');
    const dash = await app.must('deadline:dashboard', { scope: 'partner', ruleId: 'case-review-recommendation' });
    expect(JSON.stringify(dash)).toContain('ASB case review recommendation: Fit a door camera at 4 Elm Road');
    expect(JSON.stringify(dash)).not.toContain('Patrol Elm Road');

    // Done: the item is met, and leaves the dashboard's due list.
    await app.must('casereview:updateRecommendation', { caseId, id: ours.id, status: 'done', evidence: 'Camera fitted; photo on file.', completedOn: '2026-11-30' });
    const after = (await app.must('deadline:forCase', { caseId })).find((i) => i.ruleId === 'case-review-recommendation')!;
    expect(after.state).toBe('met-on-time');
    expect(JSON.stringify(await app.must('deadline:dashboard', { scope: 'partner', ruleId: 'case-review-recommendation' }))).not.toContain('Fit a door camera');
    const final = (await app.must('casereview:get', { caseId })).applications[0]!;
    expect(final.recommendations.map((r) => [r.ownerBody, r.status])).toEqual([
      ['Circle 33', 'done'],
      ['Metropolitan Police', 'open'],
    ]);
    expect(final.review).toMatchObject({ leadBody: 'Islington Council', applicantToldOn: '2026-11-21' });

    // The outcome letter names the review and both recommendations with their owners and dates.
    const doc = await app.must('document:generate', { caseId, templateId: 'case-review-outcome', partyId: amira.id });
    const { model } = await app.must('document:get', { id: doc.id });
    const words = JSON.stringify(model);
    expect(words).toContain('led by Islington Council');
    expect(words).toContain('Fit a door camera at 4 Elm Road');
    expect(words).toContain('Patrol Elm Road in the evenings');
    expect(words).toContain('19/12/2026');

    // The returns: one application, none below the threshold, one review with recommendations — for C33 and the group.
    const report = await app.must('report:get', { filters: { from: '2026-11-01', to: '2026-11-30' }, compare: false });
    expect(report.current.caseReviews).toMatchObject({ applications: 1, thresholdNotMet: 0, reviews: 1, withRecommendations: 1 });
    expect(report.current.caseReviews.byPartner.find((p) => p.code === 'C33')).toMatchObject({ applications: 1, reviews: 1, withRecommendations: 1 });
    expect(report.current.caseReviews.byPartner.find((p) => p.code === 'CAL')).toMatchObject({ applications: 0, reviews: 0 });
    const december = await app.must('report:get', { filters: { from: '2026-12-01', to: '2026-12-31' }, compare: false });
    expect(december.current.caseReviews.applications).toBe(0);
    // And the register across cases.
    expect(await app.must('casereview:list', {})).toEqual([expect.objectContaining({ caseId, thresholdMet: true, meetingOn: '2026-11-21', recommendations: 2, openRecommendations: 1 })]);
  });

  it('records an applicant who is not on the case only with consent, and a decision against the count only with its reason', async () => {
    const app = await makeWorkspace(temp());
    const { caseId } = await historyOfThree(app);
    expect(await app.call('casereview:apply', { caseId, applicantName: 'Pat Neighbour', applicantAddress: '9 Oak House, London', receivedOn: '2026-11-21', receivedVia: 'partner' })).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('recorded only with theirs') },
    });
    await app.must('casereview:apply', { caseId, applicantName: 'Pat Neighbour', applicantAddress: '9 Oak House, London', consentOn: '2026-11-20', receivedOn: '2026-11-21', receivedVia: 'partner' });
    const [a] = (await app.must('casereview:get', { caseId })).applications;
    expect(a).toMatchObject({ applicantName: 'Pat Neighbour', applicantOnly: true, consentOn: '2026-11-20' });
    // Pat is not made a party on the case.
    expect((await app.must('case:get', { id: caseId })).parties.map((p) => p.name)).not.toContain('Pat Neighbour');
    // Below the count, a decision that the threshold is met needs its reason (s.104(5)).
    const correction = { key: a!.check.complaints.find((c) => c.counts)!.key, counts: false, reason: 'That report was about a different neighbour.' };
    expect(await app.call('casereview:decideThreshold', { caseId, applicationId: a!.id, decidedOn: '2026-11-21', met: true, corrections: [correction] })).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('Say why it is met all the same') },
    });
    const decided = await app.must('casereview:decideThreshold', { caseId, applicationId: a!.id, decidedOn: '2026-11-21', met: false, corrections: [correction] });
    expect(decided.check.counted).toBe(2);
    expect(decided.check.complaints.find((c) => c.key === correction.key)!.why).toBe('Not counted by correction: That report was about a different neighbour.');
    // The returns count it as an application whose threshold was not met, with no review.
    const report = await app.must('report:get', { filters: { from: '2026-11-01', to: '2026-11-30' }, compare: false });
    expect(report.current.caseReviews).toMatchObject({ applications: 1, thresholdNotMet: 1, reviews: 0, withRecommendations: 0 });
  });
});
