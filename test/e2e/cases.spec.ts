import { crc32, deflateSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { ADMIN, expectAccessible, londonInput, openPage, setUpWorkspace, shot, shotOf, signIn, signOut } from './helpers';
import { addPerson, fillReport } from './report-form';

const OFFICER = { name: 'Alex Jones', username: 'alex.jones', temporary: 'amber lantern quiet field', passphrase: 'willow harbour seven kites' };

/** A London date and time as the fields take it ("21/11/2026 14:30"), some minutes before now. */

/** A WAV recording of silence, `bytes` long (RIFF/WAVE, 8 kHz 16-bit mono). */
function wavOf(bytes: number): Buffer {
  const out = Buffer.alloc(bytes);
  out.write('RIFF', 0, 'latin1');
  out.writeUInt32LE(bytes - 8, 4);
  out.write('WAVEfmt ', 8, 'latin1');
  out.writeUInt32LE(16, 16);
  out.writeUInt16LE(1, 20);
  out.writeUInt16LE(1, 22);
  out.writeUInt32LE(8000, 24);
  out.writeUInt32LE(16000, 28);
  out.writeUInt16LE(2, 32);
  out.writeUInt16LE(16, 34);
  out.write('data', 36, 'latin1');
  out.writeUInt32LE(bytes - 44, 40);
  return out;
}

/** A real PNG photo stand-in: an RGB picture of sky, a brick wall and a path, w×h pixels. */
function photoPng(w: number, h: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const head = Buffer.from(type, 'latin1');
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    head.copy(out, 4);
    data.copy(out, 8);
    out.writeUInt32BE(crc32(Buffer.concat([head, data])) >>> 0, 8 + data.length);
    return out;
  };
  const raw = Buffer.alloc((w * 3 + 1) * h);
  for (let y = 0; y < h; y += 1) {
    for (let x = 0; x < w; x += 1) {
      const i = y * (w * 3 + 1) + 1 + x * 3;
      const brick = y > h * 0.35 && y < h * 0.8 && (y % 12 === 0 || (x + (Math.floor(y / 12) % 2) * 12) % 24 === 0);
      const [r, g, b] = y < h * 0.35 ? [120 + y, 170 + y / 2, 230] : y < h * 0.8 ? (brick ? [200, 200, 190] : [150, 70, 50]) : [110, 110, 105];
      raw.writeUInt8(Math.min(255, Math.round(r)), i);
      raw.writeUInt8(Math.min(255, Math.round(g)), i + 1);
      raw.writeUInt8(b, i + 2);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

/** First run as the administrator, up to the signed-in shell (whichever page it lands on). */

async function addOfficerAndSignIn(page: Page): Promise<void> {
  await openPage(page, 'Users');
  await page.getByLabel('Full name').fill(OFFICER.name);
  await page.getByLabel('User name', { exact: true }).fill(OFFICER.username);
  await page.getByLabel('Role', { exact: true }).selectOption({ label: 'Officer' });
  await page.getByLabel('Temporary passphrase').fill(OFFICER.temporary);
  await page.getByRole('button', { name: 'Add the user' }).click();
  await expect(page.getByText(`${OFFICER.name} was added as officer.`)).toBeVisible();
  await signOut(page);
  await signIn(page, OFFICER.username, OFFICER.temporary);
  await page.getByLabel('Temporary passphrase').fill(OFFICER.temporary);
  await page.getByLabel('New passphrase').fill(OFFICER.passphrase);
  await page.getByLabel('Type the passphrase again').fill(OFFICER.passphrase);
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Report an incident' })).toBeVisible();
}

test('an officer reports a race hate incident, attaches a photo, finds the case and works on it', async ({ page, hearthUrl }) => {
  test.setTimeout(180_000);
  await setUpWorkspace(page, hearthUrl);
  await addOfficerAndSignIn(page);

  // Report an incident: the form checks itself before asking main.
  await openPage(page, 'Report an incident');
  await page.getByRole('button', { name: 'Save the report' }).click();
  const summary = page.locator('.error-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Choose how the report was made.');
  await expect(summary).toContainText('Describe what happened.');
  await expect(page.getByLabel('Describe what happened')).toHaveAttribute('aria-invalid', 'true');
  await shot(page, 'cases-01-report-errors');

  await fillReport(page, 'Mrs Hassan was called racist names by her neighbour on the stairwell, who said she should “go back home”. Mr Clarke heard it from the landing.');
  await page.getByLabel('Verbal abuse').check();
  await page.getByLabel('Discriminatory behaviour or language').check();
  await addPerson(page, 'Add a complainant', 1, 'Amina Hassan');
  const complainant = page.getByRole('group', { name: /^Person 1\b/ });
  await complainant.getByLabel('Phone', { exact: true }).fill('07700 900123');
  await complainant.getByLabel('Tenure').selectOption({ label: 'Assured tenant' });
  await complainant.getByLabel('Interpreter').check();
  await complainant.getByLabel('Language', { exact: true }).fill('Somali');
  await addPerson(page, 'Add a witness', 2, 'Peter Clarke');
  await addPerson(page, 'Add an alleged perpetrator', 3, 'Darren Whitlock');
  await page.getByRole('group', { name: /^Person 3\b/ }).getByLabel('Address', { exact: true }).fill('16 Elm Court');
  await page.getByLabel('Who reported it?').selectOption({ label: 'Amina Hassan (complainant)' });
  await page.getByLabel('Fear of violence').check();
  await page.getByLabel('Race or ethnic origin').check();
  // Issue 18 (P3.2): who perceives it as harassment, and how.
  await page.getByLabel('The victim or someone else perceives this as harassment').check();
  await page.getByRole('group', { name: 'Who perceives it as harassment?' }).getByLabel('The victim').check();
  await page.getByLabel('How do they see it as harassment?').fill('She says he shouts about where she comes from.');
  await page.getByRole('group', { name: 'Risk level' }).getByLabel('Medium').check();
  await page.getByLabel('Risk notes (optional)').fill('Lives two doors apart; complainant afraid to use the stairs.');
  await page.getByRole('button', { name: 'Add a consent from Peter Clarke (witness)' }).click();
  await page.getByLabel('Who may learn their identity').selectOption({ label: 'The police' });
  await page.getByLabel('Date given in writing').fill(londonInput(0).slice(0, 10));
  await page.getByLabel('The written document').fill('Signed witness consent form');
  await expectAccessible(page, 'report an incident');
  await shot(page, 'cases-02-report-filled');

  await page.getByRole('button', { name: 'Save the report' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Report saved' })).toBeFocused();
  const ref = (await page.locator('.saved-ref__value').innerText()).trim();
  expect(ref).toMatch(/^C33-\d{4}-\d{4}$/);
  // A hate incident always starts the 24-hour acknowledgement and urgent response (P4.4, P4.6, P6.2).
  const urgent = page.getByRole('alert').filter({ hasText: 'Urgent' });
  await expect(urgent).toContainText('Respond to a hate incident, racial harassment or domestic violence');
  await expect(urgent).toContainText(/due (today|tomorrow) \d{2}:\d{2}/);
  await expect(page.getByRole('heading', { name: 'Equality monitoring (optional, kept separately, never shown on the case)' })).toBeVisible();
  await page.getByRole('button', { name: 'Record answers for Amina Hassan (complainant)' }).click();
  await expect(page.getByLabel('Ethnic group')).toBeFocused();
  await page.getByLabel('Ethnic group').selectOption('Black, Black British, Caribbean or African');
  await page.getByLabel('Religion or belief').selectOption('Muslim');
  await shot(page, 'cases-03-saved');
  await page.getByRole('button', { name: 'Save the answers for Amina Hassan (complainant)' }).click();
  await expect(page.getByText('Answers saved')).toBeVisible();
  await expectAccessible(page, 'report saved');

  // Find the case by the alleged perpetrator's surname.
  await openPage(page, 'Cases');
  await page.getByLabel('Search cases').fill('Whitlock');
  await expect(page.getByRole('status').filter({ hasText: '1 case found' })).toBeVisible();
  const row = page.getByRole('row', { name: new RegExp(ref) });
  await expect(row).toContainText('Hate incident or hate crime');
  await expect(row).toContainText('Fear of violence');
  await expect(row).toContainText(OFFICER.name);
  await expectAccessible(page, 'case list');
  await shot(page, 'cases-04-list-search');
  await page.getByLabel('Search cases').fill('nobody-matches-this');
  await expect(page.getByText('No case matches this search')).toBeVisible();
  await page.getByLabel('Search cases').fill('Whitlock');
  await row.getByRole('link', { name: ref }).click();

  // The case: header, people (equality answers never shown), chronology.
  await expect(page.getByRole('heading', { level: 1, name: ref })).toBeFocused();
  await expect(page.getByText(/Urgent|Overdue|Next due/).first()).toBeVisible();
  const people = page.getByRole('region', { name: 'People' });
  await expect(people.getByRole('row', { name: /Amina Hassan/ })).toContainText('Interpreter (Somali)');
  await expect(page.getByText('Black, Black British')).toHaveCount(0);
  const chronology = page.getByRole('region', { name: 'Chronology' });
  await expect(chronology).toContainText('Mrs Hassan was called racist names');
  await expect(chronology).toContainText('Incident: Discriminatory behaviour or language; Verbal abuse');

  // Attach a photo (a real PNG) and see it in the page.
  const evidence = page.getByRole('region', { name: 'Evidence' });
  await evidence.getByRole('button', { name: 'Add evidence' }).click();
  await expect(page.getByRole('heading', { name: 'Add evidence' })).toBeFocused();
  await page.getByLabel('File', { exact: true }).setInputFiles({ name: 'stairwell.png', mimeType: 'image/png', buffer: photoPng(320, 200) });
  await page.getByLabel('Where it came from').fill('Complainant’s phone');
  await page.getByLabel('What it shows (optional)').fill('Photo of the stairwell where it happened');
  await page.getByRole('button', { name: 'Add the file' }).click();
  await expect(page.getByText(/stairwell\.png was added as exhibit AJ\/1/)).toBeVisible();
  await evidence.getByRole('button', { name: 'Show exhibit AJ/1' }).click();
  const photo = evidence.getByRole('img', { name: 'Photo of the stairwell where it happened' });
  await expect(photo).toHaveAttribute('src', /^blob:/);
  // The page decoded the real image: its natural width is the PNG's own (test/ is type-checked without the DOM).
  await expect.poll(() => photo.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth)).toBe(320);

  // The same file again is a duplicate, which can still be added on purpose.
  await evidence.getByRole('button', { name: 'Add evidence' }).click();
  await page.getByLabel('File', { exact: true }).setInputFiles({ name: 'stairwell-copy.png', mimeType: 'image/png', buffer: photoPng(320, 200) });
  await page.getByLabel('Where it came from').fill('Witness');
  await page.getByRole('button', { name: 'Add the file' }).click();
  await expect(page.getByText(/This file is already on the case as exhibit AJ\/1/).first()).toBeVisible();
  await page.getByRole('button', { name: 'Add it anyway' }).click();
  await expect(page.getByText(/stairwell-copy\.png was added as exhibit AJ\/2/)).toBeVisible();

  // The copy is a poor one: mark it hard to read and type what it shows (PD 32 27.11), from the keyboard.
  await evidence.getByRole('button', { name: 'Transcript of exhibit AJ/2' }).click();
  await expect(page.getByRole('heading', { name: 'Typed transcript of exhibit AJ/2' })).toBeFocused();
  const transcript = page.getByRole('form', { name: 'Typed transcript of exhibit AJ/2' });
  await transcript.getByRole('textbox', { name: 'Typed transcript' }).fill('Graffiti on the stairwell wall, as far as it can be read.');
  await transcript.getByRole('button', { name: 'Save' }).click();
  await expect(transcript.getByRole('link', { name: /Tick “Hard to read”, or clear the transcript/ })).toBeVisible();
  await transcript.getByLabel('Hard to read').check();
  await expect(transcript.getByText(/Tick “Hard to read”, or clear the transcript/)).toHaveCount(0); // answered: its message goes
  await expectAccessible(page, 'typed transcript form');
  await shotOf(transcript, 'cases-transcript-form');
  await transcript.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText(/The typed transcript of exhibit AJ\/2 was saved/)).toBeVisible();
  await expect(evidence.getByRole('row', { name: /AJ\/2/ })).toContainText('Hard to read: typed transcript by');
  await shotOf(evidence, 'cases-transcript-saved');

  // A long voicemail (3 MB) named to look like something else: it travels in 1 MiB parts, never as one
  // large body, and is kept and downloaded under the extension its content proves (issue 13).
  const bodies: number[] = [];
  const watchParts = (request: { url(): string; postDataBuffer(): Buffer | null }) => {
    if (request.url().includes('/api/evidence:')) bodies.push(request.postDataBuffer()?.length ?? 0);
  };
  page.on('request', watchParts);
  // The second part is held back until the form has been seen saying how much has been sent.
  let releasePart: () => void = () => undefined;
  const partHeld = new Promise<void>((resolve) => (releasePart = resolve));
  let partsSeen = 0;
  await page.route('**/api/evidence:uploadChunk', async (route) => {
    partsSeen += 1;
    if (partsSeen === 2) await partHeld;
    await route.continue();
  });
  await evidence.getByRole('button', { name: 'Add evidence' }).click();
  await page.getByLabel('File', { exact: true }).setInputFiles({ name: 'voicemail.wav.exe', mimeType: 'application/octet-stream', buffer: wavOf(3 * 1024 * 1024) });
  await page.getByLabel('Where it came from').fill('Complainant’s answerphone');
  await page.getByRole('button', { name: 'Add the file' }).click();
  const sending = page.locator('#add-evidence');
  await expect(sending.getByRole('status')).toHaveText(/^Sending the file: 1 MB of 3\.1 MB$/);
  await expect(sending.getByRole('progressbar', { name: 'File sent' })).toHaveAttribute('value', String(1024 * 1024));
  await expectAccessible(page, 'evidence form while the file is sent');
  await shotOf(sending, 'cases-evidence-sending');
  releasePart();
  await expect(page.getByText(/voicemail\.wav was added as exhibit AJ\/3\. It was called “voicemail\.wav\.exe”/)).toBeVisible();
  await page.unroute('**/api/evidence:uploadChunk');
  page.off('request', watchParts);
  expect(bodies.length).toBeGreaterThanOrEqual(5); // start, four parts, finish
  expect(Math.max(...bodies)).toBeLessThan(2 * 1024 * 1024);
  const download = page.waitForEvent('download');
  await evidence.getByRole('button', { name: 'Download exhibit AJ/3' }).click();
  expect((await download).suggestedFilename()).toBe('voicemail.wav');

  // Log a call with the complainant; it appears in the chronology.
  await page.getByRole('button', { name: 'Add a contact' }).click();
  await expect(page.getByRole('heading', { name: 'Add a contact' })).toBeFocused();
  await page.getByRole('group', { name: 'Kind of contact' }).getByLabel('Phone call').check();
  await page.getByLabel('With whom').selectOption({ label: 'Amina Hassan (complainant)' });
  await page.getByLabel('Summary', { exact: true }).fill('Called Mrs Hassan through a Somali interpreter; agreed a home visit on Friday.');
  await page.getByRole('button', { name: 'Save the contact' }).click();
  await expect(page.getByText('The contact was added to the chronology.')).toBeVisible();
  await expect(chronology).toContainText('Called Mrs Hassan through a Somali interpreter');
  await expect(chronology).toContainText('Phone call (outgoing) — Amina Hassan');
  await expect(chronology).toContainText('stairwell.png');

  // A referral of the witness rests on their written consent to the police (P3.14); a cost is typed in pounds.
  await page.getByRole('button', { name: 'Add a referral' }).click();
  await page.getByLabel('Agency', { exact: true }).selectOption({ label: 'Police' });
  await page.getByLabel('Who is referred').selectOption({ label: 'Peter Clarke (witness)' });
  await page.getByRole('group', { name: 'Consent to share their identity' }).getByLabel(/^Written consent of .*: The police$/).check();
  await page.getByLabel('Support offered (optional)').fill('Witness statement to be taken by the neighbourhood team.');
  await page.getByRole('button', { name: 'Save the referral' }).click();
  await expect(page.getByText('The referral was added to the chronology.')).toBeVisible();
  await page.getByRole('button', { name: 'Add a cost' }).click();
  await page.getByLabel('Repair and clean-up').check();
  await page.getByLabel('Amount (£)').fill('12.5x');
  await page.getByLabel('What it was for').fill('New stairwell light');
  await page.getByRole('button', { name: 'Save the cost' }).click();
  await expect(page.getByText('Enter the amount in pounds and pence, such as 12.50.').first()).toBeVisible();
  await page.getByLabel('Amount (£)').fill('£1,212.50');
  await page.getByRole('button', { name: 'Save the cost' }).click();
  await expect(chronology).toContainText('£1,212.50');

  // A date of birth added later shows as an age.
  await people.getByRole('button', { name: 'Change Darren Whitlock' }).click();
  await page.getByRole('form', { name: 'Change Darren Whitlock' }).getByLabel('Date of birth').fill('05/03/1984');
  await page.getByRole('button', { name: 'Save the changes' }).click();
  await expect(people.getByRole('row', { name: /Darren Whitlock/ })).toContainText(/Alleged perpetrator\s*4\d/);

  // "Record a step done…" in the header meets a deadline.
  await page.getByRole('button', { name: 'Record a step done…' }).click();
  await page.getByRole('button', { name: 'Report acknowledged (officer named, next contact date given)' }).click();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Recorded: Report acknowledged')).toBeVisible();

  // Back to the list: the search is as it was left.
  await page.getByRole('link', { name: 'All cases' }).click();
  await expect(page.getByLabel('Search cases')).toHaveValue('Whitlock');
  await page.getByRole('link', { name: ref }).click();
  await expect(page.getByRole('heading', { level: 1, name: ref })).toBeFocused();

  // Chronology filters.
  await chronology.getByLabel(/^Contact/).uncheck();
  await expect(chronology).not.toContainText('Called Mrs Hassan');
  await chronology.getByLabel(/^Contact/).check();
  await expectAccessible(page, 'case view');
  await shot(page, 'cases-05-case-view');
  await page.emulateMedia({ media: 'print' });
  await shot(page, 'cases-06-case-print');
  await page.emulateMedia({ media: 'screen' });

  // A second report at the same address is offered as related before it is saved.
  await openPage(page, 'Report an incident');
  await fillReport(page, 'Racist graffiti written on Mrs Hassan’s front door overnight.');
  await page.getByRole('button', { name: 'Save the report' }).click();
  const related = page.getByRole('region', { name: 'Possible related cases' });
  await expect(related.getByRole('heading', { name: 'Possible related cases' })).toBeFocused();
  await expect(related.getByRole('row', { name: new RegExp(ref) })).toContainText('Same address (14 Elm Court)');
  await expectAccessible(page, 'possible related cases');
  await shot(page, 'cases-07-duplicates');
  await related.getByRole('button', { name: 'Link the new report to this case and save' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Report saved' })).toBeVisible();
  await page.getByRole('link', { name: /^Open case / }).click();
  await expect(page.getByText('Linked cases')).toBeVisible();
  await expect(page.getByRole('link', { name: ref })).toBeVisible();
});

test('a manager restricts a case, and opening it then asks for a reason', async ({ page, hearthUrl }) => {
  test.setTimeout(120_000);
  await setUpWorkspace(page, hearthUrl);
  await openPage(page, 'Cases');
  await expect(page.getByText('There are no cases here yet.')).toBeVisible();
  await shot(page, 'cases-00-list-empty');
  await openPage(page, 'Report an incident');
  await fillReport(page, 'A member of staff is alleged to have made threats to a tenant.');
  await page.getByRole('button', { name: 'Save the report' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Report saved' })).toBeVisible();
  const ref = (await page.locator('.saved-ref__value').innerText()).trim();
  await page.getByRole('link', { name: `Open case ${ref}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: ref })).toBeVisible();

  await page.getByRole('button', { name: 'Restrict this case' }).click();
  const restrict = page.getByRole('dialog', { name: `Restrict ${ref}?` });
  await expect(restrict.getByLabel('Why is the case restricted?')).toBeFocused();
  await restrict.getByLabel('Why is the case restricted?').fill('A member of staff is involved.');
  await restrict.getByRole('button', { name: 'Restrict the case' }).click();

  const ask = page.getByRole('dialog', { name: 'This case is restricted' });
  await expect(ask).toContainText(`${ref} is restricted.`);
  await ask.getByRole('button', { name: 'Open the case' }).click();
  await expect(ask.getByText('Give a reason of at least 10 characters').first()).toBeVisible();
  await expectAccessible(page, 'restricted case reason');
  await shot(page, 'cases-08-restricted-reason');
  await ask.getByLabel('Why do you need to open it?').fill('Checking the restriction took effect.');
  await ask.getByRole('button', { name: 'Open the case' }).click();
  await expect(page.getByRole('heading', { level: 1, name: ref })).toBeVisible();
  await expect(page.locator('.restricted-banner')).toContainText('Restricted');

  // The list shows only that it is restricted, not what it is about.
  await openPage(page, 'Cases');
  const row = page.getByRole('row', { name: new RegExp(ref) });
  await expect(row).toContainText('Restricted');
  await expect(row).not.toContainText('member of staff');
  await shot(page, 'cases-09-list-restricted');

  // A new session has no grant: a search that matches the case says only that a restricted case may match.
  await signOut(page);
  await signIn(page, ADMIN.username, ADMIN.passphrase);
  await openPage(page, 'Cases');
  await page.getByLabel('Search cases').fill('Elm Court');
  const notice = page.locator('.notice').filter({ hasText: 'A restricted case may match' });
  await expect(notice).toContainText('Ask a manager if you need to know.');
  await expect(page.getByRole('row', { name: new RegExp(ref) })).toHaveCount(0);
  await expectAccessible(page, 'search that may match a restricted case');
  await shot(page, 'cases-10-search-restricted');

  // A new report at the same address: the duplicate check says the same, and names no case.
  await openPage(page, 'Report an incident');
  await fillReport(page, 'Shouting on the landing late at night.');
  await page.getByRole('button', { name: 'Save the report' }).click();
  const related = page.getByRole('region', { name: 'Possible related cases' });
  await expect(related).toContainText('A restricted case may match');
  await expect(related).not.toContainText(ref);
  await expect(related.getByRole('button', { name: /Link the new report/ })).toHaveCount(0);
  await expectAccessible(page, 'duplicate check that may match a restricted case');
  await shotOf(related, 'cases-11-duplicates-restricted');
  await related.getByRole('button', { name: 'Save without linking' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Report saved' })).toBeVisible();
});
