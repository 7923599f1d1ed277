import { PDFDocument, StandardFonts, degrees } from 'pdf-lib';
import type { ChannelInput } from '../../shared/ipc/contract';
import type { Api } from './helpers';

/**
 * The injunction case the court-paper specs start from (bundles, statements, redaction review): Amira
 * Haddad at 4 Elm Road complains of racist abuse by her secure-tenant neighbour Darren Whitcombe at
 * number 2; an injunction with its s.5(3) link and limbs, referred to legal. Made through browser
 * mode's HTTP API as the administrator, the same dispatch() the window uses. Each spec adds only what
 * it is about: a withheld witness, a late report, a hearing, its exhibits.
 */
type CaseInput = ChannelInput<'case:create'>;
type Incident = NonNullable<CaseInput['incidents']>[number];
type Party = NonNullable<CaseInput['parties']>[number];
type Details = Extract<ChannelInput<'action:create'>['details'], { kind: 'civil-injunction' }>;

export interface Exhibit {
  fileName: string;
  /** Who it came from (default: the estate office). */
  source?: string;
  description: string;
  bytes: Uint8Array;
}

export interface InjunctionCaseOptions {
  /** When the report came in (default: three days ago, now). */
  receivedAt?: Date;
  summary?: string;
  flags?: CaseInput['flags'];
  /** More people on the case than the complainant and the respondent (a witness, say). */
  otherParties?: Party[];
  /** Default: one incident at the time of the report, reported by the complainant. */
  incidents?: Incident[];
  terms?: Details['terms'];
  /** Why one incident is enough (P3.4). */
  singleIncident?: string;
  /** A hearing listed a fortnight ahead (the bundle's hearing date). */
  hearing?: boolean;
  exhibits?: Exhibit[];
}

export const COMPLAINANT: Party = { key: 'a', role: 'complainant', name: 'Amira Haddad', address: '4 Elm Road', postcode: 'N1 1AA' };
const RESPONDENT: Party = { key: 'b', role: 'alleged-perpetrator', name: 'Darren Whitcombe', tenure: 'secure', address: '2 Elm Road', dateOfBirth: '1985-04-04' };

export async function injunctionCase(api: Api, options: InjunctionCaseOptions = {}): Promise<{ id: number; ref: string }> {
  const received = options.receivedAt ?? new Date(Date.now() - 3 * 24 * 3_600_000);
  const receivedAt = received.toISOString();
  const startedOn = receivedAt.slice(0, 10);
  const created = await api('case:create', {
    partner: 'C33',
    receivedAt,
    method: 'phone',
    category: 'hate-incident',
    summary: options.summary ?? 'Racist abuse and threats to burn the door, from the neighbour at number 2.',
    location: { address: '4 Elm Road', estate: 'Elm Estate', postcode: 'N1 1AA' },
    ...(options.flags ? { flags: options.flags } : {}),
    motivation: ['race'],
    perceivedAsHate: true,
    parties: [COMPLAINANT, ...(options.otherParties ?? []), RESPONDENT],
    incidents: options.incidents ?? [{ occurredAt: receivedAt, description: 'Shouted racist abuse at the complainant.', acts: ['verbal-abuse'], reportedByKey: 'a' }],
  });
  const view = await api('case:get', { id: created.id });
  const respondent = view.parties.find((p) => p.role === 'alleged-perpetrator')!;
  const injunction = await api('action:create', {
    caseId: created.id,
    subjectPartyId: respondent.id,
    startedOn,
    details: {
      kind: 'civil-injunction',
      housingManagementLink: 'The Defendant is the Claimant’s secure tenant and the behaviour is towards the Claimant’s tenants in and around their homes on its estate',
      conductLimbs: ['a', 'b'],
      durationMonths: 12,
      terms: options.terms ?? [{ kind: 'prohibition', text: 'entering Elm Road' }],
      court: 'Clerkenwell and Shoreditch',
      claimNumber: 'K00CL123',
    },
    acknowledgements: { 'single-incident': options.singleIncident ?? 'A hate incident (P3.4).' },
  });
  if (options.hearing) {
    await api('action:addEvent', { actionId: injunction.id, kind: 'hearing', at: receivedAt, summary: 'Listed', nextHearingAt: new Date(Date.now() + 14 * 24 * 3_600_000).toISOString() });
  }
  for (const exhibit of options.exhibits ?? []) {
    await api('evidence:add', { caseId: created.id, source: 'Elm Estate office', obtainedOn: startedOn, ...exhibit });
  }
  await api('case:update', { id: created.id, legalReferred: true });
  return created;
}

/**
 * A PDF exhibit of `pages` A4 pages, each reading "<title>, page N" (or the title alone for one page)
 * near the top; landscape when asked, else its second page turned (the bundle must still read upright).
 */
export async function textPdf(title: string, pages = 1, landscape = false): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let i = 0; i < pages; i += 1) {
    const page = doc.addPage(landscape ? [841.89, 595.28] : [595.28, 841.89]);
    page.drawText(pages === 1 ? title : `${title}, page ${i + 1}`, { x: 60, y: page.getHeight() - 80, size: 14, font });
    if (i === 1 && !landscape) page.setRotation(degrees(90));
  }
  return doc.save();
}
