import { hearingCentreName, isKnownHearingCentre } from '../../../../../shared/court/hearing-centres';
import { injunctionOf } from '../../../../../shared/domain/injunction';
import type { ActionView } from '../../../../../shared/schemas/actions';
import { fromIsoDate } from '../../../../../shared/time/input';
import { type Draft, EMPTY_DRAFT, type TermDraft } from './draft';

/**
 * The "Take an action" form filled in from a recorded injunction, to edit it (issue 15): the inverse of
 * toDetails() for a civil injunction. An injunction recorded before issue 15 comes in as injunctionOf()
 * reads it (its lists of prohibitions and requirements as terms, its exclusion as one from home); what
 * the form cannot say (a power of arrest for the whole order) is left for the person to put right.
 * An area prohibition that is the last term fills the area questions (it is written back last, so the
 * terms keep their letters); any other area prohibition stays in the list of terms with its mark and plan.
 */
export function draftOfInjunction(a: ActionView): Draft {
  const inj = injunctionOf(a.details);
  const last = inj.terms[inj.terms.length - 1];
  const area = last?.area ? last : undefined;
  const terms: TermDraft[] = inj.terms
    .filter((t) => t !== area)
    .map((t) => ({
      kind: t.kind,
      text: t.text,
      powerOfArrest: t.powerOfArrest,
      arrestGround: t.arrestGround ?? '',
      supervisor: t.supervisor,
      suitabilityEvidence: t.suitabilityEvidence,
      ...(t.area ? { area: { planEvidenceId: t.planEvidenceId } } : {}),
    }));
  const home = inj.homeExclusion;
  return {
    ...EMPTY_DRAFT,
    kind: 'civil-injunction',
    subject: a.subjectPartyId === null ? '' : String(a.subjectPartyId),
    startedOn: fromIsoDate(a.startedOn),
    applicantStatus: inj.applicantStatus,
    housingLink: inj.housingManagementLink,
    limbA: inj.conductLimbs.includes('a'),
    limbB: inj.conductLimbs.includes('b'),
    limbC: inj.conductLimbs.includes('c'),
    injTerms: terms.length ? terms : [{ kind: 'prohibition', text: '', powerOfArrest: false, arrestGround: '', supervisor: '', suitabilityEvidence: '' }],
    exclusionKind: home ? 'own-home' : area ? 'area' : 'none',
    exclusionFrom: home?.premises ?? '',
    landlordManages: home?.landlordOwnsOrManages === true ? 'yes' : home?.landlordOwnsOrManages === false ? 'no' : '',
    homeGround: home?.ground ?? '',
    areaPlace: area ? area.text.replace(/^entering\s+/i, '') : '',
    areaPlan: area?.planEvidenceId ? String(area.planEvidenceId) : '',
    areaArrest: area?.powerOfArrest ?? false,
    areaGround: area?.arrestGround ?? '',
    durationKind: inj.untilFurtherOrder ? 'until-further-order' : inj.durationMonths ? 'months' : '',
    injMonths: inj.durationMonths ? String(inj.durationMonths) : '12',
    withoutNotice: inj.withoutNotice,
    withoutNoticeJustification: inj.withoutNoticeJustification,
    // Older free text ("County Court at …") becomes the listed centre, so the list shows it chosen.
    court: isKnownHearingCentre(inj.court) ? hearingCentreName(inj.court) : '',
    claimNumber: inj.claimNumber,
    youthCourt: inj.youthCourt,
    yotConsultedOn: inj.youthOffendingTeamConsultedOn ? fromIsoDate(inj.youthOffendingTeamConsultedOn) : '',
  };
}
