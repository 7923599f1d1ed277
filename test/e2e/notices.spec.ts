import type { Api } from './helpers';
import { pdfText } from '../helpers/pdf-text';
import { expect, test } from './fixtures';
import { apiFor, expectAccessible, openPage, setUpWorkspace, shotOf } from './helpers';

/**
 * The interpreter notice's translations in the browser (issue 19): an administrator corrects the Polish
 * words in Settings, a letter to someone who needs a Polish interpreter prints the corrected words, and
 * "Use the supplied words" puts the file's words back, in the screen and in the next letter. The case and
 * the letters are made through browser mode's HTTP API; the letters are read back with pdftotext.
 */
const SUPPLIED = 'To pismo jest ważne.';
const CORRECTED = 'To pismo jest bardzo ważne. Jeśli potrzebujesz tłumacza, zadzwoń pod numer {phone}. Tłumacz jest bezpłatny.';

async function polishLetterText(api: Api, caseId: number, partyId: number): Promise<string> {
  const letter = await api('document:generate', { caseId, templateId: 'acknowledgement', partyId });
  const { bytes } = await api('document:export', { id: letter.id, format: 'pdf' });
  return pdfText(bytes, 1, 1).replace(/\s+/g, ' ');
}

test('an administrator corrects the Polish notice, the next letter prints it, and the supplied words come back', async ({ page, hearthUrl, request }) => {
  const api = apiFor(request, hearthUrl);
  await setUpWorkspace(page, hearthUrl);
  await api('partners:save', { code: 'C33', name: 'Circle 33 Housing Trust', address: 'Circle House, 1 Reading Road, London N7 8QX', phone: '0300 456 2233', email: 'neighbourhoods@circle33.org.uk' });
  const created = await api('case:create', {
    partner: 'C33',
    receivedAt: new Date(Date.now() - 3 * 3_600_000).toISOString(),
    method: 'phone',
    category: 'harassment',
    summary: 'Shouting on the landing of Elm House.',
    location: { address: '4 Elm Road', estate: 'Elm Estate', postcode: 'N1 1AA' },
    parties: [
      { key: 'a', role: 'complainant', name: 'Anna Kowalska', address: '4 Elm Road, London', postcode: 'N1 1AA', formatNeeds: { largePrint: false, easyRead: false, interpreter: 'Polish', signer: false, braille: false, audio: false } },
      { key: 'b', role: 'alleged-perpetrator', name: 'Darren Whitcombe', address: '2 Elm Road, London', postcode: 'N1 1AB' },
    ],
    incidents: [{ occurredAt: new Date(Date.now() - 4 * 3_600_000).toISOString(), description: 'Shouted abuse at the door of number 4.', acts: ['verbal-abuse'], reportedByKey: 'a' }],
  });
  const complainant = (await api('case:get', { id: created.id })).parties.find((p) => p.role === 'complainant')!;
  expect(await polishLetterText(api, created.id, complainant.id)).toContain(SUPPLIED);

  await openPage(page, 'Settings');
  const notices = page.getByRole('region', { name: 'Interpreter notice in other languages' });
  const polishRow = notices.getByRole('row', { name: /^Polish/ });
  await expect(polishRow).toContainText('Not checked by a translator. As supplied.');
  const form = notices.getByRole('form', { name: 'Correct a translation' });
  await form.getByLabel('Language', { exact: true }).selectOption('Polish');
  await expect(form.getByLabel('The notice in this language')).toHaveValue(/^To pismo jest ważne\./);
  await form.getByLabel('The notice in this language').fill(CORRECTED);
  await form.getByLabel('Who translated or checked it').fill('Anna Nowak, qualified translator, December 2026');
  await form.getByLabel('A qualified translator has checked these words').check();
  await form.getByRole('button', { name: 'Save the translation' }).click();
  await expect(form.getByRole('status')).toHaveText('Saved as version 1.');
  await expect(polishRow).toContainText('To pismo jest bardzo ważne.');
  await expect(polishRow).toContainText('Anna Nowak, qualified translator, December 2026. Checked by a translator. Version 1.');
  await expectAccessible(page, 'interpreter notices');
  await shotOf(notices, 'interpreter-notices-corrected');

  // The next letter prints the corrected words, the partner's number in place of {phone}.
  const corrected = await polishLetterText(api, created.id, complainant.id);
  expect(corrected).toContain('To pismo jest bardzo ważne. Jeśli potrzebujesz tłumacza, zadzwoń pod numer 0300 456 2233. Tłumacz jest bezpłatny.');

  // Back to the supplied words: the screen says so, and so does the next letter.
  await form.getByRole('button', { name: 'Use the supplied words' }).click();
  await expect(form.getByRole('status')).toHaveText('The supplied words are back in use.');
  await expect(polishRow).toContainText('Not checked by a translator. As supplied.');
  await expect(form.getByRole('button', { name: 'Use the supplied words' })).toHaveCount(0);
  const reverted = await polishLetterText(api, created.id, complainant.id);
  expect(reverted).toContain(SUPPLIED);
  expect(reverted).not.toContain('bardzo');
});
