import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { hostBridge } from '../../main/host/bridge';
import { enrolPc, initWorkspaceProcess, PC_PASSPHRASE, pcCaller, type Served, startServe, stopProcess, writePcDevice } from '../helpers/office-pc';
import { expectAccessible, expectSignedIn, type NewUser, openPage, shot, signIn } from './helpers';
import { addPerson, fillReport } from './report-form';

/**
 * The office host end to end (issue 22): `hearth serve` hosts the workspace on loopback; two more "PCs" are
 * browser-mode processes started with `--office-host FILE`, each enrolled with its own one-time code. In
 * Chromium on the front desk PC an officer signs in for the first time and reports a hate incident; on the
 * manager's PC the manager signs in and sees the new case's acknowledgement due on the team's dashboard.
 * Nothing of the register is on either PC: each only forwards the renderer's calls to the host.
 */
const ADMIN = { username: 'sam.patel', displayName: 'Sam Patel', passphrase: 'copper kettle morning rain' };
const OFFICER: NewUser = { name: 'Alex Jones', username: 'alex.jones', temporary: 'amber lantern quiet field', passphrase: 'willow harbour seven kites' };
const MANAGER: NewUser = { name: 'Morgan Reed', username: 'morgan.reed', temporary: 'silver birch under snow', passphrase: 'seven quiet harbour lamps' };
const BROWSER = join(__dirname, '..', '..', 'out', 'main', 'browser.cjs');
// The whole address, `&office=1` too: it is what tells the window it works on a host (renderer/src/api/hearth.ts).
const READY = /Hearth is running in browser mode at (http:\/\/127\.0\.0\.1:\d+\/#token=[0-9a-f]+\S*)/;

let root = '';
let host: Served;
const pcs: ChildProcess[] = [];
const urls: Record<'front' | 'manager', string> = { front: '', manager: '' };

/**
 * A PC's browser mode pointed at the host by its device file; resolves to the address it printed. The front desk
 * PC is given its passphrase in the environment (headless use); the manager's PC asks for it in the window.
 */
function startPc(deviceFile: string, passphraseFromEnvironment: boolean): Promise<string> {
  const env = { ...process.env, HEARTH_DEVICE_PASSPHRASE: passphraseFromEnvironment ? PC_PASSPHRASE : '' };
  const child = spawn(process.execPath, [BROWSER, '--office-host', deviceFile], { stdio: ['ignore', 'pipe', 'pipe'], env });
  pcs.push(child);
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`the PC's browser mode did not start within 30 s:\n${out}`)), 30_000);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = READY.exec(out);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  });
}

test.beforeAll(async () => {
  test.setTimeout(180_000);
  root = mkdtempSync(join(tmpdir(), 'hearth-e2e-office-'));
  const dir = join(root, 'host');
  initWorkspaceProcess(dir, ADMIN, 'Ipswich Neighbourhood Team');
  host = await startServe(dir, ADMIN, ['--enrol', 'Administrator’s PC']);
  // The administrator's own PC sets the office up over the host, as the Users and Partners screens would.
  const bridge = hostBridge(await enrolPc(host.url, host.code!, 'Administrator’s PC'));
  const admin = pcCaller(bridge.forward);
  const must = <T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
    if (!r.ok) throw new Error(r.error.message);
    return r.value;
  };
  must(await admin('session:signIn', { username: ADMIN.username, passphrase: ADMIN.passphrase }));
  must(await admin('partners:save', { code: 'C33', name: 'Circle 33 Housing Trust', address: 'Circle House, 1 Reading Road, London N7 8QX', phone: '0300 456 2233', email: 'neighbourhoods@circle33.org.uk' }));
  must(await admin('users:add', { username: OFFICER.username, displayName: OFFICER.name, role: 'officer', passphrase: OFFICER.temporary, partners: ['C33'] }));
  must(await admin('users:add', { username: MANAGER.username, displayName: MANAGER.name, role: 'manager', passphrase: MANAGER.temporary, partners: ['C33'] }));
  for (const [which, name] of [
    ['front', 'Front desk PC'],
    ['manager', 'Manager’s PC'],
  ] as const) {
    const code = must(await admin('host:enrolmentCode', { deviceName: name })).code;
    const file = join(root, `${which}.json`);
    writePcDevice(file, await enrolPc(host.url, code, name));
    urls[which] = await startPc(file, which === 'front');
  }
  must(await admin('session:signOut', {}));
  bridge.close();
});

test.afterAll(async () => {
  for (const pc of pcs) await stopProcess(pc);
  if (host) await stopProcess(host.child);
  rmSync(root, { recursive: true, force: true });
});

/** First sign-in on a PC: the temporary passphrase, then their own. */
async function firstSignIn(page: Page, user: NewUser): Promise<void> {
  await signIn(page, user.username, user.temporary);
  await page.getByLabel('Temporary passphrase').fill(user.temporary);
  await page.getByLabel('New passphrase').fill(user.passphrase);
  await page.getByLabel('Type the passphrase again').fill(user.passphrase);
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await expectSignedIn(page);
}

test('an officer on a second PC reports an incident; the manager on a third PC sees it on the team’s dashboard', async ({ browser }) => {
  test.setTimeout(180_000);
  const front = await (await browser.newContext()).newPage();
  await front.goto(urls.front);
  await expect(front.getByRole('heading', { name: 'Sign in to Hearth' })).toBeVisible();
  await expectAccessible(front, 'sign in on a PC working on the office host');
  await expect(front.getByRole('contentinfo')).toContainText('This PC works on your office’s Hearth host');
  await expect(front.getByText('Ask your office’s Hearth administrator to reset it for you.')).toBeVisible();
  await shot(front, 'office-01-pc-sign-in');
  await firstSignIn(front, OFFICER);

  await openPage(front, 'Report an incident');
  await fillReport(front, 'Mrs Hassan was called racist names on the stairwell by a neighbour, reported at the front desk.');
  await front.getByLabel('Verbal abuse').check();
  await addPerson(front, 'Add a complainant', 1, 'Amina Hassan');
  await front.getByLabel('Race or ethnic origin').check();
  await front.getByRole('button', { name: 'Save the report' }).click();
  await expect(front.getByRole('heading', { level: 1, name: 'Report saved' })).toBeFocused();
  const ref = (await front.locator('.saved-ref__value').innerText()).trim();
  expect(ref).toMatch(/^C33-\d{4}-\d{4}$/);
  await shot(front, 'office-02-reported-on-pc');

  const manager = await (await browser.newContext()).newPage();
  await manager.goto(urls.manager);
  // This PC's key is still locked: its own passphrase first, checked on the PC (never sent to the host).
  await expect(manager.getByRole('heading', { name: 'This PC’s Hearth key is locked' })).toBeVisible();
  await expectAccessible(manager, 'this PC’s key locked');
  const pcPassphrase = manager.getByLabel('This PC’s passphrase');
  await pcPassphrase.fill('not this PC’s passphrase');
  await manager.getByRole('button', { name: 'Unlock this PC' }).click();
  await expect(manager.getByText(/^That is not the passphrase this PC’s device file was protected with/)).toBeVisible();
  await shot(manager, 'office-03-pc-key-wrong');
  await pcPassphrase.fill(PC_PASSPHRASE);
  await manager.getByRole('button', { name: 'Unlock this PC' }).click();
  await expect(manager.getByRole('heading', { name: 'Sign in to Hearth' })).toBeVisible();
  await firstSignIn(manager, MANAGER);
  await expect(manager.getByRole('radio', { name: 'My team' })).toBeChecked();
  const line = manager.getByRole('row').filter({ has: manager.getByRole('link', { name: ref, exact: true }) });
  // A hate incident starts two urgent items (P4.4, P6.2): both are on the team's dashboard, under the officer.
  // (On a Sunday "this week" is the week ahead, which also holds officer contact, due in 5 working days.)
  await expect(line.filter({ hasText: 'Urgent' })).toHaveCount(2);
  for (const step of ['Acknowledge the report', 'Respond to a hate incident']) {
    const item = line.filter({ hasText: step });
    await expect(item).toContainText('Alex Jones');
    await expect(item).toContainText('Urgent');
  }
  await expectAccessible(manager, 'the manager’s dashboard on a PC');
  await shot(manager, 'office-04-manager-dashboard');

  // The officer is still signed in on the front desk PC: a session per user per PC, not one per host.
  await openPage(front, 'Cases');
  await expect(front.getByRole('row', { name: new RegExp(ref) })).toBeVisible();
});
