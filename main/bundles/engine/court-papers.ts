import { CLAIM_FORM_STATEMENT_OF_TRUTH, durationWords, forbiddenWords, LEGAL_AID_STATEMENT, penalNotice, SUITABILITY_WORDS, SUPERVISION_WORDS, SUPERVISOR_MAY_BE } from '../../../shared/court/texts';
import type { ApplicationContent, BundleContent, OrderTerm } from './content';
import { andList, courtHeading, numbered, STANDARD } from './court-parts';
import { type DrawnPage, Flow, type Metrics, type Run } from './layout';

/**
 * The application (a Part 8 claim under CPR 65.43) and the draft injunction order (issue 15): pleaded
 * under the right paragraph of s.5(1), with the s.5(3) link and the s.2(1) limbs relied on; each term in
 * its own lettered sub-paragraph, a power of arrest named against the terms it attaches to with its
 * ground (s.4); each requirement with who supervises it and the evidence of its suitability (s.3);
 * exclusion from home only as s.13 allows; how long the order lasts (s.1(6)). The draft
 * order cites no bundle tabs: the judge signs it as it stands. Mandatory words come from
 * shared/court/texts.ts.
 */
const sub = (f: Flow, label: string, text: string) => f.paragraph(text, { label: `(${label})`, labelIndent: 28, indent: 56, spaceAfter: 4 });
const letterOf = (t: OrderTerm) => t.ref.replace(/^\d+\(|\)$/g, '');
const withPlan = (t: OrderTerm, attached: boolean) => (t.plan ? `${t.text.replace(/[.;]$/, '')}, as shown on the plan marked ‘${t.plan}’${attached ? ' attached to this order' : ''}` : t.text);

/** Terms carrying a power of arrest, grouped by their ground: [ground words, ["1(a)", "1(c)"]]. */
function arrestGroups(terms: readonly OrderTerm[]): [string, string[]][] {
  const groups = new Map<string, string[]>();
  for (const t of terms) if (t.powerOfArrest && t.ground) groups.set(t.ground, [...(groups.get(t.ground) ?? []), t.ref]);
  return [...groups];
}

export function renderApplication(m: Metrics, c: BundleContent): DrawnPage[] {
  const a = c.application;
  const f = new Flow(m, STANDARD);
  courtHeading(f, c, 'Application for an injunction', 'Anti-social Behaviour, Crime and Policing Act 2014, section 1 – Part 8 claim (CPR 65.43 and Practice Direction 65)');
  if (!a) {
    f.paragraph('No civil injunction has been recorded on this case, so the terms sought are not known. Record the injunction (its terms, power of arrest and exclusion) before building the bundle.');
    return f.pages;
  }
  let n = 0;
  const p = (content: string | Run[]) => numbered(f, (n += 1), content);
  f.heading('The application');
  p(`The Claimant, ${c.heading.claimant}, is ${a.applicantWords} within section ${a.applicantParagraph} of the Anti-social Behaviour, Crime and Policing Act 2014 (“the Act”), and applies for an injunction under section 1 of the Act against the Defendant, ${c.heading.defendant}${a.respondentAddress ? `, of ${a.respondentAddress}` : ''}.`);
  pleadConduct(a, p);
  p(`The anti-social behaviour directly or indirectly relates to or affects the Claimant’s housing management functions (section 5(3) of the Act): ${a.housingManagementLink.replace(/\.$/, '')}.`);
  if (a.respondentAge !== null && a.respondentAge < 18) {
    p(`The Defendant is ${a.respondentAge} years old. The application is made to the youth court.${a.youthOffendingTeamConsultedOn ? ` The youth offending team was consulted on ${a.youthOffendingTeamConsultedOn} (section 14 of the Act).` : ''}`);
  }
  p(a.withoutNotice ? [{ text: 'This application is made without notice to the Defendant. ' }, { text: `Why: ${a.withoutNoticeJustification || 'see the witness statement in support.'}` }] : 'This application is made on notice to the Defendant.');
  f.heading('Terms of the injunction sought');
  const prohibitions = a.terms.filter((t) => t.kind === 'prohibition');
  const requirements = a.terms.filter((t) => t.kind === 'requirement');
  if (prohibitions.length) {
    p(`That the Defendant be forbidden, ${forbiddenWords(a.reflexive)}, from:`);
    prohibitions.forEach((t) => sub(f, letterOf(t), withPlan(t, false)));
  }
  if (requirements.length) {
    p('That the Defendant be required to:');
    requirements.forEach((t) => sub(f, letterOf(t), t.text));
    pleadSupervision(requirements, p);
  }
  if (a.homeExclusion) p(`That the Defendant be excluded from ${a.homeExclusion.premises}, the place where the Defendant normally lives (section 13 of the Act), because ${a.homeExclusion.ground}. The Defendant is 18 or over and the Claimant owns or manages those premises.`);
  for (const [ground, refs] of arrestGroups(a.terms)) {
    p(`That a power of arrest be attached to ${refs.length > 1 ? 'terms' : 'term'} ${andList(refs)} above (section 4 of the Act), because ${ground}.`);
  }
  p(`${durationWords({ months: a.duration.months, untilFurtherOrder: a.duration.untilFurtherOrder }).replace(/^This order has effect/, 'That the order have effect').replace(/\.$/, '')} (section 1(6) of the Act).`);
  f.heading('Evidence in support');
  p(`This application is supported by ${a.supportingStatements.length ? `the witness statement${a.supportingStatements.length > 1 ? 's' : ''} of ${andList(a.supportingStatements)}` : 'the witness statement filed with it'}, filed with the claim form (CPR 65.43(2)(c)).`);
  f.heading('Legal representation and legal aid (CPR 65.43)');
  p([{ text: LEGAL_AID_STATEMENT, bold: true }]);
  f.heading('Other matters');
  p('Human Rights Act 1998: the Claimant does not raise an issue under the Act. The Defendant’s rights under Articles 8 and 10 are engaged; the terms sought are necessary and proportionate to prevent the anti-social behaviour described in the evidence.');
  p('Person to be served: the Defendant.');
  f.heading('Statement of truth');
  f.paragraph(CLAIM_FORM_STATEMENT_OF_TRUTH, { spaceAfter: 14 });
  f.paragraph('Signed: ……………………………………………', { spaceAfter: 4 });
  f.paragraph(`On behalf of the Claimant, ${a.signedFor}`, { spaceAfter: 4 });
  f.paragraph(`Dated: ${a.date}`);
  return f.pages;
}

/** s.3(1) and (2), quoted as the Act words them: who supervises each requirement, and the evidence of its suitability. */
function pleadSupervision(requirements: readonly OrderTerm[], p: (content: string) => void): void {
  const who = requirements.map((t) => `with requirement ${t.ref}, ${t.supervisor || '[not yet named]'}`);
  p(`Section 3(1) of the Act provides: “${SUPERVISION_WORDS} ${SUPERVISOR_MAY_BE}” The Claimant asks the court to specify, as the person responsible for supervising compliance ${who.length > 1 ? `${who.slice(0, -1).join('; ')}; and ${who.at(-1)}` : who[0]}.`);
  const evidence = requirements.map((t) => `as to requirement ${t.ref}, ${t.suitabilityEvidence ? t.suitabilityEvidence.replace(/\.$/, '') : `${t.supervisor || 'the person to be specified'} will give it at the hearing`}`);
  p(`Section 3(2) of the Act provides that “${SUITABILITY_WORDS}” the person to be specified (or, for an organisation, an individual representing it). That evidence is: ${evidence.join('; ')}.`);
}

/** s.2(1): the limbs relied on, in the Act's words. */
function pleadConduct(a: ApplicationContent, p: (content: string) => void): void {
  const limbs = a.conductLimbs;
  if (!limbs.length) {
    p('The Claimant says that the Defendant has engaged or threatens to engage in anti-social behaviour (section 2(1) of the Act).');
    return;
  }
  const refs = andList(limbs.map((l) => `(${l.limb})`));
  // Quoted: these are the Act's own words (shared/court/texts.ts, checked against its text).
  const words = limbs.map((l) => `“${l.words}” (section 2(1)(${l.limb}))`);
  p(`The Claimant says that the Defendant has engaged or threatens to engage in anti-social behaviour within section 2(1)${refs} of the Act, namely ${words.length > 1 ? `${words.slice(0, -1).join('; ')}; and ${words.at(-1)}` : words[0]}.`);
}

export function renderDraftOrder(m: Metrics, c: BundleContent): DrawnPage[] {
  const a = c.application;
  const f = new Flow(m, STANDARD);
  courtHeading(f, c, 'Draft injunction order', 'Anti-social Behaviour, Crime and Policing Act 2014, section 1');
  // The penal notice, boxed: the box is drawn round the lines once they are set.
  const top = f.y;
  f.space(6);
  f.paragraph('PENAL NOTICE', { align: 'center', bold: true, spaceAfter: 2 });
  f.paragraph(penalNotice(c.heading.defendant), { align: 'center', bold: true, indent: 8, spaceAfter: 4 });
  f.draw({ t: 'rect', x: f.left, y: f.y, w: f.width, h: top - f.y, stroke: 0, width: 1.5 });
  f.space(12);
  if (!a) {
    f.paragraph('The terms sought are not recorded on this case yet.');
    return f.pages;
  }
  f.paragraph(`UPON the application of the Claimant${a.withoutNotice ? ' made without notice to the Defendant' : ''}`, { spaceAfter: 4 });
  f.paragraph(`AND UPON reading the witness statement${a.supportingStatements.length > 1 ? 's' : ''} of ${andList(a.supportingStatements) || 'the Claimant’s officer'}`, { spaceAfter: 4 });
  f.paragraph('AND UPON the court being satisfied on the balance of probabilities that the Defendant has engaged or threatens to engage in anti-social behaviour, and that it is just and convenient to grant this injunction to prevent it', { spaceAfter: 8 });
  f.paragraph('IT IS ORDERED THAT:', { bold: true });
  let n = 0;
  const prohibitions = a.terms.filter((t) => t.kind === 'prohibition');
  const requirements = a.terms.filter((t) => t.kind === 'requirement');
  if (prohibitions.length) {
    numbered(f, (n += 1), `The Defendant, ${c.heading.defendant}, is forbidden, ${forbiddenWords(a.reflexive)}, from:`);
    prohibitions.forEach((t) => sub(f, letterOf(t), withPlan(t, true)));
  }
  if (requirements.length) {
    numbered(f, (n += 1), `The Defendant, ${c.heading.defendant}, must:`);
    requirements.forEach((t) => sub(f, letterOf(t), t.text));
    // s.3(1): the order names who supervises each requirement; s.3(6): what the Defendant owes them.
    numbered(f, (n += 1), 'The person responsible for supervising compliance with each requirement (section 3(1) of the Act) is:');
    requirements.forEach((t) => sub(f, letterOf(t), `for paragraph ${t.ref}, ${t.supervisor || '[not yet named]'}.`));
    numbered(f, (n += 1), 'The Defendant must keep in touch with the person responsible for supervising compliance with each requirement, in accordance with any instructions given by that person from time to time, and must notify that person of any change of address (section 3(6) of the Act).');
  }
  if (a.homeExclusion) numbered(f, (n += 1), `The Defendant is excluded from ${a.homeExclusion.premises}, the place where the Defendant normally lives, and must not enter it (section 13 of the Act), the court being satisfied that ${a.homeExclusion.ground}.`);
  for (const [ground, refs] of arrestGroups(a.terms)) {
    numbered(f, (n += 1), `A power of arrest is attached to ${refs.length > 1 ? 'paragraphs' : 'paragraph'} ${andList(refs)} of this order (section 4 of the Act), the court being satisfied that ${ground}. No other paragraph carries a power of arrest.`);
  }
  numbered(f, (n += 1), durationWords(a.duration));
  if (a.withoutNotice) numbered(f, (n += 1), 'This order was made without notice. There will be a further hearing on [date and time] at which the Defendant may attend. The Defendant may apply to the court to vary or discharge this order.');
  else numbered(f, (n += 1), 'The Defendant may apply to the court to vary or discharge this order.');
  numbered(f, (n += 1), 'Costs reserved.');
  f.space(6);
  f.paragraph(`NOTE TO THE DEFENDANT: ${LEGAL_AID_STATEMENT}`);
  return f.pages;
}
