import { describe, expect, it } from 'vitest';
import { isServiceRecord, otherCopies, signedCopyOf, type SentLetter } from '../../../main/bundles/correspondence';
import { segments } from '../../../main/bundles/engine/structure';
import type { Op } from '../../../main/bundles/engine/layout';
import type { EvidenceView } from '../../../shared/schemas/cases';

/** Issue 15: which stored letters a bundle takes, which upload stands in for one, and how a page's text is marked. */
const letter = (id: number, over: Partial<SentLetter> = {}): SentLetter => ({
  id,
  templateId: 'abc-contract',
  title: 'Acceptable Behaviour Contract — C33-2026-0001',
  recipient: 'Darren Whitcombe',
  recipientPartyId: 7,
  date: '2026-11-06',
  createdAt: `2026-11-06T10:0${id}:00Z`,
  largePrint: false,
  easyRead: false,
  ...over,
});

const upload = (description: string, fileName = 'scan.pdf', obtainedOn = '2026-11-06'): EvidenceView =>
  ({ id: 1, exhibitLabel: 'AL/1', fileName, type: 'pdf', size: 1, sha256: 'x', source: 'Officer', obtainedOn, description, usableInBundle: true, unusableReason: null, pageCount: 1, addedBy: 'a', addedAt: '', illegible: false, transcript: null, transcriptBy: null, transcriptAt: null }) as EvidenceView;

describe('otherCopies', () => {
  it('keeps the standard print copy of a letter and refuses its other formats', () => {
    const copies = otherCopies([letter(1, { largePrint: true }), letter(2), letter(3, { easyRead: true })]);
    expect([...copies.keys()].sort()).toEqual([1, 3]);
    expect(copies.get(1)).toEqual({ keep: 2, problem: expect.stringMatching(/large print copy/) });
    expect(copies.get(3)!.problem).toMatch(/easy read copy/);
  });

  it('keeps the copy made last when the same letter was made again, and leaves different letters alone', () => {
    const copies = otherCopies([letter(1), letter(2), letter(3, { date: '2026-11-20' }), letter(4, { recipientPartyId: 8, recipient: 'Someone else' }), letter(5, { templateId: 'first-warning', title: 'First warning' })]);
    expect([...copies.entries()]).toEqual([[1, { keep: 2, problem: expect.stringMatching(/made again later the same day/) }]]);
  });
});

describe('signedCopyOf', () => {
  const letters = [letter(1), letter(2, { templateId: 'first-warning', title: 'First warning letter' })];
  it('finds the letter an upload is the signed or served copy of, by its name or its initials', () => {
    expect(signedCopyOf(upload('Signed ABC, scanned after the meeting'), letters)?.id).toBe(1);
    expect(signedCopyOf(upload('', 'acceptable-behaviour-contract-signed.pdf'), letters)?.id).toBe(1);
    expect(signedCopyOf(upload('First warning letter, served by hand'), letters)?.id).toBe(2);
  });

  it('takes nothing that does not say it was signed or served, nor a certificate of service', () => {
    expect(signedCopyOf(upload('ABC draft'), letters)).toBeNull();
    expect(signedCopyOf(upload('Photo of the signed door'), letters)).toBeNull();
    expect(signedCopyOf(upload('Certificate of service of the ABC'), letters)).toBeNull();
    expect(isServiceRecord(upload('Certificate of service of the ABC'))).toBe(true);
    expect(isServiceRecord(upload('', 'N215.pdf'))).toBe(true);
  });
});

describe('segments (the tagged PDF’s marked content)', () => {
  it('gives each block of text one marked-content id in drawing order, and puts lines and boxes in artefacts', () => {
    const text = (block: number, role: 'H1' | 'P' | 'TD' = 'P'): Op => ({ t: 'text', font: 'regular', size: 12, x: 0, y: 0, text: 'x', tag: { role, block } });
    const line: Op = { t: 'line', x1: 0, y1: 0, x2: 1, y2: 1, width: 1 };
    const segs = segments([text(1, 'H1'), text(2), text(2), line, text(3, 'TD'), text(4, 'TD')]);
    expect(segs.map((s) => (s.kind === 'marked' ? `${s.tag.role}:${s.mcid}:${s.ops.length}` : `artifact:${s.ops.length}`))).toEqual(['H1:0:1', 'P:1:2', 'artifact:1', 'TD:2:1', 'TD:3:1']);
  });
});
