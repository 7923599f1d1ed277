import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { checkBundle, describe as explain } from '../bundle-checker/check';
import * as fx from '../fixtures/bundles/make';
import { expect, test } from './fixtures';
import { injunctionCase, textPdf } from './injunction-case';
import { acceptEveryRedaction, apiFor, type Api, expectAccessible, openPage, shot, shotOf, setUpWorkspace, LEGAL, signInFirstTime } from './helpers';

/**
 * The redaction review end to end in Chromium (issue 16 §3–4): a legal user opens the bundle builder,
 * goes through "Review what identifies people" (accepts one suggestion, rewords one passage, draws a
 * box on a photo exhibit with the mouse and nudges it from the keyboard, accepts the box proposed over the
 * witness's name on a police note), builds, and the built PDF has
 * none of the withheld people's details on any page (pdftotext), with the box burnt into the photo's
 * page (rendered with pdftoppm; the PNGs are kept in /tmp/hearth-shots to look at).
 */
const LEAKS = ['George', 'Pike', 'Amira', 'Haddad', '6 Elm Road', '07700'];

/** A case with a complainant and a witness (no consent), an injunction, a photo and a log, referred to legal. */
async function withheldCase(api: Api): Promise<{ id: number; ref: string }> {
  const received = new Date(Date.now() - 3 * 24 * 3_600_000);
  const at = received.toISOString();
  return injunctionCase(api, {
    receivedAt: received,
    flags: ['violence-or-threat'],
    otherParties: [{ key: 'w', role: 'witness', name: 'George Pike', address: '6 Elm Road', postcode: 'N1 1AA', phone: '07700 900456' }],
    incidents: [
      { occurredAt: at, description: 'Shouted racist abuse at the complainant. George Pike from 6 Elm Road heard it and came out.', acts: ['verbal-abuse'], reportedByKey: 'a' },
      { occurredAt: at, description: 'Threatened to burn the door. Amira Haddad rang the witness on 07700 900456 straight after.', acts: ['threat-of-violence'], reportedByKey: 'a' },
    ],
    singleIncident: 'A hate incident with a threat to burn the home (P3.4).',
    hearing: true,
    exhibits: [
      { fileName: 'landing.jpg', description: 'Photograph of the landing', bytes: fx.photo(1200, 900) },
      { fileName: 'log.pdf', description: 'Estate office log', bytes: await textPdf('Estate office log: door entry camera checked, recording.') },
      // A police note that names the witness: the review proposes a box over his name (issue 16, automatic exhibit boxes).
      { fileName: 'police-note.pdf', source: 'Police', description: 'Police note of the incident', bytes: await textPdf('George Pike saw the man kick the door and shout.') },
    ],
  });
}

/** The share of near-black pixels in the lower-right quarter of a PDF page, drawn by pdftoppm at 36 dpi. */
function blackInLowerRight(file: string, page: number): number {
  const pgm = execFileSync('pdftoppm', ['-gray', '-r', '36', '-f', String(page), '-l', String(page), file]);
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 40).toString('latin1'))!;
  const [w, h, offset] = [Number(header[1]), Number(header[2]), header[0].length];
  let black = 0;
  let n = 0;
  for (let y = Math.floor(h / 2); y < h; y += 1)
    for (let x = Math.floor(w / 2); x < w; x += 1) {
      if (pgm[offset + y * w + x]! < 25) black += 1;
      n += 1;
    }
  return black / n;
}

test('a legal user reviews what identifies people (accepts, rewords, draws a box on a photo), builds, and nothing withheld is in the PDF', async ({ page, hearthUrl, request }) => {
  test.setTimeout(180_000);
  const api = apiFor(request, hearthUrl);
  await setUpWorkspace(page, hearthUrl);
  await api('users:add', { username: LEGAL.username, displayName: LEGAL.name, role: 'legal', passphrase: LEGAL.temporary });
  const created = await withheldCase(api);
  await signInFirstTime(page, LEGAL);

  await openPage(page, 'Court bundles');
  await page.getByRole('link', { name: `Build the bundle for ${created.ref}` }).click();
  const review = page.getByRole('region', { name: /^Review what identifies people/ });
  const heading = review.getByRole('heading', { level: 2 });
  await expect(heading).toHaveText(/\((\d+) to review\)$/, { timeout: 20_000 });
  // The exhibits are read (their text, or OCR of the photo) and the boxes they need proposed before counting.
  const proposed = review.getByRole('button', { name: /^Accept the box over “George Pike” on / });
  await expect(proposed).toBeVisible({ timeout: 90_000 });
  await expect(review.getByText(/^Reading .* for what identifies people/)).toHaveCount(0);
  const count = () => heading.innerText().then((t) => Number(/\((\d+) to review\)/.exec(t)![1]));
  const start = await count();
  expect(start).toBeGreaterThanOrEqual(3);
  await expect(page.getByRole('button', { name: 'Build the bundle' })).toBeDisabled();
  await expectAccessible(page, 'redaction review');
  await shotOf(review, 'redaction-01-review');

  // Accept one: the witness's name in the chronology becomes "Witness A".
  const heard = review.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /^In the chronology/ }) }).filter({ hasText: 'heard it and came out' }).first();
  const named = review.getByRole('listitem').filter({ hasText: 'rang the witness' }).first();
  await named.getByRole('listitem').filter({ hasText: /^“Amira Haddad”/ }).getByRole('button', { name: /^Accept “/ }).click();
  await expect(heading).toHaveText(`Review what identifies people (${start - 1} to review)`);
  await expect(named).toContainText('Suggestion accepted by Lena Legal');

  // Reword one: the whole sentence, read again by the guard. A wording that still names him is refused.
  await heard.getByRole('button', { name: 'Reword the passage' }).click();
  const wording = heard.getByLabel('The passage as it should read');
  await wording.fill('Mr Pike heard it and came out.');
  await heard.getByRole('button', { name: 'Use this wording' }).click();
  await expect(review.getByText(/“Mr Pike” still gives the surname of Witness A/)).toBeVisible();
  await wording.fill('A neighbour heard it and came out.');
  await heard.getByRole('button', { name: 'Use this wording' }).click();
  await expect(review.getByText('Passage reworded by Lena Legal', { exact: false }).first()).toBeVisible();
  await expect(review).toContainText('It will read: A neighbour heard it and came out.');
  await shotOf(review, 'redaction-02-decided');

  // Draw one box on the photo with the mouse, and move it from the keyboard.
  await review.getByRole('button', { name: /^Draw boxes on .*1$/ }).click();
  const dialog = page.getByRole('dialog', { name: /^Draw boxes on / });
  const sheet = dialog.getByTestId('box-drawer-page');
  await expect(dialog.getByRole('img', { name: /^Page 1 of / })).toBeVisible({ timeout: 20_000 });
  const area = (await sheet.boundingBox())!;
  await page.mouse.move(area.x + area.width * 0.55, area.y + area.height * 0.55);
  await page.mouse.down();
  await page.mouse.move(area.x + area.width * 0.8, area.y + area.height * 0.75, { steps: 6 });
  await page.mouse.up();
  await expect(dialog.getByText('One box on this page.')).toBeVisible();
  const box = dialog.getByRole('button', { name: /^Box 1: / });
  const before = await box.getAttribute('aria-label');
  await box.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(box).not.toHaveAttribute('aria-label', before!);
  await expectAccessible(page, 'drawing boxes');
  await shotOf(dialog, 'redaction-03-box');
  const drawn = /^Box 1: (\d+) by (\d+) points, (\d+) from the left and (\d+) from the top$/.exec((await box.getAttribute('aria-label'))!)!.slice(1).map(Number) as [number, number, number, number];
  await dialog.getByRole('button', { name: 'Save the boxes and redact' }).click();
  await expect(review.getByText(/^The redacted copy of .* is finished/)).toBeVisible({ timeout: 60_000 });

  // The box proposed over the witness's name on the police note, shown on its page: accepted.
  const notePage = review.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /page 1/ }) }).filter({ hasText: '“George Pike”' }).first();
  await expect(notePage.getByRole('img', { name: /with the proposed boxes outlined$/ })).toBeVisible({ timeout: 20_000 });
  await expect(notePage).toContainText(/the name of Witness A/);
  await expectAccessible(page, 'proposed exhibit boxes');
  await shotOf(notePage, 'redaction-03b-proposed-box');
  await proposed.click();
  // While its copy is made the note cannot go in a bundle (the plan leaves it out); then it is back, decided.
  await expect(review.getByText(/^Making the redacted copy of /)).toHaveCount(0, { timeout: 60_000 });
  await expect(notePage).toContainText('Box accepted by Lena Legal', { timeout: 20_000 });

  // The rest accepted; then build.
  await acceptEveryRedaction(page);
  await shot(page, 'redaction-04-all-reviewed');
  await page.getByRole('button', { name: 'Build the bundle' }).click();
  await expect(page.getByText('Bundle A is ready')).toBeVisible({ timeout: 90_000 });
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save the bundle (PDF)' }).click()]);
  const file = (await download.path())!;
  const bytes = readFileSync(file);
  const report = await checkBundle(bytes);
  expect(report.problems, explain(report)).toEqual([]);

  // Every page read by pdftotext: none of their details, and the reworded sentence as written.
  const pages = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).split('\f');
  pages.forEach((text, i) => {
    for (const leak of LEAKS) expect(text.replace(/\s+/g, ' '), `page ${i + 1}`).not.toContain(leak);
  });
  expect(pages.join(' ').replace(/\s+/g, ' ')).toContain('A neighbour heard it and came out.');

  // The photo's page: the box is burnt in (black where it was drawn), the rest of the photo as it was.
  const photoRow = report.rows.find((r) => /Photograph of the landing/.test(r.title))!;
  const photoPage = photoRow.end;
  mkdirSync('/tmp/hearth-shots', { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', String(photoPage), '-l', String(photoPage), file, '/tmp/hearth-shots/redaction-05-photo-page']);
  // The photo is a gradient, dark only at its top-left corner: black in the lower right is the box, burnt in.
  expect(drawn[0] * drawn[1], 'the box drawn has an area').toBeGreaterThan(1000);
  expect(blackInLowerRight(file, photoPage), 'the box is burnt into the photo').toBeGreaterThan(0.03);
});
