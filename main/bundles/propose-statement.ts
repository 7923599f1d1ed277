import { actionLabel, type ActionKind } from '../../shared/domain/action-kinds';
import { ACTS, labelOf, REPORT_METHODS, TENURES } from '../../shared/domain/vocabulary';
import type { ActionView } from '../../shared/schemas/actions';
import { formatDate, formatTime } from '../../shared/time/format';
import { AppError } from '../../shared/result';
import type { ReadableDB } from '../db/connection';
import { loadCaseData, type CaseData } from './sources';
import { HARM_GROUNDS, type HarmGround } from '../../shared/court/texts';
import { injunctionOf, termReferences, type Injunction } from '../../shared/domain/injunction';
import { blocksToBody, type BodyBlock } from '../statements/body';

/**
 * The officer's statement proposed from the structured record (issue 15), in plain first-person English,
 * for its maker to edit and then finalise. It says only what the record holds: an incident's time when
 * it happened and, separately, when the Claimant was told (only if that was recorded); an action's date
 * (actions have no time); agreed terms quoted as the person agreed them, never turned into the officer's
 * words. Names of people withheld from the court (P3.14) are already replaced.
 */
export interface Proposal {
  makerName: string;
  initials: string;
  body: string;
  /** The items this witness produces, each with its mark ("OA1"), in the order the statement refers to them. */
  exhibits: { evidenceId: number; mark: string }[];
}

const sentence = (s: string) => {
  const t = s.trim();
  return t && !/[.!?”"’)]$/.test(t) ? `${t}.` : t;
};
const dmy = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
const oneLine = (s: string) => s.replace(/\s*\n+\s*/g, ' ').trim();
const quoted = (xs: string[]) => xs.map((x) => `“${oneLine(x).replace(/[.;]$/, '')}”`).join('; ');
const listWords = (xs: string[]) => (xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} and ${xs.at(-1)}`);
/** A sentence that opens with a withheld label ("the Complainant") starts with a capital. */
const capitalFirst = (s: string) => (s ? s.charAt(0).toUpperCase() + s.slice(1) : s);

/** "On 26/10/2026 at 09:40": a time only where one was recorded. */
export function when(iso: string, withTime = true): string {
  return withTime ? `${formatDate(iso)} at ${formatTime(iso)}` : formatDate(iso);
}

export function proposeOfficerStatement(data: CaseData): Proposal {
  const r = data.redaction;
  const o = data.officer;
  const partner = data.header.partnerName;
  const resp = data.respondent;
  const defendant = resp && !resp.anonymous && resp.name ? resp.name : 'the person responsible';
  const blocks: BodyBlock[] = [];
  const head = (text: string) => blocks.push({ kind: 'heading', text });
  // A sentence may open with a withheld person's label ("the Complainant reported…"): capitalised.
  const para = (text: string) => blocks.push({ kind: 'para', text: sentence(text.charAt(0).toUpperCase() + text.slice(1)) });

  head('Introduction');
  para(`I am ${o.name}. I work for ${partner} (the Claimant) as the officer responsible for its case ${data.header.ref}. I make this statement in support of the Claimant’s application for an injunction against ${defendant} (the Defendant), and I am authorised to make it on the Claimant’s behalf`);
  para('The facts in this statement come from my own dealings with this case and from the Claimant’s case records, which were made at or near the time of the events they record and which I have read. Where I say what someone told the Claimant, I say who it was and when, and I believe what they said to be true');
  const withheld = r.people.filter((p) => !p.named).map((p) => p.label);
  if (withheld.length) {
    para(`${capitalFirst(listWords(withheld))} ${withheld.length === 1 ? 'has' : 'have'} not given written consent for the court to learn who they are. Under the Claimant’s Harassment Policy (paragraph 3.14) I call them ${listWords(withheld.map((w) => `“${w}”`))} in this statement and leave out details that would identify them`);
  }

  head('The Defendant');
  if (resp) {
    const tenant = resp.tenure && resp.tenure !== 'non-tenant' ? labelOf(TENURES, resp.tenure).toLowerCase() : null;
    const where = [resp.address, resp.postcode].filter(Boolean).join(', ');
    const facts = [tenant ? `is a ${tenant} of the Claimant` : resp.tenure === 'non-tenant' ? 'is not a tenant of the Claimant' : '', where ? `lives at ${where}` : '', resp.age !== null ? `is ${resp.age} years old` : ''].filter(Boolean);
    if (facts.length) para(`The Defendant ${listWords(facts)}`);
  } else para('The Claimant has not been able to identify the person responsible by name');

  head('The report');
  para(`On ${when(data.header.receivedAt)} the Claimant received a report by ${labelOf(REPORT_METHODS, data.header.method).toLowerCase()}${data.header.summary ? `: ${r.text(data.header.summary)}` : ''}`);

  if (data.incidents.length) {
    head('The incidents');
    for (const i of data.incidents) para(incidentSentence(data, i));
  }

  const interviews = data.chronology.filter((c) => c.kind === 'interview');
  if (interviews.length) {
    head('Interviews');
    for (const c of interviews) {
      const who = c.partyId ? r.nameOf(c.partyId, 'someone') : null;
      para(`On ${when(c.at)} the Claimant interviewed ${who ?? 'a person connected with the case'}${c.detail ? `. The record of the interview says: ${oneLine(r.text(c.detail))}` : ''}`);
    }
  }

  const contacts = data.chronology.filter((c) => c.kind === 'contact');
  if (contacts.length) {
    head('Contact with the people involved');
    for (const c of contacts) para(`On ${when(c.at)}: ${r.text(c.title).replace(/ — .*$/, '')}${c.partyId ? ` with ${r.nameOf(c.partyId, 'someone')}` : ''}${c.detail ? `. ${oneLine(r.text(c.detail))}` : ''}`);
  }

  const steps = data.actions.filter((a) => a.kind !== 'civil-injunction' && a.status !== 'withdrawn');
  if (steps.length) {
    head('What the Claimant has done');
    for (const a of steps) {
      para(actionSentence(data, a));
      for (const e of a.events.filter((ev) => ev.kind === 'breach')) para(`On ${when(e.at)} a breach of the ${actionLabel(a.kind).toLowerCase()} was recorded${e.proven ? ' and proven' : ''}${e.summary ? `: ${oneLine(r.text(e.summary))}` : ''}`);
    }
  }

  const produced = data.evidence.filter((e) => e.usableInBundle);
  const exhibits = produced.map((e, k) => ({ evidenceId: e.id, mark: `${o.initials}${k + 1}` }));
  if (produced.length) {
    head('Exhibits');
    produced.forEach((e, k) => {
      const what = r.text(e.description || e.fileName).replace(/\.$/, '');
      para(`I produce ${/^(a|an|the)\s/i.test(what) ? what.charAt(0).toLowerCase() + what.slice(1) : `the ${what.charAt(0).toLowerCase()}${what.slice(1)}`}, marked ‘${exhibits[k]!.mark}’. It came from ${r.text(e.source)} on ${dmy(e.obtainedOn)}`);
    });
  }

  head('The order the Claimant asks for');
  para('For these reasons the Claimant asks the court to grant an injunction in the terms of the draft order');
  if (data.injunction) for (const line of orderAskedFor(injunctionOf(data.injunction.details), (id) => exhibits.find((x) => x.evidenceId === id)?.mark ?? null, r.text)) para(line);

  return { makerName: o.name, initials: o.initials, body: blocksToBody(blocks), exhibits };
}

/**
 * What the statement says of the order sought, term by term as the draft order numbers them (issue 15):
 * which paragraphs carry a power of arrest and on which s.4 ground, an exclusion from the Defendant's own
 * home under s.13 with its ground, and each area the Defendant is kept out of with its plan's mark. An
 * injunction recorded before terms carried their own power of arrest says so in general words, which the
 * pre-flight check asks the user to put right.
 */
function orderAskedFor(inj: Injunction, markOf: (evidenceId: number) => string | null, text: (s: string) => string): string[] {
  const refs = termReferences(inj.terms);
  const out: string[] = [];
  const byGround = new Map<HarmGround, string[]>();
  inj.terms.forEach((t, i) => {
    if (t.powerOfArrest && t.arrestGround) byGround.set(t.arrestGround, [...(byGround.get(t.arrestGround) ?? []), refs[i]!]);
  });
  for (const [ground, at] of byGround) out.push(`The Claimant asks the court to attach a power of arrest to paragraph${at.length === 1 ? '' : 's'} ${listWords(at)} of the draft order, because ${HARM_GROUNDS[ground]}`);
  if (inj.legacyPowerOfArrest) out.push('The Claimant asks for a power of arrest because the behaviour includes violence or threats of violence, or there is a significant risk of harm to others from the Defendant');
  inj.terms.forEach((t, i) => {
    if (!t.area) return;
    const mark = t.planEvidenceId === null ? null : markOf(t.planEvidenceId);
    out.push(`Paragraph ${refs[i]} of the draft order keeps the Defendant out of an area: ${oneLine(text(t.text)).replace(/[.;]$/, '')}${mark ? `. The plan I produce marked ‘${mark}’ shows it` : ''}`);
  });
  const home = inj.homeExclusion;
  if (home?.premises) out.push(`The Claimant asks the court to exclude the Defendant from ${oneLine(text(home.premises))}, where the Defendant normally lives${home.ground ? `, because ${HARM_GROUNDS[home.ground]}` : ''}`);
  return out;
}

/** "Amira Haddad told the Claimant on 26/10/2026 at 09:40 that on 24/10/2026 at 21:30 …": told and happened kept apart. */
function incidentSentence(data: CaseData, i: CaseData['incidents'][number]): string {
  const r = data.redaction;
  const who = i.reportedBy ? r.nameOf(i.reportedBy, 'someone') : null;
  const acts = i.acts.map((a) => labelOf(ACTS, a).toLowerCase());
  const told = i.reportedAt ? ` on ${when(i.reportedAt)}` : '';
  const opening = who ? `${who} reported to the Claimant${told} that` : i.reportedAt ? `It was reported to the Claimant${told} that` : 'The Claimant’s records show that';
  const what = oneLine(r.text(i.description));
  const where = i.location ? ` Where: ${r.text(i.location)}.` : '';
  return `${opening} on ${when(i.occurredAt)} there was ${acts.length ? `an incident of ${listWords(acts)}` : 'an incident'}: ${sentence(what)}${where}`;
}

/** An action in plain words: what the Claimant did and with whom, terms quoted as agreed or given. */
function actionSentence(data: CaseData, a: ActionView): string {
  const r = data.redaction;
  const d = a.details as { behaviour?: string; summary?: string; prohibitions?: string[]; positiveRequirements?: string[]; terms?: string[]; measure?: string; area?: string; provider?: string };
  const who = a.subjectPartyId ? r.nameOf(a.subjectPartyId, 'the Defendant') : null;
  const on = `On ${dmy(a.startedOn)}`;
  const kind = a.kind as ActionKind;
  let text: string;
  switch (kind) {
    case 'verbal-warning':
      text = `${on} the Claimant gave ${who ?? 'the person responsible'} a verbal warning${d.summary ? `. They were told: ${oneLine(r.text(d.summary))}` : ''}`;
      break;
    case 'written-warning-first':
    case 'written-warning-final':
      text = `${on} the Claimant sent ${who ?? 'the person responsible'} a ${kind === 'written-warning-final' ? 'final' : 'first'} written warning${d.behaviour ? ` about this behaviour: ${oneLine(r.text(d.behaviour))}` : ''}`;
      break;
    case 'abc': {
      const terms = [...(d.prohibitions ?? []), ...(d.positiveRequirements ?? [])].map((t) => r.text(t));
      text = `${on} ${who ?? 'the person responsible'} signed an Acceptable Behaviour Contract with the Claimant${terms.length ? `. Its terms were: ${quoted(terms)}` : ''}`;
      break;
    }
    case 'police-measure':
      text = `${on} the police used a ${d.measure ? d.measure.replace(/-/g, ' ') : 'police measure'}${who ? ` with ${who}` : ''}`;
      break;
    case 'mediation':
      text = `${on} the Claimant arranged mediation${d.provider ? ` with ${r.text(d.provider)}` : ''}${who ? ` involving ${who}` : ''}`;
      break;
    case 'area-letter':
      text = `${on} the Claimant wrote to all residents of ${d.area ? r.text(d.area) : 'the area'}`;
      break;
    default:
      text = `${on} the Claimant took this step: ${actionLabel(kind)}${who ? `, concerning ${who}` : ''}${d.terms?.length ? `. Its terms were: ${quoted(d.terms.map((t) => r.text(t)))}` : ''}`;
  }
  return `${text}${a.outcome ? `. Outcome: ${oneLine(r.text(a.outcome))}` : ''}`;
}

/** statement:propose: the officer's statement proposed from what the bundle would read of the case. */
export function proposeStatement(db: ReadableDB, caseId: number, now: Date, builder: { displayName: string; username: string }) {
  const data = loadCaseData(db, caseId, now, builder);
  if (!data.header.owner) throw new AppError('bad-input', 'This case has no responsible officer, so there is nobody to make the officer’s statement. Assign an officer on the case first.');
  const p = proposeOfficerStatement(data);
  const byId = new Map(data.evidence.map((e) => [e.id, e]));
  return { ...p, exhibits: p.exhibits.map((x) => ({ ...x, title: data.redaction.text(byId.get(x.evidenceId)?.description || byId.get(x.evidenceId)?.fileName || '') })) };
}
