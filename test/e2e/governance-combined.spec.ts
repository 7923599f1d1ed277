import { readFileSync } from 'node:fs';
import { pdfText } from '../helpers/pdf-text';
import { expect, test } from './fixtures';
import { acceptEveryRedaction, apiFor, expectAccessible, MANAGER, openPage, setUpWorkspace, shot, shotOf, signInFirstTime } from './helpers';
import { oldCase, oldNoiseCase } from './old-register';

/**
 * Issue 21's end-to-end test: a manager reviews disposal and anonymises one case, places a legal hold on
 * another, and produces a subject access pack for a person on the held case (its passage naming a third
 * party reviewed first). Each screen then shows what was done: the Audit log has the anonymising, the hold
 * and the pack; the disclosure log has the pack (anonymising and holds are audited and tombstoned, not
 * disclosures: nothing left Hearth). The cases come from an old register through the import.
 */
test('a manager anonymises a case, holds another and produces a SAR pack; the audit and disclosure logs show them', async ({ page, hearthUrl, request }) => {
  test.setTimeout(180_000);
  await setUpWorkspace(page, hearthUrl);
  const api = apiFor(request, hearthUrl);
  const { refs } = await api('import:run', {
    document: {
      version: 1,
      cases: [
        oldNoiseCase(1, 'Joan Pike'),
        oldCase(
          2,
          [
            { key: 'c', role: 'complainant', name: 'Walter Crane' },
            { key: 'p', role: 'alleged-perpetrator', name: 'Derek Lomax' },
          ],
          'Derek Lomax played loud music until 3am; Walter Crane could not sleep.',
        ),
      ],
    },
  });
  const [first, second] = refs as [string, string];
  await api('users:add', { username: MANAGER.username, displayName: MANAGER.name, role: 'manager', passphrase: MANAGER.temporary });
  await signInFirstTime(page, MANAGER);
  await expect(page.getByRole('heading', { level: 1, name: 'Deadlines' })).toBeVisible();
  // Requests about people sit beside the case deadlines for a manager; none is due yet.
  await expect(page.getByRole('region', { name: /Requests from people about their information/ })).toContainText('No subject access, rectification or erasure request is overdue or due this week.');

  // 1. Anonymise the first case past its date.
  await openPage(page, 'Retention', 'Retention and disposal');
  await page.getByRole('button', { name: `Anonymise ${first}` }).click();
  const anonymise = page.getByRole('dialog', { name: `Anonymise ${first}?` });
  await anonymise.getByLabel('Type the case reference to confirm').fill(first);
  await anonymise.getByRole('button', { name: 'Anonymise the case' }).click();
  await expect(page.getByRole('status').filter({ hasText: `${first} was anonymised` })).toBeVisible();

  // 2. A legal hold on the second.
  await page.getByRole('button', { name: `Place a legal hold on ${second}` }).click();
  const hold = page.getByRole('dialog', { name: `Legal hold on ${second}` });
  await hold.getByLabel('What is the hold for?').selectOption({ label: 'An Ombudsman investigation' });
  await hold.getByLabel('Reason').fill('Housing Ombudsman complaint 2025/118 about the handling');
  await hold.getByRole('button', { name: 'Place the hold' }).click();
  await expect(page.getByRole('listitem').filter({ hasText: `${second}: under legal hold placed` })).toBeVisible();

  // 3. Walter Crane asks for his information: the pack is made once the passage naming Derek Lomax is reviewed.
  await openPage(page, 'Information governance');
  const form = page.getByRole('form', { name: 'Record a request' });
  const today = new Date().toLocaleDateString('en-GB', { timeZone: 'Europe/London' });
  await form.getByLabel('Requester’s name').fill('Walter Crane');
  await form.getByLabel('Received on').fill(today);
  await form.getByLabel('How their identity was checked').fill('Driving licence seen at the office');
  await form.getByLabel('Identity confirmed on').fill(today);
  await form.getByRole('button', { name: 'Record the request' }).click();
  const panel = page.getByRole('region', { name: 'Request 1: Walter Crane' });
  await panel.getByRole('group', { name: 'Is this the requester?' }).getByRole('radio').first().check();
  await panel.getByRole('button', { name: 'This is the requester' }).click();
  await expect(panel.getByRole('row', { name: /Incident/ })).toBeVisible();
  await expect(panel.getByRole('region', { name: /^Review what identifies people/ })).toContainText('Derek Lomax (another person)');
  await acceptEveryRedaction(panel);
  const download = page.waitForEvent('download');
  await panel.getByRole('button', { name: 'Make the subject access pack' }).click();
  const text = pdfText(readFileSync((await (await download).path())!), 1, 20);
  expect(text).toContain('Walter Crane could not sleep');
  expect(text).not.toContain('Lomax');

  // The disclosure log: the pack, and only the pack (nothing of the anonymising or the hold left Hearth).
  const log = page.getByRole('region', { name: 'Disclosure log', exact: true });
  await expect(log.getByRole('row', { name: /Subject access pack/ })).toContainText('Walter Crane (the requester)');
  await expect(log.getByRole('row', { name: /Subject access pack/ })).toContainText('Priya Shah');
  await expect(log.getByRole('row')).toHaveCount(2); // the header and the pack
  await expectAccessible(page, 'information governance after the pack');
  await shotOf(log, 'governance-combined-disclosure-log');

  // The audit log: all three, by her.
  await openPage(page, 'Audit log');
  const audit = page.getByRole('table', { name: /newest first/ });
  for (const action of ['Disposed of a case past its retention date', 'Placed a legal hold', 'Made a subject access pack']) {
    await expect(audit.getByRole('row', { name: new RegExp(action) }).first(), action).toContainText(MANAGER.username);
  }
  await expectAccessible(page, 'audit log after governance');
  await shot(page, 'governance-combined-audit');
});
