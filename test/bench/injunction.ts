import type { Core } from '../../main/core';
import { call } from './cases';

/**
 * What a bundle is built for: a civil injunction recorded against the case's respondent (an adult secure
 * tenant; an area prohibition over the street) and the case referred to the legal team.
 */
export async function referWithInjunction(core: Core, caseId: number): Promise<void> {
  const view = await call(core, 'case:get', { id: caseId });
  const perp = view.parties.find((p) => p.role === 'alleged-perpetrator')!;
  await call(core, 'action:create', {
    caseId,
    subjectPartyId: perp.id,
    startedOn: '2026-02-01',
    details: {
      kind: 'civil-injunction',
      housingManagementLink: 'The Defendant is the Claimant’s secure tenant and the behaviour is towards the Claimant’s tenants in and around their homes on its estate',
      conductLimbs: ['a', 'b'],
      durationMonths: 12,
      terms: [{ kind: 'prohibition', text: 'entering Elm Road, London' }],
      court: 'Clerkenwell and Shoreditch',
      claimNumber: 'K00BE123',
    },
    acknowledgements: { 'single-incident': 'Threats of violence on the stairs: one incident is enough here.' },
  });
  await call(core, 'case:update', { id: caseId, legalReferred: true });
}
