import { injunctionOf, isRespondentsHome, termReferences } from '../domain/injunction';
import type { ActionDetails, GuardVerdict } from '../schemas/actions';
import type { GuardContext } from './guards';

/**
 * The law's conditions on the terms of a civil injunction (ASBCPA 2014 ss.1, 3, 4, 13; issue 15), checked
 * when it is recorded. The same facts are checked again before its papers are built
 * (main/bundles/preflight.ts), for injunctions recorded before these checks existed.
 */
const v = (guard: string, rule: string, message: string): GuardVerdict => ({ guard, rule, message });

export function injunctionTermGuards(c: GuardContext, d: Extract<ActionDetails, { kind: 'civil-injunction' }>, blocks: GuardVerdict[]): void {
  const inj = injunctionOf(d as unknown as Record<string, unknown>);
  const refs = termReferences(inj.terms);
  const violenceOrRisk = c.flags.includes('violence-or-threat') || c.riskLevel === 'high';
  inj.terms.forEach((t, i) => {
    if (t.kind === 'requirement' && !t.supervisor) {
      blocks.push(v('requirement-supervisor', 'ASBCPA 2014 s3(1)', `Term ${refs[i]} (“${t.text}”) is a requirement: name the person or organisation responsible for supervising compliance with it, as the order must (section 3(1)).`));
    }
    if (t.powerOfArrest && !t.arrestGround) {
      blocks.push(v('power-of-arrest', 'ASBCPA 2014 s4', `Term ${refs[i]} (“${t.text}”) carries a power of arrest but no ground: say whether the behaviour includes violence or threats of violence, or there is a significant risk of harm to others.`));
    } else if (t.powerOfArrest && !violenceOrRisk) {
      blocks.push(v('power-of-arrest', 'ASBCPA 2014 s4', 'A power of arrest needs violence or threatened violence, or a significant risk of harm. Record that on the case (flag or high risk) first.'));
    }
  });
  for (const m of c.termDisclosures ?? []) blocks.push(v('term-identifies', 'P3.14', m));

  const home = inj.homeExclusion;
  if (home) {
    const s = c.subject;
    const name = s?.name ?? 'The respondent';
    if (s && s.age !== null && s.age < 18) blocks.push(v('exclusion', 'ASBCPA 2014 s13', `${name} is ${s.age}: section 13 excludes only an adult (18 or over) from their home.`));
    if (s && !s.address.trim()) blocks.push(v('exclusion', 'ASBCPA 2014 s13', `Record ${name}’s home address: section 13 excludes a person only from their own home.`));
    else if (s && home.premises && !isRespondentsHome(home.premises, s)) {
      blocks.push(
        v('exclusion', 'ASBCPA 2014 s13', `“${home.premises}” is not ${name}’s recorded home (${s.address}). Section 13 excludes someone only from their own home; to keep them out of an area or a communal part of a building, add a prohibition on entering it, with a plan.`),
      );
    }
    if (home.landlordOwnsOrManages === false) blocks.push(v('exclusion', 'ASBCPA 2014 s13', 'A housing provider can ask for exclusion only from a home it owns or manages (section 13). Ask the council or the police instead.'));
    if (home.landlordOwnsOrManages === null) blocks.push(v('exclusion', 'ASBCPA 2014 s13', 'Say whether the Claimant owns or manages the home (section 13).'));
    if (!home.ground) blocks.push(v('exclusion', 'ASBCPA 2014 s13', 'Exclusion from home needs its ground: violence or threats of violence, or a significant risk of harm to others.'));
    else if (!violenceOrRisk) blocks.push(v('exclusion', 'ASBCPA 2014 s13', 'Excluding someone from their home needs violence or threatened violence, or a significant risk of harm. Record that on the case (flag or high risk) first.'));
  }

  const age = c.subject?.age ?? null;
  if (age !== null && age < 18) {
    if (inj.untilFurtherOrder) blocks.push(v('duration', 'ASBCPA 2014 s1(6)', `${c.subject?.name ?? 'The respondent'} is under 18: the order must specify a period, of 12 months at most, not last until further order.`));
    if (inj.durationMonths !== null && inj.durationMonths > 12) blocks.push(v('duration', 'ASBCPA 2014 s1(6)', `${c.subject?.name ?? 'The respondent'} is under 18: the order can last 12 months at most, not ${inj.durationMonths}.`));
  }
}
