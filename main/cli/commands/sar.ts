import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Command } from 'commander';
import type { SubjectRequestView } from '../../../shared/schemas/subject-requests';
import { writeFileAtomic } from '../../fs/atomic-write';
import { call, type CliContext, print, withContext } from '../context';
import { CliFailure } from '../exit-codes';
import type { CliIo } from '../io';
import { signIn } from '../session';

/**
 * `hearth sar REF|PERSON --out FILE [--person N]`: the subject access pack for a request, through the same
 * sar:* channels as the app (the same finder, guard, exemptions, disclosure log and audit). REF is the
 * request's number; PERSON the requester's name, matched against the open access requests. If the request
 * has no one chosen yet: one person found is taken; several are listed with the evidence for each, never
 * guessed, and --person N picks one. Passages that would identify a third party are reviewed first (as on
 * the screen): the command stops and lists where, unless --accept-suggestions accepts Hearth's suggestion
 * for each, recorded as the signed-in user's decision through the same sar:redact.
 */
interface SarOptions {
  out?: string;
  person?: string;
  acceptSuggestions?: boolean;
}

async function reviewPassages(ctx: CliContext, r: SubjectRequestView, accept: boolean): Promise<number> {
  let review = await call(ctx, 'sar:review', { id: r.id });
  const waiting = review.items.filter((i) => !i.decision);
  if (!waiting.length) return 0;
  if (!accept) {
    const where = [...new Set(waiting.map((i) => i.place))].join(', ');
    throw new CliFailure(
      'bad-input',
      `${waiting.length === 1 ? 'One passage' : `${waiting.length} passages`} of the pack would identify someone other than ${r.name} and ${waiting.length === 1 ? 'has' : 'have'} not been reviewed (in ${where}). Review them on the Information governance screen, or run again with --accept-suggestions to accept Hearth's suggestion for each as your decision.`,
    );
  }
  for (const item of waiting) review = await call(ctx, 'sar:redact', { id: r.id, key: item.key, decision: 'accept' });
  return waiting.length;
}

function outPath(io: CliIo, out: string | undefined): string {
  if (!out) throw new CliFailure('bad-input', 'Say where to write the pack: give --out FILE, such as --out sar-pack.pdf.');
  const path = resolve(io.cwd, out);
  if (existsSync(path) && statSync(path).isDirectory()) throw new CliFailure('bad-input', `${path} is a folder: give a file name, such as ${resolve(path, 'sar-pack.pdf')}.`);
  if (!existsSync(dirname(path))) throw new CliFailure('not-found', `There is no folder ${dirname(path)}.`);
  return path;
}

async function requestFor(ctx: CliContext, which: string): Promise<SubjectRequestView> {
  const open = (await call(ctx, 'sar:list', { open: false })).filter((r) => r.kind === 'access');
  if (/^\d+$/.test(which.trim())) {
    const r = open.find((x) => x.id === Number(which));
    if (!r) throw new CliFailure('not-found', `There is no subject access request number ${which}. Record it in the app first (Information governance).`);
    return r;
  }
  const wanted = which.trim().toLowerCase();
  const named = open.filter((r) => r.status === 'open' && [r.name, ...r.otherNames].some((n) => n.toLowerCase() === wanted));
  if (named.length === 1) return named[0]!;
  if (named.length > 1) throw new CliFailure('bad-input', `More than one open request is from “${which}”: ${named.map((r) => `${r.id} (received ${r.receivedOn})`).join('; ')}. Give the request's number instead.`);
  throw new CliFailure('not-found', `There is no open subject access request from “${which}”. Record it in the app first, or give the request's number.`);
}

async function choosePerson(ctx: CliContext, r: SubjectRequestView, person: string | undefined): Promise<void> {
  if (r.partyIds.length && person === undefined) return;
  const found = await call(ctx, 'sar:find', { id: r.id });
  if (!found.people.length) throw new CliFailure('not-found', `Nobody on the record matches ${r.name}${found.restrictedCases.length ? ` (records on restricted cases ${found.restrictedCases.join(', ')} match: open them with a reason in the app)` : ''}.`);
  const listing = found.people.map((p, i) => `  ${i + 1}. ${p.evidence}`).join('\n');
  let index = 0;
  if (person !== undefined) {
    index = Number(person) - 1;
    if (!Number.isInteger(index) || index < 0 || index >= found.people.length) throw new CliFailure('bad-input', `--person must be one of 1 to ${found.people.length}:\n${listing}`);
  } else if (found.people.length > 1) {
    throw new CliFailure('bad-input', `“${r.name}” matches more than one person on the record. Say which with --person N:\n${listing}`);
  }
  await call(ctx, 'sar:choose', { id: r.id, partyIds: found.people[index]!.records.map((x) => x.partyId) });
}

export function registerSar(program: Command, io: CliIo): void {
  program
    .command('sar')
    .description('the subject access pack for a request (a tagged PDF, third parties redacted), logged as a disclosure')
    .argument('<request>', 'the request’s number, or the requester’s name')
    .option('--out <file>', 'where to write the PDF')
    .option('--person <n>', 'when the name matches more than one person: which (as listed)')
    .option('--accept-suggestions', 'accept Hearth’s suggested replacement for every third-party passage not yet reviewed (recorded as your decision)')
    .addHelpText(
      'after',
      '\nExamples:\n  hearth sar 3 --out sar-pack.pdf\n  hearth sar "Amira Haddad" --person 1 --accept-suggestions --out sar-pack.pdf\n\nMaking the pack is recorded in the audit log and the disclosure log.',
    )
    .action((which: string, options: SarOptions, command: Command) =>
      withContext(io, command, async (ctx) => {
        const path = outPath(ctx.io, options.out);
        await signIn(ctx);
        const r = await requestFor(ctx, which);
        await choosePerson(ctx, r, options.person);
        const accepted = await reviewPassages(ctx, r, options.acceptSuggestions === true);
        const file = await call(ctx, 'sar:pack', { id: r.id });
        writeFileAtomic(path, file.bytes);
        const also = accepted ? ` Accepted the suggestion for ${accepted} passage${accepted === 1 ? '' : 's'} naming someone else.` : '';
        print(ctx, `Wrote the subject access pack for ${r.name} (request ${r.id}, due ${r.dueOn}) to ${path} (${Math.ceil(file.bytes.length / 1024)} KB).${also}`, { request: r.id, file: path, bytes: file.bytes.length, accepted });
      }),
    );
}
