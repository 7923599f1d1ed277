import type { Command } from 'commander';
import type { DocumentView } from '../../../shared/schemas/documents';
import { type SendingMethod, sentPhrase, type UnsentLetter } from '../../../shared/schemas/sending';
import { formatDateTime } from '../../../shared/time/format';
import { fromLondonInput } from '../../../shared/time/input';
import { call, type CliContext, print, withContext } from '../context';
import { CliFailure } from '../exit-codes';
import type { CliIo } from '../io';
import { signIn } from '../session';

/**
 * `hearth document sent|unsent` (issue 17): recording that a made letter went, through the same
 * document:recordSent as the Letters screen (its checks, its audit, the deadline met when it went), and
 * listing the letters made but not yet sent, as the dashboard does.
 */

interface SentOptions {
  how?: string;
  detail?: string;
  at?: string;
  reason?: string;
}

interface UnsentOptions {
  scope: 'mine' | 'team';
  partner?: string;
  all?: boolean;
}

/** "post" is first class post, the usual way; the other words are the app's own. */
const HOW_WORDS: Record<string, SendingMethod> = { post: 'first-class', 'first-class': 'first-class', 'second-class': 'second-class', hand: 'hand', email: 'email', 'e-mail': 'email', collected: 'collected', other: 'other' };
const HOW_CHOICES = 'post (first class), second-class, hand, email, collected or other (with --detail)';

function howOf(value: string | undefined): SendingMethod {
  if (value === undefined) throw new CliFailure('bad-input', `Say how it was sent with --how: ${HOW_CHOICES}.`);
  const how = HOW_WORDS[value.trim().toLowerCase()];
  if (!how) throw new CliFailure('bad-input', `“${value}” is not a way of sending Hearth knows: use ${HOW_CHOICES}.`);
  return how;
}

/** When it went: "21/11/2026 14:30" London time (as the app takes it), or "now". */
function atOf(value: string | undefined, ctx: CliContext): string {
  if (value === undefined) throw new CliFailure('bad-input', 'Say when it was sent with --at, such as --at "21/11/2026 14:30" (London time), or --at now.');
  if (value.trim().toLowerCase() === 'now') return ctx.core.now().toISOString();
  const at = fromLondonInput(value);
  if (!at) throw new CliFailure('bad-input', `“${value}” is not a date and time like 21/11/2026 14:30 (day/month/year, 24-hour London time).`);
  return at;
}

/**
 * The document a command names: its number (as `hearth letter` and `hearth document unsent` print), or a
 * case reference when that case has exactly one letter not yet sent. Several are listed, never guessed.
 */
async function documentNamed(ctx: CliContext, name: string, reason: string | undefined): Promise<number> {
  if (/^\d+$/.test(name.trim())) return Number(name.trim());
  const view = await call(ctx, 'case:getByRef', { ref: name, reason });
  const ready = (await call(ctx, 'document:list', { caseId: view.header.id })).filter((d) => d.state === 'ready' && d.recipientRole !== 'court');
  if (ready.length === 1) return ready[0]!.id;
  if (ready.length === 0) throw new CliFailure('not-found', `${view.header.ref} has no letter waiting to be sent. See hearth document unsent.`);
  throw new CliFailure('bad-input', `${view.header.ref} has ${ready.length} letters not yet sent: ${ready.map((d) => `${d.id}: ${d.title} to ${d.recipientDescription}`).join('; ')}. Give the document number instead.`);
}

const sentText = (d: DocumentView) =>
  `Recorded “${d.title}” for ${d.recipientDescription} (document ${d.id}) as sent ${formatDateTime(d.sending!.at)} ${sentPhrase(d.sending!.how, d.sending!.howDetail)}. What it serves is met from then.`;

function unsentText(letters: readonly UnsentLetter[], total: number): string {
  if (total === 0) return 'Every letter made has been recorded as sent.';
  const rows = letters.map((l) => `${String(l.documentId).padStart(6)}  ${l.ref.padEnd(14)}  ${formatDateTime(l.createdAt)}  ${l.title}${l.recipient ? ` — ${l.recipient}` : ''}${l.count > 1 ? ` (${l.count} letters)` : ''}`);
  const more = total > letters.length ? [`${letters.length} of ${total} shown, oldest first: use --all for every one.`] : [];
  return ['    ID  CASE            MADE              LETTER', ...rows, ...more].join('\n');
}

export function registerDocument(program: Command, io: CliIo): void {
  const document = program.command('document').description('record that a made letter was sent, and list the letters not yet sent');

  document
    .command('sent')
    .description('record how and when a made letter went (this is what meets the deadline it serves)')
    .argument('<document>', 'the document number (from hearth letter or hearth document unsent), or a case reference with one letter waiting')
    .option('--how <how>', `how it went: ${HOW_CHOICES}`)
    .option('--detail <words>', 'with --how other: how, in a few words')
    .option('--at <time>', 'when it went, as "21/11/2026 14:30" (London time), or now')
    .option('--reason <why>', 'why you are opening a restricted case (recorded in the audit log)')
    .addHelpText('after', '\nExample: hearth document sent 42 --how post --at "21/11/2026 14:30"')
    .action((name: string, options: SentOptions, command: Command) =>
      withContext(io, command, async (ctx) => {
        const how = howOf(options.how);
        if (how === 'other' && !options.detail?.trim()) throw new CliFailure('bad-input', 'With --how other, say how with --detail, such as --detail "left with the neighbour at no. 12".');
        if (how !== 'other' && options.detail) throw new CliFailure('bad-input', '--detail is only for --how other.');
        const at = atOf(options.at, ctx);
        await signIn(ctx);
        const id = await documentNamed(ctx, name, options.reason);
        const sent = await call(ctx, 'document:recordSent', { id, how, howDetail: options.detail ?? '', at });
        print(ctx, sentText(sent), sent);
      }),
    );

  document
    .command('unsent')
    .description('list the letters made but not yet recorded as sent, oldest first')
    .option('--scope <scope>', 'mine (cases I own) or team (every partner I work for)', 'mine')
    .option('--partner <code>', 'only this partner’s cases (implies --scope team)')
    .option('--all', 'every one, not only the first 200')
    .action((options: UnsentOptions, command: Command) =>
      withContext(io, command, async (ctx) => {
        if (options.scope !== 'mine' && options.scope !== 'team') throw new CliFailure('bad-input', `--scope is mine or team, not “${options.scope}”.`);
        const partner = options.partner?.trim().toUpperCase() ?? null;
        await signIn(ctx);
        const scope = partner ? 'partner' : options.scope;
        const first = await call(ctx, 'document:unsent', { scope, partner, officer: null, offset: 0, limit: 200 });
        const letters = [...first.letters];
        while (options.all && letters.length < first.total) {
          const next = await call(ctx, 'document:unsent', { scope, partner, officer: null, offset: letters.length, limit: 200 });
          if (next.letters.length === 0) break;
          letters.push(...next.letters);
        }
        print(ctx, unsentText(letters, first.total), { total: first.total, letters });
      }),
    );
}
