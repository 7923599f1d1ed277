import type { Page } from '@playwright/test';
import type { ChannelInput } from '../../shared/ipc/contract';
import { expect, test } from './fixtures';
import { apiFor, expectAccessible, londonInput, type NewUser, openPage, setUpWorkspace, shot, shotOf, signInFirstTime } from './helpers';

/**
 * Issue 20 on screen: an officer records an ASB case review application from the complainant, sees the
 * threshold met with the incidents that count, records the review and a recommendation of ours, and
 * makes the outcome letter.
 */
const DAY = 86_400_000;
const ago = (days: number) => new Date(Date.now() - days * DAY).toISOString();

function intake(): ChannelInput<'case:create'> {
  const incident = (days: number, description: string) => ({ occurredAt: ago(days), reportedAt: ago(days - 1), description, acts: ['verbal-abuse' as const], reportedByKey: 'c' });
  return {
    partner: 'C33',
    receivedAt: ago(1),
    method: 'phone',
    category: 'asb',
    summary: 'Loud music and shouting from the flat above, most nights',
    location: { address: '14 Elm Court', estate: 'Elm Estate', postcode: 'IP1 2AB' },
    parties: [
      { key: 'c', role: 'complainant', name: 'Amina Hassan', address: '14 Elm Court', postcode: 'IP1 2AB' },
      { key: 'p', role: 'alleged-perpetrator', name: 'Darren Whitlock' },
    ],
    incidents: [incident(40, 'Music until 3am and shouting on the stairs.'), incident(20, 'Banged on the ceiling and shouted abuse.'), incident(5, 'Music until 4am again.')],
  };
}

/** A fresh workspace with the partner's letterhead details filled in, and the case from intake() on it. */
async function partnerWithCase(page: Page, hearthUrl: string, api: ReturnType<typeof apiFor>) {
  await setUpWorkspace(page, hearthUrl);
  await api('partners:save', { code: 'C33', name: 'Circle 33 Housing Trust', address: 'Circle House, 1 Reading Road, London N7 8QX', phone: '0300 456 2233', email: 'neighbourhoods@circle33.org.uk' });
  return api('case:create', intake());
}

test('an officer records a case review application, sees the threshold met, records the review and a recommendation, and makes the outcome letter', async ({ page, hearthUrl, request }) => {
  test.setTimeout(180_000);
  const api = apiFor(request, hearthUrl);
  const c = await partnerWithCase(page, hearthUrl, api);

  await openPage(page, 'Cases');
  await page.getByRole('link', { name: c.ref }).click();
  await expect(page.getByRole('heading', { level: 1, name: c.ref })).toBeVisible();
  const panel = page.getByRole('region', { name: 'ASB case review (community trigger)' });
  await expect(panel).toContainText('3 complaints in 6 months, each made within one month of the behaviour');

  // The application, from the complainant; a missing answer is named in the error summary first.
  await panel.getByRole('button', { name: 'Record an application for a case review' }).click();
  await panel.getByRole('button', { name: 'Record the application' }).click();
  await expect(panel.getByRole('link', { name: 'Say how the application reached us.' })).toBeVisible();
  await panel.getByLabel('Who applied').selectOption({ label: 'Amina Hassan (complainant)' });
  await panel.getByRole('group', { name: 'How it reached us' }).getByLabel('Passed on by the council (the point of contact)').check();
  await panel.getByLabel('Their reference (optional)').fill('CT/2026/14');
  await panel.getByRole('button', { name: 'Record the application' }).click();
  await expect(page.getByText('The application for a case review was recorded.')).toBeVisible();

  // The threshold from the record: three incidents, each reported the day after, all counted.
  await expect(panel).toContainText('The threshold is met.');
  await expect(panel).toContainText('Met: 3 qualifying complaints');
  const table = panel.getByRole('table');
  await expect(table.getByRole('row')).toHaveCount(4);
  await expect(table).toContainText('Music until 3am and shouting on the stairs.');
  await expect(table.getByRole('cell', { name: 'Counts', exact: true })).toHaveCount(3);
  await expectAccessible(page, 'case review threshold');
  await shotOf(panel, 'case-review-01-threshold');

  await panel.getByRole('button', { name: 'Decide the threshold' }).click();
  await panel.getByRole('button', { name: 'Save the decision' }).click();
  await expect(panel).toContainText('the threshold is met (3 counted)');

  await panel.getByRole('button', { name: 'Record the review' }).click();
  await panel.getByLabel('Lead body').fill('Ipswich Borough Council');
  await panel.getByLabel('Day of the meeting').fill(londonInput(0).slice(0, 10));
  await panel.getByLabel('Attendees, one to a line').fill('Council ASB lead\nSuffolk Police\nCircle 33 neighbourhood officer');
  await panel.getByLabel('What the review decided').fill('The response was not enough: a noise recorder and a joint visit were agreed.');
  await panel.getByRole('button', { name: 'Save the review' }).click();
  await expect(page.getByText('The review was recorded.')).toBeVisible();

  // A recommendation due before the meeting is refused, saying why; then one of ours is added.
  await panel.getByRole('button', { name: 'Add a recommendation' }).click();
  await panel.getByLabel('Owner').fill('Circle 33 Housing Trust');
  await panel.getByLabel('We own it (it becomes a due item on the case officer’s dashboard)').check();
  await panel.getByLabel('What is to be done').fill('Install a noise recorder in Ms Hassan’s flat');
  await panel.getByLabel('Due by').fill(londonInput(2 * 24 * 60).slice(0, 10));
  await panel.getByRole('button', { name: 'Add the recommendation' }).click();
  await expect(page.getByText(/A recommendation cannot be due before the review meeting that made it/).first()).toBeVisible();
  await panel.getByLabel('Due by').fill(londonInput(-14 * 24 * 60).slice(0, 10));
  await panel.getByRole('button', { name: 'Add the recommendation' }).click();
  await expect(page.getByText('The recommendation was added. It is on the dashboard as a due item.')).toBeVisible();
  await expect(panel).toContainText('Circle 33 Housing Trust: Install a noise recorder in Ms Hassan’s flat');
  await expectAccessible(page, 'case review with its review');
  await shotOf(panel, 'case-review-02-review');

  // The outcome letter.
  await openPage(page, 'Letters');
  await page.getByLabel('Case reference').fill(c.ref);
  await page.getByRole('button', { name: 'Open' }).click();
  await page.getByLabel('Template', { exact: true }).selectOption({ label: 'ASB case review: outcome and recommendations' });
  await page.getByRole('button', { name: 'Preview' }).click();
  const preview = page.getByRole('article', { name: /Preview of ASB case review: outcome and recommendations/ });
  await expect(preview).toContainText('Dear Amina Hassan,');
  await expect(preview).toContainText('led by Ipswich Borough Council');
  await expect(preview).toContainText('Install a noise recorder in Ms Hassan’s flat');
  await expectAccessible(page, 'case review letter preview');
  await shot(page, 'case-review-03-letter');
  await page.getByRole('button', { name: 'Save the letter' }).click();
  await expect(page.getByText(/“ASB case review: outcome and recommendations — .*” for Amina Hassan is stored on the case/)).toBeVisible();
});

test('an officer links a case found later, corrects a complaint’s count with a reason, and records an escalation and its outcome', async ({ page, hearthUrl, request }) => {
  test.setTimeout(180_000);
  const api = apiFor(request, hearthUrl);
  const c = await partnerWithCase(page, hearthUrl, api);
  // The earlier report: music 50 days ago, told to the office only 5 days ago (late, so it does not count).
  const earlier = await api('case:create', {
    ...intake(),
    summary: 'Music from the flat above, reported late',
    incidents: [{ occurredAt: ago(50), reportedAt: ago(5), description: 'Music all night after the party.', acts: ['verbal-abuse' as const], reportedByKey: 'c' }],
  });
  const amina = (await api('case:get', { id: c.id })).parties.find((p) => p.name === 'Amina Hassan')!;
  await api('casereview:apply', { caseId: c.id, applicantPartyId: amina.id, receivedOn: londonInput(0).slice(0, 10).split('/').reverse().join('-'), receivedVia: 'partner' });

  await openPage(page, 'Cases');
  await page.getByRole('link', { name: c.ref }).click();
  const panel = page.getByRole('region', { name: 'ASB case review (community trigger)' });
  await expect(panel).toContainText('Met: 3 qualifying complaints');

  // Link the earlier case: its complaint is listed, and does not count (reported more than a month after).
  await panel.getByRole('button', { name: 'Link another case' }).click();
  await panel.getByLabel('Case reference').fill(earlier.ref);
  await panel.getByRole('button', { name: 'Link the case' }).click();
  await expect(page.getByText(`${earlier.ref} was linked.`)).toBeVisible();
  await expect(panel).toContainText(`are counted together`);
  const complaints = panel.getByRole('table').first();
  await expect(complaints.getByRole('row')).toHaveCount(5);
  await expect(complaints).toContainText('Music all night after the party.');
  await expect(complaints).toContainText('more than one month after the behaviour');

  // Correct it: counted, for a reason. A missing reason is named in the error summary first.
  await panel.getByRole('button', { name: 'Decide the threshold' }).click();
  const late = panel.getByRole('checkbox', { name: new RegExp(`^Count it \\(the complaint of .* on ${earlier.ref}\\)$`) });
  await late.check();
  await expect(panel).toContainText('Counted with your corrections: 4 of 3 needed.');
  await panel.getByRole('button', { name: 'Save the decision' }).click();
  await expect(panel.getByRole('link', { name: 'Say why this complaint’s count is corrected (at least 10 characters).' })).toBeVisible();
  await panel.getByLabel(new RegExp(`^Why \\(the complaint of .* on ${earlier.ref}\\)`)).fill('She told the police the next morning; their log shows it.');
  await expectAccessible(page, 'case review threshold with a correction');
  await shotOf(panel, 'case-review-04-correction');
  await panel.getByRole('button', { name: 'Save the decision' }).click();
  await expect(panel).toContainText('the threshold is met (4 counted)');
  await expect(complaints).toContainText('Counted by correction: She told the police the next morning; their log shows it.');

  // An escalation, then its outcome.
  await panel.getByRole('button', { name: 'Record an escalation or appeal' }).click();
  await panel.getByLabel('What the applicant is unhappy about').fill('Ms Hassan says the night-time noise was not looked at.');
  await panel.getByRole('button', { name: 'Record the escalation' }).click();
  await expect(page.getByText('The escalation was recorded.')).toBeVisible();
  await expect(panel).toContainText('Ms Hassan says the night-time noise was not looked at. Outcome awaited.');
  await panel.getByRole('button', { name: /^Record the outcome of the escalation made/ }).click();
  await panel.getByRole('group', { name: 'Outcome' }).getByLabel('Not upheld').check();
  await panel.getByLabel('What was decided (optional)').fill('The panel found the night-time noise was considered.');
  await panel.getByRole('button', { name: 'Save the outcome' }).click();
  await expect(page.getByText('The outcome of the escalation was recorded.')).toBeVisible();
  await expect(panel).toContainText('Not upheld (');
  await expect(panel).toContainText('The panel found the night-time noise was considered.');
  await expectAccessible(page, 'case review with an escalation');
  await shotOf(panel, 'case-review-05-escalation');
});

test('an administrator adds a version of a partner’s ASB case review threshold on the Partners screen', async ({ page, hearthUrl }) => {
  test.setTimeout(120_000);
  await setUpWorkspace(page, hearthUrl);
  await openPage(page, 'Partners');
  await page.getByRole('link', { name: 'Edit Circle 33 Housing Trust' }).click();
  const panel = page.getByRole('region', { name: 'ASB case review threshold' });
  await expect(panel.getByRole('table')).toContainText('The start (now)');
  await expect(panel.getByRole('table')).toContainText('3 complaints in 6 months');

  // A missing day is named first; then two complaints, or one hate incident, from a month ahead.
  await panel.getByLabel('Name', { exact: true }).fill('Two complaints, or one hate incident');
  await panel.getByRole('button', { name: 'Add the version' }).click();
  await expect(panel.getByRole('link', { name: 'Enter the first day it is in force.' })).toBeVisible();
  const from = londonInput(-30 * 24 * 60).slice(0, 10);
  await panel.getByLabel('In force from').fill(from);
  await panel.getByRole('group', { name: /^Qualifying complaints that meet it/ }).getByLabel('2', { exact: true }).check();
  await panel.getByRole('group', { name: 'Hate incidents that meet it on their own' }).getByLabel('1', { exact: true }).check();
  await expectAccessible(page, 'partner threshold form');
  await panel.getByRole('button', { name: 'Add the version' }).click();
  const added = panel.getByRole('row', { name: new RegExp(`^${from.replace(/\//g, '\\/')}`) });
  await expect(added).toContainText('2 complaints in 6 months, each made within one month of the behaviour; or 1 hate incident');
  await expect(added).toContainText('Sam Patel');
  await expect(panel.getByRole('table')).toContainText('The start (now)');
  await expectAccessible(page, 'partner threshold versions');
  await shotOf(panel, 'case-review-06-threshold-versions');
});

const MANAGER: NewUser = { name: 'Morgan Manager', username: 'morgan.manager', temporary: 'silver orchard paper boat', passphrase: 'granite meadow velvet tide' };

test('a manager adds a version of their area’s ASB case review threshold on the Service standards screen', async ({ page, hearthUrl, request }) => {
  test.setTimeout(120_000);
  const api = apiFor(request, hearthUrl);
  await setUpWorkspace(page, hearthUrl);
  await api('users:add', { username: MANAGER.username, displayName: MANAGER.name, role: 'manager', passphrase: MANAGER.temporary });
  await signInFirstTime(page, MANAGER);
  await expect(page.getByRole('heading', { level: 1, name: 'Deadlines' })).toBeVisible();
  // Managers do not open the Partners screen (administrators' set-up); the thresholds are where they work.
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Partners' })).toHaveCount(0);
  await openPage(page, 'Service standards');
  const section = page.getByRole('region', { name: 'Case review thresholds' });
  const partner = section.getByLabel('Partner', { exact: true });
  if (await partner.count()) await partner.selectOption({ label: 'Circle 33 Housing Trust (C33)' });
  const panel = section.getByRole('region', { name: 'ASB case review threshold' });
  await expect(panel.getByRole('table')).toContainText('The start (now)');

  await panel.getByLabel('Name', { exact: true }).fill('Two complaints for a vulnerable victim');
  const from = londonInput(-30 * 24 * 60).slice(0, 10);
  await panel.getByLabel('In force from').fill(from);
  await panel.getByRole('group', { name: 'Complaints that meet it for a vulnerable victim' }).getByLabel('2', { exact: true }).check();
  await expectAccessible(page, 'case review thresholds (manager)');
  await panel.getByRole('button', { name: 'Add the version' }).click();
  const added = panel.getByRole('row', { name: new RegExp(`^${from.replace(/\//g, '\\/')}`) });
  await expect(added).toContainText('or 2 for a vulnerable victim');
  await expect(added).toContainText(MANAGER.name);
  await expectAccessible(page, 'case review threshold versions (manager)');
  await shotOf(section, 'case-review-07-thresholds-manager');
});

test('an officer records an application from a neighbour who is not on the case, with their address, and previews the acknowledgement to them', async ({ page, hearthUrl, request }) => {
  test.setTimeout(150_000);
  const api = apiFor(request, hearthUrl);
  const c = await partnerWithCase(page, hearthUrl, api);

  await openPage(page, 'Cases');
  await page.getByRole('link', { name: c.ref }).click();
  const panel = page.getByRole('region', { name: 'ASB case review (community trigger)' });
  await panel.getByRole('button', { name: 'Record an application for a case review' }).click();
  await panel.getByLabel('Who applied').selectOption({ label: 'Someone who is not on the case' });
  await panel.getByLabel('Their name').fill('Pat Neighbour');
  await panel.getByLabel('Day consent was given').fill(londonInput(0).slice(0, 10));
  await panel.getByRole('group', { name: 'How it reached us' }).getByLabel('To us directly').check();
  // Without an address there is nowhere to write to: named in the error summary.
  await panel.getByRole('button', { name: 'Record the application' }).click();
  await expect(panel.getByRole('link', { name: 'Enter the applicant’s postal address: the letters about their application go there.' })).toBeVisible();
  await panel.getByLabel('Their postal address').fill('Flat 9, Oak House\nHolloway Road\nIpswich');
  await panel.getByLabel('Their postcode').fill('ip1 3cd');
  await expectAccessible(page, 'case review application from someone not on the case');
  await panel.getByRole('button', { name: 'Record the application' }).click();
  await expect(page.getByText('The application for a case review was recorded.')).toBeVisible();
  await expect(panel).toContainText('Pat Neighbour (not on the case: recorded as the applicant only)');
  await expect(panel).toContainText('Letters about the application go to them at Flat 9, Oak House, Holloway Road, Ipswich, IP1 3CD.');

  await openPage(page, 'Letters');
  await page.getByLabel('Case reference').fill(c.ref);
  await page.getByRole('button', { name: 'Open' }).click();
  await page.getByLabel('Template', { exact: true }).selectOption({ label: 'ASB case review: application received' });
  await expect(page.getByLabel('Who it goes to')).toHaveValue('0');
  await expect(page.getByLabel('Who it goes to').locator('option')).toHaveText(['Pat Neighbour (the applicant, not on the case)']);
  await page.getByLabel('When the threshold decision will be made by').fill(londonInput(-7 * 24 * 60).slice(0, 10));
  await page.getByRole('button', { name: 'Preview' }).click();
  const preview = page.getByRole('article', { name: /Preview of ASB case review: application received/ });
  await expect(preview).toContainText('Dear Pat Neighbour,');
  await expect(preview).toContainText('Holloway Road');
  await expect(preview).not.toContainText('Amina Hassan');
  await expectAccessible(page, 'case review acknowledgement to a neighbour');
  await shot(page, 'case-review-08-applicant-letter');
});
