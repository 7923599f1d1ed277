import { csvField } from '../../shared/reports/csv';
import { DISCLOSURE_KIND_WORDS, LAWFUL_BASIS, type DisclosureView } from '../../shared/schemas/disclosures';
import type { ExportFile } from '../../shared/schemas/reports';
import { formatDateTime } from '../../shared/time/format';
import type { WritableDB } from '../db/connection';
import { publish } from '../events/bus';
import { createWriter, pageFurniture } from '../reports/pdf/kit';
import type { SessionUser } from '../security/session';
import { partyIdsByPartner } from './store';

/**
 * The disclosure log exported (issue 21 item 4): CSV (RFC 4180, formula-safe, UTF-8 with a byte-order
 * mark, as the reports' exports) and a tagged PDF, one entry per disclosure with whom it was about.
 */
const peopleOf = (d: DisclosureView) => d.people.map((p) => `${p.name} (${p.caseRef})`).join('; ');

export function disclosuresCsv(rows: readonly DisclosureView[], name: string): ExportFile {
  const header = ['When', 'What', 'Kind', 'Case', 'About', 'To', 'Lawful basis', 'Approved by'];
  const lines = [header.map(csvField).join(',')];
  for (const d of rows) lines.push([formatDateTime(d.at), d.what, DISCLOSURE_KIND_WORDS[d.kind], d.caseRef ?? '', peopleOf(d), d.recipient, d.lawfulBasis, d.approvedBy].map(csvField).join(','));
  return { fileName: `${name}.csv`, mediaType: 'text/csv', bytes: new TextEncoder().encode(`\uFEFF${lines.join('\r\n')}\r\n`) };
}

export async function disclosuresPdf(rows: readonly DisclosureView[], name: string, scope: string): Promise<ExportFile> {
  const w = createWriter({ title: name, subject: 'What information about people left Hearth, to whom, why and on whose approval' });
  w.newPage();
  w.heading(1, 'Disclosure log');
  w.paragraph(`${scope}. ${rows.length} disclosure${rows.length === 1 ? '' : 's'}, newest first.`);
  for (const d of rows) {
    w.heading(3, `${formatDateTime(d.at)} — ${DISCLOSURE_KIND_WORDS[d.kind]}: ${d.what}`, false);
    for (const line of [d.caseRef ? `Case: ${d.caseRef}` : null, `About: ${peopleOf(d) || 'no one named'}`, `To: ${d.recipient}`, `Lawful basis: ${d.lawfulBasis}`, `Approved by: ${d.approvedBy}`]) if (line) w.paragraph(line, { gap: 2 });
  }
  pageFurniture(w, name);
  const bytes = await w.finish();
  return { fileName: `${name}.pdf`, mediaType: 'application/pdf', bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
}

/**
 * An export of the log takes people's names off the PC, so it is itself logged (issue 21 item 4): one row
 * per partner whose people it names, about them, to a file whose onward recipient Hearth cannot know. An
 * export naming no one logs nothing. (A SAR pack does not list these: they are copies, not recipients.)
 */
export function logExport(db: WritableDB, rows: readonly DisclosureView[], file: ExportFile, format: 'CSV' | 'PDF', user: SessionUser, at: string): void {
  const byPartner = partyIdsByPartner(db, rows.flatMap((d) => d.people.map((p) => p.partyId)));
  for (const [partner, partyIds] of byPartner) {
    publish(db, {
      kind: 'information-disclosed',
      what: 'export',
      title: `Disclosure log exported as ${format} (${rows.length} row${rows.length === 1 ? '' : 's'})`,
      caseId: null,
      source: `export:${file.fileName}:${partner}:${at}`,
      partyIds,
      recipient: `A file saved by ${user.displayName}`,
      lawfulBasis: LAWFUL_BASIS.logExport,
      approvedBy: user.id,
      at,
    });
  }
}
