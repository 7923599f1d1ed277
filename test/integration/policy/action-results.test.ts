import { describe, expect, it } from 'vitest';
import { makeWorkspace } from '../../helpers/core';
import { raceHateIntake } from '../../helpers/cases';
import { useTempDirs } from '../../helpers/temp';

const temp = useTempDirs();

describe('P5.10, P5.17–5.20: what legal and police action came to (issue 18 item 5)', () => {
  it('records damages, a costs order and a police outcome with its Appendix 1 offence; the register shows them and the report counts them', async () => {
    const app = await makeWorkspace(temp());
    const c = await app.must('case:create', raceHateIntake());
    const view = await app.must('case:get', { id: c.id });
    const perp = view.parties.find((p) => p.role === 'alleged-perpetrator')!;
    await app.must('party:update', { id: perp.id, party: { key: 'b', role: 'alleged-perpetrator', name: 'Darren Whitcombe', tenure: 'secure', dateOfBirth: '1985-04-04' } });
    const police = await app.must('action:create', { caseId: c.id, subjectPartyId: perp.id, startedOn: '2026-11-20', details: { kind: 'police-measure', measure: 'charge', policeReference: '01/2345/26' } });
    const inj = await app.must('action:create', { caseId: c.id, subjectPartyId: perp.id, startedOn: '2026-11-20', details: { kind: 'civil-injunction', prohibitions: ['Not to enter Elm Road'], court: 'Clerkenwell and Shoreditch' } });

    // A police measure's result needs its outcome; damages are for a court action only.
    expect(await app.call('action:recordResult', { actionId: police.id, decidedOn: '2026-11-21', offence: 'harassment-fear-of-violence' })).toMatchObject({ ok: false, error: { message: expect.stringMatching(/Choose what came of the police measure/) } });
    expect(await app.call('action:recordResult', { actionId: police.id, decidedOn: '2026-11-21', policeOutcome: 'convicted', damagesPence: 100 })).toMatchObject({ ok: false, error: { message: expect.stringMatching(/Damages are awarded by a court/) } });
    expect(await app.call('action:recordResult', { actionId: inj.id, decidedOn: '2026-11-21', costsPence: 5000 })).toMatchObject({ ok: false, error: { message: expect.stringMatching(/both its amount and who pays/) } });

    await app.must('action:recordResult', { actionId: police.id, decidedOn: '2026-11-21', offence: 'harassment-fear-of-violence', policeOutcome: 'convicted-aggravated' });
    await app.must('action:recordResult', { actionId: inj.id, decidedOn: '2026-11-21', damagesPence: 150000, costsPence: 82050, costsPayer: 'respondent' });

    const register = await app.must('legal:register', { status: 'all' });
    expect(register.find((r) => r.actionId === inj.id)!.result).toMatchObject({ damagesPence: 150000, costsPence: 82050, costsPayer: 'respondent' });
    expect(register.find((r) => r.actionId === police.id)!.result).toMatchObject({ offence: 'harassment-fear-of-violence', policeOutcome: 'convicted-aggravated' });
    const titles = (await app.must('case:get', { id: c.id })).chronology.map((i) => i.title);
    expect(titles).toContain('Result of civil injunction — Darren Whitcombe');

    const results = (await app.must('report:get', { filters: { from: '2026-11-01', to: '2026-11-30' } })).current.actions.results;
    expect(results).toMatchObject({ damages: 1, damagesPence: 150000, costsRecovered: 1, costsRecoveredPence: 82050, costsPaid: 0 });
    expect(results.policeOutcomes.find((o) => o.code === 'convicted-aggravated')!.n).toBe(1);
    expect(results.offences.find((o) => o.code === 'harassment-fear-of-violence')!.n).toBe(1);

    // Recording again replaces the result (a later appeal, a corrected figure): counted once.
    await app.must('action:recordResult', { actionId: inj.id, decidedOn: '2026-11-21', damagesPence: 120000 });
    const again = (await app.must('report:get', { filters: { from: '2026-11-01', to: '2026-11-30' } })).current.actions.results;
    expect(again).toMatchObject({ damages: 1, damagesPence: 120000, costsRecovered: 0 });
  });
});
