import type { ApplicantStatus, ConductLimb, HarmGround } from '../court/texts';

/**
 * A civil injunction's details as the papers need them (ASBCPA 2014 Part 1; issue 15), read from what an
 * action recorded. Injunctions recorded before these fields existed hold only lists of prohibitions and
 * requirements and ticks for "power of arrest" and "exclusion": they still load, their terms carry no
 * power of arrest of their own, and what the law needs but they lack is left empty for the pre-flight
 * check (main/bundles/preflight.ts) to name.
 */
export interface InjunctionTerm {
  kind: 'prohibition' | 'requirement';
  text: string;
  powerOfArrest: boolean;
  arrestGround: HarmGround | null;
  /** A prohibition on entering an area or part of a building (s.1(4)(a)): described so it can be obeyed. */
  area: boolean;
  /** The plan of the area, an exhibit on the case (its evidence id). */
  planEvidenceId: number | null;
  /** s.3(1): who supervises compliance with a requirement (an individual or an organisation); '' for a prohibition. */
  supervisor: string;
  /** s.3(2): the evidence about the requirement's suitability and enforceability, from the supervisor. */
  suitabilityEvidence: string;
}

/** Exclusion from the respondent's own home (s.13), with the conditions the Claimant says are met. */
export interface HomeExclusion {
  premises: string;
  landlordOwnsOrManages: boolean | null;
  ground: HarmGround | null;
}

export interface Injunction {
  applicantStatus: ApplicantStatus;
  /** s.5(3): how the behaviour relates to or affects the Claimant's housing management functions. */
  housingManagementLink: string;
  conductLimbs: ConductLimb[];
  terms: InjunctionTerm[];
  homeExclusion: HomeExclusion | null;
  durationMonths: number | null;
  untilFurtherOrder: boolean;
  withoutNotice: boolean;
  withoutNoticeJustification: string;
  court: string;
  claimNumber: string;
  youthCourt: boolean;
  youthOffendingTeamConsultedOn: string | null;
  /** Recorded before terms carried their own power of arrest: a tick for the whole order. */
  legacyPowerOfArrest: boolean;
}

const str = (v: unknown) => (typeof v === 'string' ? v : '');
const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x.trim() !== '') : []);
const ground = (v: unknown): HarmGround | null => (v === 'violence' || v === 'risk-of-harm' ? v : null);
const limb = (v: unknown): v is ConductLimb => v === 'a' || v === 'b' || v === 'c';

function termOf(v: unknown): InjunctionTerm | null {
  if (!v || typeof v !== 'object') return null;
  const t = v as Record<string, unknown>;
  const text = str(t.text).trim();
  if (!text) return null;
  return {
    kind: t.kind === 'requirement' ? 'requirement' : 'prohibition',
    text,
    powerOfArrest: t.powerOfArrest === true,
    arrestGround: ground(t.arrestGround),
    area: t.area === true,
    planEvidenceId: typeof t.planEvidenceId === 'number' ? t.planEvidenceId : null,
    supervisor: t.kind === 'requirement' ? str(t.supervisor).trim() : '',
    suitabilityEvidence: t.kind === 'requirement' ? str(t.suitabilityEvidence).trim() : '',
  };
}

const plain = (kind: InjunctionTerm['kind']) => (text: string): InjunctionTerm => ({ kind, text: text.trim(), powerOfArrest: false, arrestGround: null, area: false, planEvidenceId: null, supervisor: '', suitabilityEvidence: '' });

/** The injunction an action's details describe, old or new. */
export function injunctionOf(details: Record<string, unknown>): Injunction {
  const d = details;
  const terms = [
    ...(Array.isArray(d.terms) ? d.terms.map(termOf).filter((t): t is InjunctionTerm => t !== null) : []),
    ...strings(d.prohibitions).map(plain('prohibition')),
    ...strings(d.requirements).map(plain('requirement')),
  ];
  const he = d.homeExclusion as Record<string, unknown> | null | undefined;
  const homeExclusion: HomeExclusion | null =
    he && typeof he === 'object'
      ? { premises: str(he.premises).trim(), landlordOwnsOrManages: typeof he.landlordOwnsOrManages === 'boolean' ? he.landlordOwnsOrManages : null, ground: ground(he.ground) }
      : d.exclusion === true
        ? { premises: str(d.exclusionFrom).trim(), landlordOwnsOrManages: null, ground: null }
        : null;
  const months = typeof d.durationMonths === 'number' && Number.isInteger(d.durationMonths) && d.durationMonths > 0 ? d.durationMonths : null;
  return {
    applicantStatus: d.applicantStatus === 'local-authority' ? 'local-authority' : 'housing-provider',
    housingManagementLink: str(d.housingManagementLink).trim(),
    conductLimbs: Array.isArray(d.conductLimbs) ? [...new Set(d.conductLimbs.filter(limb))].sort() : [],
    terms,
    homeExclusion,
    durationMonths: months,
    untilFurtherOrder: d.untilFurtherOrder === true,
    withoutNotice: d.withoutNotice === true,
    withoutNoticeJustification: str(d.withoutNoticeJustification).trim(),
    court: str(d.court).trim(),
    claimNumber: str(d.claimNumber).trim(),
    youthCourt: d.youthCourt === true,
    youthOffendingTeamConsultedOn: typeof d.youthOffendingTeamConsultedOn === 'string' ? d.youthOffendingTeamConsultedOn : null,
    legacyPowerOfArrest: d.powerOfArrest === true && !terms.some((t) => t.powerOfArrest),
  };
}

/** "1(a)", "2(b)": where a term sits in the draft order (prohibitions in paragraph 1, requirements next). */
export function termReferences(terms: readonly InjunctionTerm[]): string[] {
  const prohibitions = terms.filter((t) => t.kind === 'prohibition');
  const requirementsPara = prohibitions.length ? 2 : 1;
  let p = 0;
  let r = 0;
  return terms.map((t) => (t.kind === 'prohibition' ? `1(${letter(p++)})` : `${requirementsPara}(${letter(r++)})`));
}

export const letter = (i: number) => String.fromCharCode(97 + i);

/**
 * Same place? A s.13 exclusion's premises must be the respondent's recorded home: the premises name its
 * first line ("2 Elm Road"). A postcode alone is not enough, as neighbours share one.
 */
export function isRespondentsHome(premises: string, home: { address: string }): boolean {
  const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  const p = norm(premises);
  const first = norm(home.address.split(/[,\n]/)[0] ?? '');
  return p !== '' && first.length >= 3 && ` ${p} `.includes(` ${first} `);
}
