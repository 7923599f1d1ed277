import { readFileSync } from 'node:fs';
import { allText } from '../bundle-checker/check';
import { expect, test } from './fixtures';
import { injunctionCase, textPdf } from './injunction-case';
import { acceptEveryRedaction, apiFor, type Api, expectAccessible, LEGAL, openPage, setUpWorkspace, shot, signInFirstTime } from './helpers';

/**
 * Issue 15 in Chromium: a legal user drafts the officer's statement from the case record, edits it,
 * finalises it (signed date, how it was taken), and only then does it go into the bundle, titled by the
 * officer's name, with the exhibits under the officer's marks. The case is made through browser mode's
 * HTTP API as the administrator (Sam Patel, the officer responsible).
 */

/** Abuse that happened one evening and was reported the next morning, an injunction, one exhibit. */
async function lateReportCase(api: Api): Promise<{ id: number; ref: string }> {
  const received = new Date(Date.now() - 3 * 24 * 3_600_000);
  received.setUTCHours(9, 40, 0, 0);
  const occurred = new Date(received.getTime() - 12 * 3_600_000 - 10 * 60_000);
  return injunctionCase(api, {
    receivedAt: received,
    summary: 'Racist abuse from the neighbour at number 2.',
    incidents: [{ occurredAt: occurred.toISOString(), description: 'Shouted racist abuse at the complainant on the stairs.', acts: ['verbal-abuse'], reportedByKey: 'a' }],
    exhibits: [{ fileName: 'door.pdf', description: 'Photographs of the scorched door', bytes: await textPdf('Photographs of the scorched door') }],
  });
}

const daysAgo = (n: number) => new Date(Date.now() - n * 24 * 3_600_000).toLocaleDateString('en-GB', { timeZone: 'Europe/London' });

test('a legal user drafts, edits and finalises the officer’s statement, and only then is it in the bundle', async ({ page, hearthUrl, request }) => {
  test.setTimeout(120_000);
  const api = apiFor(request, hearthUrl);
  await setUpWorkspace(page, hearthUrl);
  await api('users:add', { username: LEGAL.username, displayName: LEGAL.name, role: 'legal', passphrase: LEGAL.temporary });
  const created = await lateReportCase(api);
  await signInFirstTime(page, LEGAL);

  await openPage(page, 'Court bundles');
  await page.getByRole('link', { name: `Build the bundle for ${created.ref}` }).click();
  const panel = page.getByRole('region', { name: 'The officer’s witness statement' });
  const index = page.getByRole('region', { name: 'Index' });
  // Not finalised: the statement is not in the bundle.
  await expect(index).not.toContainText('First witness statement of Sam Patel');

  // Draft from the record: the reported time is kept apart from when it happened.
  await panel.getByRole('button', { name: 'Draft the statement from the case record' }).click();
  const body = panel.getByLabel('The statement, in the officer’s own words');
  await expect(body).toHaveValue(/The Complainant reported to the Claimant on \d\d\/\d\d\/\d{4} at 09:40 that on \d\d\/\d\d\/\d{4} at \d\d:30 there was an incident of verbal abuse/);
  await expect(body).toHaveValue(/marked ‘SP1’/);
  await expectAccessible(page, 'statement editor');
  await shot(page, 'statements-01-draft');

  // Edit, save, then finalise: it asks how it was taken first.
  await body.fill(`${await body.inputValue()}\n\nI visited the stairwell myself and saw the damage.`);
  await panel.getByRole('button', { name: 'Save the draft' }).click();
  await expect(panel.getByRole('status')).toHaveText('Draft version 1 saved.');
  await panel.getByRole('button', { name: 'Finalise the statement' }).click();
  await expect(panel.getByText(/Say how the statement was taken/)).toBeVisible();
  await panel.getByLabel('How the statement was taken (PD 32 para 18.2)').fill('I wrote this statement myself from the case records.');
  await panel.getByLabel('Date the officer signs it').fill('');
  await panel.getByLabel('Date the officer signs it').fill(new Date(Date.now() - 24 * 3_600_000).toLocaleDateString('en-GB', { timeZone: 'Europe/London' }));
  await panel.getByRole('button', { name: 'Finalise the statement' }).click();
  await expect(panel.getByRole('status')).toContainText('First witness statement of Sam Patel finalised (version 1)');
  await expect(panel.getByText(/version 1 finalised, signed/)).toBeVisible();
  await expect(index.getByRole('row', { name: /First witness statement of Sam Patel/ })).toBeVisible();
  await expect(index.getByRole('row', { name: /Exhibit SP1: Photographs of the scorched door/ })).toBeVisible();
  await expectAccessible(page, 'statement finalised');
  await shot(page, 'statements-02-finalised');

  // Build and read the PDF back.
  await acceptEveryRedaction(page); // issue 16 §3: the redaction review before Build
  await page.getByRole('button', { name: 'Build the bundle' }).click();
  await expect(page.getByText('Bundle A is ready')).toBeVisible({ timeout: 60_000 });
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save the bundle (PDF)' }).click()]);
  const text = (await allText(readFileSync((await download.path())!))).replace(/\s+/g, ' ');
  expect(text).toContain('FIRST WITNESS STATEMENT OF SAM PATEL');
  expect(text).toContain('I visited the stairwell myself and saw the damage.');
  expect(text).toContain('I wrote this statement myself from the case records.');
  expect(text).toContain('Exhibit SP1');
});

test('a legal user finalises a witness’s translated statement, the case summary and a certificate of service, and the bundle takes them', async ({ page, hearthUrl, request }) => {
  test.setTimeout(150_000);
  const api = apiFor(request, hearthUrl);
  await setUpWorkspace(page, hearthUrl);
  await api('users:add', { username: LEGAL.username, displayName: LEGAL.name, role: 'legal', passphrase: LEGAL.temporary });
  const created = await lateReportCase(api);
  const view = await api('case:get', { id: created.id });
  const amira = view.parties.find((p) => p.role === 'complainant')!;
  // Her written consent covers the court: she may be named, and her own statement can go in.
  await api('consent:add', { caseId: created.id, partyId: amira.id, consent: { recipient: 'court', purpose: 'The injunction hearing', writtenOn: new Date(Date.now() - 2 * 24 * 3_600_000).toISOString().slice(0, 10), source: 'Signed form' } });
  await signInFirstTime(page, LEGAL);
  await openPage(page, 'Court bundles');
  await page.getByRole('link', { name: `Build the bundle for ${created.ref}` }).click();
  const index = page.getByRole('region', { name: 'Index' });

  // The witness's statement, in Arabic, with its English translation and the translator's certificate.
  const witnesses = page.getByRole('region', { name: 'Witnesses’ statements' });
  await witnesses.getByRole('button', { name: 'Start Amira Haddad’s statement' }).click();
  await witnesses.getByLabel('Language the witness made it in').fill('Arabic');
  await witnesses.getByLabel('The statement, in Amira Haddad’s own words (in Arabic)').fill('صرخ جاري في وجهي على الدرج.');
  await witnesses.getByLabel('How the statement was taken (PD 32 para 18.2)').fill('Taken at my home in Arabic through an interpreter, Sami Nasser.');
  await witnesses.getByLabel('The English translation').fill('My neighbour shouted racist abuse at me on the stairs.');
  await witnesses.getByLabel('Translator’s name').fill('Sami Nasser');
  await expect(witnesses.getByLabel('Translator’s certificate')).toHaveValue(/I, S.*certify that I am competent to translate from Arabic into English/);
  await witnesses.getByLabel('Date of the translation').fill(daysAgo(1));
  await witnesses.getByLabel('The statement of truth in Arabic').fill('أعتقد أن الوقائع الواردة في هذا البيان صحيحة.');
  await witnesses.getByLabel('Date the witness signs it').fill(daysAgo(1));
  await witnesses.getByRole('button', { name: 'Finalise Amira Haddad’s statement' }).click();
  await expect(witnesses.getByRole('status')).toContainText('First witness statement of Amira Haddad finalised (version 1)');
  await expect(witnesses.getByText(/made in Arabic with an English translation/)).toBeVisible();
  await expect(index.getByRole('row', { name: /First witness statement of Amira Haddad/ })).toBeVisible();

  // The case summary, drafted from the record, edited and finalised: it opens the bundle.
  const summary = page.getByRole('region', { name: 'Case summary' });
  await summary.getByRole('button', { name: 'Draft the summary from the case record' }).click();
  const words = summary.getByLabel('The summary for the judge');
  await expect(words).toHaveValue(/The Defendant is Darren Whitcombe/);
  await expect(words).toHaveValue(/Forbidden from entering Elm Road/);
  await words.fill(`${await words.inputValue()}\n\nThe Claimant asks for the order without delay.`);
  await summary.getByRole('button', { name: 'Finalise the summary' }).click();
  await expect(summary.getByRole('status')).toHaveText('Case summary finalised. It is locked and goes first in the bundle.');
  await expect(index.getByRole('row', { name: /Case summary/ })).toBeVisible();

  // A certificate of service: first class post, the deemed date worked out when saved.
  const service = page.getByRole('region', { name: 'Certificates of service' });
  await service.getByRole('button', { name: 'Record a certificate of service' }).click();
  await service.getByLabel('What was served, as the certificate names it').fill('The claim form, the draft order and the witness statement in support');
  await service.getByLabel('It includes the claim form (the application for an injunction): deemed served under CPR 6.14').check();
  await service.getByLabel('The person served').selectOption({ label: 'Darren Whitcombe (alleged perpetrator)' });
  await service.getByRole('radio', { name: /^First class post/ }).check();
  await service.getByLabel('The address it was posted to').fill('2 Elm Road, London N1 1AA');
  await service.getByLabel('Day it was posted').fill(daysAgo(2));
  await service.getByLabel('Name of the person who served it (they sign the certificate)').fill('Sam Patel');
  await service.getByLabel('Their position or office').fill('Tenancy enforcement officer');
  await service.getByRole('button', { name: 'Save the certificate draft' }).click();
  await expect(service.getByRole('status')).toContainText(/Deemed served on \d\d\/\d\d\/\d{4}: A claim form is deemed served on the second business day/);
  await expectAccessible(page, 'court papers');
  await shot(page, 'statements-03-court-papers');
  await service.getByLabel('Date the certificate is signed').fill(daysAgo(1));
  await service.getByRole('button', { name: 'Finalise the certificate' }).click();
  await expect(service.getByRole('status')).toContainText('finalised: deemed served on');
  await expect(index.getByRole('row', { name: /Certificate of service: The claim form/ })).toBeVisible();

  await page.getByRole('button', { name: 'Build the bundle' }).click();
  await expect(page.getByText('Bundle A is ready')).toBeVisible({ timeout: 60_000 });
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save the bundle (PDF)' }).click()]);
  const text = (await allText(readFileSync((await download.path())!))).replace(/\s+/g, ' ');
  expect(text).toContain('CASE SUMMARY');
  expect(text).toContain('The Claimant asks for the order without delay.');
  expect(text).toContain('ENGLISH TRANSLATION: FIRST WITNESS STATEMENT OF AMIRA HADDAD');
  expect(text).toContain('My neighbour shouted racist abuse at me on the stairs.');
  expect(text).toContain('CERTIFICATE OF SERVICE');
  expect(text).toMatch(/Deemed served on \d\d\/\d\d\/\d{4} ?\. A claim form is deemed served on the second business day/);
});
