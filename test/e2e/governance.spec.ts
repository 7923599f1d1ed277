import { readFileSync } from 'node:fs';
import { pdfText } from '../helpers/pdf-text';
import { expect, test } from './fixtures';
import { acceptEveryRedaction, apiFor, expectAccessible, MANAGER, openPage, setUpWorkspace, shot, shotOf, signInFirstTime } from './helpers';

/**
 * Issue 21 in the browser: a manager records a subject access request, picks the requester from the two
 * people the name fits (shown the evidence for each), is refused the pack until the passages naming a
 * third party are reviewed, reviews them, makes the pack (a PDF that names no third party), and sees it
 * in the disclosure log. Cases are made through browser mode's HTTP API.
 */
test('a manager produces a subject access pack and sees it in the disclosure log', async ({ page, hearthUrl, request }) => {
  const api = apiFor(request, hearthUrl);
  await setUpWorkspace(page, hearthUrl);
  await api('partners:save', { code: 'C33', name: 'Circle 33 Housing Trust', homes: 2000 });
  await api('users:add', { username: MANAGER.username, displayName: MANAGER.name, role: 'manager', passphrase: MANAGER.temporary });
  const base = { partner: 'C33', method: 'phone' as const, category: 'asb' as const, location: { address: '4 Elm Road', estate: 'Elm Estate', postcode: 'N1 1AA' } };
  await api('case:create', {
    ...base,
    receivedAt: new Date(Date.now() - 86_400_000).toISOString(),
    summary: 'Loud music from the flat below.',
    parties: [
      { key: 'a', role: 'complainant', name: 'Amira Haddad', dateOfBirth: '1980-02-01', address: '4 Elm Road, London', postcode: 'N1 1AA', phone: '07700 900123' },
      { key: 'b', role: 'alleged-perpetrator', name: 'Darren Whitcombe', address: '2 Elm Road, London', postcode: 'N1 1AB' },
    ],
    incidents: [{ occurredAt: new Date(Date.now() - 2 * 86_400_000).toISOString(), description: 'Darren Whitcombe played loud music until 3am; Amira Haddad could not sleep.', acts: ['nuisance'], reportedByKey: 'a' }],
  });
  await api('case:create', {
    ...base,
    receivedAt: new Date(Date.now() - 86_400_000).toISOString(),
    summary: 'Graffiti on the garages.',
    parties: [{ key: 'a', role: 'complainant', name: 'Amira Haddad', dateOfBirth: '1992-07-15', address: '30 Oak Lane, London', postcode: 'N4 4DD' }],
    incidents: [{ occurredAt: new Date(Date.now() - 2 * 86_400_000).toISOString(), description: 'Graffiti on garage 3.', acts: ['graffiti'], reportedByKey: 'a' }],
  });
  await signInFirstTime(page, MANAGER);
  await expect(page.getByRole('heading', { level: 1, name: 'Deadlines' })).toBeVisible();

  await openPage(page, 'Information governance');
  const form = page.getByRole('form', { name: 'Record a request' });
  const partner = form.getByLabel('Partner asked');
  if (await partner.count()) await partner.selectOption({ label: 'Circle 33 Housing Trust (C33)' });
  await form.getByLabel('Requester’s name').fill('Amira Haddad');
  const today = new Date().toLocaleDateString('en-GB', { timeZone: 'Europe/London' });
  await form.getByLabel('Received on').fill(today);
  await form.getByLabel('How their identity was checked').fill('Passport seen at the office');
  await form.getByLabel('Identity confirmed on').fill(today);
  await form.getByRole('button', { name: 'Record the request' }).click();
  await expect(page.getByText(/Recorded request 1 from Amira Haddad\. It is due on \d\d\/\d\d\/\d{4}\./)).toBeVisible();

  const panel = page.getByRole('region', { name: 'Request 1: Amira Haddad' });
  const who = panel.getByRole('group', { name: 'This name fits more than one person. Who is the requester?' });
  await expect(who.getByRole('radio')).toHaveCount(2);
  await expect(who).toContainText('born 15/07/1992');
  await expectAccessible(page, 'information governance (choosing the requester)');
  await shotOf(panel, 'governance-01-choose-person');
  await who.getByRole('radio', { name: /born 01\/02\/1980/ }).check();
  await panel.getByRole('button', { name: 'This is the requester' }).click();
  await expect(panel.getByRole('heading', { name: 'What the pack holds' })).toBeVisible();
  await expect(panel.getByRole('row', { name: /Incident/ })).toBeVisible();

  // The passages naming Darren Whitcombe or placing his home ("the flat below") wait for review: the pack is refused until each is decided.
  const review = panel.getByRole('region', { name: /^Review what identifies people/ });
  await expect(review.getByRole('heading', { name: 'Review what identifies people (2 to review)' })).toBeVisible();
  await expect(review).toContainText('Darren Whitcombe (another person)');
  await panel.getByRole('button', { name: 'Make the subject access pack' }).click();
  await expect(panel.getByText(/2 passages of the pack identify someone other than the requester and have not been reviewed/)).toBeVisible();
  await expectAccessible(page, 'information governance (the pack’s review)');
  await shotOf(review, 'governance-02-review');
  await acceptEveryRedaction(panel);

  const download = page.waitForEvent('download');
  await panel.getByRole('button', { name: 'Make the subject access pack' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^Subject access Amira Haddad .*\.pdf$/);
  const bytes = readFileSync((await file.path())!);
  expect(bytes.subarray(0, 8).toString('latin1')).toBe('%PDF-1.7');
  const text = pdfText(bytes, 1, 20);
  expect(text).toContain('07700 900123');
  expect(text).not.toContain('Whitcombe');
  await expect(panel.getByText(/It is in the disclosure log below/)).toBeVisible();

  const log = page.getByRole('region', { name: 'Disclosure log for Amira Haddad' });
  await expect(log.getByRole('row', { name: /Subject access pack/ })).toContainText('Amira Haddad (the requester)');
  await expect(log.getByRole('row', { name: /Subject access pack/ })).toContainText('Priya Shah');
  await expectAccessible(page, 'information governance (pack made)');
  await shotOf(log, 'governance-03-disclosure-log');
  await shot(page, 'governance-04-page');
});
