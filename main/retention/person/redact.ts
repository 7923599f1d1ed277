import { findIdentifier, type Hit } from '../../../shared/disclosure/match';
import { type Identifier, identifiersOf } from '../../../shared/disclosure/identifiers';
import { homeOf } from '../../../shared/disclosure/homes';
import { ANONYMISED } from '../tables';
import type { PartyIdentity } from './store';

/**
 * Finding one person in the text of a case and taking them out of it (issue 21: anonymising a person
 * across their cases). The person is found as the disclosure guard finds a protected person (their names
 * and the parts people write, other spellings, their home and its parts, postcode, phone, e-mail, the
 * identifying details recorded) — from every record they have, since they may have moved between cases —
 * and their date of birth in the ways people write it. Other people on the case are left alone: a match
 * inside another party's own name ("Dan Dunn" when Dee Dunn is anonymised) is not taken, and a home shared
 * with another party (a household) stays, because it is theirs too.
 */
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function dateOfBirthPattern(iso: string): RegExp | null {
  const m = iso.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  if (!m) return null;
  const [, y, mo, d] = m as unknown as [string, string, string, string];
  const day = String(Number(d));
  const month = String(Number(mo));
  const name = MONTHS[Number(mo) - 1]!;
  const forms = [
    `${y}-${mo}-${d}`,
    `0?${day}[/.-]0?${month}[/.-]${y}`,
    `0?${day}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${name}|${name.slice(0, 3)})\\.?,?\\s+${y}`,
    `(?:${name}|${name.slice(0, 3)})\\.?\\s+0?${day}(?:st|nd|rd|th)?,?\\s+${y}`,
  ];
  return new RegExp(`(?<![\\p{N}])(?:${forms.join('|')})(?![\\p{N}])`, 'giu');
}

const list = (json: string): string[] => {
  try {
    const v = JSON.parse(json) as unknown;
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
};

const personOf = (p: PartyIdentity) => ({ name: p.name, anonymous: p.anonymous === 1, address: p.address, postcode: p.postcode, phone: p.phone, email: p.email, identifyingDetails: list(p.identifyingDetails), otherNames: list(p.otherNames) });

const HOME_KINDS = new Set<Identifier['kind']>(['address', 'unit', 'nearby', 'street', 'postcode']);
const OWN_KINDS = new Set<Identifier['kind']>(['name', 'other-name', 'address', 'phone', 'email']);

const sameHome = (a: PartyIdentity, b: PartyIdentity) => {
  const x = homeOf(a.address, a.postcode);
  const y = homeOf(b.address, b.postcode);
  return !!x?.firstLine && !!y?.firstLine && x.firstLine.toLowerCase() === y.firstLine.toLowerCase();
};

export interface Redactor {
  /** The text with every mention of the person replaced by the marker; the same string when there is none. */
  text: (s: string) => string;
  /** Whether a text (an exhibit's bytes read as Latin-1, say) mentions the person. */
  mentions: (s: string) => boolean;
}

/** A redactor for one case: the person's records (on every case), and the other people on this case. */
export function redactorFor(records: readonly PartyIdentity[], others: readonly PartyIdentity[]): Redactor {
  const homeShared = records.some((r) => others.some((o) => sameHome(r, o)));
  const ids = records.flatMap((r) => identifiersOf(personOf(r))).filter((id) => !(homeShared && HOME_KINDS.has(id.kind)));
  const theirs = others.flatMap((o) => identifiersOf(personOf(o)).filter((id) => OWN_KINDS.has(id.kind)));
  const births = [...new Set(records.map((r) => r.dateOfBirth).filter((d): d is string => !!d))].map(dateOfBirthPattern).filter((re): re is RegExp => re !== null);

  const hitsIn = (s: string): Hit[] => {
    const mine = ids.flatMap((id) => findIdentifier(s, id));
    for (const re of births) for (const m of s.matchAll(re)) mine.push({ index: m.index, length: m[0].length });
    if (!mine.length) return [];
    const kept = theirs.flatMap((id) => findIdentifier(s, id));
    const inside = (h: Hit) => kept.some((k) => h.index >= k.index && h.index + h.length <= k.index + k.length);
    return mine.filter((h) => !inside(h));
  };

  const text = (s: string): string => {
    const hits = hitsIn(s).sort((a, b) => a.index - b.index);
    if (!hits.length) return s;
    // Merge overlapping hits ("Mrs Dee Dunn" and "Dunn"), then replace from the start.
    const spans: { from: number; to: number }[] = [];
    for (const h of hits) {
      const last = spans.at(-1);
      if (last && h.index <= last.to) last.to = Math.max(last.to, h.index + h.length);
      else spans.push({ from: h.index, to: h.index + h.length });
    }
    let out = '';
    let at = 0;
    for (const { from, to } of spans) {
      out += s.slice(at, from) + ANONYMISED;
      at = to;
    }
    return out + s.slice(at);
  };

  return { text, mentions: (s) => hitsIn(s).length > 0 };
}

/** A column's value with the person taken out: text directly, JSON through its strings. */
export function redactValue(value: unknown, r: Redactor): unknown {
  if (typeof value !== 'string' || value === '') return value;
  const trimmed = value.trimStart();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    try {
      const parsed = JSON.parse(value) as unknown;
      let changed = false;
      const walk = (v: unknown): unknown => {
        if (typeof v === 'string') {
          const t = r.text(v);
          if (t !== v) changed = true;
          return t;
        }
        if (Array.isArray(v)) return v.map(walk);
        if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
        return v;
      };
      const out = walk(parsed);
      return changed ? JSON.stringify(out) : value;
    } catch {
      return r.text(value);
    }
  }
  return r.text(value);
}
