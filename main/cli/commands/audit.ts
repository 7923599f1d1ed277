import type { Command } from 'commander';
import { call, print, withContext } from '../context';
import { CliFailure } from '../exit-codes';
import type { CliIo } from '../io';
import { signIn } from '../session';

export function registerAudit(program: Command, io: CliIo): void {
  const audit = program.command('audit').description('check the audit log');

  audit
    .command('verify')
    .description('walk the whole hash chain and report any event that was edited, deleted or reordered')
    .action((_options: unknown, command: Command) =>
      withContext(io, command, async (ctx) => {
        await signIn(ctx);
        const result = await call(ctx, 'audit:verify', {});
        if (!result.ok) {
          // Scripts reading --json still get the whole verdict; the exit code and stderr say it failed.
          if (ctx.json) print(ctx, '', result);
          throw new CliFailure('integrity', `The audit log has been tampered with: ${result.problem ?? 'the chain does not verify.'}`);
        }
        print(ctx, `The audit log is intact: ${result.checked} events checked, up to event ${result.head.seq}.`, result);
      }),
    );
}
