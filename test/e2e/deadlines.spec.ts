import type { Page } from '@playwright/test';
import type { ChannelInput } from '../../shared/ipc/contract';
import { expect, test } from './fixtures';
import { expectAccessible, fillSetUp, openPage, readRecoveryKey, shot, signIn, signOut, apiFor } from './helpers';

/**
 * Service standards in the UI (issue 4): the deadlines dashboard an officer lands on, recording and
 * waiving from it, and the service-standards screen. Cases are made through browser mode's HTTP API
 * (the same dispatch() as the window), as whoever is signed in to this server process.
 */

/** A case received a minute ago, so its 24-hour acknowledgement is due within the week (on a Sunday, the week ahead). */
function freshCase(summary: string): ChannelInput<'case:create'> {
  const receivedAt = new Date(Date.now() - 60_000).toISOString();
  return {
    partner: 'C33',
    receivedAt,
    method: 'phone',
    category: 'asb',
    summary,
    incidents: [{ occurredAt: receivedAt, description: 'Loud music and shouting from the flat above until 3am, most nights this week.' }],
  };
}

const ACKNOWLEDGE = 'Acknowledge the report, name the officer and the next contact date';

/** First run as the administrator: anyone who works cases lands on the deadlines dashboard. */
async function setUp(page: Page, hearthUrl: string): Promise<void> {
  await page.goto(hearthUrl);
  await fillSetUp(page);
  await page.getByRole('button', { name: 'Create the workspace' }).click();
  const key = await readRecoveryKey(page);
  await page.getByLabel('Last group of the recovery key').fill(key.slice(-4));
  await page.getByRole('button', { name: 'Confirm and continue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Deadlines' })).toBeVisible();
}

/** Adds a user through the Users screen, then signs in as them and sets their own passphrase. */
async function becomeNewUser(page: Page, user: { name: string; username: string; role: string }): Promise<void> {
  await openPage(page, 'Users');
  await page.getByLabel('Full name').fill(user.name);
  await page.getByLabel('User name', { exact: true }).fill(user.username);
  await page.getByLabel('Role', { exact: true }).selectOption({ label: user.role });
  await page.getByLabel('Temporary passphrase').fill('amber lantern quiet field');
  await page.getByRole('button', { name: 'Add the user' }).click();
  await expect(page.getByRole('row', { name: new RegExp(user.name) })).toBeVisible();
  await signOut(page);
  await signIn(page, user.username, 'amber lantern quiet field');
  await page.getByLabel('Temporary passphrase').fill('amber lantern quiet field');
  await page.getByLabel('New passphrase').fill('willow harbour seven kites');
  await page.getByLabel('Type the passphrase again').fill('willow harbour seven kites');
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Deadlines' })).toBeFocused();
}

/**
 * Whether the dashboard's "this week" is the week ahead (on a Sunday, London time): a fresh case's officer
 * contact, due in 5 working days, is then in it beside the acknowledgement.
 */
const weekAhead = () => new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', weekday: 'short' }).format(new Date()) === 'Sun';

/** A case's lines on the dashboard, and the one for its acknowledgement. */
const linesOf = (page: Page, ref: string) => page.getByRole('row').filter({ has: page.getByRole('link', { name: ref, exact: true }) });
const acknowledgementOf = (page: Page, ref: string) => linesOf(page, ref).filter({ hasText: ACKNOWLEDGE });

/** The dashboard section a case's line is in: overdue, today or week. */
async function sectionOf(page: Page, ref: string): Promise<string | null> {
  const section = page.locator('section.due-section').filter({ has: page.getByRole('link', { name: ref, exact: true }) });
  await expect(section).toHaveCount(1);
  return section.getAttribute('aria-labelledby');
}

test('an officer sees new cases’ acknowledgements due and records them from the case and from the dashboard', async ({ page, hearthUrl, request }) => {
  const api = apiFor(request, hearthUrl);
  await setUp(page, hearthUrl);
  await becomeNewUser(page, { name: 'Alex Jones', username: 'alex.jones', role: 'Officer' });

  await expect(page.getByRole('radio', { name: 'Me' })).toBeChecked();
  await expect(page.getByText('Nothing overdue. Well done.')).toBeVisible();
  await expect(page.getByText('Open items by officer')).toHaveCount(0); // managers only
  await expectAccessible(page, 'deadlines (empty)');
  await shot(page, 'deadlines-01-empty');

  const first = await api('case:create', freshCase('Noise from the flat above'));
  const second = await api('case:create', freshCase('Rubbish dumped on the landing'));
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Deadlines' })).toBeVisible();
  // Received now, the 24-hour acknowledgement falls due today or later this week, by the time of day.
  for (const c of [first, second]) expect(['today-heading', 'week-heading']).toContain(await sectionOf(page, c.ref));

  // Only the acknowledgement falls due this week; on a Sunday the week ahead holds officer contact too.
  await expect(linesOf(page, first.ref)).toHaveCount(weekAhead() ? 2 : 1);
  const line = acknowledgementOf(page, first.ref);
  await expect(line).toHaveCount(1);
  await expect(line).toContainText(ACKNOWLEDGE);
  await expect(line).toContainText('Urgent');
  await expect(line).toContainText('Alex Jones');
  await expect(line).toContainText(/\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
  await expect(line).toContainText(/in \d+ (hours?|minutes?)/);
  await expectAccessible(page, 'deadlines (two due)');
  await shot(page, 'deadlines-02-acknowledgement-due');

  // The first: open the case from its line and record the acknowledgement with the case's Record menu.
  await line.getByRole('link', { name: first.ref }).click();
  await expect(page).toHaveURL(new RegExp(`#/cases/${first.id}$`));
  await expect(page.getByRole('heading', { level: 1, name: first.ref })).toBeVisible();
  await page.getByRole('button', { name: 'Record a step done…' }).click();
  await page.getByRole('button', { name: /^Report acknowledged/ }).click();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText(/^Recorded: Report acknowledged/)).toBeVisible();
  await openPage(page, 'Deadlines');
  await expect(acknowledgementOf(page, first.ref)).toHaveCount(0);
  await expect(linesOf(page, first.ref)).toHaveCount(weekAhead() ? 1 : 0);

  // The second: straight from its dashboard line.
  const other = acknowledgementOf(page, second.ref);
  // It asks how and when (issue 17) instead of recording "now" with one click.
  await other.getByRole('button', { name: `Record acknowledgement… for case ${second.ref}` }).click();
  const dialog = page.getByRole('dialog', { name: 'Record the acknowledgement' });
  await expect(dialog.getByLabel('When was it done?')).toHaveValue(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
  await dialog.getByRole('button', { name: 'Record', exact: true }).click();
  // The problem is in the dialog's error summary, linked to the question (and beside it).
  await expect(dialog.getByRole('link', { name: 'Choose how.' })).toHaveAttribute('href', '#record-how');
  await expectAccessible(page, 'record from the dashboard');
  await dialog.getByLabel('By phone').check();
  await dialog.getByRole('button', { name: 'Record', exact: true }).click();
  await expect(page.getByText(`Recorded the acknowledgement on case ${second.ref}.`)).toBeVisible();
  await expect(acknowledgementOf(page, second.ref)).toHaveCount(0);
  if (weekAhead()) await expect(page.getByRole('row').filter({ hasText: 'Case officer contacts the complainant' })).toHaveCount(2);
  else await expect(page.getByText('Nothing is due this week. Everything is on track.')).toBeVisible();
  await shot(page, 'deadlines-03-recorded');

  for (const c of [first, second]) {
    const items = await api('deadline:forCase', { caseId: c.id });
    expect(items.find((i) => i.ruleId === 'acknowledge')?.state).toBe('met-on-time');
  }
  const fact = (await api('case:get', { id: second.id })) as unknown as { chronology?: unknown };
  expect(JSON.stringify(fact)).toContain('By phone.');

  // The other scopes answer too; the officer's team sees the same (empty) week.
  await page.getByRole('radio', { name: 'My team' }).check();
  await expect(page.getByText('Nothing overdue. Well done.')).toBeVisible();
  await page.getByRole('radio', { name: 'A partner' }).check();
  await expect(page.getByLabel('Partner')).toBeVisible();
  await expectAccessible(page, 'deadlines (partner)');
});

test('a manager waives a deadline with a reason; restricted cases show only their reference', async ({ page, hearthUrl, request }) => {
  const api = apiFor(request, hearthUrl);
  await setUp(page, hearthUrl);
  await becomeNewUser(page, { name: 'Priya Shah', username: 'priya.shah', role: 'Manager' });
  await expect(page.getByRole('radio', { name: 'My team' })).toBeChecked();

  const open = await api('case:create', freshCase('Dog fouling and abuse on the stairs'));
  const hidden = await api('case:create', freshCase('A member of staff is involved'));
  await api('case:restrict', { id: hidden.id, restricted: true, reason: 'A member of staff is a party to this case.' });
  await page.reload();

  // Each of its lines (two on a Sunday, when the week ahead holds officer contact too) says only that it is restricted.
  const restrictedLines = linesOf(page, hidden.ref);
  await expect(restrictedLines).toHaveCount(weekAhead() ? 2 : 1);
  for (const restrictedLine of await restrictedLines.all()) {
    await expect(restrictedLine).toContainText('Restricted');
    await expect(restrictedLine).toContainText('Open the case to see what is due.');
    await expect(restrictedLine).not.toContainText(ACKNOWLEDGE);
  }
  await expect(restrictedLines.getByRole('button')).toHaveCount(0);

  const chart = page.getByRole('region', { name: 'Open items by officer' });
  await expect(chart.getByRole('row', { name: /Priya Shah/ })).toBeVisible();
  await expectAccessible(page, 'deadlines (manager)');
  await shot(page, 'deadlines-04-manager');

  const line = acknowledgementOf(page, open.ref);
  await line.getByRole('button', { name: `Waive… ${ACKNOWLEDGE} on case ${open.ref}` }).click();
  const dialog = page.getByRole('dialog', { name: 'Waive this deadline?' });
  await expect(dialog).toContainText(open.ref);
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Waive the deadline' }).click();
  await expect(dialog.getByText('Give a reason of at least 10 characters.')).toBeVisible();
  await expect(dialog.getByLabel('Why is it being waived?')).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page, 'waive dialog');
  await shot(page, 'deadlines-05-waive-dialog');

  await dialog.getByLabel('Why is it being waived?').fill('Complainant acknowledged in person at the estate office surgery.');
  await dialog.getByRole('button', { name: 'Waive the deadline' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByText(`Waived “${ACKNOWLEDGE}” on case ${open.ref}.`)).toBeVisible();
  await expect(acknowledgementOf(page, open.ref)).toHaveCount(0);
  await expect(linesOf(page, open.ref)).toHaveCount(weekAhead() ? 1 : 0);
  await shot(page, 'deadlines-06-waived');

  const waived = (await api('deadline:forCase', { caseId: open.id })).find((i) => i.ruleId === 'acknowledge');
  expect(waived?.state).toBe('waived');
  expect(waived?.waiver).toMatchObject({ reason: 'Complainant acknowledged in person at the estate office surgery.', by: 'Priya Shah' });
});

test('service standards: everyone reads the rules; an administrator edits them into a new version', async ({ page, hearthUrl }) => {
  await setUp(page, hearthUrl);
  await openPage(page, 'Service standards');
  await expect(page.getByRole('row', { name: /Group minimum standard/ })).toContainText('group-minimum');
  await expect(page.getByRole('row', { name: /Council standard/ })).toBeVisible();
  await page.getByRole('button', { name: 'View Group minimum standard (Harassment Policy 2010)' }).click();

  // A workspace starts on version 2 (issue 18: the policy's own timescales), so an edit saves version 3.
  const rules = page.getByRole('table', { name: /Rules of version 2/ });
  await expect(rules.getByRole('row', { name: /Acknowledge the report/ })).toContainText('24 hours');
  await expect(rules.getByRole('row', { name: /Case officer contacts the complainant/ })).toContainText('5 working days');
  await expect(rules.getByRole('row', { name: /Case officer contacts the complainant/ })).toContainText('1 working day: violence or threat, or high risk');
  await expect(rules.getByRole('row', { name: /Review the open case/ })).toContainText('3 calendar months');
  await expect(rules.getByRole('row', { name: /Refer to police/ })).toContainText('Same day');
  await expect(rules.getByRole('row', { name: /Contact the complainant/ }).first()).toContainText('15 calendar days');
  await expectAccessible(page, 'service standards');
  await shot(page, 'deadlines-07-standards');

  await page.getByRole('button', { name: /Edit Group minimum standard/ }).click();
  const acknowledge = page.getByRole('group', { name: /Acknowledge the report/ });
  // Main refuses a 0-hour limit; its message appears beside that rule's amount.
  await acknowledge.getByLabel('Due within').fill('0');
  await page.getByRole('button', { name: 'Save as version 3' }).click();
  await expect(acknowledge.getByText('A time limit needs an amount of at least 1.')).toBeVisible();
  await expect(acknowledge.getByLabel('Due within')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('link', { name: /Acknowledge the report.*: A time limit needs an amount of at least 1\./ })).toBeVisible();
  await expectAccessible(page, 'service standards editor');
  await shot(page, 'deadlines-08-standards-error');

  await acknowledge.getByLabel('Due within').fill('12');
  await page.getByRole('button', { name: 'Save as version 3' }).click();
  await expect(page.getByText('Saved Group minimum standard (Harassment Policy 2010) as version 3.')).toBeVisible();
  const v3 = page.getByRole('table', { name: /Rules of version 3/ });
  await expect(v3.getByRole('row', { name: /Acknowledge the report/ })).toContainText('12 hours');
  await expect(page.getByRole('row', { name: /Group minimum standard/ })).toContainText('1, 2, 3');
  await page.getByLabel('Version', { exact: true }).selectOption({ label: 'Version 2' });
  await expect(page.getByRole('table', { name: /Rules of version 2/ }).getByRole('row', { name: /Acknowledge the report/ })).toContainText('24 hours');
  await shot(page, 'deadlines-09-standards-saved');
});
