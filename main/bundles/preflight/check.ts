import { termDisclosures } from '../../../shared/actions/term-disclosure';
import { isKnownHearingCentre } from '../../../shared/court/hearing-centres';
import { injunctionOf, isRespondentsHome, termReferences, type Injunction } from '../../../shared/domain/injunction';
import { PROTECTED_ROLES } from '../../../shared/domain/vocabulary';
import type { PreflightItem, PreflightReport } from '../../../shared/schemas/bundles';
import type { CaseData } from '../sources';
import type { PreflightOverride } from './store';

/**
 * The pre-flight check of the injunction papers (issue 15): what the application and the draft order
 * need in law and in fact, read from the injunction recorded on the case, old or new. Pure: the build
 * refuses while any problem stands (main/bundles/service.ts), and the builder screen lists them.
 * `overridable` only where the law leaves it to judgement (a plan, a court not on the list, facts the
 * case record does not show); never for what the Act requires.
 */
type Problem = Omit<PreflightItem, 'override'>;
const must = (code: string, rule: string, message: string): Problem => ({ code, rule, message, overridable: false });
const may = (code: string, rule: string, message: string): Problem => ({ code, rule, message, overridable: true });

const RECORD_AGAIN = 'Edit the injunction on the case’s Actions tab to put it right (the papers use its current version).';

export function preflightProblems(data: CaseData): Problem[] {
  if (!data.injunction) return [must('no-injunction', 'ASBCPA 2014 s1', 'No civil injunction is recorded on this case: record the injunction applied for before building its application and draft order.')];
  const inj = injunctionOf(data.injunction.details);
  const out: Problem[] = [];
  const age = data.respondent?.age ?? null;
  const violenceOrRisk = data.header.flags.includes('violence-or-threat') || data.header.riskLevel === 'high';

  if (!inj.housingManagementLink) out.push(must('s5-3', 'ASBCPA 2014 s5(3)', `The papers do not say how the behaviour relates to or affects the Claimant’s housing management functions. A housing provider may apply only where it does (section 5(3)), so the application must plead it. ${RECORD_AGAIN}`));
  if (!inj.conductLimbs.length) out.push(must('s2-limb', 'ASBCPA 2014 s2(1)', `The papers do not say which kind of anti-social behaviour is relied on (section 2(1)(a), (b) or (c)). ${RECORD_AGAIN}`));
  if (!inj.terms.length) out.push(must('no-terms', 'CPR 65.43', 'The injunction has no terms: state at least one prohibition or requirement.'));
  if (!inj.court) out.push(must('hearing-centre', 'CPR 65.43', `No County Court hearing centre is recorded. ${RECORD_AGAIN}`));
  else if (!isKnownHearingCentre(inj.court)) out.push(may('hearing-centre-unknown', 'CPR 65.43', `“${inj.court}” is not on the list of County Court hearing centres. Check the name the court uses, or say why it is right.`));
  durationProblems(inj, age, out);
  if (inj.withoutNotice && !inj.withoutNoticeJustification) out.push(must('without-notice', 'ASBCPA 2014 s6', 'The application is without notice but says nothing of why: record the justification.'));
  termProblems(data, inj, violenceOrRisk, out);
  homeProblems(data, inj, age, violenceOrRisk, out);
  return out;
}

function durationProblems(inj: Injunction, age: number | null, out: Problem[]): void {
  if (!inj.durationMonths && !inj.untilFurtherOrder) out.push(must('duration', 'ASBCPA 2014 s1(6)', `The order must say how long it lasts: a period, or until further order (section 1(6)). ${RECORD_AGAIN}`));
  if (age !== null && age < 18) {
    if (inj.untilFurtherOrder) out.push(must('duration-youth', 'ASBCPA 2014 s1(6)', `The respondent is ${age}: an order against someone under 18 must specify a period, of 12 months at most, not last until further order.`));
    else if (inj.durationMonths !== null && inj.durationMonths > 12) out.push(must('duration-youth', 'ASBCPA 2014 s1(6)', `The respondent is ${age}: an order against someone under 18 can last 12 months at most, not ${inj.durationMonths}.`));
  }
  if (age === null && (inj.untilFurtherOrder || (inj.durationMonths ?? 0) > 12)) {
    out.push(may('age-unknown', 'ASBCPA 2014 s1(6)', 'The respondent’s date of birth is not recorded: if they are under 18 the order must be for 12 months at most. Record it, or say how you know they are an adult.'));
  }
}

function termProblems(data: CaseData, inj: Injunction, violenceOrRisk: boolean, out: Problem[]): void {
  const refs = termReferences(inj.terms);
  if (inj.legacyPowerOfArrest) {
    out.push(must('poa-wholesale', 'ASBCPA 2014 s4', `A power of arrest is recorded for the whole order. Under section 4 it attaches to named terms, each with its ground (violence or threats, or a significant risk of harm). ${RECORD_AGAIN}`));
  }
  inj.terms.forEach((t, i) => {
    const ref = refs[i]!;
    if (t.powerOfArrest && !t.arrestGround) out.push(must(`poa-ground:${ref}`, 'ASBCPA 2014 s4', `Term ${ref} (“${t.text}”) carries a power of arrest without its ground: say whether the behaviour includes violence or threats of violence, or there is a significant risk of harm.`));
    else if (t.powerOfArrest && !violenceOrRisk) out.push(may(`poa-facts:${ref}`, 'ASBCPA 2014 s4', `Term ${ref} carries a power of arrest, but the case records neither violence or threats nor a high risk. Record the facts on the case, or say where the evidence of them is.`));
    if (t.kind === 'requirement' && !t.supervisor) out.push(must(`s3-supervisor:${ref}`, 'ASBCPA 2014 s3(1)', `Requirement ${ref} (“${t.text}”) names no one responsible for supervising compliance with it; the order must specify that person or organisation (section 3(1)). ${RECORD_AGAIN}`));
    else if (t.kind === 'requirement' && !t.suitabilityEvidence) {
      out.push(may(`s3-evidence:${ref}`, 'ASBCPA 2014 s3(2)', `Requirement ${ref} (“${t.text}”): the papers give no evidence about its suitability and enforceability from ${t.supervisor}, which the court must receive before including it (section 3(2)). Record the evidence with the requirement, or say how the court will receive it (for example, ${t.supervisor} attends the hearing).`));
    }
    if (t.area) {
      const plan = t.planEvidenceId === null ? null : data.evidence.find((e) => e.id === t.planEvidenceId);
      if (!plan) out.push(may(`area-plan:${ref}`, 'ASBCPA 2014 s1(4)', `Term ${ref} keeps the respondent out of an area (“${t.text}”) but no plan of it is exhibited. An area someone can be imprisoned for entering should be shown on a plan so it can be obeyed: add the plan as evidence and choose it, or say why the words are enough.`));
    }
  });
  const pieces = inj.terms.map((t, i) => ({ place: `Term ${refs[i]}`, text: t.text }));
  if (inj.homeExclusion?.premises) pieces.push({ place: 'The home the respondent is excluded from', text: inj.homeExclusion.premises });
  const people = data.parties.filter((p) => PROTECTED_ROLES.includes(p.role));
  const consents = data.consents.map((c) => ({ partyId: c.partyId, recipient: c.recipient, recipientName: c.recipientName, writtenOn: c.writtenOn, withdrawnOn: c.withdrawnOn }));
  termDisclosures(pieces, people, consents, data.respondent, data.today).forEach((message, i) => out.push(must(`term-identifies:${i + 1}`, 'P3.14', message)));
}

function homeProblems(data: CaseData, inj: Injunction, age: number | null, violenceOrRisk: boolean, out: Problem[]): void {
  const home = inj.homeExclusion;
  if (!home) return;
  const r = data.respondent;
  if (age === null) out.push(must('s13-age', 'ASBCPA 2014 s13', 'Exclusion from home is only for a respondent aged 18 or over, and their date of birth is not recorded.'));
  else if (age < 18) out.push(must('s13-age', 'ASBCPA 2014 s13', `The respondent is ${age}: section 13 excludes only an adult from their home.`));
  if (!home.premises || !r || !isRespondentsHome(home.premises, r)) {
    out.push(must('s13-home', 'ASBCPA 2014 s13', `“${home.premises || 'the place'}” is not the respondent’s recorded home${r?.address ? ` (${r.address})` : ''}. Section 13 excludes only from their own home; keeping them out of an area or a communal part of a building is a prohibition, described so it can be obeyed, with a plan. ${RECORD_AGAIN}`));
  }
  if (home.landlordOwnsOrManages !== true) out.push(must('s13-landlord', 'ASBCPA 2014 s13', `A housing provider can ask for exclusion only from a home it owns or manages, and the papers do not say the Claimant does. ${RECORD_AGAIN}`));
  if (!home.ground) out.push(must('s13-ground', 'ASBCPA 2014 s13', `Exclusion from home needs violence or threats of violence, or a significant risk of harm, and the papers give neither. ${RECORD_AGAIN}`));
  else if (!violenceOrRisk) out.push(may('s13-facts', 'ASBCPA 2014 s13', 'Exclusion from home is sought, but the case records neither violence or threats nor a high risk. Record the facts on the case, or say where the evidence of them is.'));
}

/** The problems with what was said about each, and whether the papers can be built. */
export function preflightReport(data: CaseData, overrides: readonly PreflightOverride[]): PreflightReport {
  const items = preflightProblems(data).map((p) => {
    const o = p.overridable ? overrides.find((x) => x.code === p.code) : undefined;
    return { ...p, override: o ? { reason: o.reason, by: o.by, at: o.at } : null };
  });
  return { actionId: data.injunction?.id ?? null, items, blocked: items.some((i) => i.override === null) };
}
