import { expect, test } from './fixtures';
import { apiFor, expectAccessible, MANAGER, openPage, setUpWorkspace, shot, shotOf, signInFirstTime } from './helpers';
import { oldNoiseCase } from './old-register';

/**
 * Retention in the browser (issue 21): a manager opens the disposal review, anonymises one case past its
 * date and places a legal hold on another, which is then refused disposal. The two cases come from an old
 * register through the import (closed in 2019, six years past), as a partner moving to Hearth would bring them.
 */
test('a manager reviews disposal, anonymises one case and places a legal hold on another', async ({ page, hearthUrl, request }) => {
  await setUpWorkspace(page, hearthUrl);
  const api = apiFor(request, hearthUrl);
  const { refs } = await api('import:run', { document: { version: 1, cases: [oldNoiseCase(1, 'Joan Pike'), oldNoiseCase(2, 'Walter Crane')] } });
  const [first, second] = refs as [string, string];
  await api('users:add', { username: MANAGER.username, displayName: MANAGER.name, role: 'manager', passphrase: MANAGER.temporary });
  await signInFirstTime(page, MANAGER);
  await expect(page.getByRole('heading', { level: 1, name: 'Deadlines' })).toBeVisible();

  await openPage(page, 'Retention', 'Retention and disposal');
  const table = page.getByRole('table', { name: /2 cases past their retention date/ });
  await expect(table.getByRole('row', { name: new RegExp(first) })).toContainText('01/03/2025');
  await expect(table.getByRole('row', { name: new RegExp(first) })).toContainText('6 years after the case closed');
  await expectAccessible(page, 'retention review');
  await shot(page, 'retention-review');

  // Anonymise the first: the reference is typed back to confirm.
  await page.getByRole('button', { name: `Anonymise ${first}` }).click();
  const dialog = page.getByRole('dialog', { name: `Anonymise ${first}?` });
  await expect(dialog).toBeVisible();
  await expectAccessible(page, 'anonymise dialog');
  await shotOf(dialog, 'retention-anonymise-dialog');
  await dialog.getByLabel('Type the case reference to confirm').fill(first);
  await dialog.getByRole('button', { name: 'Anonymise the case' }).click();
  await expect(page.getByRole('status').filter({ hasText: `${first} was anonymised` })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: `${first}: anonymised on` })).toContainText('by Priya Shah under rule “closed-case”');
  await expect(page.getByRole('table', { name: /1 case past its retention date/ })).not.toContainText(first);

  // A legal hold on the second, which then refuses its disposal and says why.
  await page.getByRole('button', { name: `Place a legal hold on ${second}` }).click();
  const hold = page.getByRole('dialog', { name: `Legal hold on ${second}` });
  await hold.getByLabel('What is the hold for?').selectOption({ label: 'An Ombudsman investigation' });
  await hold.getByLabel('Reason').fill('Housing Ombudsman complaint 2025/118 about the handling');
  await hold.getByRole('button', { name: 'Place the hold' }).click();
  await expect(page.getByRole('listitem').filter({ hasText: `${second}: under legal hold placed` })).toContainText('by Priya Shah for ombudsman: Housing Ombudsman complaint 2025/118');
  await expect(page.getByRole('row', { name: new RegExp(second) })).toContainText('under legal hold');

  await page.getByRole('button', { name: `Delete ${second}` }).click();
  const refuse = page.getByRole('dialog', { name: `Delete ${second}?` });
  await refuse.getByLabel('Type the case reference to confirm').fill(second);
  await refuse.getByRole('button', { name: 'Delete the case' }).click();
  await expect(refuse.getByText(/Refused: .* is under legal hold placed \d\d\/\d\d\/\d{4} by Priya Shah for ombudsman/)).toBeVisible();
  await shotOf(refuse, 'retention-refused');
  await refuse.getByRole('button', { name: 'Cancel' }).click();
  await expectAccessible(page, 'retention review after');
  await shot(page, 'retention-after');

  // What the anonymised case holds now: no name, no description.
  const after = await api('case:getByRef', { ref: first });
  expect(JSON.stringify(after)).not.toContain('Joan Pike');
});

test('a manager anonymises a person on every case they are on, and adds a version of the retention schedule', async ({ page, hearthUrl, request }) => {
  await setUpWorkspace(page, hearthUrl);
  const api = apiFor(request, hearthUrl);
  // The same person (name and date of birth) on two old cases, each with someone else on it.
  const hers = (n: number) => {
    const c = oldNoiseCase(n, 'Marta Kowalczyk');
    return { ...c, parties: [{ ...c.parties[0]!, dateOfBirth: '1970-05-05' }, { key: 'w', role: 'witness', name: `Neville Bystander${n}` }] };
  };
  const { refs } = await api('import:run', { document: { version: 1, cases: [hers(1), hers(2)] } });
  const [first, second] = refs as [string, string];
  await api('users:add', { username: MANAGER.username, displayName: MANAGER.name, role: 'manager', passphrase: MANAGER.temporary });
  await signInFirstTime(page, MANAGER);
  await expect(page.getByRole('heading', { level: 1, name: 'Deadlines' })).toBeVisible();
  await openPage(page, 'Retention', 'Retention and disposal');

  // Found from one case; main lists both, and nothing stands in the way.
  await page.getByLabel('A case they are on (reference)').fill(first);
  await page.getByRole('button', { name: 'Find the case' }).click();
  await page.getByLabel('The person').selectOption({ label: 'Marta Kowalczyk (complainant)' });
  const cases = page.getByRole('list', { name: 'The cases Marta Kowalczyk is on' });
  await expect(cases).toContainText(`${first}: complainant (closed)`);
  await expect(cases).toContainText(`${second}: complainant (closed)`);
  await page.getByRole('button', { name: 'Anonymise Marta Kowalczyk on all 2 cases…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Anonymise Marta Kowalczyk?' });
  await dialog.getByLabel('They asked for their data to be erased, and the request was agreed').check();
  await dialog.getByLabel('Type the person’s name to confirm').fill('Marta Kowalczyk');
  await expectAccessible(page, 'anonymise a person dialog');
  await shotOf(dialog, 'retention-anonymise-person');
  await dialog.getByRole('button', { name: 'Anonymise the person' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Marta Kowalczyk was anonymised on ${first}, ${second}` })).toBeVisible();
  for (const ref of [first, second]) {
    const view = JSON.stringify(await api('case:getByRef', { ref }));
    expect(view).not.toContain('Kowalczyk');
    expect(view).toContain('Neville Bystander');
  }

  // The schedule: the group's in force, in words; a new version for C33 with eight years and a short rule warned.
  await page.getByLabel('Partner', { exact: true }).selectOption('C33');
  const rules = page.getByRole('table', { name: /The rules of Group retention schedule/ });
  await expect(rules.getByRole('row', { name: /closed-case/ })).toContainText('6 years after the case closed');
  await page.getByRole('button', { name: 'Add a new version…' }).click();
  const edit = page.getByRole('dialog', { name: 'A new version of C33’s retention schedule' });
  await edit.locator('#schedule-amount-0').fill('8');
  await edit.locator('#schedule-amount-1').fill('18');
  await edit.locator('#schedule-unit-1').selectOption('months');
  await expect(edit.getByText(/Rule “screened-out” keeps reports screened out at intake 18 months after the case closed/)).toBeVisible();
  await expectAccessible(page, 'schedule dialog');
  await shotOf(edit, 'retention-schedule-version');
  await edit.getByRole('button', { name: 'Add the version' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Version 1 of c33-retention applies to C33’s cases from now on.' })).toBeVisible();
  const now = page.getByRole('table', { name: /The rules of .* retention schedule \(version 1\)/ });
  await expect(now.getByRole('row', { name: /closed-case/ })).toContainText('8 years after the case closed');
  await expect(now.getByRole('row', { name: /screened-out/ })).toContainText('18 months after the case closed');
});
