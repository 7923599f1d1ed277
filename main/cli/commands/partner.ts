import { readFileSync } from 'node:fs';
import { type Command, Option } from 'commander';
import { localDateOf } from '../../../shared/time/london';
import type { PartnerSaveInput, PartnerView } from '../../../shared/schemas/partners';
import { call, type CliContext, note, print, withContext } from '../context';
import { CliFailure } from '../exit-codes';
import type { CliIo } from '../io';
import { signIn } from '../session';
import { registerPartnerThreshold } from './partner-threshold';

interface SetOptions {
  name?: string;
  address?: string;
  postcode?: string;
  phone?: string;
  email?: string;
  website?: string;
  signedFor?: string;
  homes?: string;
  homesFrom?: string;
  active?: boolean;
  /** A PNG or JPEG file's path; false for --no-logo; left out, the logo stays as it is. */
  logo?: string | false;
}

/**
 * `hearth partner list|set`: the Partners screen for scripts and first installs (issue 17). `set` changes
 * only what it is given and keeps the rest, through the same partners:save (and its checks) as the screen.
 */
export function registerPartner(program: Command, io: CliIo): void {
  const partner = program.command('partner').description('list the partners, set their letterhead and homes, and their ASB case review threshold');

  partner
    .command('list')
    .description('list the partners with their letterhead details and homes')
    .action((_options: unknown, command: Command) =>
      withContext(io, command, async (ctx) => {
        await signIn(ctx);
        const partners = await call(ctx, 'partners:list', {});
        print(ctx, table(partners), partners);
        const missing = partners.filter((p) => p.active && (!p.phone || !p.address || !p.email)).map((p) => p.code);
        if (missing.length) note(ctx, `Letters need a telephone number, address and e-mail: ${missing.join(', ')} still lack one. Set them with hearth partner set CODE --phone …`);
      }),
    );

  partner
    .command('set')
    .description('set a partner’s details (only the ones given change); a new code with --name adds a partner')
    .argument('<code>', 'the partner’s code, such as C33')
    .option('--name <legal name>', 'the partner’s legal name')
    .option('--address <lines>', 'the letterhead address without the postcode, lines separated by commas')
    .option('--postcode <postcode>', 'the letterhead postcode, such as N7 8QX')
    .option('--phone <number>', 'the UK telephone number letters give, such as 0300 123 4567')
    .option('--email <address>', 'the e-mail address letters give')
    .option('--website <address>', 'the website letters give, such as www.partner.org.uk')
    .option('--signed-for <name>', 'the name letters are signed for, when not the legal name')
    .option('--homes <count>', 'how many homes the partner manages (the reports’ per-1,000-homes figures)')
    .option('--homes-from <YYYY-MM-DD>', 'the first day the homes count applies (default: today)')
    .addOption(new Option('--inactive', 'no new cases for this partner').conflicts('active'))
    .addOption(new Option('--active', 'take new cases again'))
    .option('--logo <file>', 'a PNG or JPEG logo for the letterhead (at most 512 kB and 2000 pixels)')
    .option('--no-logo', 'take the logo off the letterhead')
    .addHelpText('after', '\nExample: hearth partner set C33 --phone "0300 456 2233" --email asb@circle33.org.uk --homes 12000 --homes-from 2026-04-01 --logo c33-logo.png')
    .action((code: string, options: SetOptions & { inactive?: boolean }, command: Command) =>
      withContext(io, command, async (ctx) => {
        await signIn(ctx);
        const wanted = code.trim().toUpperCase();
        const current = (await call(ctx, 'partners:list', {})).find((p) => p.code === wanted);
        if (!current && !options.name) throw new CliFailure('not-found', `There is no partner with the code ${wanted}. Give --name to add it, or see hearth partner list.`);
        const input = merged(wanted, current, { ...options, active: options.inactive ? false : options.active }, ctx);
        const saved = await call(ctx, 'partners:save', { ...input, ...logoOf(options.logo) });
        const logo = options.logo === false ? ' The logo was taken off the letterhead.' : options.logo && saved.logo ? ` Logo: ${saved.logo.format.toUpperCase()}, ${saved.logo.width} × ${saved.logo.height} pixels.` : '';
        print(ctx, `${current ? 'Saved' : 'Added'} ${saved.name} (${saved.code}).${input.homesFrom ? ` Homes: ${saved.homes.toLocaleString('en-GB')} from ${input.homesFrom}.` : ''}${logo}`, saved);
      }),
    );
  registerPartnerThreshold(partner, io);
}

/** --logo FILE: the file's bytes (partners:save checks them); --no-logo: none; neither: keep it. */
function logoOf(option: string | false | undefined): Pick<PartnerSaveInput, 'logo'> {
  if (option === undefined) return {};
  if (option === false) return { logo: null };
  try {
    return { logo: readFileSync(option) };
  } catch (error) {
    throw new CliFailure('not-found', `Could not read the logo file ${option} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}). Check the path and try again.`);
  }
}

/** The partner as it is, with what was given laid over it. */
function merged(code: string, current: PartnerView | undefined, o: SetOptions, ctx: CliContext): PartnerSaveInput {
  const homes = o.homes === undefined ? (current?.homes ?? 0) : Number(o.homes.replace(/[,\s]/g, ''));
  return {
    code,
    name: o.name ?? current?.name ?? '',
    address: o.address ?? current?.address ?? '',
    postcode: o.postcode ?? current?.postcode ?? '',
    phone: o.phone ?? current?.phone ?? '',
    email: o.email ?? current?.email ?? '',
    website: o.website ?? current?.website ?? '',
    signedFor: o.signedFor ?? current?.signedFor ?? '',
    homes,
    // A new homes count is dated (today unless said), so a report for an earlier period keeps the old one.
    homesFrom: o.homesFrom ?? (o.homes === undefined ? null : localDateOf(ctx.core.now())),
    profileId: current?.profileId ?? 'group-minimum',
    active: o.active ?? current?.active ?? true,
  };
}

function table(partners: readonly PartnerView[]): string {
  const rows = [
    ['CODE', 'NAME', 'PHONE', 'E-MAIL', 'HOMES', 'ADDRESS'],
    ...partners.map((p) => [
      p.code,
      `${p.name}${p.active ? '' : ' (inactive)'}`,
      p.phone || '–',
      p.email || '–',
      p.homes ? `${p.homes.toLocaleString('en-GB')}${p.homesFrom ? ` from ${p.homesFrom}` : ''}` : '–',
      [p.address.replace(/\s*\n\s*/g, ', '), p.postcode].filter(Boolean).join(', ') || '–',
    ]),
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  ')).join('\n');
}
