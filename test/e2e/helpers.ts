import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { type APIRequestContext, expect, type Locator, type Page } from '@playwright/test';
import type { Channel, ChannelInput, ChannelOutput } from '../../shared/ipc/contract';
import { decodeWire, encodeWire } from '../../shared/ipc/wire';

export const ADMIN = { workspace: 'Ipswich Neighbourhood Team', name: 'Sam Patel', username: 'sam.patel', passphrase: 'copper kettle morning rain' };
const SHOTS = '/tmp/hearth-shots';

/** Screenshots for people to look at (not compared): /tmp/hearth-shots/<name>.png. */
export async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

/** A screenshot of one part of the screen (a panel, a form), for looking at what changed. */
export async function shotOf(part: Locator, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await part.screenshot({ path: `${SHOTS}/${name}.png` });
}

/** WCAG 2 A and AA checks by axe; any serious or critical violation fails the test, listed by rule. */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  const bad = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(bad, `accessibility problems on the ${screen} screen`).toEqual([]);
}

export async function fillSetUp(page: Page, admin = ADMIN): Promise<void> {
  await page.getByLabel('Workspace name').fill(admin.workspace);
  await page.getByLabel('Your full name').fill(admin.name);
  await page.getByLabel('Your user name').fill(admin.username);
  await page.getByLabel('Choose a passphrase').fill(admin.passphrase);
  await page.getByLabel('Type the passphrase again').fill(admin.passphrase);
}

/** Reads the recovery key off its screen: 13 groups of four base32 characters. */
export async function readRecoveryKey(page: Page): Promise<string> {
  const text = await page.getByRole('region', { name: 'Recovery key' }).innerText();
  const key = /[A-Z2-7]{4}(?:-[A-Z2-7]{4}){12}/.exec(text)?.[0];
  expect(key, 'a recovery key on the screen').toBeTruthy();
  return key!;
}

/** First run through to Home: set up, read the key, confirm its last group. Returns the key. */
export async function setUpWorkspace(page: Page, url: string): Promise<string> {
  await page.goto(url);
  await expect(page.getByRole('heading', { name: 'Set up Hearth' })).toBeVisible();
  await fillSetUp(page);
  await page.getByRole('button', { name: 'Create the workspace' }).click();
  // Creating the workspace derives its keys (slow on purpose): give it longer than a screen change.
  await expect(page.getByRole('heading', { name: 'Save your recovery key' })).toBeVisible({ timeout: 30_000 });
  const key = await readRecoveryKey(page);
  await page.getByLabel('Last group of the recovery key').fill(key.slice(-4));
  await page.getByRole('button', { name: 'Confirm and continue' }).click();
  await expectSignedIn(page);
  return key;
}

export async function signIn(page: Page, username: string, passphrase: string): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Sign in to Hearth' })).toBeVisible();
  await page.getByLabel('User name').fill(username);
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** A user the administrator adds with a temporary passphrase, who chooses their own at first sign-in. */
export interface NewUser {
  name: string;
  username: string;
  temporary: string;
  passphrase: string;
}

export const LEGAL: NewUser = { name: 'Lena Legal', username: 'lena.legal', temporary: 'amber lantern quiet field', passphrase: 'willow harbour seven kites' };
export const MANAGER: NewUser = { name: 'Priya Shah', username: 'priya.shah', temporary: 'amber lantern quiet field', passphrase: 'willow harbour seven kites' };

/** Signs the current user out and a new user in for the first time: they replace the temporary passphrase. */
export async function signInFirstTime(page: Page, user: NewUser): Promise<void> {
  await signOut(page);
  await signIn(page, user.username, user.temporary);
  await page.getByLabel('Temporary passphrase').fill(user.temporary);
  await page.getByLabel('New passphrase').fill(user.passphrase);
  await page.getByLabel('Type the passphrase again').fill(user.passphrase);
  await page.getByRole('button', { name: 'Save and continue' }).click();
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in to Hearth' })).toBeVisible();
}

export async function openPage(page: Page, label: string, heading = label): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: label }).click();
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
}

/** After sign-in everyone with case access lands on the deadlines dashboard (issue 4: the first screen). */
export async function expectSignedIn(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: 'Deadlines' })).toBeVisible();
}

export type Api = <C extends Channel>(channel: C, input: ChannelInput<C>) => Promise<ChannelOutput<C>>;

/**
 * Calls the contract straight through browser mode's HTTP API, as whoever is signed in to this server
 * process (the same dispatch() as the window): for setting up cases a test is not about. Bytes travel
 * with the wire codec, as the renderer's own twin sends them.
 */
export function apiFor(request: APIRequestContext, hearthUrl: string): Api {
  const url = new URL(hearthUrl);
  const token = /token=([0-9a-f]+)/.exec(url.hash)?.[1] ?? '';
  return async (channel, input) => {
    const response = await request.post(`${url.origin}/api/${channel}`, {
      headers: { 'X-Hearth-Token': token, Origin: url.origin, 'Content-Type': 'application/json' },
      data: JSON.stringify(encodeWire(input)),
    });
    const body = decodeWire(await response.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
    expect(body.ok, `${channel}: ${body.error?.message}`).toBe(true);
    return body.value as ChannelOutput<typeof channel>;
  };
}

/**
 * The bundle builder's redaction review (issue 16 §3) done the quickest way, for specs about something
 * else: every passage not yet reviewed has its suggestion accepted, until none is left.
 */
export async function acceptEveryRedaction(page: Page | Locator): Promise<void> {
  const review = page.getByRole('region', { name: /^Review what identifies people/ });
  // By its name, not its level: a bundle's review heads its page section, a subject access pack's its request's.
  const heading = review.getByRole('heading', { name: /^Review what identifies people/ });
  await expect(heading).toHaveText(/\(\d+ to review\)$/, { timeout: 20_000 });
  // Until the heading says none is left: the list can be empty for a moment while exhibits are read or a
  // redacted copy is made (the exhibit's boxes leave the list and come back), so an empty list is waited on.
  for (let turn = 0; turn < 400; turn += 1) {
    if (/\(0 to review\)$/.test(await heading.innerText())) break;
    // A detail of a sentence (the sentence's own list item holds several), or a box proposed on an exhibit's page.
    const open = review.locator('.review-passage__findings > li').filter({ hasText: /Not (reviewed|decided) yet\./ });
    if ((await open.count()) === 0) {
      // Exhibit boxes are shown a page at a time (ProposalPager): the open ones may be on another page.
      const onward = review.getByRole('button', { name: 'Next page to decide' });
      if ((await onward.count()) > 0 && (await onward.isEnabled())) await onward.click();
      else await new Promise((resolve) => setTimeout(resolve, 300));
      continue;
    }
    const before = await heading.innerText();
    await open.first().getByRole('button', { name: /^Accept (“|the box over)/ }).click();
    await expect(heading).not.toHaveText(before);
  }
  await expect(heading).toHaveText(/\(0 to review\)$/, { timeout: 20_000 });
}

/** A London date and time `minutesAgo` before now, typed as a UK user types it: "21/11/2026 14:30". */
export function londonInput(minutesAgo: number): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(new Date(Date.now() - minutesAgo * 60_000))
      .map((p) => [p.type, p.value]),
  );
  return `${parts.day}/${parts.month}/${parts.year} ${parts.hour}:${parts.minute}`;
}
