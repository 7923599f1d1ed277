import type { Act, CaseStatus, Category, ContactKind, Flag, Motivation, PartyRole, ReportMethod, RiskLevel, Tenure } from '../../shared/domain/vocabulary';
import type { IntakeInput, PartyInput } from '../../shared/schemas/cases';
import { londonDate } from '../../shared/time/london';
import { ACT_TEXT, ACTS_BY_CATEGORY, BLOCKS, CONTACT_TEXT, FIRST_NAMES, HEADLINES, LANGUAGES, NOTE_TEXT, PARTNER_AREAS, STREETS, SURNAMES } from './data';
import type { Rng } from './random';

/**
 * One generated case (issue 3 §9): an intake as an officer would type it, plus what happened afterwards —
 * contacts, notes, whether and when it closed. Everything comes from the Rng, so the same seed, the same
 * "now" and the same case number give the same case.
 */
export interface GeneratedCase {
  intake: IntakeInput;
  ownerUsername: string;
  contacts: { at: string; kind: ContactKind; direction: 'in' | 'out'; partyKey: string | null; summary: string }[];
  notes: { at: string; text: string }[];
  status: CaseStatus;
  closedAt: string | null;
  legalReferred: boolean;
  /** When the case was last touched: its updated_at. */
  lastActivity: string;
  /**
   * How the office kept the service standards (issue 4): most reports acknowledged within the day, a plan
   * agreed and reviewed, the case reviewed, a survey offered at closure. Realistic data meets most
   * deadlines, so dashboards and reports show what an office would see, not thousands of breaches.
   */
  service: {
    acknowledgedAt: string | null;
    caseReviews: string[];
    plan: { agreedAt: string; reviews: string[] } | null;
    survey: { offeredOn: string; completedOn: string | null; satisfaction: number | null } | null;
  };
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const YEAR = 365.25 * DAY;

/** Newer cases are a little more common than old ones (caseloads grow, and old ones are archived). */
const CATEGORY_WEIGHTS: readonly (readonly [Category, number])[] = [
  ['asb', 55],
  ['harassment', 20],
  ['hate-incident', 15],
  ['domestic-abuse', 10],
];
const METHOD_WEIGHTS: readonly (readonly [ReportMethod, number])[] = [
  ['phone', 45],
  ['email', 20],
  ['website', 12],
  ['in-person', 10],
  ['hotline', 8],
  ['letter', 5],
];
const STRANDS: readonly (readonly [Motivation, number])[] = [
  ['race', 50],
  ['religion', 15],
  ['sexual-orientation', 15],
  ['disability', 12],
  ['gender-reassignment', 8],
];
const RISK: Record<Category, readonly (readonly [RiskLevel, number])[]> = {
  asb: [
    ['standard', 80],
    ['medium', 17],
    ['high', 3],
  ],
  harassment: [
    ['standard', 67],
    ['medium', 25],
    ['high', 8],
  ],
  'hate-incident': [
    ['standard', 50],
    ['medium', 35],
    ['high', 15],
  ],
  'domestic-abuse': [
    ['standard', 20],
    ['medium', 45],
    ['high', 35],
  ],
};
const COMPLAINANT_TENURE: readonly (readonly [Tenure, number])[] = [
  ['secure', 35],
  ['assured', 40],
  ['starter', 8],
  ['leaseholder', 10],
  ['non-tenant', 7],
];
const PERPETRATOR_TENURE: readonly (readonly [Tenure, number])[] = [
  ['secure', 35],
  ['assured', 33],
  ['starter', 10],
  ['leaseholder', 8],
  ['non-tenant', 14],
];
const CONTACT_KIND_WEIGHTS: readonly (readonly [ContactKind, number])[] = [
  ['call', 40],
  ['visit', 15],
  ['letter', 15],
  ['email', 15],
  ['text', 10],
  ['meeting', 5],
];
const PARTNER_WEIGHTS = Object.entries(PARTNER_AREAS).map(([code, a]) => [code, a.weight] as const);

const iso = (ms: number) => new Date(Math.floor(ms / 60_000) * 60_000).toISOString();
const pad = (n: number, width: number) => String(n).padStart(width, '0');

interface Place {
  address: string;
  street: string;
  postcode: string;
  estate: string;
}

/** The letters a postcode's last two characters use (never C, I, K, M, O or V). */
const INWARD_LETTERS = [...'ABDEFGHJLNPQRSTUWXYZ'];

function postcodeIn(rng: Rng, district: string): string {
  return `${district} ${rng.int(1, 9)}${rng.pick(INWARD_LETTERS)}${rng.pick(INWARD_LETTERS)}`;
}

function placeFor(rng: Rng, partner: string): Place {
  const area = PARTNER_AREAS[partner]!;
  const street = rng.pick(STREETS);
  const inBlock = rng.chance(0.45);
  const address = inBlock ? `Flat ${rng.int(1, 64)}, ${rng.pick(BLOCKS)}, ${street}` : `${rng.int(1, 180)} ${street}`;
  return { address, street, postcode: postcodeIn(rng, rng.pick(area.districts)), estate: rng.chance(0.6) ? `${rng.pick(area.estates)} Estate` : '' };
}

/** A neighbour: the same street (or block), a few doors away. */
function neighbourOf(rng: Rng, place: Place): string {
  const flat = place.address.match(/^Flat (\d+), (.+)$/);
  if (flat) return `Flat ${Math.max(1, Number(flat[1]) + rng.pick([-8, -4, -1, 1, 4, 8]))}, ${flat[2]}`;
  const n = Number(place.address.split(' ')[0]);
  return `${Math.max(1, n + rng.pick([-4, -2, 2, 4, 1, -1]))} ${place.street}`;
}

function phone(rng: Rng): string {
  const r = rng.next();
  if (r < 0.75) return `07700 900${pad(rng.int(0, 999), 3)}`;
  if (r < 0.88) return `020 7946 0${pad(rng.int(0, 999), 3)}`;
  return `01632 960${pad(rng.int(0, 999), 3)}`;
}

function dateOfBirth(rng: Rng, now: Date, minAge: number, maxAge: number): string {
  const year = now.getUTCFullYear() - rng.int(minAge, maxAge) - 1;
  return `${year}-${pad(rng.int(1, 12), 2)}-${pad(rng.int(1, 28), 2)}`;
}

const NO_NEEDS = { largePrint: false, easyRead: false, interpreter: null, signer: false, braille: false, audio: false };

function person(
  rng: Rng,
  now: Date,
  p: { key: string; role: PartyRole; surname?: string; address: string; postcode: string; tenure: Tenure | null; child?: boolean; anonymous?: boolean; responsibleKey?: string | null },
): PartyInput {
  const first = rng.pick(FIRST_NAMES);
  const last = p.surname ?? rng.pick(SURNAMES);
  const name = `${first} ${last}`;
  const contactable = p.role !== 'alleged-perpetrator' || rng.chance(0.4);
  const needs = rng.chance(0.08)
    ? { ...NO_NEEDS, interpreter: rng.chance(0.55) ? rng.pick(LANGUAGES) : null, largePrint: rng.chance(0.35), easyRead: rng.chance(0.15), signer: rng.chance(0.05) }
    : NO_NEEDS;
  return {
    key: p.key,
    role: p.role,
    name: p.anonymous ? '' : name,
    anonymous: p.anonymous ?? false,
    dateOfBirth: p.anonymous || rng.chance(0.3) ? null : p.child ? dateOfBirth(rng, now, 8, 17) : dateOfBirth(rng, now, 18, 86),
    address: p.anonymous ? '' : p.address,
    postcode: p.anonymous ? '' : p.postcode,
    phone: !p.anonymous && !p.child && contactable && rng.chance(0.8) ? phone(rng) : '',
    email:
      !p.anonymous && !p.child && contactable && rng.chance(0.3)
        ? `${first}.${last}${rng.int(1, 99)}@${rng.pick(['example.com', 'example.org'])}`.toLowerCase().replace(/[^a-z0-9.@]/g, '')
        : '',
    tenure: p.tenure,
    responsibleKey: p.responsibleKey ?? null,
    formatNeeds: p.role === 'alleged-perpetrator' ? NO_NEEDS : needs,
    identifyingDetails: p.role === 'alleged-perpetrator' && rng.chance(0.15) ? [rng.pick(['Drives a silver hatchback', 'Has a large black dog', 'Works at the car wash on the high street'])] : [],
    otherNames: [],
    staffRole: null,
  };
}

function describeIncident(rng: Rng, act: string, place: Place): string {
  const where = rng.chance(0.6) ? place.address : rng.pick([place.street, `the car park on ${place.street}`, 'the communal stairwell', 'the bin store', 'the play area']);
  const when = rng.pick(['11pm', 'midnight', '1am', '2am', '3am', '4am']);
  return rng.pick(ACT_TEXT[act]!).replace('{where}', where).replace('{when}', when);
}

/** n instants spread at random between from and to, in order. */
function spread(rng: Rng, n: number, from: number, to: number): number[] {
  return Array.from({ length: n }, () => from + rng.next() * Math.max(0, to - from)).sort((a, b) => a - b);
}

/** Moves an instant into office hours on the same day (letters and visits happen 9 to 5). */
const officeHours = (rng: Rng, ms: number, limit: number) => Math.min(limit, Math.floor(ms / DAY) * DAY + rng.int(9, 16) * HOUR + rng.int(0, 59) * 60_000);

export function generateCase(rng: Rng, now: Date, officersFor: (partner: string) => readonly string[], options: { long?: boolean } = {}): GeneratedCase {
  const nowMs = now.getTime();
  const partner = rng.weighted(PARTNER_WEIGHTS);
  const category = rng.weighted(CATEGORY_WEIGHTS);
  const method = rng.weighted(METHOD_WEIGHTS);
  const place = placeFor(rng, partner);

  // When: over the last five years, more of them recent; a long-running case is at least a year old.
  const ageMs = options.long ? (1 + rng.next() * 3) * YEAR : Math.max(2 * HOUR, rng.next() ** 1.5 * 5 * YEAR);
  let received = nowMs - ageMs;
  received = method === 'hotline' ? received : officeHours(rng, received, nowMs - HOUR);
  const ageDays = (nowMs - received) / DAY;

  let status: CaseStatus;
  if (options.long) status = rng.chance(0.5) ? 'open' : 'closed';
  else if (ageDays > 540) status = rng.weighted([['closed', 83], ['closure-proposed', 2], ['open', 15]] as const);
  else if (ageDays > 270) status = rng.weighted([['closed', 52], ['closure-proposed', 5], ['open', 43]] as const);
  else if (ageDays > 60) status = rng.weighted([['closed', 25], ['closure-proposed', 10], ['open', 65]] as const);
  else status = rng.weighted([['open', 92], ['closure-proposed', 5], ['closed', 3]] as const);
  let closedAt: number | null = null;
  if (status === 'closed') {
    const planned = received + (options.long ? rng.int(300, 500) : rng.int(14, 300)) * DAY;
    closedAt = Math.min(planned, received + (nowMs - received) * (0.5 + rng.next() * 0.45));
  }
  const end = closedAt ?? nowMs;

  // Who: the person reporting, often the victim; usually someone they blame; sometimes witnesses.
  const anonymous = rng.chance(0.04);
  const parties: PartyInput[] = [];
  const complainantTenure = rng.weighted(COMPLAINANT_TENURE);
  parties.push(person(rng, now, { key: 'c1', role: 'complainant', address: place.address, postcode: place.postcode, tenure: anonymous ? null : complainantTenure, anonymous }));
  if (!anonymous && rng.chance(0.12)) {
    parties.push(person(rng, now, { key: 'v1', role: 'victim', surname: parties[0]!.name.split(' ').slice(1).join(' '), address: place.address, postcode: place.postcode, tenure: null }));
  }
  const perpetrators = category === 'domestic-abuse' ? 1 : rng.weighted([[1, 80], [2, 12], [0, 8]] as const);
  for (let i = 1; i <= perpetrators; i += 1) {
    parties.push(person(rng, now, { key: `ap${i}`, role: 'alleged-perpetrator', address: category === 'domestic-abuse' ? place.address : neighbourOf(rng, place), postcode: place.postcode, tenure: rng.weighted(PERPETRATOR_TENURE) }));
  }
  const ap1 = parties.find((p) => p.key === 'ap1');
  if (ap1 && rng.chance(0.1)) {
    // P3.8: a child in the alleged perpetrator's household; the tenant is responsible for them.
    if (!ap1.tenure || !['secure', 'assured', 'starter'].includes(ap1.tenure)) ap1.tenure = 'assured';
    parties.push(person(rng, now, { key: 'hm1', role: 'household-member', surname: ap1.name.split(' ').slice(1).join(' '), address: ap1.address, postcode: ap1.postcode, tenure: null, child: true, responsibleKey: 'ap1' }));
  } else if (ap1 && rng.chance(0.03)) {
    if (!ap1.tenure || !['secure', 'assured', 'starter'].includes(ap1.tenure)) ap1.tenure = 'secure';
    parties.push(person(rng, now, { key: 'vis1', role: 'visitor', address: '', postcode: '', tenure: 'non-tenant', responsibleKey: 'ap1' }));
  }
  const witnesses = rng.weighted([[0, 62], [1, 30], [2, 8]] as const);
  for (let i = 1; i <= witnesses; i += 1) {
    parties.push(person(rng, now, { key: `w${i}`, role: 'witness', address: neighbourOf(rng, place), postcode: place.postcode, tenure: rng.weighted(COMPLAINANT_TENURE) }));
  }
  const reporter = anonymous ? null : 'c1';

  // What happened: the incident that made them report, then any later ones while the case ran.
  const incidentCount = options.long ? rng.int(70, 90) : rng.count(1, 2.2, 60);
  const firstIncident = received - rng.next() * 14 * DAY - rng.int(1, 6) * HOUR;
  const times = [firstIncident, ...spread(rng, incidentCount - 1, received + HOUR, end)];
  const acts: Act[] = [];
  const incidents = times.map((t, i) => {
    const act = rng.weighted(ACTS_BY_CATEGORY[category]!) as Act;
    const extra = rng.chance(0.25) ? (rng.weighted(ACTS_BY_CATEGORY[category]!) as Act) : null;
    const incidentActs = extra && extra !== act ? [act, extra] : [act];
    acts.push(...incidentActs);
    return {
      occurredAt: iso(Math.min(t, nowMs - HOUR)),
      // The first came with the report; later ones were told at times the seed does not invent.
      occurredTimeKnown: true,
      reportedAt: null,
      description: describeIncident(rng, act, place),
      acts: incidentActs,
      location: i > 0 && rng.chance(0.2) ? rng.pick(['the communal stairwell', 'the car park', 'the bin store', 'outside the estate office']) : '',
      reportedByKey: i === 0 ? reporter : rng.chance(0.7) ? reporter : (parties.find((p) => p.role === 'witness')?.key ?? reporter),
    };
  });

  const flags: Flag[] = [];
  const violent = acts.some((a) => a === 'violence' || a === 'threat-of-violence' || a === 'assault');
  if (violent) flags.push('violence-or-threat');
  if (rng.chance(violent ? 0.5 : 0.08)) flags.push('fear-of-violence');
  if (category === 'hate-incident' && acts.includes('graffiti')) flags.push('discriminatory-graffiti');
  if (acts.some((a) => a === 'damage-to-home' || a === 'criminal-damage') && rng.chance(0.3)) flags.push('emergency-repair');

  const perceivedAsHate = category === 'hate-incident' || (category === 'harassment' && rng.chance(0.04));
  const motivation: Motivation[] = perceivedAsHate ? [rng.weighted(STRANDS)] : [];
  let risk = rng.weighted(RISK[category]);
  if (violent && risk === 'standard' && rng.chance(0.4)) risk = 'medium';

  // Consent to share identity (P3.14): some complainants agree to the police or a court knowing who they are.
  const consents: IntakeInput['consents'] = [];
  const consentAt = (from: number) => londonDate(new Date(Math.min(end, from + rng.int(1, 20) * DAY)));
  if (!anonymous && rng.chance(0.2)) consents.push({ partyKey: 'c1', recipient: rng.pick(['police', 'court', 'support-agency'] as const), recipientName: '', purpose: '', writtenOn: consentAt(received), source: 'Signed consent form' });
  const w1 = parties.find((p) => p.key === 'w1');
  if (w1 && rng.chance(0.1)) consents.push({ partyKey: 'w1', recipient: 'court', recipientName: '', purpose: 'Witness statement for court', writtenOn: consentAt(received), source: 'Signed consent form' });

  // Afterwards: the office's calls, visits and letters, a few notes.
  // A long-running case has about 200 chronology items in all once its reviews are added (the bench opens one).
  const contactCount = options.long ? rng.int(60, 80) : rng.count(1, 5.5, 80);
  const people = parties.filter((p) => !p.anonymous).map((p) => p.key);
  const contacts = spread(rng, contactCount, received + HOUR, end).map((t) => {
    const kind = rng.weighted(CONTACT_KIND_WEIGHTS);
    const direction = rng.chance(0.7) ? ('out' as const) : ('in' as const);
    const at = kind === 'visit' || kind === 'letter' || kind === 'meeting' ? officeHours(rng, t, end) : t;
    const partyKey = people.length && rng.chance(0.9) ? (rng.chance(0.65) && people.includes('c1') ? 'c1' : rng.pick(people)) : null;
    return { at: iso(Math.max(received + HOUR, Math.min(at, end))), kind, direction, partyKey, summary: rng.pick(CONTACT_TEXT[kind]![direction]) };
  });
  const notes = rng.chance(0.2) ? spread(rng, rng.int(1, 2), received + HOUR, end).map((t) => ({ at: iso(t), text: rng.pick(NOTE_TEXT) })) : [];

  const lastActivity = Math.max(received, ...contacts.map((c) => Date.parse(c.at)), ...incidents.map((i) => Date.parse(i.occurredAt)), closedAt ?? 0);
  const service = serviceHistory(rng, received, end, closedAt, nowMs);
  return {
    intake: {
      partner,
      receivedAt: iso(received),
      method,
      category,
      summary: rng.pick(HEADLINES[category]!),
      location: { address: place.address, estate: place.estate, postcode: place.postcode },
      flags,
      motivation,
      perceivedAsHate,
      perception: null,
      screening: null,
      risk: { level: risk, notes: risk === 'high' ? rng.pick(['Lives alone; repeated threats.', 'Children in the home; police aware.', 'Vulnerable adult; mental health concerns.']) : '' },
      anonymousReport: anonymous,
      parties,
      incidents,
      consents,
      linkToCaseIds: [],
      ownerId: null,
    },
    ownerUsername: rng.pick(officersFor(partner)),
    contacts,
    notes,
    status,
    closedAt: closedAt === null ? null : iso(closedAt),
    legalReferred: rng.chance(risk === 'high' ? 0.15 : 0.02),
    lastActivity: iso(Math.min(lastActivity, nowMs)),
    service,
  };
}

/** Times within [from, to], or null when the moment has not come yet. */
const within = (t: number, to: number) => (t <= to ? iso(t) : null);

function serviceHistory(rng: Rng, received: number, end: number, closedAt: number | null, nowMs: number): GeneratedCase['service'] {
  const acknowledgedAt = rng.chance(0.96) ? within(received + rng.int(1, rng.chance(0.9) ? 20 : 40) * HOUR, end) : null;
  let plan: GeneratedCase['service']['plan'] = null;
  if (rng.chance(0.85)) {
    const agreed = received + rng.int(rng.chance(0.85) ? 2 : 12, rng.chance(0.85) ? 16 : 26) * DAY;
    if (agreed <= end) {
      const reviews: string[] = [];
      for (let t = agreed + rng.int(10, 20) * DAY; t <= end; t += rng.int(rng.chance(0.85) ? 20 : 28, rng.chance(0.85) ? 30 : 45) * DAY) reviews.push(iso(t));
      plan = { agreedAt: iso(agreed), reviews };
    }
  }
  const caseReviews: string[] = [];
  for (let t = received + rng.int(70, 95) * DAY; t <= end; t += rng.int(70, rng.chance(0.9) ? 92 : 120) * DAY) caseReviews.push(iso(t));
  let survey: GeneratedCase['service']['survey'] = null;
  if (closedAt !== null && rng.chance(0.8)) {
    const offered = closedAt + rng.int(1, rng.chance(0.9) ? 10 : 20) * DAY;
    if (offered <= nowMs) {
      const completed = rng.chance(0.55) ? Math.min(nowMs, offered + rng.int(1, 14) * DAY) : null;
      survey = {
        offeredOn: londonDate(new Date(offered)),
        completedOn: completed === null ? null : londonDate(new Date(completed)),
        satisfaction: completed === null ? null : rng.weighted([[5, 30], [4, 35], [3, 15], [2, 12], [1, 8]] as const),
      };
    }
  }
  return { acknowledgedAt, caseReviews, plan, survey };
}
