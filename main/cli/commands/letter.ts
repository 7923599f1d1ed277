import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Command, Option } from 'commander';
import type { RecipientOption, TemplateChoice } from '../../../shared/schemas/documents';
import { writeFileAtomic } from '../../fs/atomic-write';
import { call, type CliContext, print, withContext } from '../context';
import { CliFailure } from '../exit-codes';
import type { CliIo } from '../io';
import { signIn } from '../session';

/**
 * `hearth letter REF TEMPLATE --to PARTY --format pdf|docx --out FILE [--large-print]`: the same
 * document:generate as the app (the same templates, disclosure guard, storage, chronology and audit), then
 * the stored file exported to FILE. `hearth letter REF` alone lists the templates and who each can go to.
 *
 * --to: a party's id (the number `--json` listings show), or their name: an exact full name, else a
 * unique part of it ("Whitcombe" when only one party has that name). For a referral letter it matches the
 * agency ("Victim Support"); for a witness statement "officer" means you make it. Several matches are
 * refused with the list, never guessed.
 */

interface LetterOptions {
  to?: string;
  format: 'pdf' | 'docx';
  out?: string;
  largePrint?: boolean;
  standardPrint?: boolean;
  easyRead?: boolean;
  set: string[];
  setFile: string[];
  action?: string;
  reason?: string;
}

const collect = (value: string, previous: string[]) => [...previous, value];

function pick(template: TemplateChoice, to: string | undefined, action: number | null): RecipientOption {
  let options = template.recipients;
  if (action !== null) options = options.filter((o) => o.actionId === action);
  const listing = () => template.recipients.map((o) => `${o.partyId ?? o.referralId ?? '-'}: ${o.label}`).join('; ');
  if (to === undefined) {
    if (options.length === 1) return options[0]!;
    throw new CliFailure('bad-input', `Say who “${template.title}” goes to with --to (an id or a name): ${listing()}.`);
  }
  const wanted = to.trim().toLowerCase();
  const byId = /^\d+$/.test(wanted) ? options.filter((o) => o.partyId === Number(wanted) || o.referralId === Number(wanted)) : [];
  if (byId.length) return byId.at(-1)!;
  if (wanted === 'officer' || wanted === 'me') {
    const me = options.find((o) => o.role === 'officer');
    if (me) return me;
  }
  const names = options.map((o) => ({ o, name: o.label.replace(/ [—(].*$/, '').toLowerCase() }));
  const exact = names.filter((n) => n.name === wanted);
  const partial = exact.length ? exact : names.filter((n) => n.name.split(/\s+/).includes(wanted) || n.name.includes(wanted));
  const people = new Set(partial.map((n) => n.o.partyId ?? `r${n.o.referralId}`));
  if (people.size === 1) return partial.at(-1)!.o;
  if (people.size > 1) throw new CliFailure('bad-input', `“${to}” matches more than one person: ${partial.map((n) => `${n.o.partyId ?? n.o.referralId}: ${n.o.label}`).join('; ')}. Give the id instead.`);
  throw new CliFailure('bad-input', `Nobody called “${to}” can receive “${template.title}” on this case. It can go to: ${listing()}.`);
}

function slotsFrom(ctx: CliContext, options: LetterOptions): Record<string, string> {
  const slots: Record<string, string> = {};
  for (const pair of options.set) {
    const eq = pair.indexOf('=');
    if (eq < 1) throw new CliFailure('bad-input', `--set needs SLOT=TEXT, such as --set when="Tuesday 1 December 2026 at 10:00" (got “${pair}”).`);
    slots[pair.slice(0, eq).trim()] = pair.slice(eq + 1);
  }
  for (const pair of options.setFile) {
    const eq = pair.indexOf('=');
    if (eq < 1) throw new CliFailure('bad-input', `--set-file needs SLOT=FILE (got “${pair}”).`);
    const path = resolve(ctx.io.cwd, pair.slice(eq + 1));
    try {
      slots[pair.slice(0, eq).trim()] = readFileSync(path, 'utf8');
    } catch {
      throw new CliFailure('not-found', `There is no file ${path} to read the slot from.`);
    }
  }
  return slots;
}

function listText(choices: TemplateChoice[]): string {
  return choices
    .map((t) => {
      const head = `${t.id.padEnd(22)} ${t.title}${t.fits ? '' : `  (not yet: ${t.reason})`}`;
      const who = t.fits ? t.recipients.map((r) => `    --to ${r.partyId ?? r.referralId ?? (r.role === 'officer' ? 'officer' : '')}  ${r.label}${r.needs.length ? ` [needs ${r.needs.join(', ')}]` : ''}`) : [];
      const slots = t.fits && t.slots.length ? [`    slots: ${t.slots.map((s) => `${s.id}${s.required ? '*' : ''}`).join(', ')}`] : [];
      return [head, ...who, ...slots].join('\n');
    })
    .join('\n');
}

export function registerLetter(program: Command, io: CliIo): void {
  program
    .command('letter')
    .description('make a letter, contract or witness statement for a case from its template, store it, and write the file')
    .argument('<ref>', 'the case reference, e.g. C33-2026-0042')
    .argument('[template]', 'the template id (leave out to list the templates and who each can go to)')
    .option('--to <party>', 'who it goes to: a party id or name (or an agency, or "officer" for your own witness statement)')
    .addOption(new Option('--format <format>', 'the file to write').choices(['pdf', 'docx']).default('pdf'))
    .option('--out <file>', 'where to write it (an existing file is never overwritten)')
    .option('--large-print', 'large print (16 pt and up) whatever the person’s recorded need')
    .option('--standard-print', 'standard print even if large print is recorded for the person')
    .option('--easy-read', 'the Easy Read wording, where the template has one')
    .option('--set <slot=text>', 'fill in a free-text slot (repeat for each)', collect, [])
    .option('--set-file <slot=file>', 'fill in a slot from a text file (repeat for each)', collect, [])
    .option('--action <id>', 'which action it is about, when the person has several (warnings, ABC)')
    .option('--reason <why>', 'why you are working on it: required for a restricted case, and audited')
    .addHelpText(
      'after',
      '\n--to takes a party id or a name: an exact full name, else a unique part of it ("Whitcombe").' +
        '\nThe person’s recorded format need (large print, Easy Read) is applied unless you say otherwise;' +
        '\nan interpreter need is flagged on the letter. The disclosure guard refuses a document that would' +
        '\nidentify a complainant or witness to someone their written consent does not cover (P3.13–3.14).',
    )
    .action((ref: string, templateId: string | undefined, options: LetterOptions, command: Command) =>
      withContext(io, command, async (ctx) => {
        const out = options.out ? resolve(ctx.io.cwd, options.out) : undefined;
        if (templateId && !out) throw new CliFailure('bad-input', 'Say where to write the file with --out FILE.');
        if (out && existsSync(out)) throw new CliFailure('conflict', `The file ${out} already exists: choose another name, or move that file first.`);
        if (options.largePrint && options.standardPrint) throw new CliFailure('bad-input', 'Choose --large-print or --standard-print, not both.');
        const slots = slotsFrom(ctx, options);
        await signIn(ctx);
        const view = await call(ctx, 'case:getByRef', { ref, reason: options.reason });
        const caseId = view.header.id;
        const choices = await call(ctx, 'document:templates', { caseId });
        if (!templateId) return print(ctx, listText(choices), choices);
        const template = choices.find((t) => t.id === templateId);
        if (!template) throw new CliFailure('bad-input', `There is no template “${templateId}”. The templates are: ${choices.map((t) => t.id).join(', ')}.`);
        if (!template.fits) throw new CliFailure('guard', `“${template.title}” does not fit ${view.header.ref} yet: ${template.reason}`);
        if (template.recipient === 'residents') throw new CliFailure('bad-input', 'A letter to all residents goes to a list of addresses: make it in the app (Letters → Residents’ letter).');
        const recipient = pick(template, options.to, options.action ? Number(options.action) : null);
        const made = await call(ctx, 'document:generate', {
          caseId,
          templateId: template.id,
          partyId: recipient.partyId,
          actionId: recipient.actionId,
          referralId: recipient.referralId,
          slots,
          largePrint: options.largePrint ? true : options.standardPrint ? false : null,
          easyRead: options.easyRead ? true : null,
        });
        const file = await call(ctx, 'document:export', { id: made.id, format: options.format });
        writeFileAtomic(out!, file.bytes);
        const variant = [made.largePrint ? 'large print' : '', made.easyRead ? 'Easy Read' : ''].filter(Boolean).join(', ');
        const notes = made.notes.length ? `\n${made.notes.map((n) => `Note: ${n}`).join('\n')}` : '';
        print(
          ctx,
          `Made “${made.title}” for ${made.recipientDescription}${variant ? ` (${variant})` : ''}: document ${made.id}, stored with SHA-256 ${file.sha256}.\nWrote ${out} (${options.format.toUpperCase()}, ${Math.ceil(file.bytes.length / 1024)} KB).${notes}${made.recipientRole === 'court' ? '' : `\nIt is ready to send: once it has gone, record how and when (hearth document sent ${made.id} --how post --at "21/11/2026 14:30", or in the app), which is what meets its deadline.`}`,
          { document: made, file: { path: out, format: options.format, sha256: file.sha256, size: file.bytes.length } },
        );
      }),
    );
}
