import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { ChannelInput } from '../../shared/ipc/contract';
import { recentQuarters } from '../../shared/reports/period';
import { expect, test } from './fixtures';
import { expectAccessible, fillSetUp, openPage, readRecoveryKey, shot, signIn, signOut, apiFor } from './helpers';
import { addDays } from '../../shared/time/days';
import { localDateOf } from '../../shared/time/london';

/**
 * Reports in the browser (issue 8): a manager opens Reports, filters a partner and a quarter, drills
 * into a figure and exports the board report PDF. Cases are made through browser mode's HTTP API (the
 * same dispatch() as the window) in the last complete quarter, so the report's default period holds them.
 */


const quarter = recentQuarters(localDateOf(new Date()), 2)[1]!;
const day = (n: number) => addDays(quarter.period.from, n);

function report(partner: string, category: 'asb' | 'harassment', n: number, estate: string): ChannelInput<'case:create'> {
  return {
    partner,
    receivedAt: `${day(n)}T10:00:00Z`,
    method: 'phone',
    category,
    location: { address: `${n} Elm Road`, estate, postcode: 'N1 1AA' },
    parties: [{ key: 'c', role: 'complainant', name: `Complainant ${n}` }],
    incidents: [{ occurredAt: `${day(n - 1)}T21:00:00Z`, description: 'Loud music and shouting until 3am.', acts: ['nuisance'] }],
  };
}

async function setUp(page: Page, hearthUrl: string): Promise<void> {
  await page.goto(hearthUrl);
  await fillSetUp(page);
  await page.getByRole('button', { name: 'Create the workspace' }).click();
  const key = await readRecoveryKey(page);
  await page.getByLabel('Last group of the recovery key').fill(key.slice(-4));
  await page.getByRole('button', { name: 'Confirm and continue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Deadlines' })).toBeVisible();
}

async function becomeManager(page: Page): Promise<void> {
  await openPage(page, 'Users');
  await page.getByLabel('Full name').fill('Priya Shah');
  await page.getByLabel('User name', { exact: true }).fill('priya.shah');
  await page.getByLabel('Role', { exact: true }).selectOption({ label: 'Manager' });
  await page.getByLabel('Temporary passphrase').fill('amber lantern quiet field');
  await page.getByRole('button', { name: 'Add the user' }).click();
  await expect(page.getByRole('row', { name: /Priya Shah/ })).toBeVisible();
  await signOut(page);
  await signIn(page, 'priya.shah', 'amber lantern quiet field');
  await page.getByLabel('Temporary passphrase').fill('amber lantern quiet field');
  await page.getByLabel('New passphrase').fill('willow harbour seven kites');
  await page.getByLabel('Type the passphrase again').fill('willow harbour seven kites');
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Deadlines' })).toBeFocused();
}

test('a manager filters a partner and a quarter, drills into a figure and exports the board report', async ({ page, hearthUrl, request }) => {
  const api = apiFor(request, hearthUrl);
  await setUp(page, hearthUrl);
  await api('partners:save', { code: 'C33', name: 'Circle 33 Housing Trust', homes: 2000 });
  await becomeManager(page);
  // C33: two ASB cases on the Elm Estate and a harassment case; EPIC: one ASB case.
  const elm1 = await api('case:create', report('C33', 'asb', 10, 'Elm Estate'));
  const elm2 = await api('case:create', report('C33', 'asb', 20, 'Elm Estate'));
  await api('case:create', report('C33', 'harassment', 30, 'Oak Estate'));
  await api('case:create', report('EPIC', 'asb', 40, 'Harbour Estate'));

  await openPage(page, 'Reports');
  await expect(page.getByRole('heading', { level: 2, name: new RegExp(`^${quarter.label.slice(0, 10)}`) })).toBeVisible();
  const headline = (label: string) => page.getByRole('list', { name: 'Headline figures' }).getByRole('listitem').filter({ hasText: label });
  await expect(headline('New cases received')).toContainText('4');

  // Filter: one partner, and the quarter picked from the list.
  await page.getByLabel('Partner', { exact: true }).selectOption({ label: 'Circle 33 Housing Trust (C33)' });
  await page.getByLabel('Period', { exact: true }).selectOption({ label: quarter.label });
  await expect(page.getByText('Circle 33 Housing Trust (C33); all categories.')).toBeVisible();
  await expect(headline('New cases received')).toContainText('3');
  // NM01: 3 cases (ASB and harassment) over 2,000 homes.
  await expect(headline('ASB cases per 1,000 homes')).toContainText('1.50');
  await expect(page.locator('canvas[data-chart="cases"]')).toBeVisible();
  await expectAccessible(page, 'reports');
  await shot(page, 'reports-01-c33-quarter');
  // Section by section too, at a size people can read (the full page is very long).
  await page.setViewportSize({ width: 1280, height: 1000 });
  for (const name of ['Summary', 'Cases by type', 'NM01: ASB and hate-incident cases per 1,000 homes', 'Response against target', 'Equality and diversity']) {
    await page.getByRole('region', { name }).screenshot({ path: `/tmp/hearth-shots/reports-section-${name.split(/[^A-Za-z0-9]+/)[0]!.toLowerCase()}.png` });
  }
  await page.locator('.page__header').screenshot({ path: '/tmp/hearth-shots/reports-top.png' });
  await page.locator('.report-header').screenshot({ path: '/tmp/hearth-shots/reports-headline.png' });

  // Drill into the ASB figure: the two C33 ASB cases, by reference.
  const cases = page.getByRole('region', { name: 'Cases by type' });
  await cases.getByRole('button', { name: '2, Anti-social behaviour — Cases. List the cases' }).click();
  const drill = page.getByRole('region', { name: 'Cases behind: Anti-social behaviour — Cases' });
  await expect(drill.getByRole('heading', { level: 2 })).toBeFocused();
  await expect(drill).toContainText('2 cases');
  await expect(drill.getByRole('link')).toHaveText([elm2.ref, elm1.ref]);
  await expectAccessible(page, 'reports drill-down');
  await shot(page, 'reports-02-drilldown');

  // Export the board report.
  const saving = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the board report (PDF)' }).click();
  const download = await saving;
  expect(download.suggestedFilename()).toBe(`hearth-board-report-${quarter.period.from}-to-${quarter.period.to}-C33.pdf`);
  const bytes = readFileSync((await download.path())!);
  expect(bytes.subarray(0, 8).toString('latin1')).toBe('%PDF-1.7');
  await expect(page.getByText(/^Saved hearth-board-report-.*\. The export is recorded in the audit log\.$/)).toBeVisible();

  // A CSV of one measure.
  const csv = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download Hotspots as CSV' }).click();
  expect((await csv).suggestedFilename()).toBe(`hearth-hotspots-${quarter.period.from}-to-${quarter.period.to}-C33.csv`);

  // From the list to the case itself.
  await page.getByRole('link', { name: elm1.ref }).click();
  await expect(page).toHaveURL(new RegExp(`#/cases/${elm1.id}$`));
});

test('officers are not offered reports', async ({ page, hearthUrl }) => {
  await setUp(page, hearthUrl);
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reports' })).toBeVisible(); // the administrator is
  await openPage(page, 'Users');
  await page.getByLabel('Full name').fill('Alex Jones');
  await page.getByLabel('User name', { exact: true }).fill('alex.jones');
  await page.getByLabel('Role', { exact: true }).selectOption({ label: 'Officer' });
  await page.getByLabel('Temporary passphrase').fill('amber lantern quiet field');
  await page.getByRole('button', { name: 'Add the user' }).click();
  await expect(page.getByRole('row', { name: /Alex Jones/ })).toBeVisible();
  await signOut(page);
  await signIn(page, 'alex.jones', 'amber lantern quiet field');
  await page.getByLabel('Temporary passphrase').fill('amber lantern quiet field');
  await page.getByLabel('New passphrase').fill('willow harbour seven kites');
  await page.getByLabel('Type the passphrase again').fill('willow harbour seven kites');
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Deadlines' })).toBeFocused();
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reports' })).toHaveCount(0);
});
