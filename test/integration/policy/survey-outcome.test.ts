import { describe, expect, it } from 'vitest';
import { makeWorkspace } from '../../helpers/core';
import { raceHateIntake } from '../../helpers/cases';
import { useTempDirs } from '../../helpers/temp';

const temp = useTempDirs();

describe('P7.2: satisfaction with the outcome, not only the handling (issue 18 item 4)', () => {
  it('records both scores on the survey, shows them in the chronology and counts the outcome in the report', async () => {
    const app = await makeWorkspace(temp());
    const c = await app.must('case:create', raceHateIntake());
    await app.must('survey:record', { caseId: c.id, offeredOn: '2026-11-20', completedOn: '2026-11-21', satisfaction: 5, outcomeSatisfaction: 2, comments: 'Kind, but it still goes on' });
    const closure = await app.must('closure:get', { caseId: c.id });
    expect(closure.surveys[0]).toMatchObject({ satisfaction: 5, outcomeSatisfaction: 2 });
    const titles = (await app.must('case:get', { id: c.id })).chronology.map((i) => i.title);
    expect(titles).toContain('Feedback survey: satisfaction with the handling 5 out of 5, with the outcome 2 out of 5');

    const report = await app.must('report:get', { filters: { from: '2026-11-01', to: '2026-11-30' } });
    const s = report.current.satisfaction;
    // The handling and the outcome are counted apart: one response, 5 for the handling and 2 for the outcome.
    expect(s.byScore).toEqual([0, 0, 0, 0, 1]);
    expect(s.outcome).toMatchObject({ byScore: [0, 1, 0, 0, 0], scored: 1, satisfied: 0, dissatisfied: 1, mean: 2 });
  });

  it('refuses an outcome score without the date the survey came back, and keeps nothing', async () => {
    const app = await makeWorkspace(temp());
    const c = await app.must('case:create', raceHateIntake());
    const r = await app.call('survey:record', { caseId: c.id, offeredOn: '2026-11-20', outcomeSatisfaction: 3 });
    expect(r).toMatchObject({ ok: false, error: { code: 'bad-input', message: expect.stringMatching(/date the survey was completed/) } });
    expect((await app.must('closure:get', { caseId: c.id })).surveys).toEqual([]);
  });
});
