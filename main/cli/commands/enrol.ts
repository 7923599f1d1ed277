import { resolve } from 'node:path';
import type { Command } from 'commander';
import { writeDeviceFile } from '../../host/device-file';
import { enrolWithHost } from '../../host/enrol-client';
import { passphraseProblem } from '../../../shared/passphrase';
import { asFailure, slotCostFor } from '../context';
import { CliFailure } from '../exit-codes';
import { type CliIo, readSecret } from '../io';
import { parseListen } from './serve';

interface EnrolOptions {
  host: string;
  code: string;
  name: string;
  out: string;
}

/** The variable a script (or a test) sets instead of typing the device file's passphrase. */
export const DEVICE_PASSPHRASE_VAR = 'HEARTH_DEVICE_PASSPHRASE';

/**
 * `hearth enrol --host ADDRESS:PORT --code CODE --name PCNAME --out FILE` (issue 22), run on the new PC: it
 * makes the PC's key pair, enrols with the one-time code the administrator read out, pins the host's CA and
 * writes the device file browser mode (and the app) read with --office-host FILE. The file's private key is
 * encrypted under a passphrase the PC's user chooses now (HEARTH_DEVICE_PASSPHRASE, or asked twice).
 */
export function registerEnrol(program: Command, io: CliIo): void {
  program
    .command('enrol')
    .description('enrol this PC with the office host, using the one-time code the administrator gave you')
    .requiredOption('--host <address:port>', 'the office host’s address and port, such as 192.168.1.20:8443')
    .requiredOption('--code <code>', 'the one-time enrolment code, such as 7K3M-QX2P-9TRD')
    .requiredOption('--name <pc name>', 'the name the administrator gave this PC')
    .requiredOption('--out <file>', 'where to write this PC’s device file, such as office-host.json')
    .action(async (options: EnrolOptions) => {
      const target = parseListen(options.host);
      const out = resolve(io.cwd, options.out);
      // Asked before the code is spent: a passphrase refused here leaves the code usable.
      const passphrase = await readSecret(io, { envVar: DEVICE_PASSPHRASE_VAR, question: 'Choose a passphrase to protect this PC’s key: ', choosingFor: options.name });
      // The same rule whether typed or from the environment: the passphrase is all that protects the key.
      const weak = passphraseProblem(passphrase, options.name);
      if (weak) throw new CliFailure('bad-input', weak);
      let enrolled;
      try {
        enrolled = await enrolWithHost({ host: target.host, port: target.port, code: options.code, deviceName: options.name });
        writeDeviceFile(out, enrolled.device, passphrase, slotCostFor(io.env));
      } catch (error) {
        throw asFailure(error);
      }
      io.stdout(
        [
          `Enrolled “${enrolled.device.deviceName}” with the office host at ${enrolled.device.hostUrl}.`,
          `The host’s certificate authority: ${enrolled.caFingerprint}`,
          'Check it matches what the administrator reads out from Settings → Office host; if not, tell them, and delete the file.',
          `Device file: ${out} (its key is encrypted with the passphrase you chose).`,
          `Start Hearth on this PC with --office-host ${out}.`,
        ].join('\n') + '\n',
      );
    });
}
