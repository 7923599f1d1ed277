import type { Flag, RiskLevel, Tenure } from '../domain/vocabulary';
import type { ActionDetails, GuardReport, GuardVerdict } from '../schemas/actions';
import { CRIMINAL_ACTION_MEASURES, isLegalAction, POSSESSION_GROUNDS, type ActionKind } from '../domain/action-kinds';
import { injunctionTermGuards } from './injunction-guards';

/**
 * The policy's guards (DESIGN §5), pure so the same words can be shown before an officer submits and
 * enforced in the main process when they do. Each verdict names the rule it comes from.
 *  - blocks stop the action until the condition is met;
 *  - flags stop it until the officer gives a reason to go on (acknowledgements[guard]);
 *  - notices are shown but stop nothing.
 */
export interface GuardSubject {
  role: string;
  name: string;
  tenure: Tenure | null;
  /** Whole years today, or null when no date of birth is recorded. */
  age: number | null;
  /** Their recorded home (first line and street): a s.13 exclusion is only from it. */
  address: string;
}

export interface GuardContext {
  kind: ActionKind;
  details: ActionDetails;
  subject: GuardSubject | null;
  /** For a warning about a household member or visitor (P3.8). */
  about: GuardSubject | null;
  incidentCount: number;
  hateIncident: boolean;
  flags: readonly Flag[];
  riskLevel: RiskLevel;
  /** Recorded confirmations (P5.4) about the person the warning concerns. */
  confirmationsForSubject: number;
  /** Active police measures of a criminal kind on the case (P5.8). */
  policeMeasures: readonly string[];
  injunctionAdultsOnly: boolean;
  /** Proven breaches of a civil injunction named by a possession's injunction-breach condition. */
  provenInjunctionBreaches: number;
  /** An injunction's terms that name or point to someone withheld from the court (a term cannot be redacted). */
  termDisclosures?: readonly string[];
}

const v = (guard: string, rule: string, message: string): GuardVerdict => ({ guard, rule, message });

export function evaluateGuards(c: GuardContext): GuardReport {
  const blocks: GuardVerdict[] = [];
  const flags: GuardVerdict[] = [];
  const notices: GuardVerdict[] = [];
  const d = c.details;
  const personal = c.kind !== 'area-letter' && c.kind !== 'mediation';

  if (personal && !c.subject) blocks.push(v('subject', 'P5', 'Choose the person this action is against.'));

  if (d.kind === 'written-warning-first' || d.kind === 'written-warning-final') {
    const who = c.about ?? c.subject;
    if (c.confirmationsForSubject < 1) {
      blocks.push(v('confirmation', 'P5.4', `A written warning needs some confirmation that ${who?.name || 'the person'} threatened or committed harassment. Record how it was confirmed first.`));
    }
    if (c.about && c.subject && !isTenant(c.subject.tenure)) {
      blocks.push(v('responsible-tenant', 'P3.8', `${c.subject.name} has no tenancy recorded, so cannot be warned about a member of their household or a visitor.`));
    }
  }

  if (isLegalAction(c.kind)) {
    if (c.incidentCount <= 1 && !c.hateIncident) {
      flags.push(v('single-incident', 'P3.4', 'Legal action on a single incident is rarely possible except for hate crime. Say why you are going ahead.'));
    }
    const criminal = c.policeMeasures.filter((m) => (CRIMINAL_ACTION_MEASURES as readonly string[]).includes(m));
    if (criminal.length) {
      notices.push(v('police-action', 'P5.8', `The police are taking criminal action (${criminal.join(', ')}). Consider whether to hold off and work with them.`));
    }
  }

  if (d.kind === 'civil-injunction') injunctionGuards(c, d, blocks);

  if (d.kind === 'possession') {
    const tenure = c.subject?.tenure ?? null;
    if (tenure !== 'secure' && tenure !== 'assured') {
      blocks.push(v('tenancy', 'P5.13', possessionTenureMessage(c.subject?.name ?? 'The person', tenure)));
    } else if (d.absolute) {
      if (!d.absoluteCondition) blocks.push(v('absolute-condition', 'HA 1985 s84A / HA 1988 Ground 7A', 'The absolute ground needs one of its five conditions. Choose which one is met.'));
      if (d.absoluteCondition === 'injunction-breach' && c.provenInjunctionBreaches < 1) {
        blocks.push(v('absolute-condition', 'HA 1985 s84A / HA 1988 Ground 7A', 'Condition 2 needs a breach of a civil injunction that a court found proven. Record the proven breach on the injunction first.'));
      }
      if (d.absoluteCondition && d.absoluteCondition !== 'injunction-breach' && !d.conditionDetails) {
        blocks.push(v('absolute-condition', 'HA 1985 s84A / HA 1988 Ground 7A', 'Give the conviction or order that meets the condition (court, date, reference).'));
      }
    }
  }

  if (d.kind === 'abc' && c.subject?.age !== null && c.subject?.age !== undefined && c.subject.age < 18 && !d.guardianName) {
    blocks.push(v('guardian', 'ABC guidance', `${c.subject.name} is under 18: name the parent or guardian who will sign the contract with them.`));
  }

  return { blocks, flags, notices };
}

function injunctionGuards(c: GuardContext, d: Extract<ActionDetails, { kind: 'civil-injunction' }>, blocks: GuardVerdict[]): void {
  const s = c.subject;
  if (s) {
    if (s.age === null) {
      blocks.push(v('age', 'ASBCPA 2014 s1', `Record ${s.name}'s date of birth: an injunction needs the respondent to be 10 or over, and under-18s go to the youth court.`));
    } else if (s.age < 10) {
      blocks.push(v('age', 'ASBCPA 2014 s1', `${s.name} is ${s.age}. A civil injunction can only be made against someone aged 10 or over.`));
    } else if (s.age < 18) {
      if (c.injunctionAdultsOnly) {
        blocks.push(v('age', 'P5.9', `${s.name} is ${s.age}. This partner's policy seeks injunctions only against adults (P5.9). The law allows 10 and over; an administrator can change the profile setting if the policy changes.`));
      } else {
        if (!d.youthCourt) blocks.push(v('youth-court', 'ASBCPA 2014 s1', `${s.name} is under 18: the application goes to the youth court.`));
        if (!d.youthOffendingTeamConsultedOn) blocks.push(v('yot-consulted', 'ASBCPA 2014 s14', `${s.name} is under 18: record when the youth offending team was consulted.`));
      }
    }
  }
  if (d.withoutNotice && !d.withoutNoticeJustification) {
    blocks.push(v('without-notice', 'P5.9, ASBCPA s6', 'An application without notice needs a recorded justification: why immediate action is needed.'));
  }
  const violenceOrRisk = c.flags.includes('violence-or-threat') || c.riskLevel === 'high';
  if (d.powerOfArrest && !d.terms.some((t) => t.powerOfArrest) && !violenceOrRisk) {
    blocks.push(v('power-of-arrest', 'ASBCPA 2014 s4', 'A power of arrest needs violence or threatened violence, or a significant risk of harm. Record that on the case (flag or high risk) first.'));
  }
  if (d.exclusion && !d.exclusionFrom) blocks.push(v('exclusion', 'ASBCPA 2014 s13', 'Say which premises the person would be excluded from.'));
  injunctionTermGuards(c, d, blocks);
}

const isTenant = (t: Tenure | null) => t === 'secure' || t === 'assured' || t === 'starter';

function possessionTenureMessage(name: string, tenure: Tenure | null): string {
  if (tenure === 'starter') return `${name} has a starter (introductory) tenancy: end it through the starter-tenancy review procedure, not possession grounds.`;
  if (tenure === 'leaseholder') return `${name} is a leaseholder: possession grounds do not apply. Take legal advice on enforcing the lease.`;
  return `Possession needs a secure or assured tenancy, and ${name} has none recorded.`;
}

/** The ground a possession claim uses, chosen from the tenure (P5.13). */
export function possessionGround(tenure: Tenure | null, absolute: boolean): string | null {
  if (tenure !== 'secure' && tenure !== 'assured') return null;
  return absolute ? POSSESSION_GROUNDS[tenure].absolute : POSSESSION_GROUNDS[tenure].discretionary;
}

/** Flags the officer must answer: those not yet acknowledged with a reason. */
export function unansweredFlags(report: GuardReport, acknowledgements: Record<string, string>): GuardVerdict[] {
  return report.flags.filter((f) => !acknowledgements[f.guard]);
}
