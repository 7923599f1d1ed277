import { actionLabel } from '../../shared/domain/action-kinds';
import { injunctionOf, termReferences } from '../../shared/domain/injunction';
import { PARTY_ROLES, labelOf } from '../../shared/domain/vocabulary';
import { durationWords } from '../../shared/court/texts';
import { londonDate } from '../../shared/time/london';
import type { CaseData } from './sources';
import { blocksToBody, type BodyBlock } from '../statements/body';

/**
 * A short case summary for the judge (issue 15, PD 32 para 27.5), proposed from the record for the legal
 * user to edit and finalise: the parties by their role (a person withheld from the court by the label
 * the bundle gives them, never their name), the orders sought, and the key dates — the first report, the
 * warnings, the ABC, the breaches, the application and the hearing. Only what the record holds.
 */
const dmy = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
/** An instant's London day ('YYYY-MM-DD'); a plain day as it is. */
const dayOf = (at: string) => (/^\d{4}-\d{2}-\d{2}$/.test(at) ? at : londonDate(new Date(at)));
const clean = (s: string) => s.replace(/\s*\n+\s*/g, ' ').trim().replace(/[.;]$/, '');

const KEY_ACTIONS = ['written-warning-first', 'written-warning-final', 'abc'] as const;

export function proposeCaseSummary(data: CaseData): string {
  const r = data.redaction;
  const inj = injunctionOf(data.injunction?.details ?? {});
  const blocks: BodyBlock[] = [];
  const head = (text: string) => blocks.push({ kind: 'heading', text });
  const para = (text: string) => blocks.push({ kind: 'para', text: text.charAt(0).toUpperCase() + text.slice(1) });
  const resp = data.respondent;
  const defendant = resp && !resp.anonymous && resp.name ? resp.name : 'Persons unknown';

  head('The parties');
  para(`The Claimant is ${data.header.partnerName}, ${inj.applicantStatus === 'local-authority' ? 'a local authority' : 'a housing provider'} applying under section 5(1)(${inj.applicantStatus === 'local-authority' ? 'a' : 'b'}) of the Anti-social Behaviour, Crime and Policing Act 2014.`);
  para(`The Defendant is ${defendant}${resp?.age !== null && resp?.age !== undefined ? `, aged ${resp.age}` : ''}.`);
  for (const p of data.parties) {
    if (p.id === resp?.id || !['complainant', 'victim', 'witness'].includes(p.role)) continue;
    const name = r.nameOf(p.id, labelOf(PARTY_ROLES, p.role));
    const withheld = r.people.some((w) => w.partyId === p.id && !w.named);
    // A withheld person's label already says their role ("the Complainant", "Witness A").
    para(withheld ? `${name} has not consented in writing to being identified to the court; their account is given as hearsay in the officer’s statement.` : `${name} (${labelOf(PARTY_ROLES, p.role).toLowerCase()}).`);
  }

  head('The orders sought');
  if (!data.injunction) para('No injunction is recorded on the case yet.');
  else {
    const refs = termReferences(inj.terms);
    // As the draft order words them: forbidden "from using…", required "to attend…".
    inj.terms.forEach((t, i) => para(`${refs[i]} ${t.kind === 'prohibition' ? 'Forbidden from' : 'Required to'} ${clean(t.text)}${t.powerOfArrest ? ' (a power of arrest is sought)' : ''}.`));
    if (inj.homeExclusion?.premises) para(`Exclusion from the Defendant’s home at ${clean(inj.homeExclusion.premises)} (section 13).`);
    para(durationWords({ months: inj.durationMonths, untilFurtherOrder: inj.untilFurtherOrder }).replace(/^This order has effect/, 'The order is sought'));
  }

  head('Key dates');
  const dates: { on: string; text: string }[] = [{ on: dayOf(data.header.receivedAt), text: 'the case was first reported to the Claimant' }];
  for (const a of data.actions) {
    if ((KEY_ACTIONS as readonly string[]).includes(a.kind)) dates.push({ on: a.startedOn, text: `${actionLabel(a.kind).toLowerCase()}${a.subjectPartyId ? ` given to ${r.nameOf(a.subjectPartyId)}` : ''}` });
    for (const e of a.events.filter((x) => x.kind === 'breach')) dates.push({ on: dayOf(e.at), text: `breach of the ${actionLabel(a.kind).toLowerCase()} recorded${e.proven ? ' and proven' : ''}` });
  }
  if (data.injunction) dates.push({ on: data.injunction.startedOn, text: 'application for the injunction' });
  if (data.hearingAt) dates.push({ on: dayOf(data.hearingAt), text: 'hearing' });
  for (const d of dates.sort((a, b) => a.on.localeCompare(b.on))) para(`${dmy(d.on)}: ${d.text}.`);
  return blocksToBody(blocks);
}
