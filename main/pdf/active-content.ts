import { destPage, look, namedDestinations, nameTreeEntries, textOf } from './destinations';
import { walkReachable } from './walk';
import { PDFArray, PDFDict, PDFName, PDFNull, PDFRawStream, type PDFDocument, type PDFObject, type PDFRef } from './lib';

/**
 * What an evidence file carries that could act rather than be read (issue 13 finding 4): attached files,
 * web links, programs to launch, JavaScript, form actions, media, XFA forms. A bundle is a court document:
 * its copy of an exhibit keeps what the pages show and loses all of these. Links inside the file stay as
 * plain destinations (they only move the reader to another page); every other link goes.
 *
 * stripActiveContent() removes them from the pages and everything the pages use, while walking it with
 * the limits (walk.ts), and says what it removed. The file's own catalog (document JavaScript, embedded
 * files, an XFA form, an open action) is never copied into a bundle; it is reported too, so the officer
 * knows what the original holds.
 */
type Kind = 'attachment' | 'web-link' | 'launch' | 'javascript' | 'other-file' | 'form-action' | 'media' | 'xfa' | 'other-action';

const N = (s: string) => PDFName.of(s);
const MEDIA = new Set(['Screen', 'Movie', 'Sound', 'RichMedia', '3D']);
const KIND_OF_ACTION: Record<string, Kind> = {
  URI: 'web-link',
  Launch: 'launch',
  JavaScript: 'javascript',
  GoToR: 'other-file',
  GoToE: 'other-file',
  SubmitForm: 'form-action',
  ImportData: 'form-action',
  ResetForm: 'form-action',
  Rendition: 'media',
  Movie: 'media',
  Sound: 'media',
  RichMediaExecute: 'media',
};

const WORDS: Record<Kind, [string, string]> = {
  attachment: ['an attached file', 'attached files'],
  'web-link': ['a web link', 'web links'],
  launch: ['an action that starts a program', 'actions that start programs'],
  javascript: ['JavaScript', 'pieces of JavaScript'],
  'other-file': ['a link to another file', 'links to other files'],
  'form-action': ['a form action (sending or loading data)', 'form actions (sending or loading data)'],
  media: ['embedded media (sound, video or 3D)', 'pieces of embedded media (sound, video or 3D)'],
  xfa: ['an XFA form', 'XFA forms'],
  'other-action': ['an action', 'actions'],
};

export class ActiveContent {
  private readonly counts = new Map<Kind, number>();
  /** Names of attached files, as the file gives them (for the officer, never for the court). */
  readonly fileNames: string[] = [];

  add(kind: Kind, n = 1): void {
    this.counts.set(kind, (this.counts.get(kind) ?? 0) + n);
  }

  private readonly files = new Set<PDFObject>();

  /** An attached file, once however many places name its file specification (`spec`). */
  addFile(name: string | null, spec?: PDFObject): void {
    if (spec) {
      if (this.files.has(spec)) return;
      this.files.add(spec);
    }
    this.add('attachment');
    // eslint-disable-next-line no-control-regex -- control characters in a name are replaced
    if (name && this.fileNames.length < 10) this.fileNames.push(name.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim().slice(0, 80));
  }

  get empty(): boolean {
    return this.counts.size === 0;
  }

  /** "an attached file (“EVILPAYLOAD.exe”), 2 web links and JavaScript" */
  words(): string {
    const parts = [...this.counts].map(([kind, n]) => {
      const [one, many] = WORDS[kind];
      let text = n === 1 || kind === 'javascript' ? one : `${n} ${many}`;
      if (kind === 'attachment' && this.fileNames.length) text += ` (${this.fileNames.map((f) => `“${f}”`).join(', ')})`;
      return text;
    });
    return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}` : (parts[0] ?? '');
  }
}

const actionKind = (action: PDFDict | undefined): Kind | null => {
  const s = action?.get(N('S'));
  const name = s instanceof PDFName ? s.decodeText() : null;
  if (name === 'GoTo') return null;
  return (name && KIND_OF_ACTION[name]) || 'other-action';
};

const fileSpecName = (doc: PDFDocument, spec: PDFObject | undefined): string | null => {
  const ctx = doc.context;
  const dict = look(ctx, spec, PDFDict);
  if (!dict) return textOf(spec === undefined ? undefined : ctx.lookup(spec));
  return textOf(ctx.lookup(dict.get(N('UF')))) ?? textOf(ctx.lookup(dict.get(N('F'))));
};

/** Annotations on the file's pages: attachments and media go; links keep only a destination inside the file, or go. */
function cleanAnnotations(doc: PDFDocument, pageRefs: readonly PDFRef[], found: ActiveContent): void {
  const ctx = doc.context;
  const named = namedDestinations(doc);
  const onPage = new Set(pageRefs);
  for (const pageRef of pageRefs) {
    const page = ctx.lookup(pageRef);
    if (!(page instanceof PDFDict)) continue;
    for (const key of ['Thumb', 'PieceInfo', 'B']) page.delete(N(key));
    const annots = look(ctx, page.get(N('Annots')), PDFArray);
    if (!annots) continue;
    const kept: PDFObject[] = [];
    for (let i = 0; i < annots.size(); i += 1) {
      const annot = look(ctx, annots.get(i), PDFDict);
      if (!annot) continue;
      const subtype = textOf(annot.get(N('Subtype')));
      if (subtype === 'FileAttachment') {
        found.addFile(fileSpecName(doc, annot.get(N('FS'))), look(ctx, annot.get(N('FS')), PDFDict));
        continue;
      }
      if (subtype && MEDIA.has(subtype)) {
        found.add('media');
        continue;
      }
      if (subtype === 'Link') {
        const action = look(ctx, annot.get(N('A')), PDFDict);
        const kind = actionKind(action);
        const target = destPage(doc, named, annot.get(N('Dest'))) ?? (action && kind === null ? destPage(doc, named, action.get(N('D'))) : null);
        if (action && kind) found.add(kind);
        annot.delete(N('A'));
        annot.delete(N('Dest'));
        annot.delete(N('AA'));
        // A link that leads nowhere in the file is not kept: nothing would happen on clicking it.
        if (!target || !onPage.has(target)) continue;
        annot.set(N('Dest'), ctx.obj([target, N('XYZ'), PDFNull, PDFNull, PDFNull]));
      }
      kept.push(annots.get(i));
    }
    if (kept.length) page.set(N('Annots'), ctx.obj(kept));
    else page.delete(N('Annots'));
  }
}

/** Strips every action and attachment reachable from the pages (as the copy will take them), within the limits. */
function stripReachable(doc: PDFDocument, pageRefs: readonly PDFRef[], found: ActiveContent): void {
  const ctx = doc.context;
  walkReachable(ctx, pageRefs, {
    visit(dict) {
      if (dict.has(N('JS'))) {
        dict.delete(N('JS'));
        found.add('javascript');
      }
      const aa = look(ctx, dict.get(N('AA')), PDFDict);
      if (aa) for (const [, v] of aa.entries()) found.add(actionKind(look(ctx, v, PDFDict)) ?? 'other-action');
      dict.delete(N('AA'));
      for (const key of ['A', 'Next', 'OpenAction']) {
        const value = dict.get(N(key));
        if (value === undefined) continue;
        const kind = actionKind(look(ctx, value, PDFDict));
        if (kind === null && key === 'A') continue; // a move within the file
        found.add(kind ?? 'other-action');
        dict.delete(N(key));
      }
      if (dict.has(N('EF')) || dict.has(N('RF'))) {
        found.addFile(fileSpecName(doc, dict), dict);
        dict.delete(N('EF'));
        dict.delete(N('RF'));
      }
      if (dict.has(N('XFA'))) {
        dict.delete(N('XFA'));
        found.add('xfa');
      }
    },
    drop(value) {
      const stream = look(ctx, value, PDFRawStream);
      if (stream?.dict.get(N('Type')) !== N('EmbeddedFile')) return false;
      found.addFile(null);
      return true;
    },
  });
}

/** What the file's own catalog holds that acts (never copied into a bundle; reported all the same). */
function catalogContent(doc: PDFDocument, found: ActiveContent): void {
  const ctx = doc.context;
  const catalog = doc.catalog;
  const names = look(ctx, catalog.get(N('Names')), PDFDict);
  for (const [name, spec] of nameTreeEntries(ctx, look(ctx, names?.get(N('EmbeddedFiles')), PDFDict), 1000)) found.addFile(fileSpecName(doc, spec) ?? name, look(ctx, spec, PDFDict));
  const scripts = nameTreeEntries(ctx, look(ctx, names?.get(N('JavaScript')), PDFDict), 1000).length;
  if (scripts) found.add('javascript', scripts);
  const open = catalog.get(N('OpenAction'));
  const openKind = look(ctx, open, PDFDict) ? actionKind(look(ctx, open, PDFDict)) : null;
  if (openKind) found.add(openKind);
  if (look(ctx, catalog.get(N('AA')), PDFDict)) found.add('other-action');
  const form = look(ctx, catalog.get(N('AcroForm')), PDFDict);
  if (form?.has(N('XFA'))) found.add('xfa');
}

/**
 * Removes active content from the pages of a loaded file (and everything they use), checking the limits
 * as it goes (throws LimitError). Returns what it found, the file's catalog included.
 */
export function stripActiveContent(doc: PDFDocument, pageRefs: readonly PDFRef[]): ActiveContent {
  const found = new ActiveContent();
  catalogContent(doc, found);
  cleanAnnotations(doc, pageRefs, found);
  stripReachable(doc, pageRefs, found);
  return found;
}
