import { describe, expect, it } from 'vitest';
import { makeWorkspace, type TestApp } from '../../helpers/core';
import { raceHateIntake } from '../../helpers/cases';
import { useTempDirs } from '../../helpers/temp';

const temp = useTempDirs();
const SLOTS = { when: 'Tuesday 1 December 2026 at 10:00' };

async function setUp(app: TestApp) {
  await app.must('partners:save', { code: 'C33', name: 'Circle 33 Housing Trust', address: 'Circle House, 1 Reading Road, London N7 8QX', phone: '0300 456 2233' });
  const c = await app.must('case:create', raceHateIntake());
  const view = await app.must('case:get', { id: c.id });
  const by = (role: string) => view.parties.find((p) => p.role === role)!;
  return { id: c.id, complainant: by('complainant'), witness: by('witness'), perp: by('alleged-perpetrator') };
}

describe('P4.9: others are interviewed only if the complainant agrees (issue 18 item 2)', () => {
  it('refuses an interview and an invitation to the alleged perpetrator or a witness until the complainant agrees', async () => {
    const app = await makeWorkspace(temp());
    const c = await setUp(app);
    // The complainant's own interview needs nobody's agreement.
    await app.must('interview:add', { caseId: c.id, partyId: c.complainant.id, at: '2026-11-21T08:00:00Z', summary: 'Went through what happened.' });

    const refused = await app.call('interview:add', { caseId: c.id, partyId: c.perp.id, at: '2026-11-21T08:30:00Z', summary: 'Heard his side.' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'guard', message: expect.stringMatching(/only interviewed if the complainant agrees \(Policy 4\.9\).*Darren Whitcombe \(alleged perpetrator\).*Agreement to interview others/) } });
    const letter = await app.call('document:generate', { caseId: c.id, templateId: 'interview-invitation', partyId: c.witness.id, slots: SLOTS });
    expect(letter).toMatchObject({ ok: false, error: { code: 'guard', message: expect.stringMatching(/George Pike \(witness\) cannot be interviewed or invited/) } });
    // The preview says so too, before anything is made.
    expect(await app.call('document:preview', { caseId: c.id, templateId: 'interview-invitation', partyId: c.witness.id, slots: SLOTS })).toMatchObject({ ok: false, error: { message: expect.stringMatching(/Policy 4\.9/) } });
    expect(await app.must('document:list', { caseId: c.id })).toEqual([]);

    await app.must('interview:agreement', { caseId: c.id, basis: 'agreed', givenOn: '2026-11-21' });
    await app.must('interview:add', { caseId: c.id, partyId: c.perp.id, at: '2026-11-21T08:30:00Z', summary: 'Heard his side.' });
    await app.must('document:generate', { caseId: c.id, templateId: 'interview-invitation', partyId: c.witness.id, slots: SLOTS });
    const titles = (await app.must('case:get', { id: c.id })).chronology.map((i) => i.title);
    expect(titles).toContain('Interviewing others (P4.9): the complainant agreed');
  });

  it('a refusal stops interviews again; going ahead without agreement needs its reason', async () => {
    const app = await makeWorkspace(temp());
    const c = await setUp(app);
    await app.must('interview:agreement', { caseId: c.id, basis: 'agreed', givenOn: '2026-11-20' });
    await app.must('interview:agreement', { caseId: c.id, basis: 'declined', givenOn: '2026-11-21' });
    expect(await app.call('interview:add', { caseId: c.id, partyId: c.witness.id, at: '2026-11-21T08:30:00Z', summary: 'Asked what he saw.' })).toMatchObject({
      ok: false,
      error: { code: 'guard', message: expect.stringMatching(/said on 21\/11\/2026 that they do not want others interviewed/) },
    });
    const noReason = await app.call('interview:agreement', { caseId: c.id, basis: 'police-involved', givenOn: '2026-11-21' });
    expect(noReason).toMatchObject({ ok: false, error: { code: 'bad-input', message: expect.stringMatching(/Say why/) } });
    await app.must('interview:agreement', { caseId: c.id, basis: 'police-involved', reason: 'Police investigating the threat to burn the door (crime ref 01/2345/26).', givenOn: '2026-11-21' });
    await app.must('interview:add', { caseId: c.id, partyId: c.witness.id, at: '2026-11-21T08:30:00Z', summary: 'Asked what he saw.' });
    expect((await app.must('casework:get', { caseId: c.id })).interviewAgreement).toMatchObject({ basis: 'police-involved' });
  });
});
