import type { z } from 'zod';
import type { ActionKind } from '../../../../../shared/domain/action-kinds';
import type { HarmGround } from '../../../../../shared/court/texts';
import type { ActionCreateInput, ActionDetails, InjunctionTermInput } from '../../../../../shared/schemas/actions';
import { dayFromInput, toIsoDate } from '../../../../../shared/time/input';

export type DetailsInput = z.input<typeof ActionDetails>;

/** One term of an injunction as typed: its words, and whether a power of arrest is sought on it and why. */
export interface TermDraft {
  kind: 'prohibition' | 'requirement';
  text: string;
  powerOfArrest: boolean;
  arrestGround: '' | HarmGround;
  /** s.3: for a requirement, who supervises compliance with it, and the evidence of its suitability from them. */
  supervisor: string;
  suitabilityEvidence: string;
  /**
   * An area prohibition the form's area questions do not hold (an injunction with several, or one not last),
   * carried through an edit as it was, so saving keeps its area mark and plan and the terms keep their letters.
   */
  area?: { planEvidenceId: number | null };
}
export const emptyTerm = (kind: TermDraft['kind'] = 'prohibition'): TermDraft => ({ kind, text: '', powerOfArrest: false, arrestGround: '', supervisor: '', suitabilityEvidence: '' });
export type ActionRequest = z.input<typeof ActionCreateInput>;

/**
 * Everything the "Take an action" form can ask, as typed text and ticks; each kind of action uses some
 * of it. toDetails() turns it into the details main takes (shared/schemas/actions.ts).
 */
export const EMPTY_DRAFT = {
  kind: '' as ActionKind | '',
  subject: '',
  startedOn: '',
  summary: '',
  behaviour: '',
  tenancyClause: '',
  livePeriodMonths: '',
  about: '',
  measure: '',
  policeReference: '',
  force: '',
  prohibitions: '',
  requirements: '',
  guardianName: '',
  agencies: '',
  durationMonths: '6',
  reviewEveryWeeks: '4',
  provider: '',
  withoutNotice: false,
  withoutNoticeJustification: '',
  powerOfArrest: false,
  exclusion: false,
  exclusionFrom: '',
  court: '',
  youthCourt: false,
  yotConsultedOn: '',
  claimNumber: '',
  caseNumber: '',
  terms: '',
  premises: '',
  hours: '',
  // A civil injunction (issue 15): what the papers must plead, each term with its own power of arrest.
  applicantStatus: 'housing-provider' as 'housing-provider' | 'local-authority',
  housingLink: '',
  limbA: false,
  limbB: false,
  limbC: false,
  injTerms: [emptyTerm()] as TermDraft[],
  exclusionKind: 'none' as 'none' | 'own-home' | 'area',
  landlordManages: '' as '' | 'yes' | 'no',
  homeGround: '' as '' | HarmGround,
  areaPlace: '',
  areaPlan: '',
  areaArrest: false,
  areaGround: '' as '' | HarmGround,
  durationKind: '' as '' | 'months' | 'until-further-order',
  injMonths: '12',
  absolute: false,
  absoluteCondition: '',
  conditionActionId: '',
  conditionDetails: '',
  toAddress: '',
  reason: '',
  area: '',
  message: '',
};
export type Draft = typeof EMPTY_DRAFT;

/** One line per item ("No contact with Mrs Hassan"), blank lines dropped. */
export const linesOf = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean);
const idOf = (text: string) => (text ? Number(text) : null);
/**
 * A whole number typed in a field: undefined when empty. One that is not a whole number stays as typed,
 * so the schema says so; a probe leaves it out instead (the guards never read a malformed number).
 */
const num = (text: string, probe: boolean): number | undefined => {
  const t = text.trim();
  if (t === '') return undefined;
  if (/^\d+$/.test(t)) return Number(t);
  return probe ? undefined : (t as unknown as number);
};
/** A typed date: the day main takes, or (not in a probe) the text, for the schema to refuse. */
const day = (text: string, probe: boolean) => {
  const iso = dayFromInput(text);
  return iso === undefined ? null : probe && !toIsoDate(text) ? null : iso;
};

/**
 * An injunction's terms: those typed (blank ones dropped), and an area the respondent is kept out of as
 * a prohibition of its own, with its plan (s.1(4)(a); never a s.13 exclusion).
 */
function injunctionTerms(d: Draft, probe: boolean): InjunctionTermInput[] {
  const terms: InjunctionTermInput[] = d.injTerms
    .filter((x) => x.text.trim())
    .map((x) => ({
      kind: x.kind,
      text: x.text.trim(),
      powerOfArrest: x.powerOfArrest,
      arrestGround: x.powerOfArrest && x.arrestGround ? x.arrestGround : null,
      ...(x.kind === 'requirement' ? { supervisor: x.supervisor.trim(), suitabilityEvidence: x.suitabilityEvidence.trim() } : {}),
      ...(x.area ? { area: true, planEvidenceId: x.area.planEvidenceId } : {}),
    }));
  if (d.exclusionKind === 'area' && d.areaPlace.trim()) {
    terms.push({ kind: 'prohibition', text: `entering ${d.areaPlace.trim().replace(/^entering\s+/i, '')}`, powerOfArrest: d.areaArrest, arrestGround: d.areaArrest && d.areaGround ? d.areaGround : null, area: true, planEvidenceId: idOf(d.areaPlan) });
  }
  return probe && !terms.length ? [{ kind: 'prohibition', text: '…' }] : terms;
}

/**
 * The details of the chosen kind. With `probe`, required words the guards never read get a stand-in so
 * the policy can be checked while the officer is still typing (shared/actions/guards.ts reads only the
 * person, the dates, ticks and choices, never the wording of terms or summaries).
 */
export function toDetails(d: Draft, probe = false): DetailsInput | null {
  const req = (text: string) => text.trim() || (probe ? '…' : '');
  const list = (text: string, atLeastOne = false) => (probe && atLeastOne && !linesOf(text).length ? ['…'] : linesOf(text));
  const t = (text: string) => text.trim();
  switch (d.kind) {
    case '':
      return null;
    case 'verbal-warning':
      return { kind: d.kind, summary: req(d.summary) };
    case 'written-warning-first':
    case 'written-warning-final':
      return { kind: d.kind, behaviour: req(d.behaviour), tenancyClause: t(d.tenancyClause), livePeriodMonths: num(d.livePeriodMonths, probe), aboutPartyId: idOf(d.about) };
    case 'police-measure':
      return { kind: d.kind, measure: (d.measure || (probe ? 'caution' : d.measure)) as 'caution', policeReference: t(d.policeReference), force: t(d.force) };
    case 'abc':
      return { kind: d.kind, prohibitions: list(d.prohibitions, true), positiveRequirements: linesOf(d.requirements), guardianName: t(d.guardianName), agencies: linesOf(d.agencies), durationMonths: num(d.durationMonths, probe), reviewEveryWeeks: num(d.reviewEveryWeeks, probe) };
    case 'mediation':
      return { kind: d.kind, provider: t(d.provider) };
    case 'civil-injunction':
      return {
        kind: d.kind,
        applicantStatus: d.applicantStatus,
        housingManagementLink: t(d.housingLink),
        conductLimbs: (['a', 'b', 'c'] as const).filter((l) => d[`limb${l.toUpperCase() as 'A' | 'B' | 'C'}`]),
        terms: injunctionTerms(d, probe),
        homeExclusion:
          d.exclusionKind === 'own-home'
            ? { premises: req(d.exclusionFrom), landlordOwnsOrManages: d.landlordManages === 'yes' || (probe && d.landlordManages === ''), ground: d.homeGround || null }
            : null,
        durationMonths: d.durationKind === 'months' ? (num(d.injMonths, probe) ?? null) : null,
        untilFurtherOrder: d.durationKind === 'until-further-order',
        withoutNotice: d.withoutNotice,
        withoutNoticeJustification: d.withoutNotice ? t(d.withoutNoticeJustification) : '',
        court: t(d.court),
        youthCourt: d.youthCourt,
        youthOffendingTeamConsultedOn: day(d.yotConsultedOn, probe),
        claimNumber: t(d.claimNumber),
      };
    case 'restraining-order':
    case 'criminal-behaviour-order':
      return { kind: d.kind, court: t(d.court), caseNumber: t(d.caseNumber), terms: linesOf(d.terms) };
    case 'closure-order':
      return { kind: d.kind, court: t(d.court), premises: req(d.premises), hours: num(d.hours, probe) ?? (probe ? 48 : (undefined as unknown as number)) };
    case 'demotion':
      return { kind: d.kind, court: t(d.court), claimNumber: t(d.claimNumber) };
    case 'possession': {
      const condition = d.absolute && d.absoluteCondition ? d.absoluteCondition : null;
      return {
        kind: d.kind,
        absolute: d.absolute,
        absoluteCondition: condition,
        conditionActionId: condition === 'injunction-breach' ? idOf(d.conditionActionId) : null,
        conditionDetails: condition && condition !== 'injunction-breach' ? t(d.conditionDetails) : '',
        court: t(d.court),
        claimNumber: t(d.claimNumber),
      };
    }
    case 'management-move':
      return { kind: d.kind, toAddress: t(d.toAddress), reason: req(d.reason) };
    case 'area-letter':
      return { kind: d.kind, area: req(d.area), message: t(d.message) };
  }
}
