import { describe, expect, it } from 'vitest';
import { renderStatement } from '../../../main/bundles/engine/documents';
import { WITNESS_STATEMENT_OF_TRUTH } from '../../../shared/court/texts';
import type { BundleContent } from '../../../main/bundles/engine/content';
import { fontMetrics } from '../../../main/pdf/fonts';
import { placeImage, quarterTurns } from '../../../main/bundles/engine/images';
import { A4, wrapRuns } from '../../../main/bundles/engine/layout';
import { textDirection } from '../../../main/bundles/engine/text-direction';

describe('layout (engine/layout.ts)', () => {
  const m = fontMetrics();
  it('wraps words to the width and splits a word longer than the line', () => {
    const lines = wrapRuns(m, [{ text: 'I refer to the CCTV still marked ' }, { text: '‘AL/1’', bold: true }, { text: ' which shows the landing.' }], 200, 12);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(line.reduce((w, s) => w + s.width, 0)).toBeLessThanOrEqual(200.5);
    expect(lines.flat().some((s) => s.bold && s.text.includes('AL/1'))).toBe(true);
    const hash = wrapRuns(m, [{ text: 'a'.repeat(64) }], 150, 12);
    expect(hash.length).toBeGreaterThan(1);
    expect(hash.map((l) => l.map((s) => s.text).join('')).join('')).toBe('a'.repeat(64));
  });
});

describe('the witness statement (PD 32; B19–B22, B25)', () => {
  const content = {
    heading: { court: 'Clerkenwell and Shoreditch', claimNumber: 'K00CL123', claimant: 'Circle 33 Housing Trust', defendant: 'Darren Whitcombe', youthCourt: false },
    statement: {
      makerName: 'Ada Lovelace',
      makerInitialsSurname: 'A Lovelace',
      initials: 'AL',
      employer: 'Circle 33 Housing Trust',
      ordinal: '1st',
      date: '21/11/2026',
      exhibits: ['AL/1', 'AL/2'],
      blocks: [
        { kind: 'heading', text: 'Introduction' },
        { kind: 'para', runs: [{ text: 'I am the officer responsible for case C33-2026-0001.' }] },
        ...Array.from({ length: 30 }, (_, i) => ({ kind: 'para' as const, runs: [{ text: `On 19/11/2026 at 21:0${i % 10} the Complainant reported an incident. I refer to the photo marked ` }, { text: '‘AL/1’', bold: true }, { text: '.' }] })),
      ],
    },
  } as unknown as BundleContent;

  it('is A4 with 3.5 cm margins, a top-right block, numbered paragraphs and pages, bold references and the statement of truth word for word', () => {
    const pages = renderStatement(fontMetrics(), content);
    expect(pages.length).toBeGreaterThan(1);
    const texts = pages.flatMap((p) => p.ops.filter((o) => o.t === 'text'));
    for (const p of pages) expect([p.width, p.height]).toEqual([A4.width, A4.height]);
    for (const o of texts) if (o.t === 'text') expect(o.size).toBeGreaterThanOrEqual(12);
    const body = pages.flatMap((p) => p.ops).filter((o) => o.t === 'text' && o.y > 70 && o.y < A4.height - 99);
    for (const o of body) if (o.t === 'text') expect(o.x).toBeGreaterThanOrEqual(99.2 - 0.01);
    const first = pages[0]!.ops.filter((o) => o.t === 'text').map((o) => (o.t === 'text' ? o.text : ''));
    expect(first.slice(0, 5)).toEqual(['Claimant', 'A Lovelace', '1st', 'Exhibits: AL/1, AL/2', '21/11/2026']);
    expect(first).toContain('1.');
    expect(texts.some((o) => o.t === 'text' && o.font === 'bold' && o.text.includes('‘AL/1’'))).toBe(true);
    const joined = texts.map((o) => (o.t === 'text' ? o.text : '')).join(' ').replace(/\s+/g, ' ');
    expect(joined).toContain(WITNESS_STATEMENT_OF_TRUTH);
    expect(joined).toContain(`Page 1 of ${pages.length}`);
    expect(joined).toContain('Claim No. K00CL123 – witness AL');
    expect(WITNESS_STATEMENT_OF_TRUTH).toBe(
      'I believe that the facts stated in this witness statement are true. I understand that proceedings for contempt of court may be brought against anyone who makes, or causes to be made, a false statement in a document verified by a statement of truth without an honest belief in its truth.',
    );
  });
});

describe('placing images (B11) and text direction (B9)', () => {
  it('places a photo upright on A4 and works out its resolution', () => {
    expect(quarterTurns(6)).toBe(1);
    const p = placeImage(4032, 3024, 0);
    expect(p.pageWidth).toBeGreaterThan(p.pageHeight);
    expect(Math.round(p.dpi)).toBeGreaterThan(300);
    const sideways = placeImage(4032, 3024, 1);
    expect(sideways.pageHeight).toBeGreaterThan(sideways.pageWidth);
  });

  it('reads which way text runs from a content stream', () => {
    const s = (t: string) => new TextEncoder().encode(t);
    expect(textDirection(s('BT /F1 12 Tf 1 0 0 1 50 700 Tm (Hello) Tj ET'))).toBe(0);
    expect(textDirection(s('BT 0.00000000000000006123 1 -1 0.00000000000000006123 100 80 Tm <48656C6C6F> Tj ET'))).toBe(90);
    expect(textDirection(s('q -1 0 0 -1 595 842 cm BT (x) Tj ET Q'))).toBe(180);
    expect(textDirection(s('q 0 0 100 100 re f Q'))).toBeNull();
    expect(textDirection(s('BI /W 2 /H 1 /CS /G /BPC 8 ID \u00ff\u0000 EI BT (after) Tj ET'))).toBe(0);
  });
});

describe('exhibit sheets', () => {
  it('always fit on one page, however long what they say (the build counts each as one page)', async () => {
    const { renderExhibitSheet } = await import('../../../main/bundles/engine/documents');
    const long = (n: number) => Array.from({ length: n }, (_, i) => (i % 7 === 0 ? 'WWWWWWWWWWWWWWWWWWWW' : 'MWMW')).join(' ');
    const c = { heading: { court: 'Clerkenwell and Shoreditch', claimNumber: 'K00CL123', claimant: 'Circle 33 Housing Trust', defendant: 'Darren Whitcombe with a rather long name indeed', youthCourt: false } } as unknown as BundleContent;
    const pages = renderExhibitSheet(fontMetrics(), c, {
      label: 'ABCD/123',
      title: 'x',
      description: long(400).slice(0, 2000),
      source: long(80).slice(0, 300),
      obtainedOn: '20/11/2026',
      fileName: `${'n'.repeat(250)}.pdf`,
      fileType: 'PDF',
      sha256: 'f'.repeat(64),
      // Produced by four statements (the sheet shows three), each maker's name too long for a line.
      producers: Array.from({ length: 4 }, (_, i) => ({ mark: `AL${i + 1}`, witness: `Ada Lovelace-Byron of the Claimant ${long(30)}`, statementDate: '21/11/2026' })),
    });
    expect(pages).toHaveLength(1);
  });
});
