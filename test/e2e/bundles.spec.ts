import { readFileSync } from 'node:fs';
import { checkBundle, describe as explain } from '../bundle-checker/check';
import { expect, test } from './fixtures';
import { injunctionCase, textPdf } from './injunction-case';
import { acceptEveryRedaction, apiFor, type Api, expectAccessible, LEGAL, openPage, setUpWorkspace, shot, signInFirstTime } from './helpers';

/**
 * The court bundle builder end to end in Chromium (issue 7): a legal user builds a bundle from a case,
 * reorders a section, sees progress, and opens (saves) the result, which the bundle checker then reads.
 * The case is made through browser mode's HTTP API as the administrator, the same dispatch() the
 * window uses.
 */


/** A case with an injunction, referred to legal, with a dozen exhibits (so the build takes long enough to watch). */
async function twelveExhibitCase(api: Api): Promise<{ id: number; ref: string }> {
  const received = new Date(Date.now() - 3 * 24 * 3_600_000);
  const exhibits = [];
  for (let i = 1; i <= 12; i += 1) {
    const description = i === 1 ? 'CCTV stills from the landing' : i === 2 ? 'Photographs of the scorched door' : i === 3 ? 'Plan of the second-floor landing of Elm Court' : `Log sheet ${i}`;
    exhibits.push({ fileName: `exhibit-${i}.pdf`, description, bytes: await textPdf(`Exhibit ${i}`, 3 + (i % 4), i === 5) });
  }
  return injunctionCase(api, {
    receivedAt: received,
    flags: ['violence-or-threat'],
    incidents: [{ occurredAt: received.toISOString(), description: 'Shouted racist abuse at the complainant and threatened to burn her door.', acts: ['verbal-abuse', 'threat-of-violence'], reportedByKey: 'a' }],
    terms: [
      { kind: 'prohibition', text: 'entering Elm Road' },
      { kind: 'prohibition', text: 'using or threatening violence against any person in Elm Road', powerOfArrest: true, arrestGround: 'violence' },
      // An area prohibition recorded before its plan was chosen: the pre-flight check asks for it.
      { kind: 'prohibition', text: 'entering the second-floor landing of Elm Court', area: true },
    ],
    singleIncident: 'A hate incident with a threat to burn the home (P3.4).',
    hearing: true,
    exhibits,
  });
}

test('a legal user builds a bundle from a case, reorders a section, sees progress and opens the result', async ({ page, hearthUrl, request }) => {
  test.setTimeout(180_000);
  const api = apiFor(request, hearthUrl);
  await setUpWorkspace(page, hearthUrl);
  await api('users:add', { username: LEGAL.username, displayName: LEGAL.name, role: 'legal', passphrase: LEGAL.temporary });
  const created = await twelveExhibitCase(api);
  await signInFirstTime(page, LEGAL);

  await openPage(page, 'Court bundles');
  await expect(page.getByRole('row', { name: new RegExp(created.ref) })).toContainText('Darren Whitcombe');
  await expectAccessible(page, 'court bundles');
  await page.getByRole('link', { name: `Build the bundle for ${created.ref}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Court bundle for ${created.ref}` })).toBeVisible();

  // The index with its page numbers, before building.
  const index = page.getByRole('region', { name: 'Index' });
  await expect(index.getByRole('row', { name: /^D1 Exhibit SP\/1: CCTV stills from the landing/ })).toBeVisible();
  await expect(index).toContainText(/\d+ pages: the cover is page 1, the index 2/);
  await expect(page.getByText('File name:')).toContainText(/K00CL123 - Circle 33 v Whitcombe - Bundle A - hearing \d{4}-\d{2}-\d{2}\.pdf/);
  // Identities withheld (P3.14): said on the builder (the hearsay reason's box holds the same words, issue 15).
  await expect(page.locator('p').filter({ hasText: /The Complainant has not consented in writing/ })).toBeVisible();
  // Issue 15: the pre-flight check of the application and draft order finds the area with no plan. The
  // legal user fixes it on the injunction (a new version, the plan chosen), and the check then passes.
  const preflight = page.getByRole('region', { name: 'Pre-flight check: the application and draft order' });
  await expect(preflight).toContainText('keeps the respondent out of an area (“entering the second-floor landing of Elm Court”) but no plan of it is exhibited');
  await expect(preflight).toContainText('cannot be built until each problem below is fixed');
  await expectAccessible(page, 'bundle builder with a pre-flight problem');
  await shot(page, 'bundles-00-preflight');
  await openPage(page, 'Cases');
  await page.getByRole('link', { name: created.ref }).click();
  const legal = page.getByRole('region', { name: 'Interventions and legal action' });
  await legal.getByRole('article', { name: /Civil injunction/ }).getByRole('button', { name: 'Edit the injunction' }).click();
  const editForm = legal.getByRole('form', { name: 'Edit the injunction (version 2)' });
  await expect(editForm.getByLabel('The area they must not enter')).toHaveValue('the second-floor landing of Elm Court');
  await editForm.getByLabel('Plan of the area (an exhibit on the case)').selectOption({ label: 'SP/3: Plan of the second-floor landing of Elm Court' });
  await editForm.getByRole('button', { name: 'Save as a new version' }).click();
  await expect(legal.getByText('Civil injunction (ASBCPA 2014 s1) saved as version 2. The court papers use this version.')).toBeVisible();
  await openPage(page, 'Court bundles');
  await page.getByRole('link', { name: `Build the bundle for ${created.ref}` }).click();
  await expect(preflight).toContainText('No problems found');
  await expectAccessible(page, 'bundle builder');
  await shot(page, 'bundles-01-builder');

  // Reorder the exhibits from the keyboard: AL/2 up to first place, and the index follows.
  const d1Before = await index.getByRole('row', { name: /^D1 / }).innerText();
  const moveUp = page.getByRole('button', { name: 'Move Exhibit SP/2: Photographs of the scorched door up' });
  await moveUp.focus();
  await page.keyboard.press('Enter');
  await expect(index.getByRole('row', { name: /^D1 Exhibit SP\/2: Photographs of the scorched door/ })).toBeVisible();
  await expect(index.getByRole('row', { name: /^D2 Exhibit SP\/1: CCTV stills/ })).toBeVisible();
  expect(await index.getByRole('row', { name: /^D1 / }).innerText()).not.toBe(d1Before);
  await expect(page.getByText('Exhibit SP/2: Photographs of the scorched door moved to position 1 of 12 in Exhibits.')).toBeAttached();
  // And a whole section: Chronology before the witness statements.
  await page.getByRole('button', { name: 'Move section Chronology up' }).click();
  await expect(index.getByRole('row', { name: /^B Chronology/ })).toBeVisible();
  await shot(page, 'bundles-02-reordered');

  // Issue 16 §3: the redaction review is done before Build (every suggestion accepted here).
  await acceptEveryRedaction(page);

  // Build, with progress.
  await page.getByRole('button', { name: 'Build the bundle' }).click();
  await expect(page.getByRole('progressbar', { name: 'Building the bundle' })).toBeVisible();
  await shot(page, 'bundles-03-progress');
  const ready = page.getByText('Bundle A is ready');
  await expect(ready).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText(/^K00CL123 - Circle 33 v Whitcombe - Bundle A - hearing [0-9-]+\.pdf: \d+ pages, /)).toBeVisible();
  await expectAccessible(page, 'bundle built');
  await shot(page, 'bundles-04-ready');

  // Open the result: save the PDF, and read it back with the bundle checker.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save the bundle (PDF)' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^K00CL123 - Circle 33 v Whitcombe - Bundle A - hearing \d{4}-\d{2}-\d{2}\.pdf$/);
  const bytes = readFileSync((await download.path())!);
  const report = await checkBundle(bytes);
  expect(report.problems, explain(report)).toEqual([]);
  const d1 = report.rows.find((r) => r.tab === 'D1')!;
  expect(d1.title).toMatch(/^Exhibit SP\/2: Photographs of the scorched door/);
  expect(report.rows.find((r) => r.tab === 'B')!.title).toBe('Chronology');
  const [docx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save the index (Word)' }).click()]);
  expect(docx.suggestedFilename()).toMatch(/ - index\.docx$/);

  // It is listed with the case's bundles.
  await expect(page.getByRole('region', { name: 'Bundles built for this case' }).getByRole('row', { name: /Bundle A/ })).toContainText('Ready');
});
