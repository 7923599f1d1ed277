import { describe, expect, it } from 'vitest';
import { evaluateGuards, type GuardContext } from '../../../shared/actions/guards';
import type { ActionDetails, InjunctionTermInput } from '../../../shared/schemas/actions';
import { ActionDetails as ActionDetailsSchema } from '../../../shared/schemas/actions';
import { adult, guardContext as ctx } from './guard-context';

/**
 * Issue 15: the law's conditions on an injunction's terms, refused when it is recorded. Section 13
 * excludes only an adult, only from their own home, only where the landlord owns or manages it and only
 * on violence or a significant risk of harm; a power of arrest (s.4) needs its ground on each term; an
 * order against someone under 18 runs 12 months at most (s.1(6)). Each is shown refused and allowed.
 */
const violent = { flags: ['violence-or-threat'] as const };

const injunction = (over: Record<string, unknown> = {}): ActionDetails =>
  ActionDetailsSchema.parse({
    kind: 'civil-injunction',
    housingManagementLink: 'The Defendant is the Claimant’s tenant and the behaviour is towards its tenants on the estate.',
    conductLimbs: ['a', 'b'],
    terms: [{ kind: 'prohibition', text: 'using or threatening violence against anyone in Elm Road' }],
    durationMonths: 12,
    court: 'Clerkenwell and Shoreditch',
    ...over,
  });

const blocks = (c: GuardContext) => evaluateGuards(c).blocks;
const home = (over: Record<string, unknown> = {}) => ({ homeExclusion: { premises: '2 Elm Road, London', landlordOwnsOrManages: true, ground: 'violence', ...over } });

describe('s.13: exclusion from the respondent’s own home', () => {
  it('is allowed for an adult, from their own home, which the landlord manages, with violence recorded', () => {
    expect(blocks(ctx(injunction(home()), violent))).toEqual([]);
  });
  it('is refused for an area (a landing, a street): that is a prohibition with a plan', () => {
    const b = blocks(ctx(injunction(home({ premises: 'the landing of 2–8 Elm Road' })), violent));
    expect(b.map((x) => x.rule)).toEqual(['ASBCPA 2014 s13']);
    expect(b[0]!.message).toContain('Section 13 excludes someone only from their own home');
    expect(b[0]!.message).toContain('add a prohibition on entering it, with a plan');
  });
  it('is refused for a respondent under 18', () => {
    const minor = { ...adult, age: 17 };
    const b = blocks(ctx(injunction({ ...home(), youthCourt: true, youthOffendingTeamConsultedOn: '2026-11-01' }), { ...violent, subject: minor }));
    expect(b.map((x) => x.message)).toEqual(['Darren Whitcombe is 17: section 13 excludes only an adult (18 or over) from their home.']);
  });
  it('is refused for a home the landlord does not own or manage', () => {
    const b = blocks(ctx(injunction(home({ landlordOwnsOrManages: false })), violent));
    expect(b.map((x) => x.message)).toEqual(['A housing provider can ask for exclusion only from a home it owns or manages (section 13). Ask the council or the police instead.']);
  });
  it('is refused without violence or a risk of harm: no ground given, or none recorded on the case', () => {
    expect(blocks(ctx(injunction(home({ ground: null })), violent)).map((x) => x.guard)).toEqual(['exclusion']);
    const noFacts = blocks(ctx(injunction(home())));
    expect(noFacts.map((x) => x.message)).toEqual(['Excluding someone from their home needs violence or threatened violence, or a significant risk of harm. Record that on the case (flag or high risk) first.']);
    expect(blocks(ctx(injunction(home({ ground: 'risk-of-harm' })), { riskLevel: 'high' }))).toEqual([]);
  });
});

describe('s.4: a power of arrest attaches to a named term, with its ground', () => {
  const term = (over: Partial<InjunctionTermInput>) => ({ terms: [{ kind: 'prohibition', text: 'using or threatening violence against anyone in Elm Road', ...over }] });
  it('is refused on a term without its ground', () => {
    const b = blocks(ctx(injunction(term({ powerOfArrest: true })), violent));
    expect(b.map((x) => x.guard)).toEqual(['power-of-arrest']);
    expect(b[0]!.message).toContain('Term 1(a) (“using or threatening violence against anyone in Elm Road”) carries a power of arrest but no ground');
  });
  it('is allowed on a term with its ground when the case records violence or high risk', () => {
    expect(blocks(ctx(injunction(term({ powerOfArrest: true, arrestGround: 'violence' })), violent))).toEqual([]);
    expect(blocks(ctx(injunction(term({ powerOfArrest: true, arrestGround: 'violence' })))).map((x) => x.guard)).toEqual(['power-of-arrest']);
  });
  it('names requirements by their own paragraph', () => {
    const b = blocks(ctx(injunction({ terms: [{ kind: 'prohibition', text: 'entering Elm Road' }, { kind: 'requirement', text: 'attending a course', powerOfArrest: true, supervisor: 'Elm Valley Support Services' }] }), violent));
    expect(b.map((x) => x.guard)).toEqual(['power-of-arrest']);
    expect(b[0]!.message).toContain('Term 2(a) (“attending a course”)');
  });
});

describe('s.3(1): a requirement names who supervises compliance with it', () => {
  const requirement = (over: Partial<InjunctionTermInput> = {}) => ({ terms: [{ kind: 'prohibition', text: 'entering Elm Road' }, { kind: 'requirement', text: 'attending a course', ...over }] });
  it('is refused without a supervisor (a person or an organisation)', () => {
    const b = blocks(ctx(injunction(requirement())));
    expect(b.map((x) => [x.guard, x.rule])).toEqual([['requirement-supervisor', 'ASBCPA 2014 s3(1)']]);
    expect(b[0]!.message).toBe('Term 2(a) (“attending a course”) is a requirement: name the person or organisation responsible for supervising compliance with it, as the order must (section 3(1)).');
    expect(blocks(ctx(injunction(requirement({ supervisor: '   ' }))))).toHaveLength(1);
  });
  it('is allowed with one; a prohibition needs none, and keeps none given', () => {
    expect(blocks(ctx(injunction(requirement({ supervisor: 'Elm Valley Support Services' }))))).toEqual([]);
    expect(blocks(ctx(injunction({ terms: [{ kind: 'prohibition', text: 'entering Elm Road' }] })))).toEqual([]);
  });
});

describe('s.1(6): how long, for someone under 18', () => {
  const minor = { subject: { ...adult, age: 16 } };
  const youth = { youthCourt: true, youthOffendingTeamConsultedOn: '2026-11-01' };
  it('refuses more than 12 months, or until further order', () => {
    expect(blocks(ctx(injunction({ ...youth, durationMonths: 18 }), minor)).map((x) => x.message)).toEqual(['Darren Whitcombe is under 18: the order can last 12 months at most, not 18.']);
    expect(blocks(ctx(injunction({ ...youth, durationMonths: null, untilFurtherOrder: true }), minor)).map((x) => x.guard)).toEqual(['duration']);
  });
  it('allows 12 months for someone under 18, and until further order for an adult', () => {
    expect(blocks(ctx(injunction({ ...youth, durationMonths: 12 }), minor))).toEqual([]);
    expect(blocks(ctx(injunction({ durationMonths: null, untilFurtherOrder: true })))).toEqual([]);
  });
});

describe('a term never has a redaction inside it', () => {
  it('refuses a term that identifies someone withheld from the court', () => {
    const b = blocks(ctx(injunction(), { termDisclosures: ['Term 1(a) (“entering 4 Elm Road”) contains their address of the complainant (4 Elm Road) …'] }));
    expect(b.map((x) => x.guard)).toEqual(['term-identifies']);
  });
});
