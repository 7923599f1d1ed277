/**
 * The court bundle's vocabulary (DESIGN §7, reference/bundles.md §1.6): the sections an injunction
 * bundle is made of, the items that can go in them, and how an item is named in a plan. Pure: the
 * renderer (builder screen), main (the build) and the CLI all use it.
 */

/** Sections in their default order. The letter a section gets (A, B, …) is its position in the plan. */
export const SECTION_KINDS = ['application', 'statements', 'chronology', 'exhibits', 'correspondence', 'annex'] as const;
export type SectionKind = (typeof SECTION_KINDS)[number] | 'late';

export const SECTION_TITLES: Record<SectionKind, string> = {
  application: 'Application and draft order',
  statements: 'Witness statements and hearsay notices',
  chronology: 'Chronology',
  exhibits: 'Exhibits',
  correspondence: 'Correspondence',
  annex: 'Annex: exhibit fingerprints (SHA-256)',
  late: 'Late additions',
};

/** Parts Hearth writes itself from the case record. */
export const GENERATED_KEYS = ['application', 'draft-order', 'officer-statement', 'hearsay-notice', 'chronology', 'correspondence-schedule', 'hash-annex', 'case-summary', 'party-statement', 'service-certificate'] as const;
export type GeneratedKey = (typeof GENERATED_KEYS)[number];

/**
 * Generated parts there can be several of, each written from its own record (issue 15): a party
 * witness's finalised statement ("g:party-statement:12", by statement id) and a finalised certificate
 * of service ("g:service-certificate:3", by court paper id).
 */
export const NUMBERED_GENERATED_KEYS: readonly GeneratedKey[] = ['party-statement', 'service-certificate'];
export const numberedKey = (key: 'party-statement' | 'service-certificate', id: number): ItemKey => `g:${key}:${id}`;

export const GENERATED_TITLES: Record<GeneratedKey, string> = {
  application: 'Application for an injunction (ASBCPA 2014 s.1; CPR 65.43)',
  'draft-order': 'Draft injunction order',
  'officer-statement': 'Witness statement',
  'hearsay-notice': 'Hearsay notice (CPR 33.2)',
  chronology: 'Chronology of events',
  'correspondence-schedule': 'Schedule of correspondence',
  'hash-annex': 'Exhibit fingerprints (SHA-256) recorded at intake',
  'case-summary': 'Case summary',
  'party-statement': 'Witness statement',
  'service-certificate': 'Certificate of service',
};

/** Which section each generated part belongs to. */
export const GENERATED_SECTION: Record<GeneratedKey, SectionKind> = {
  application: 'application',
  'draft-order': 'application',
  'officer-statement': 'statements',
  'hearsay-notice': 'statements',
  chronology: 'chronology',
  'correspondence-schedule': 'correspondence',
  'hash-annex': 'annex',
  'case-summary': 'application',
  'party-statement': 'statements',
  'service-certificate': 'correspondence',
};

/** Sections an evidence file may be placed in (a statement, an exhibit, a letter that was sent). */
export const EVIDENCE_SECTIONS = ['statements', 'exhibits', 'correspondence'] as const;
export type EvidenceSection = (typeof EVIDENCE_SECTIONS)[number];

/**
 * An item's key in a plan: "g:<generated key>", "e:<evidence id>" or "d:<document id>". Keys are
 * strings so a plan is plain JSON that the UI can reorder and the CLI can print.
 */
export type ItemKey = string;
export const generatedKey = (key: GeneratedKey): ItemKey => `g:${key}`;
export const evidenceKey = (id: number): ItemKey => `e:${id}`;
export const documentKey = (id: number): ItemKey => `d:${id}`;

export type ParsedKey = { kind: 'generated'; key: GeneratedKey; id?: number } | { kind: 'evidence'; id: number } | { kind: 'document'; id: number };

export function parseItemKey(key: ItemKey): ParsedKey | null {
  const m = /^([ged]):(.+)$/.exec(key);
  if (!m) return null;
  if (m[1] === 'g') return parseGenerated(m[2]!);
  const id = Number(m[2]);
  if (!Number.isInteger(id) || id <= 0) return null;
  return m[1] === 'e' ? { kind: 'evidence', id } : { kind: 'document', id };
}

function parseGenerated(rest: string): ParsedKey | null {
  const [name, id, more] = rest.split(':');
  if (more !== undefined || !(GENERATED_KEYS as readonly string[]).includes(name!)) return null;
  const key = name as GeneratedKey;
  if (!NUMBERED_GENERATED_KEYS.includes(key)) return id === undefined ? { kind: 'generated', key } : null;
  const n = Number(id);
  return Number.isInteger(n) && n > 0 && String(n) === id ? { kind: 'generated', key, id: n } : null;
}

/** The section letter for a position: A, B, … Z, then AA, AB … (a bundle never needs that many). */
export function sectionLetter(position: number): string {
  let n = position;
  let out = '';
  do {
    out = String.fromCharCode(65 + (n % 26)) + out;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return out;
}

/** "3" or "3–7": how the index and bookmarks give a page range. */
export function pageRange(start: number, end: number): string {
  return end > start ? `${start}–${end}` : `${start}`;
}

/** The bookmark title for an index row: its title and where it starts (reference/bundles.md B7). */
export function bookmarkTitle(tab: string, title: string, start: number, end: number): string {
  const where = end > start ? `pages ${start}–${end}` : `page ${start}`;
  return `${tab ? `${tab} ` : ''}${title} (${where})`;
}
