import type { StatementContent } from './engine/content';
import type { Run } from './engine/layout';
import { bodyToBlocks, ordinalShort } from '../statements/body';

/**
 * A statement's words turned into what the bundle lays out (PD 32): numbered paragraphs with each
 * exhibit's mark in bold (para 19.1), the top-right block (17.2). `redact` is applied again at build
 * time, so a consent withdrawn since the statement was finalised still keeps the person out.
 */
export interface StatementSource {
  makerName: string;
  initials: string;
  number: number;
  date: string;
  body: string;
  marks: string[];
  howTaken: string;
  language: string;
  translation: { body: string; translatorName: string; translatedOn: string; certificate: string; truthInLanguage: string } | null;
}

export function statementContent(s: StatementSource, employer: string, redact: (t: string) => string): StatementContent {
  const toBlocks = (body: string) =>
    bodyToBlocks(redact(body)).map((b) => (b.kind === 'heading' ? b : { kind: 'para' as const, runs: markRuns(b.text, s.marks) }));
  const parts = s.makerName.trim().split(/\s+/);
  const initialsSurname = parts.length > 1 ? `${parts.slice(0, -1).map((p) => p[0]).join('')} ${parts.at(-1)}` : s.makerName;
  return {
    makerName: s.makerName,
    makerInitialsSurname: initialsSurname,
    initials: s.initials,
    employer,
    ordinal: ordinalShort(s.number),
    number: s.number,
    date: s.date,
    exhibits: s.marks,
    blocks: toBlocks(s.body),
    howTaken: redact(s.howTaken),
    language: s.language,
    translation: s.translation ? { blocks: toBlocks(s.translation.body), translatorName: s.translation.translatorName, translatedOn: s.translation.translatedOn, certificate: redact(s.translation.certificate), truthInLanguage: s.translation.truthInLanguage } : null,
  };
}

/** Splits text so every exhibit mark ("OA1", "‘OA1’") is its own bold run. */
export function markRuns(text: string, marks: readonly string[]): Run[] {
  if (!marks.length) return [{ text }];
  const escaped = [...marks].sort((a, b) => b.length - a.length).map((m) => m.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
  const re = new RegExp(`(‘?(?:${escaped.join('|')})’?)(?![\\p{L}\\p{N}])`, 'gu');
  const runs: Run[] = [];
  let last = 0;
  for (const m of text.matchAll(re)) {
    const start = m.index;
    if (start > 0 && /[\p{L}\p{N}]/u.test(text[start - 1]!)) continue;
    if (start > last) runs.push({ text: text.slice(last, start) });
    runs.push({ text: m[0], bold: true });
    last = start + m[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last) });
  return runs;
}
