import { enrolWithHost } from '../../main/host/enrol-client';
import { expect, test } from './fixtures';
import { expectAccessible, openPage, setUpWorkspace, shotOf } from './helpers';

/**
 * Settings → Office host (issue 22), as an administrator: set the workspace up as a host, host it for the
 * office from the app, make a one-time code, enrol a "PC" with it as `hearth enrol` does (over real TLS, from
 * this test process), see the PC listed, and revoke it.
 */
test('an administrator sets up the host, makes a code, sees the PC it enrolled, and revokes it', async ({ page, hearthUrl }) => {
  await setUpWorkspace(page, hearthUrl);
  await openPage(page, 'Office host');
  await page.getByLabel('Office name').fill('Ipswich office');
  await page.getByLabel('Addresses the PCs will use').fill('127.0.0.1');
  await page.getByRole('button', { name: 'Set up this workspace as a host' }).click();
  const summary = page.getByRole('region', { name: 'Ipswich office’s host' });
  await expect(summary).toContainText('Off. Start it below');
  await expect(summary.getByText(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/)).toBeVisible();

  const hosting = page.getByRole('form', { name: 'Host this workspace for the office' });
  await hosting.getByLabel('Port').fill('0');
  await hosting.getByRole('button', { name: 'Start hosting' }).click();
  await expect(summary).toContainText(/On: serving the office on port \d+/);
  const port = Number((await summary.textContent())!.match(/on port (\d+)/)![1]);
  await expect(summary.getByText(`127.0.0.1:${port}`)).toBeVisible();

  const enrol = page.getByRole('region', { name: 'Enrol a PC' });
  await enrol.getByLabel('Name of the PC').fill('Front desk PC');
  await enrol.getByRole('button', { name: 'Create an enrolment code' }).click();
  const code = (await enrol.locator('#enrolment-code').textContent())!.trim();
  expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  await expectAccessible(page, 'office host with a code');
  await shotOf(page.locator('main'), 'office-host-code');

  // The PC's side, as `hearth enrol` runs it: its own key pair, the code, the CA pinned after its checks.
  const enrolled = await enrolWithHost({ host: '127.0.0.1', port, code, deviceName: 'Front desk PC' });
  await expect(summary.getByText(enrolled.caFingerprint)).toBeVisible();

  // The screen, still open, sees the new PC at its next look at the host (every few seconds).
  const devices = page.getByRole('region', { name: 'Enrolled PCs' });
  const row = devices.getByRole('row', { name: /Front desk PC/ });
  await expect(row).toContainText('Allowed', { timeout: 20_000 });
  await row.getByRole('button', { name: 'Revoke Front desk PC' }).click();
  const confirm = page.getByRole('dialog', { name: 'Revoke Front desk PC?' });
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await expectAccessible(page, 'office host revoke dialog');
  await confirm.getByRole('button', { name: 'Revoke Front desk PC' }).click();
  await expect(confirm).toBeHidden();
  await expect(row).toContainText(/Revoked on \d{2}\/\d{2}\/\d{4}/);
  await expect(row.getByRole('button', { name: 'Revoke Front desk PC' })).toHaveCount(0);
  await expectAccessible(page, 'office host after revoking');
  await shotOf(page.locator('main'), 'office-host-revoked');

  await page.getByRole('button', { name: 'Stop hosting' }).click();
  await expect(summary).toContainText('Off. Start it below');
});
