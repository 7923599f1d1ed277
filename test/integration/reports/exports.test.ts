import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MEASURES } from '../../../shared/schemas/reports';
import { parseCsv } from './csv-parse';
import { buildFixture, type Fixture, Q1 } from './fixture';

/**
 * The exports (issue 8 §3): the board report PDF read back with pdf.js (pages, text, fonts, tags), each
 * measure's CSV parsed, and the audit events they leave. Same hand-built fixture as measures.test.ts.
 */
let root: string;
let fx: Fixture;
let pdf: { fileName: string; mediaType: string; bytes: Uint8Array };

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'hearth-reports-'));
  fx = await buildFixture(root);
  pdf = await fx.app.must('report:pdf', { filters: { ...Q1 } });
}, 120_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function readPdf(bytes: Uint8Array) {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, disableFontFace: true, isEvalSupported: false }).promise;
  const pages: string[] = [];
  const roles = new Set<string>();
  const alts: string[] = [];
  const walk = (node: { role?: string; alt?: string; children?: unknown[] } | null) => {
    if (!node) return;
    if (node.role) roles.add(node.role);
    if (node.alt) alts.push(node.alt);
    for (const child of node.children ?? []) walk(child as never);
  };
  for (let i = 1; i <= doc.numPages; i += 1) {
    const page = await doc.getPage(i);
    const content = await page.getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
    walk((await page.getStructTree()) as never);
  }
  const markInfo = await doc.getMarkInfo();
  const meta = await doc.getMetadata();
  const size = (await doc.getPage(1)).getViewport({ scale: 1 });
  await doc.destroy();
  return { pages, roles, alts, markInfo, info: meta.info as Record<string, unknown>, width: size.width, height: size.height };
}

describe('the board report PDF', () => {
  it('is an A4 report with a cover, the summary, every measure and the definitions, with page numbers', async () => {
    expect(pdf.mediaType).toBe('application/pdf');
    expect(pdf.fileName).toBe('hearth-board-report-2026-04-01-to-2026-06-30-all-partners.pdf');
    const r = await readPdf(pdf.bytes);
    expect(r.pages.length).toBeGreaterThanOrEqual(6);
    expect(Math.round(r.width)).toBe(595);
    expect(Math.round(r.height)).toBe(842);
    const text = r.pages.join('\n').replace(/\s+/g, ' ');
    expect(r.pages[0]).toContain('Q1 2026/27');
    expect(r.pages[0]).toMatch(/MONITORING REPORT TO THE BOARD/);
    for (const title of ['Summary', 'Cases by type', 'NM01', 'Response against target', 'Support offered and referrals', 'Cases resolved', 'Satisfaction with case handling', 'Actions and remedies used', 'Costs', 'Hotspots', 'Method of reporting', 'Equality and diversity', 'Notes on definitions']) {
      expect(text, title).toContain(title);
    }
    // Headline figures worked out by hand in measures.test.ts.
    expect(text).toMatch(/6 new cases were received/);
    expect(text).toContain('1.67 ASB cases per 1,000 homes'); // 4 over 2,400 homes
    expect(text).toContain('40.0%'); // the acknowledgement: 2 on time of 5 decided
    expect(text).toContain('£1,970.00'); // all costs
    expect(text).toContain('fewer than 5');
    expect(r.pages.at(-1)).toMatch(new RegExp(`Page ${r.pages.length} of ${r.pages.length}`));
    expect(r.pages[1]).toMatch(/Page 2 of/);
  });

  it('holds aggregates only: no names and no case references', async () => {
    const text = (await readPdf(pdf.bytes)).pages.join(' ');
    for (const name of ['Ann Able', 'Perry Loud', 'Cal Chen', 'Bea Brown', 'Pat Complainant']) expect(text).not.toContain(name);
    for (const ref of Object.values(fx.refs)) expect(text).not.toContain(ref);
  });

  it('is tagged (PDF/UA), in en-GB, with its title shown, charts as figures with text alternatives, and tables', async () => {
    const r = await readPdf(pdf.bytes);
    expect(r.markInfo).toMatchObject({ Marked: true });
    expect(r.info.Title).toMatch(/^Harassment, hate crime and anti-social behaviour: monitoring report, Q1 2026\/27/);
    expect(r.info.Language).toBe('en-GB');
    for (const role of ['Document', 'H1', 'P', 'Table', 'TR', 'TH', 'TD', 'Figure', 'L', 'LI']) expect([...r.roles], role).toContain(role);
    expect(r.alts.some((a) => a.startsWith('Bar chart, Cases received by category.') && a.includes('Anti-social behaviour: This period 3'))).toBe(true);
    const raw = Buffer.from(pdf.bytes).toString('latin1');
    expect(raw).toContain('pdfuaid:part');
    expect(raw).toMatch(/\/DisplayDocTitle true/);
  });

  it('embeds its fonts (DejaVu subsets), and uses no unembedded standard font', () => {
    const raw = Buffer.from(pdf.bytes).toString('latin1');
    const fonts = [...raw.matchAll(/\/BaseFont \/([A-Z]{6}\+[\w-]+)/g)].map((m) => m[1]!.split('+')[1]);
    expect(new Set(fonts)).toEqual(new Set(['DejaVuSans', 'DejaVuSans-Bold', 'DejaVuSansCondensed', 'DejaVuSansCondensed-Bold']));
    expect(raw.match(/\/FontFile2/g)?.length).toBe(4);
    expect(raw).not.toMatch(/\/BaseFont \/(Helvetica|Times|Courier)/);
  });

  it('draws its charts as vectors, not pictures', () => {
    expect(Buffer.from(pdf.bytes).toString('latin1')).not.toMatch(/\/Subtype \/Image/);
  });
});

describe('CSV per measure', () => {
  it('writes each measure as a table a spreadsheet can read', async () => {
    const cases = await fx.app.must('report:csv', { filters: { ...Q1 }, measure: 'cases' });
    expect(cases.fileName).toBe('hearth-cases-2026-04-01-to-2026-06-30-all-partners.csv');
    expect(cases.mediaType).toBe('text/csv');
    const text = Buffer.from(cases.bytes).toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(text.slice(1));
    expect(rows[0]).toEqual(['Category', 'Cases', 'Previous period']);
    expect(rows).toContainEqual(['Anti-social behaviour', '3', '2']);
    expect(rows).toContainEqual(['All cases received', '6', '2']);
    expect(rows).toContainEqual(['Open at the end of the period', '5', '1']);

    const costs = parseCsv(Buffer.from((await fx.app.must('report:csv', { filters: { ...Q1 }, measure: 'costs' })).bytes).toString('utf8').slice(1));
    expect(costs).toContainEqual(['Repair and clean-up', '2', '1', '170', '0']); // pounds, raw
    expect(costs).toContainEqual(['All costs', '4', '', '1970', '200']);

    const nm01 = parseCsv(Buffer.from((await fx.app.must('report:csv', { filters: { ...Q1 }, measure: 'nm01' })).bytes).toString('utf8').slice(1));
    expect(nm01).toContainEqual(['Circle 33 Housing Trust (C33)', '2000', 'partner record', '3', '1.5', '1', '0.5', '1']);

    const equality = parseCsv(Buffer.from((await fx.app.must('report:csv', { filters: { ...Q1 }, measure: 'equality' })).bytes).toString('utf8').slice(1));
    expect(equality[0]).toEqual(['Question', 'Answer', 'Complainants', 'Victims', 'Alleged perpetrators']);
    expect(equality).toContainEqual(['Ethnic group', 'White', '5', 'fewer than 5', '0']);
    expect(equality).toContainEqual(['Sex', 'Male', 'fewer than 5', '0', '0']);
    for (const measure of MEASURES) {
      const r = parseCsv(Buffer.from((await fx.app.must('report:csv', { filters: { ...Q1 }, measure })).bytes).toString('utf8').slice(1));
      expect(r.length, measure).toBeGreaterThan(1);
      expect(new Set(r.map((row) => row.length)).size, `${measure}: every row as wide as the header`).toBe(1);
    }
  });
});

describe('exports are audited', () => {
  it('records each export with its measure, period and scope, and never a figure', async () => {
    const db = fx.app.core.sessions.current()!.ws.db;
    const events = db.prepare("SELECT action, username, target, outcome, detail FROM audit_events WHERE action IN ('report:pdf', 'report:csv') ORDER BY seq").all() as { action: string; username: string; target: string; outcome: string; detail: string }[];
    expect(events[0]).toMatchObject({ action: 'report:pdf', username: 'ada', target: 'report', outcome: 'ok' });
    expect(JSON.parse(events[0]!.detail)).toMatchObject({ measure: 'board-report', format: 'pdf', from: '2026-04-01', to: '2026-06-30', partners: 'all', category: 'all', bytes: pdf.bytes.length });
    expect(events.filter((e) => e.action === 'report:csv').map((e) => (JSON.parse(e.detail) as { measure: string }).measure)).toContain('equality');
  });
});
