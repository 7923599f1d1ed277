import type { Command } from 'commander';
import { formatDateTime } from '../../../shared/time/format';
import type { DoctorOutput } from '../../../shared/schemas/admin';
import { checkKeyringFile, type KeyringCheck } from '../../doctor/keyring-check';
import { describeHolder, type LockHolder, type WorkspaceLock } from '../../workspace/lock';
import { workspaceExists, workspacePaths } from '../../workspace/paths';
import { call, type CliContext, type GlobalOptions, withContext, workspaceDirFor } from '../context';
import { CliFailure } from '../exit-codes';
import type { CliIo } from '../io';
import { signIn } from '../session';

type Status = 'ok' | 'warn' | 'fail' | 'skipped';
export interface DoctorCheck {
  check: 'lock' | 'keyring' | 'database' | 'audit' | 'slots' | 'backup';
  status: Status;
  message: string;
}

/** A backup older than this is a warning. */
const BACKUP_DAYS = 7;
const DAY_MS = 24 * 60 * 60_000;

export function registerDoctor(program: Command, io: CliIo): void {
  program
    .command('doctor')
    .description('check the workspace: the lock, the key file, the database, the audit log and the age of the last backup')
    .addHelpText(
      'after',
      '\nSigns in (a manager or an administrator) to check the database, so run it while the app is closed.' +
        `\nExit codes: 0 everything passed (warnings, such as no backup in ${BACKUP_DAYS} days, are printed), 4 a check failed,` +
        '\n2 Hearth is open on this workspace (only the key file was checked), 3 wrong passphrase or not allowed.',
    )
    .action(async (_options: unknown, command: Command) => {
      let heldBy: LockHolder | null | undefined;
      try {
        await withContext(io, command, runDoctor, {
          inUse: (holder) => {
            heldBy = holder;
            return '';
          },
        });
      } catch (error) {
        if (heldBy === undefined) throw error;
        reportWhileInUse(io, command.optsWithGlobals<GlobalOptions>(), heldBy);
      }
    });
}

async function runDoctor(ctx: CliContext): Promise<void> {
  if (!(await call(ctx, 'workspace:status', {})).exists) {
    throw new CliFailure('unavailable', `There is no Hearth workspace in ${ctx.dir}: give --workspace DIR.`);
  }
  const keyring = checkKeyringFile(workspacePaths(ctx.dir).keyring);
  const checks: DoctorCheck[] = [lockCheck(ctx.lock), ...keyringChecks(keyring)];
  if (!keyring.ok) {
    for (const check of ['database', 'audit', 'backup'] as const) checks.push({ check, status: 'skipped', message: 'Not checked: nobody can sign in with a damaged key file.' });
    return finish(ctx.io, ctx.dir, ctx.json, checks);
  }
  let report: DoctorOutput | null = null;
  try {
    await signIn(ctx);
    report = await call(ctx, 'workspace:doctor', {});
  } catch (error) {
    // A database that cannot be opened is the finding itself, not a reason to stop without a report.
    if (!(error instanceof CliFailure) || error.code !== 'integrity') throw error;
    checks.push({ check: 'database', status: 'fail', message: error.message });
  }
  if (report) checks.push(...databaseChecks(report, ctx.core.now()));
  else for (const check of ['audit', 'backup'] as const) checks.push({ check, status: 'skipped', message: 'Not checked: the database could not be opened.' });
  finish(ctx.io, ctx.dir, ctx.json, checks);
}

function lockCheck(lock: WorkspaceLock | undefined): DoctorCheck {
  const crashed = lock?.previous ? ` The one before, ${describeHolder(lock.previous)}, ended without closing (a crash or power cut); its lock ended with it.` : '';
  return { check: 'lock', status: 'ok', message: `No other Hearth has this workspace open (this check holds it).${crashed}` };
}

function keyringChecks(k: KeyringCheck): DoctorCheck[] {
  if (!k.ok) return [{ check: 'keyring', status: 'fail', message: k.problems.join(' ') }];
  const summary = `${k.userSlots} user key slot${k.userSlots === 1 ? '' : 's'}, all well-formed, and the recovery slot is present.`;
  return [{ check: 'keyring', status: k.warnings.length ? 'warn' : 'ok', message: [summary, ...k.warnings].join(' ') }];
}

function databaseChecks(report: DoctorOutput, now: Date): DoctorCheck[] {
  const checks: DoctorCheck[] = [
    report.database.ok
      ? { check: 'database', status: 'ok', message: "SQLite's integrity check of the database passed." }
      : { check: 'database', status: 'fail', message: `SQLite's integrity check of the database failed: ${report.database.detail.split('\n')[0]}. Restore from a backup.` },
    report.audit.ok
      ? { check: 'audit', status: 'ok', message: `The audit log is intact: ${report.audit.checked} events checked, up to event ${report.audit.head.seq}.` }
      : { check: 'audit', status: 'fail', message: `The audit log has been tampered with: ${report.audit.problem ?? 'the chain does not verify.'}` },
  ];
  const { usersWithoutSlot, slotsWithoutUser } = report.slots;
  if (usersWithoutSlot.length) checks.push({ check: 'slots', status: 'fail', message: `${usersWithoutSlot.join(', ')} cannot sign in: the key file has no slot for them. Restore the key file from a backup.` });
  if (slotsWithoutUser.length) checks.push({ check: 'slots', status: 'warn', message: `The key file still has slots for ${slotsWithoutUser.join(', ')}, who are not current users: remove them again (hearth user remove) to re-key.` });
  checks.push(backupCheck(report.lastBackup, now));
  return checks;
}

function backupCheck(last: DoctorOutput['lastBackup'], now: Date): DoctorCheck {
  if (!last) return { check: 'backup', status: 'warn', message: 'No backup of this workspace has been made: make one now (Settings → Back up now, or hearth backup).' };
  const days = Math.floor((now.getTime() - new Date(last.at).getTime()) / DAY_MS);
  const when = `${days === 0 ? 'today' : days === 1 ? 'yesterday' : `${days} days ago`} (${formatDateTime(last.at)})`;
  const where = last.path ? (last.fileFound ? `, ${last.path}` : `, ${last.path}, which is not reachable from here now (a USB stick that is not plugged in?)`) : '';
  if (days > BACKUP_DAYS) return { check: 'backup', status: 'warn', message: `The last backup was made ${when}${where}: more than ${BACKUP_DAYS} days ago. Make one now.` };
  return { check: 'backup', status: 'ok', message: `The last backup was made ${when}${where}.` };
}

/** Prints the report; a failed check ends the command with the integrity exit code (4). */
function finish(io: CliIo, dir: string, json: boolean, checks: DoctorCheck[]): void {
  const failed = checks.filter((c) => c.status === 'fail');
  const warned = checks.filter((c) => c.status === 'warn');
  if (json) io.stdout(`${JSON.stringify({ workspace: dir, ok: failed.length === 0, checks }, null, 2)}\n`);
  else {
    const lines = [`Hearth doctor: ${dir}`, ...checks.map((c) => `  ${c.status.padEnd(7)} ${c.check.padEnd(8)} ${c.message}`)];
    if (!failed.length) lines.push(warned.length ? `Every check passed, with ${warned.length} warning${warned.length === 1 ? '' : 's'}.` : 'Every check passed.');
    io.stdout(`${lines.join('\n')}\n`);
  }
  if (failed.length) {
    throw new CliFailure('integrity', `hearth doctor found ${failed.length === 1 ? 'a problem' : `${failed.length} problems`}: ${failed[0]!.message}`);
  }
}

/** Another process holds the workspace: the key file can still be checked; the rest needs it closed. */
function reportWhileInUse(io: CliIo, options: GlobalOptions, holder: LockHolder | null): never {
  const dir = workspaceDirFor(io, options);
  const checks: DoctorCheck[] = [{ check: 'lock', status: 'warn', message: `Hearth is open on this workspace in ${describeHolder(holder)}.` }];
  if (workspaceExists(dir)) checks.push(...keyringChecks(checkKeyringFile(workspacePaths(dir).keyring)));
  for (const check of ['database', 'audit', 'backup'] as const) checks.push({ check, status: 'skipped', message: 'Not checked while another Hearth has the workspace open.' });
  finish(io, dir, options.json === true, checks); // a damaged key file is the bigger news: exit 4
  throw new CliFailure('conflict', `Hearth is open on this workspace in ${describeHolder(holder)}, so only the key file was checked: close it there and run hearth doctor again.`);
}
