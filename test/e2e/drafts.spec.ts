import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { ADMIN, apiFor, expectAccessible, londonInput, openPage, setUpWorkspace, shot, signIn } from './helpers';

/**
 * Issue 17, item 4: drafts that survive. A report half typed comes back after Lock; leaving it asks
 * first; signing out asks first and the report is offered back at the next sign-in, to finish and submit.
 */

/** Everything the report needs but its description. */
async function fillTheRest(page: Page, address: string): Promise<void> {
  await page.getByRole('group', { name: 'How was it reported?' }).getByLabel('Phone').check();
  await page.getByLabel('Partner', { exact: true }).selectOption({ label: 'Circle 33 Housing Trust (C33)' });
  await page.getByRole('group', { name: 'What kind of case is it?' }).getByLabel('Anti-social behaviour').check();
  await page.getByLabel('Address or place').fill(address);
  await page.getByLabel('When did it happen?').fill(londonInput(90));
}

const FIRST = 'Music and shouting from number 12 until 3am, the third night this week.';
const SECOND = 'Rubbish bags left on the landing again; foxes have torn them open.';

test('a half-typed report survives Lock, asks before leaving and before signing out, and is offered back at sign-in', async ({ page, hearthUrl, request }) => {
  test.setTimeout(120_000);
  const api = apiFor(request, hearthUrl);
  await setUpWorkspace(page, hearthUrl);

  // Start a report, then lock at once: the lock saves it first.
  await openPage(page, 'Report an incident');
  await page.getByLabel('Describe what happened').fill(FIRST);
  await page.getByRole('button', { name: 'Lock' }).click();
  await expect(page.getByRole('heading', { name: 'Hearth is locked' })).toBeVisible();
  await page.getByLabel('Passphrase').fill(ADMIN.passphrase);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Report an incident' })).toBeVisible();
  await expect(page.getByLabel('Describe what happened')).toHaveValue(FIRST);
  await expect(page.getByText('This is the report you were typing before Hearth was locked.')).toBeVisible();
  await expectAccessible(page, 'report restored after lock');
  await shot(page, 'drafts-01-after-lock');

  // Leaving the form with changes asks first; staying keeps it as it was.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Cases' }).click();
  const leave = page.getByRole('dialog', { name: 'Leave the unsaved report?' });
  await expect(leave).toBeVisible();
  await expectAccessible(page, 'leave the form?');
  await leave.getByRole('button', { name: 'Stay on the form' }).click();
  await expect(leave).toHaveCount(0);
  await expect(page).toHaveURL(/#\/report$/);
  await expect(page.getByLabel('Describe what happened')).toHaveValue(FIRST);

  // Submit it: the draft goes with it.
  await fillTheRest(page, '12 Larkspur Mews');
  await page.getByRole('button', { name: 'Save the report' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Report saved' })).toBeVisible();
  await expect.poll(() => api('draft:list', {})).toEqual([]);

  // Start another, then sign out: asked first.
  await page.getByRole('link', { name: 'Report another incident' }).click();
  await page.getByLabel('Describe what happened').fill(SECOND);
  await page.getByRole('button', { name: 'Sign out' }).click();
  const asked = page.getByRole('dialog', { name: 'Sign out with unsaved work?' });
  await expect(asked).toContainText('You have not saved the report yet.');
  await expectAccessible(page, 'sign out with unsaved work?');
  await asked.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in to Hearth' })).toBeVisible();

  // Signing in again: offered back.
  await signIn(page, ADMIN.username, ADMIN.passphrase);
  const offer = page.getByText(/^You have an unsaved report from \d{2}:\d{2}$/);
  await expect(offer).toBeVisible();
  await expectAccessible(page, 'unsaved report offered');
  await shot(page, 'drafts-02-offered');
  await page.getByRole('button', { name: 'Carry on with the unsaved report' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Report an incident' })).toBeVisible();
  await expect(page.getByLabel('Describe what happened')).toHaveValue(SECOND);

  await fillTheRest(page, '3 Foxglove Court');
  await page.getByRole('button', { name: 'Save the report' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Report saved' })).toBeVisible();
  await expect.poll(() => api('draft:list', {})).toEqual([]);
  const cases = await api('case:list', {});
  expect(cases.total).toBe(2);
});
