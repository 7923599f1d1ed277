import { WITNESS_STATEMENT_OF_TRUTH } from '../../shared/court/texts';
import { parseMarkup } from '../../shared/documents/markup';
import type { Block, DocumentModel } from '../../shared/documents/model';
import type { FrontMatter } from '../../shared/schemas/documents';
import type { LetterContext } from './context-shape';
import type { DIRECTIVES } from './templates';
import { withPictures } from './pictures';

/**
 * From rendered markup to the document model: the blocks of the body with their directives expanded, and
 * around them what Hearth adds to every document of a layout — the partner's letterhead, the address
 * block, date and reference, the PD 32 corner, an interpreter notice (P8.3), the "other formats" line and
 * the running footer. Type sizes follow RNIB clear print (12 pt body) and large print (16 pt and up).
 */

export interface Variant {
  largePrint: boolean;
  easyRead: boolean;
}

/** Body size and line height: standard 12 pt; Easy Read 14 pt; large print 16 pt (18 pt for Easy Read). */
export function typeSize(layout: FrontMatter['layout'], v: Variant): { fontSize: number; lineSpacing: number } {
  if (v.largePrint) return { fontSize: v.easyRead ? 18 : 16, lineSpacing: 1.5 };
  if (v.easyRead) return { fontSize: 14, lineSpacing: 1.5 };
  return { fontSize: 12, lineSpacing: layout === 'statement' ? 1.5 : 1.3 };
}

const str = (v: unknown) => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');

/** Directive → blocks, for this document. */
function directives(ctx: LetterContext, layout: FrontMatter['layout']): Record<(typeof DIRECTIVES)[number], (arg: string) => Block[]> {
  return {
    signature: () => [{ kind: 'signature', lines: [str(ctx.signer.name), str(ctx.signer.title), str(ctx.partner.signedFor) || str(ctx.partner.name)].filter(Boolean), signHere: layout !== 'letter' }],
    'sign-here': (arg) => [{ kind: 'signature', label: 'Signed', lines: [arg || 'Name'], signHere: true }],
    'statement-of-truth': () => [
      { kind: 'heading', level: 2, runs: [{ text: 'Statement of truth' }] },
      { kind: 'paragraph', runs: [{ text: WITNESS_STATEMENT_OF_TRUTH }], keepWithNext: true },
      { kind: 'signature', label: 'Signed', lines: [str(ctx.witness.name)], signHere: true },
    ],
    'page-break': () => [{ kind: 'page-break' }],
  };
}

/** Large print reads left-aligned throughout (RNIB: left-aligned, not justified or centred). */
function leftAligned(blocks: Block[]): Block[] {
  return blocks.map((b) => {
    if ((b.kind === 'paragraph' || b.kind === 'heading') && b.align) {
      const { align: _drop, ...rest } = b;
      return rest as Block;
    }
    if (b.kind === 'box') return { ...b, blocks: leftAligned(b.blocks) as typeof b.blocks };
    return b;
  });
}

function formatNotice(ctx: LetterContext): Block[] {
  const phone = str(ctx.partner.phone) || 'us';
  const out: Block[] = [];
  const language = str(ctx.format.interpreter);
  if (language) {
    // Issue 19: first the notice in the reader's own language and script (when there are words for it),
    // then the English, which the officer and anyone helping the reader can read.
    const translated = str(ctx.format.noticeText);
    out.push({
      kind: 'box',
      blocks: [
        ...(translated ? [{ kind: 'paragraph' as const, runs: [{ text: translated, bold: true }], lang: str(ctx.format.noticeLang), ...(ctx.format.noticeDir === 'rtl' ? { dir: 'rtl' as const } : {}) }] : []),
        { kind: 'paragraph', runs: [{ text: `This letter is important. Interpreter needed: ${language}.`, bold: true }] },
        { kind: 'paragraph', runs: [{ text: `If you would like this letter explained in ${language}, please call ${phone}. We will arrange an interpreter for you, free of charge.` }] },
      ],
    });
  }
  if (ctx.format.signer) {
    out.push({
      kind: 'box',
      blocks: [
        { kind: 'paragraph', runs: [{ text: 'British Sign Language interpreter needed.', bold: true }] },
        { kind: 'paragraph', runs: [{ text: `We will arrange a BSL interpreter for any meeting or call about this letter. Text or call ${phone}.` }] },
      ],
    });
  }
  return out;
}

/** The "other formats" line, 16 pt or larger in every variant (bundles.md §5 checklist, P8.3); in Easy Read, short sentences. */
const otherFormats = (ctx: LetterContext, what: string, easyRead = false): Block => ({
  kind: 'paragraph',
  emphasis: true,
  runs: easyRead
    ? [{ text: `Do you want this ${what} in another way? For example large print, Braille, audio or your language. Please call ` }, { text: str(ctx.partner.phone) || 'us', bold: true }, { text: '.' }]
    : [{ text: `You can have this ${what} in large print, Easy Read, Braille, audio or another language. Please call ` }, { text: str(ctx.partner.phone) || 'us', bold: true }, { text: '.' }],
});

export interface LayoutInput {
  front: FrontMatter;
  rendered: string;
  ctx: LetterContext;
  variant: Variant;
  addressee: string[];
  /** The partner's logo for the letterhead, if it has one. */
  logo?: { bytes: Uint8Array; format: 'png' | 'jpeg'; width: number; height: number } | null;
}

/** A letterhead logo 1.8 cm high, or narrower where a wide logo would pass 6 cm. */
function letterheadLogo(logo: NonNullable<LayoutInput['logo']>, partner: string): NonNullable<NonNullable<DocumentModel['letterhead']>['logo']> {
  const aspect = logo.width / logo.height;
  const heightCm = Math.min(1.8, 6 / aspect);
  return { alt: `${partner} logo`, data: Buffer.from(logo.bytes).toString('base64'), format: logo.format, widthCm: heightCm * aspect, heightCm };
}

export function layoutDocument({ front, rendered, ctx, variant, addressee, logo }: LayoutInput): DocumentModel {
  let body = parseMarkup(rendered, directives(ctx, front.layout));
  if (variant.largePrint) body = leftAligned(body);
  if (variant.easyRead) body = withPictures(body, front.pictures);
  const { fontSize, lineSpacing } = typeSize(front.layout, variant);
  const partnerLines = [...str(ctx.partner.address).split(',').map((l) => l.trim()), ctx.partner.phone ? `Telephone ${str(ctx.partner.phone)}` : '', str(ctx.partner.email), str(ctx.partner.website)].filter(Boolean);
  const base = {
    title: `${front.title}${variant.easyRead ? ' (Easy Read)' : ''} — ${str(ctx.case.ref)}`,
    lang: 'en-GB',
    author: str(ctx.partner.name),
    subject: front.description,
    variant,
    fontSize,
    lineSpacing,
  };
  if (front.layout === 'statement') {
    const claim = str(ctx.slots.claimNumber);
    const exhibitLabels = (ctx.exhibits ?? []).map((e) => str(e?.label));
    return {
      ...base,
      layout: 'statement',
      // PD 32 para 19.1: A4 with a 3.5 cm margin.
      marginsCm: { top: 3.5, right: 3.5, bottom: 3.5, left: 3.5 },
      letterhead: null,
      addressee: [],
      meta: [],
      // PD 32 para 17.2: party, witness's initials and surname, statement number, exhibits, date.
      corner: [
        'Claimant',
        `Witness: ${initials(str(ctx.witness.name)).slice(0, -1).split('').join(' ')} ${str(ctx.witness.surname)}`.replace(/\s+/g, ' '),
        `Statement: ${str(ctx.slots.statementNumber)}`,
        `Exhibits: ${exhibitLabels.length ? exhibitLabels.join(', ') : 'none'}`,
        `Date: ${str(ctx.today)}`,
      ],
      footer: `Claim No. ${claim || '(to be allocated)'} · Witness ${initials(str(ctx.witness.name))}`,
      blocks: body,
    };
  }
  const notices = formatNotice(ctx);
  return {
    ...base,
    layout: front.layout,
    marginsCm: { top: 2, right: 2.2, bottom: 2.2, left: 2.5 },
    letterhead: { name: str(ctx.partner.name), lines: partnerLines, ...(logo ? { logo: letterheadLogo(logo, str(ctx.partner.name)) } : {}) },
    addressee: front.layout === 'letter' ? addressee : [],
    meta:
      front.layout === 'letter'
        ? [
            { label: 'Date', value: str(ctx.todayLong) },
            { label: 'Our ref', value: str(ctx.case.ref) },
            { label: 'Contact', value: str(ctx.officer.name) },
            ...(ctx.partner.phone ? [{ label: 'Telephone', value: str(ctx.partner.phone) }] : []),
          ]
        : [
            { label: 'Date', value: str(ctx.todayLong) },
            { label: 'Reference', value: str(ctx.case.ref) },
          ],
    corner: [],
    footer: `${str(ctx.partner.name)} · ${str(ctx.case.ref)}`,
    blocks: [...notices, ...body, otherFormats(ctx, front.layout === 'contract' ? (variant.easyRead ? 'agreement' : 'contract') : 'letter', variant.easyRead)],
  };
}

function initials(name: string): string {
  return name
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w.charAt(0).toUpperCase())
    .join('');
}
