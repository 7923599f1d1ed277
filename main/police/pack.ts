import { createHash } from 'node:crypto';
import { zipSync, type Zippable } from 'fflate';
import { AppError } from '../../shared/result';
import { LAWFUL_BASIS } from '../../shared/schemas/disclosures';
import type { PolicePackInput } from '../../shared/schemas/police-requests';
import type { ExportFile } from '../../shared/schemas/reports';
import { formatDate, formatDateTime } from '../../shared/time/format';
import type { ReadableDB, WritableDB } from '../db/connection';
import { partyIdsOfCase } from '../db/queries/parties';
import { publish } from '../events/bus';
import { getEvidence, readEvidenceBytes } from '../evidence/store';
import { createWriter, pageFurniture } from '../reports/pdf/kit';
import type { SessionUser } from '../security/session';
import { receivedOnOf } from './requests';
import { insertPoliceRequest } from './store';

/**
 * The police request's evidence pack (issue 21 item 4; P3.11–3.14): the chosen exhibits exactly as held
 * (each read back and checked against the SHA-256 recorded when it was added: a copy that no longer
 * matches is refused, never sent), and a tagged PDF listing each with its fingerprint and the continuity
 * of its keeping, signed off by the person who made the pack. Zipped; logged in the disclosure log.
 */
interface Exhibit {
  label: string;
  entry: string;
  fileName: string;
  description: string;
  source: string;
  obtainedOn: string;
  addedBy: string;
  addedAt: string;
  size: number;
  sha256: string;
  bytes: Buffer;
}

const formatBytes = (n: number) => (n >= 1_048_576 ? `${(n / 1_048_576).toFixed(1)} MB` : n >= 1024 ? `${Math.round(n / 1024)} KB` : `${n} bytes`);
const safe = (s: string) => s.replace(/[^\p{L}\p{N}._ -]/gu, '_').slice(0, 120);

function exhibitsOf(db: ReadableDB, input: PolicePackInput): Exhibit[] {
  return [...new Set(input.evidenceIds)].map((id) => {
    const e = getEvidence(db, id);
    if (!e || e.caseId !== input.caseId) throw new AppError('bad-input', 'An exhibit chosen is not on this case. Choose from the case’s exhibits.');
    const bytes = readEvidenceBytes(db, id);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    if (sha256 !== e.sha256) {
      throw new AppError('conflict', `Exhibit ${e.exhibitLabel} as stored no longer matches the fingerprint (SHA-256) recorded when it was added, so its continuity cannot be vouched for. It was not put in the pack; run “hearth doctor” and restore it from a backup.`);
    }
    return { label: e.exhibitLabel, entry: `exhibits/${safe(e.exhibitLabel.replace(/\//g, '-'))} ${safe(e.fileName)}`, fileName: e.fileName, description: e.description, source: e.source, obtainedOn: e.obtainedOn, addedBy: e.addedBy, addedAt: e.addedAt, size: e.size, sha256, bytes };
  });
}

async function manifestPdf(input: PolicePackInput & { receivedOn: string }, caseRef: string, exhibits: readonly Exhibit[], user: SessionUser, at: string): Promise<Buffer> {
  const w = createWriter({ title: `Evidence pack for ${input.force}: ${input.reference}`, subject: `Exhibits from case ${caseRef}, with their SHA-256 and a continuity statement` });
  w.newPage();
  w.heading(1, `Evidence pack: ${input.reference}`);
  for (const line of [
    `For: ${input.officer}, ${input.force}`,
    `Police reference: ${input.reference}`,
    `Our case: ${caseRef}`,
    `Lawful basis: ${LAWFUL_BASIS[input.lawfulBasis]}`,
    `Purpose: ${input.purpose}`,
    `Asked for on: ${formatDate(input.receivedOn)}`,
    input.decision === 'partly' ? `Decision: part of what was asked for is shared. Not shared: ${input.reason}` : 'Decision: what was asked for is shared.',
    `Made by: ${user.displayName}, ${formatDateTime(at)}`,
  ])
    w.paragraph(line, { gap: 2 });
  w.heading(2, 'Exhibits');
  for (const x of exhibits) {
    w.heading(3, `Exhibit ${x.label}: ${x.fileName}`, false);
    for (const line of [
      x.description ? `Description: ${x.description}` : null,
      `Obtained on ${formatDate(x.obtainedOn)} from ${x.source}`,
      `Added to Hearth by ${x.addedBy} on ${formatDateTime(x.addedAt)}`,
      `In this pack as: ${x.entry} (${formatBytes(x.size)})`,
      `SHA-256: ${x.sha256}`,
    ])
      if (line) w.paragraph(line, { gap: 2 });
  }
  w.heading(2, 'Continuity statement');
  w.paragraph(
    `I, ${user.displayName}, made this pack on ${formatDateTime(at)} from the records of case ${caseRef}. Each exhibit listed has been held since it was added in Hearth’s encrypted case store, ` +
      `which keeps every file with the SHA-256 fingerprint taken when it was added and records every change in a tamper-evident audit log. ` +
      `Before it was put in this pack each exhibit was read back and its SHA-256 worked out again: each matches the fingerprint recorded when it was added, so each file is the same, byte for byte, as the file received. ` +
      `The files are in the pack as held, without redaction. The SHA-256 of each is listed above and in SHA256SUMS.txt, so the police can check them (for example with “sha256sum -c SHA256SUMS.txt”).`,
  );
  w.paragraph('Signed: ______________________________   Date: ______________', { gap: 12 });
  pageFurniture(w, `Evidence pack ${input.reference}`);
  return w.finish();
}

export interface PolicePack {
  file: ExportFile;
  exhibits: number;
  record(db: WritableDB): number;
}

export async function makePolicePack(db: ReadableDB, input: PolicePackInput, caseRef: string, user: SessionUser, at: string, today: string): Promise<PolicePack> {
  const asked = { ...input, receivedOn: receivedOnOf(input.receivedOn, today) };
  const exhibits = exhibitsOf(db, input);
  const pdf = await manifestPdf(asked, caseRef, exhibits, user, at);
  const files: Zippable = {
    'Evidence pack.pdf': [new Uint8Array(pdf), { level: 6 }],
    'SHA256SUMS.txt': [new TextEncoder().encode(exhibits.map((x) => `${x.sha256}  ${x.entry}\n`).join('')), { level: 6 }],
  };
  for (const x of exhibits) files[x.entry] = [new Uint8Array(x.bytes.buffer, x.bytes.byteOffset, x.bytes.byteLength), { level: 0 }];
  const bytes = zipSync(files, { mtime: new Date(at) });
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return {
    file: { fileName: `Evidence pack ${safe(input.reference)}.zip`, mediaType: 'application/zip', bytes },
    exhibits: exhibits.length,
    record(w) {
      const id = insertPoliceRequest(w, { ...asked, evidenceIds: [...new Set(input.evidenceIds)], sha256, by: user.id, at });
      publish(w, {
        kind: 'information-disclosed',
        what: 'police-pack',
        title: `${exhibits.length} exhibit${exhibits.length === 1 ? '' : 's'} (${exhibits.map((x) => x.label).join(', ')}), reference ${input.reference}`,
        caseId: input.caseId,
        source: `police-pack:${id}`,
        partyIds: partyIdsOfCase(w, input.caseId),
        recipient: `${input.officer}, ${input.force}`,
        lawfulBasis: LAWFUL_BASIS[input.lawfulBasis],
        approvedBy: user.id,
        at,
      });
      return id;
    },
  };
}
