import { buildRedaction } from '../../main/bundles/redaction';
import { householdsOf, partyAsReader, protectedPeopleOf } from '../../shared/disclosure/record';
import { findDisclosures } from '../../shared/documents/disclosure';
import type { PartyView } from '../../shared/schemas/cases';
import { partyView as party } from '../helpers/party-view';
import { median, ms, timeIt } from './stats';

/**
 * The disclosure guard over the generated text of a 300-exhibit bundle (issue 16): every exhibit's
 * description, source, file name and sheet, the officer's statement (a paragraph per exhibit), 600
 * chronology entries, and 40 letters' text checked for the court; six protected people (one with other
 * spellings and a relative) in the respondent's block, so every kind of identifier is looked for.
 * Synthetic text, a fixed mix: about one passage in twenty names someone.
 */
const EXHIBITS = Number(process.env.HEARTH_BENCH_EXHIBITS ?? 300);
const RUNS = 7;


const PARTIES: PartyView[] = [
  party(1, { role: 'complainant', name: 'Amira Haddad', address: 'Flat 4, Marlowe Court, London', postcode: 'N1 1AA', phone: '07700 900123', email: 'amira@example.org' }),
  party(2, { name: 'George Pike', address: 'Flat 6, Marlowe Court, London', postcode: 'N1 1AA', phone: '07700 900456', identifyingDetails: ['AB12 CDE', 'works at the Holloway Road pharmacy'] }),
  party(3, { name: 'Siân Llywelyn', address: '12 Elm Road', postcode: 'N7 9ZZ', otherNames: ['Sian Llewellyn'] }),
  party(4, { name: 'Rose Green', address: 'Flat 9, Marlowe Court', postcode: 'N1 1AA' }),
  party(5, { role: 'victim', name: 'May Brown' }),
  party(6, { name: 'Mohammed Al-Sayed', otherNames: ['Muhammad Alsayed'] }),
  party(7, { role: 'household-member', name: 'Tom Pike', responsiblePartyId: 2 }),
  party(8, { role: 'alleged-perpetrator', name: 'Darren Whitcombe', address: 'Flat 2, Marlowe Court, London', postcode: 'N1 1AA' }),
];

const PLAIN = [
  'Photograph of the scorch marks on the front door, taken on the morning after the incident from the landing.',
  'Noise diary sheets kept between 01/10/2026 and 20/11/2026, with times, what was heard and for how long.',
  'E-mail from the repairs team confirming the door entry camera was fitted and is recording the landing.',
  'CCTV still showing a man in a grey hooded top at the bins of Marlowe Court at 21:03 on 19/11/2026.',
  'Letter from the police Safer Neighbourhood Team about patrols on the estate in the evenings.',
];
const NAMING = ['George Pike from Flat 6 heard it and came out of his flat.', 'Her neighbour at number 12 saw it; ring 07700900456.', 'Ms Llewellyn says the flat above was noisy.'];

function texts(): string[] {
  const out: string[] = [];
  for (let i = 0; i < EXHIBITS; i += 1) {
    const base = PLAIN[i % PLAIN.length]!;
    const naming = i % 20 === 0 ? ` ${NAMING[i % NAMING.length]}` : '';
    out.push(`${base}${naming}`, 'Marlowe Estate office', `exhibit-${i + 1}.pdf`, `I refer to the ${base.toLowerCase()} marked JB/${i + 1}. It came from the estate office on 20/11/2026.${naming}`);
  }
  for (let i = 0; i < 600; i += 1) out.push(`Contact ${i + 1}`, `${PLAIN[i % PLAIN.length]}${i % 20 === 7 ? ` ${NAMING[i % NAMING.length]}` : ''}`);
  return out;
}

function letterPieces(n: number) {
  return Array.from({ length: 20 }, (_, k) => ({ place: `paragraph ${k + 1}`, text: k === 0 ? 'Darren Whitcombe\nFlat 2, Marlowe Court\nLondon\nN1 1AA' : `${PLAIN[(n + k) % PLAIN.length]} We will write again if we receive further reports about Marlowe Court.` }));
}

export function runDisclosureBench(): [string, string, string][] {
  const all = texts();
  const chars = all.reduce((a, t) => a + t.length, 0);
  const letters = Array.from({ length: 40 }, (_, n) => letterPieces(n));
  const respondent = PARTIES.find((p) => p.role === 'alleged-perpetrator')!;
  const court = { partyId: null, role: null, category: 'court' as const, description: 'the court', ...partyAsReader(respondent) };
  const people = protectedPeopleOf(PARTIES);
  const households = householdsOf(PARTIES);
  let replaced = 0;
  let refused = 0;
  const run = () => {
    const r = buildRedaction(PARTIES, [], '2026-11-21', respondent);
    replaced = 0;
    for (const t of all) if (r.text(t) !== t) replaced += 1;
    refused = 0;
    for (const l of letters) if (findDisclosures(l, people, [], court, '2026-11-21', households).length) refused += 1;
  };
  run(); // patterns compiled once, as in a running app
  const times = Array.from({ length: RUNS }, () => timeIt(run));
  // The redaction review (issue 16 §3): every passage listed with its decision, half of them decided.
  const first = buildRedaction(PARTIES, [], '2026-11-21', respondent);
  for (const t of all) first.text(t);
  const decisions = new Map(first.reviewed().filter((_, i) => i % 2 === 0).map((item) => [item.key, { kind: 'accept' as const, text: null, decidedBy: 'Lena Legal', decidedAt: '2026-11-21T10:00:00Z' }]));
  let listed = 0;
  let open = 0;
  const review = () => {
    const r = buildRedaction(PARTIES, [], '2026-11-21', respondent, decisions);
    for (const t of all) r.text(t);
    const items = r.reviewed();
    listed = items.length;
    open = items.filter((i) => !i.decision).length;
  };
  const reviewTimes = Array.from({ length: RUNS }, () => timeIt(review));
  return [
    ['generated text checked', `${all.length.toLocaleString('en-GB')} passages, ${(chars / 1024).toFixed(0)} KiB + 40 letters`, `${EXHIBITS} exhibits`],
    ['redacted / letters refused', `${replaced} / ${refused}`, 'fixed mix'],
    ['guard over the whole bundle (median)', ms(median(times)), 'target < 1 s'],
    ['slowest run', ms(Math.max(...times)), `${RUNS} runs`],
    ['redaction review: passages listed / to review', `${listed} / ${open}`, 'half decided'],
    ['redaction review of the bundle’s text (median)', ms(median(reviewTimes)), 'target < 1 s'],
  ];
}
