import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectAccessible, fillSetUp, openPage, readRecoveryKey, shot, shotOf, signIn, signOut, apiFor, type Api } from './helpers';

/**
 * Letters in the UI (issue 6): an officer makes a first written warning for a case, previews it, saves it
 * and finds it in the case's chronology. The case, the confirmation (P5.4) and the warning action are set
 * up through browser mode's HTTP API (the same dispatch() as the window), as whoever is signed in.
 *
 * Decision: a warning LETTER needs the written-warning ACTION on the case; the action is where P5.4's
 * recorded confirmation is enforced, so the letter can never be the way round it.
 */



const OFFICER = { name: 'Alex Jones', username: 'alex.jones', temporary: 'amber lantern quiet field', passphrase: 'willow harbour seven kites' };

async function setUpAsOfficer(page: Page, hearthUrl: string, api: Api): Promise<void> {
  await page.goto(hearthUrl);
  await fillSetUp(page);
  await page.getByRole('button', { name: 'Create the workspace' }).click();
  const key = await readRecoveryKey(page);
  await page.getByLabel('Last group of the recovery key').fill(key.slice(-4));
  await page.getByRole('button', { name: 'Confirm and continue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Deadlines' })).toBeVisible();
  // The administrator sets the partner's letterhead and adds the officer.
  await api('partners:save', { code: 'C33', name: 'Circle 33 Housing Trust', address: 'Circle House, 1 Reading Road, London N7 8QX', phone: '0300 456 2233', email: 'neighbourhoods@circle33.org.uk' });
  await api('users:add', { username: OFFICER.username, displayName: OFFICER.name, role: 'officer', passphrase: OFFICER.temporary });
  await signOut(page);
  await signIn(page, OFFICER.username, OFFICER.temporary);
  await page.getByLabel('Temporary passphrase').fill(OFFICER.temporary);
  await page.getByLabel('New passphrase').fill(OFFICER.passphrase);
  await page.getByLabel('Type the passphrase again').fill(OFFICER.passphrase);
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Deadlines' })).toBeVisible();
}

/** A case with a complainant, the alleged perpetrator, a recorded confirmation and a first warning to him. */
async function warningCase(api: Api) {
  const receivedAt = new Date(Date.now() - 3 * 3_600_000).toISOString();
  const created = await api('case:create', {
    partner: 'C33',
    receivedAt,
    method: 'phone',
    category: 'harassment',
    summary: 'Threats on the landing of Elm House.',
    location: { address: '4 Elm Road', estate: 'Elm Estate', postcode: 'N1 1AA' },
    flags: ['violence-or-threat'],
    parties: [
      { key: 'a', role: 'complainant', name: 'Amira Haddad', address: '4 Elm Road, London', postcode: 'N1 1AA', phone: '07700 900123' },
      { key: 'b', role: 'alleged-perpetrator', name: 'Darren Whitcombe', tenure: 'secure', address: '2 Elm Road, London', postcode: 'N1 1AB' },
    ],
    incidents: [{ occurredAt: new Date(Date.now() - 4 * 3_600_000).toISOString(), description: 'Threatened to burn the door of number 4.', acts: ['threat-of-violence'], reportedByKey: 'a' }],
  });
  const view = await api('case:get', { id: created.id });
  const perp = view.parties.find((p) => p.role === 'alleged-perpetrator')!;
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
  await api('confirmation:add', { caseId: created.id, partyId: perp.id, basis: 'staff-witnessed', detail: 'Heard by the caretaker', on: today });
  await api('action:create', { caseId: created.id, subjectPartyId: perp.id, startedOn: today, details: { kind: 'written-warning-first', behaviour: 'Threatening to set fire to a neighbour’s front door', tenancyClause: 'clause 3.4' } });

  return { created, perp };
}

test('an officer makes a first warning for a case, previews it, saves it and sees it in the chronology', async ({ page, hearthUrl, request }) => {
  const api = apiFor(request, hearthUrl);
  await setUpAsOfficer(page, hearthUrl, api);

  const { created, perp } = await warningCase(api);

  // From Letters, by the case's reference.
  await openPage(page, 'Letters');
  await page.getByLabel('Case reference').fill(created.ref);
  await page.getByRole('button', { name: 'Open' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Letters for ${created.ref}` })).toBeVisible();
  await expectAccessible(page, 'letters');

  // Only what fits: the closure letter waits for a proposed closure, and says so.
  await page.getByText(/Not available for this case yet/).click();
  await expect(page.getByText('Closure with appeal rights: Only when the case is closure proposed or closed.')).toBeVisible();

  await page.getByLabel('Template').selectOption({ label: 'First written warning' });
  await expect(page.getByLabel('Who it goes to')).toContainText('Darren Whitcombe — first written warning of');
  await expect(page.getByLabel('What happened, written for the recipient')).toHaveValue(/: threats of violence\./);
  await page.getByRole('button', { name: 'Preview' }).click();

  const preview = page.getByRole('article', { name: /Preview of First written warning/ });
  await expect(preview).toContainText(`First written warning: ${created.ref}`);
  await expect(preview).toContainText('Dear Darren Whitcombe,');
  await expect(preview).toContainText('Threatening to set fire to a neighbour’s front door');
  await expect(preview).toContainText('Circle 33 Housing Trust');
  await expect(preview).not.toContainText('Haddad');
  await expectAccessible(page, 'letter preview');
  await shot(page, 'documents-01-preview');

  // The draft PDF opens as a download (the CSP allows no PDF frame in the window).
  const draft = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Open the PDF (draft)' }).click();
  expect((await draft).suggestedFilename()).toBe(`DRAFT First written warning — ${created.ref}.pdf`);

  await page.getByRole('button', { name: 'Save the letter' }).click();
  await expect(page.getByText(`“First written warning — ${created.ref}” for Darren Whitcombe is stored on the case and in its chronology.`)).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: `First written warning — ${created.ref}` });
  await expect(row).toContainText('Darren Whitcombe');
  await expect(row).toContainText(OFFICER.name);
  const file = page.waitForEvent('download');
  await row.getByRole('button', { name: /as PDF/ }).click();
  expect((await file).suggestedFilename()).toBe(`First written warning — ${created.ref}.pdf`);
  await shot(page, 'documents-02-saved');

  // Residents' letters (P5.3): one per address, in the background, with progress.
  await page.getByLabel('Template').selectOption({ label: 'Letter to all residents in an area' });
  await page.getByRole('button', { name: 'Preview' }).click();
  await expect(page.getByRole('article', { name: /Preview of Letter to all residents/ })).toContainText('Dear resident,');
  await page.getByLabel('One address per line').fill('1 Elm Road, London, N1 1AA\n3 Elm Road, London, N1 1AA\n5 Elm Road, London, N1 1AA');
  await page.getByRole('button', { name: 'Make 3 letters' }).click();
  await expect(page.getByText('3 of 3 · 3 letters made.')).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: 'All residents: the Elm Estate (3 addresses)' })).toBeVisible();
  await shot(page, 'documents-03-residents');

  // The case's chronology shows it.
  await page.getByRole('link', { name: `Back to case ${created.ref}` }).click();
  const chronology = page.getByRole('region', { name: 'Chronology' });
  await expect(chronology).toContainText('Document: First written warning — to Darren Whitcombe');
  await expect(chronology).toContainText('Document: Letter to all residents in an area — to All residents: the Elm Estate (3 addresses)');
  await shot(page, 'documents-05-chronology');

  const docs = await api('document:list', { caseId: created.id });
  expect(docs).toHaveLength(2);
  expect(docs.find((d) => d.templateId === 'first-warning')).toMatchObject({ recipientPartyId: perp.id, createdBy: OFFICER.name });
});

test('an administrator gives a partner its own wording: checked with line numbers, saved as a version, and undone', async ({ page, hearthUrl }) => {
  await page.goto(hearthUrl);
  await fillSetUp(page);
  await page.getByRole('button', { name: 'Create the workspace' }).click();
  const key = await readRecoveryKey(page);
  await page.getByLabel('Last group of the recovery key').fill(key.slice(-4));
  await page.getByRole('button', { name: 'Confirm and continue' }).click();
  await openPage(page, 'Letters');
  await page.getByRole('link', { name: 'Partners’ templates' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Partners’ templates' })).toBeVisible();
  await expect(page.getByLabel('Partner')).toHaveValue('C33');
  await page.getByLabel('Template', { exact: true }).selectOption({ label: 'Acknowledgement of a report' });
  const text = page.getByLabel('Template text');
  const original = await text.inputValue();
  await text.fill(original.replace('Your case officer is **{{officer.name}}**.', 'Your case officer is **{{officer.nmae}}**.'));
  await page.getByRole('button', { name: 'Check' }).click();
  const line = original.split('\n').findIndex((l) => l.includes('Your case officer is **{{officer.name}}**.')) + 1;
  await expect(page.getByText(`"officer.nmae" is not a field Hearth knows`)).toBeVisible();
  await expect(page.getByRole('button', { name: `Line ${line}` })).toBeVisible();
  await expectAccessible(page, 'template editor');
  await shot(page, 'documents-04-template-problem');

  await text.fill(original.replace('Thank you for telling us about what has been happening.', 'Thank you for contacting Circle 33 about what has been happening.'));
  await page.getByRole('button', { name: 'Save as C33’s version' }).click();
  await expect(page.getByText('Saved as C33’s version 1. New documents for C33’s cases use it.')).toBeVisible();
  await expect(page.getByLabel('Template', { exact: true })).toContainText('Acknowledgement of a report — partner version 1');
  await page.getByRole('button', { name: 'Use the default' }).click();
  await expect(page.getByText('C33 uses Hearth’s default “Acknowledgement of a report” again (recorded as version 2).')).toBeVisible();
  await expect(text).toHaveValue(original);
});

test('a letter made is ready to send; recorded as sent it meets the deadline and leaves the dashboard’s unsent letters; returned post re-opens it', async ({ page, hearthUrl, request, context }) => {
  const api = apiFor(request, hearthUrl);
  await setUpAsOfficer(page, hearthUrl, api);
  const created = await api('case:create', {
    partner: 'C33',
    receivedAt: new Date(Date.now() - 3 * 3_600_000).toISOString(),
    method: 'phone',
    category: 'harassment',
    summary: 'Threats on the landing of Elm House.',
    location: { address: '4 Elm Road', estate: 'Elm Estate', postcode: 'N1 1AA' },
    flags: ['violence-or-threat'],
    parties: [{ key: 'a', role: 'complainant', name: 'Amira Haddad', address: '4 Elm Road, London', postcode: 'N1 1AA', phone: '07700 900123' }],
    incidents: [{ occurredAt: new Date(Date.now() - 4 * 3_600_000).toISOString(), description: 'Threatened to burn the door of number 4.', acts: ['threat-of-violence'], reportedByKey: 'a' }],
  });
  const acknowledge = async () => (await api('deadline:forCase', { caseId: created.id })).find((i) => i.ruleId === 'acknowledge')!;

  // The case is the officer's own (who records a case owns it): it is on their dashboard.
  await openPage(page, 'Letters');
  await page.getByLabel('Case reference').fill(created.ref);
  await page.getByRole('button', { name: 'Open' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Letters for ${created.ref}` })).toBeVisible();
  await page.getByLabel('Template').selectOption({ label: 'Acknowledgement of a report' });
  await page.getByRole('button', { name: 'Preview' }).click();
  await page.getByRole('button', { name: 'Save the letter' }).click();
  await expect(page.getByText('Saved: ready to send')).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: `Acknowledgement of a report — ${created.ref}` });
  await expect(row).toContainText('Ready to send');
  // Made is not sent: the acknowledgement is still due.
  expect((await acknowledge()).state).toBe('pending');
  await expectAccessible(page, 'letter ready to send');
  await shot(page, 'sending-01-ready');

  // Print (browser mode): the stored PDF opens in a new tab for the browser's print dialog.
  const tab = context.waitForEvent('page');
  await row.getByRole('button', { name: /^Print Acknowledgement/ }).click();
  expect((await tab).url()).toMatch(/^blob:/);
  await (await tab).close();

  // The officer's dashboard lists it under "Letters made but not sent".
  await openPage(page, 'Deadlines');
  const unsent = page.getByRole('region', { name: /Letters made but not sent/ });
  await expect(unsent.getByRole('heading')).toContainText('1');
  await expect(unsent).toContainText(created.ref);
  await expect(unsent).toContainText('Acknowledgement of a report to Amira Haddad');
  await expectAccessible(page, 'dashboard with unsent letters');
  await shot(page, 'sending-02-dashboard-unsent');
  await unsent.getByRole('link', { name: `Print or record as sent on case ${created.ref}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Letters for ${created.ref}` })).toBeVisible();

  // Record it as sent: how, and when (UK date and time; now by default).
  await row.getByRole('button', { name: /^Record Acknowledgement .* as sent$/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Record as sent' });
  await dialog.getByRole('button', { name: 'Record as sent' }).click();
  await expect(dialog.getByText('Choose how it was sent.').first()).toBeVisible();
  await dialog.getByLabel('First class post').check();
  await expect(dialog.getByLabel('When was it sent?')).toHaveValue(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
  await expectAccessible(page, 'record as sent dialog');
  await shotOf(dialog, 'sending-03-record-sent');
  await dialog.getByRole('button', { name: 'Record as sent' }).click();
  await expect(page.getByText(`Recorded as sent: “Acknowledgement of a report — ${created.ref}” for Amira Haddad.`).first()).toBeVisible();
  await expect(row).toContainText(/Sent \d{2}\/\d{2}\/\d{4} \d{2}:\d{2} by first class post/);
  await expect(row.getByRole('button', { name: /as returned post$/ })).toBeVisible();
  expect((await acknowledge()).state).toBe('met-on-time');
  await shot(page, 'sending-04-sent');

  // Returned post: the day and why; the acknowledgement is due again (reach her another way).
  await row.getByRole('button', { name: /as returned post$/ }).click();
  const back = page.getByRole('dialog', { name: 'Record returned post' });
  await back.getByLabel('Why did it come back?').fill('Addressee gone away');
  await expectAccessible(page, 'record returned post dialog');
  await back.getByRole('button', { name: 'Record returned post' }).click();
  await expect(page.getByText(/^Recorded as returned post: .* Whatever it met is due again/)).toBeVisible();
  await expect(row).toContainText('Returned post');
  await expect(row).toContainText('Addressee gone away');
  expect((await acknowledge()).state).toBe('pending');
  await shot(page, 'sending-05-returned');

  // The deadline shows met on the case, and the dashboard has no unsent letters left.
  await page.getByRole('link', { name: `Back to case ${created.ref}` }).click();
  const chronology = page.getByRole('region', { name: 'Chronology' });
  await expect(chronology).toContainText('by first class post');
  await expect(chronology).toContainText('Returned');
  await openPage(page, 'Deadlines');
  await expect(page.getByRole('region', { name: /Letters made but not sent/ })).toContainText('Every letter made has been recorded as sent.');
});

test('a warning that would name the complainant is reviewed passage by passage, then made with the suggestion (issue 16)', async ({ page, hearthUrl, request }) => {
  const api = apiFor(request, hearthUrl);
  await setUpAsOfficer(page, hearthUrl, api);
  const { created } = await warningCase(api);
  await openPage(page, 'Letters');
  await page.getByLabel('Case reference').fill(created.ref);
  await page.getByRole('button', { name: 'Open' }).click();
  await page.getByLabel('Template').selectOption({ label: 'First written warning' });
  await page.getByLabel('What happened, written for the recipient').fill('On the landing you told Amira Haddad that you would burn her door.');
  await page.getByRole('button', { name: 'Preview' }).click();

  // Stopped by the guard, with the review offered instead of a rewrite.
  await expect(page.getByText('This document cannot be saved')).toBeVisible();
  const review = page.getByRole('region', { name: 'Review what identifies people (1 to review)' });
  await expect(review).toContainText('“Amira Haddad” is Amira Haddad’s name');
  await expect(page.getByRole('button', { name: 'Save the letter' })).toHaveCount(0);
  await expectAccessible(page, 'letter review');
  await shotOf(review, 'documents-06-letter-review');

  await review.getByRole('button', { name: 'Accept “a neighbour”' }).click();
  await expect(page.getByRole('region', { name: 'Review what identifies people (0 to review)' })).toBeVisible();
  const preview = page.getByRole('article', { name: /Preview of First written warning/ });
  await expect(preview).toContainText('you told a neighbour that you would burn her door');
  await expect(preview).not.toContainText('Haddad');
  await page.getByRole('button', { name: 'Save the letter' }).click();
  await expect(page.getByText(`“First written warning — ${created.ref}” for Darren Whitcombe is stored on the case and in its chronology.`)).toBeVisible();
  const [doc] = await api('document:list', { caseId: created.id });
  const text = await api('document:plainText', { id: doc!.id });
  expect(text.text).toContain('you told a neighbour that you would burn her door');
  expect(text.text).not.toContain('Haddad');
});
