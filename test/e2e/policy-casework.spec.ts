import type { ChannelInput } from '../../shared/ipc/contract';
import { expect, test } from './fixtures';
import { apiFor, expectAccessible, openPage, setUpWorkspace, shot, shotOf } from './helpers';

/**
 * Issue 18 items 2, 6 and 7 on screen: interviewing the alleged perpetrator is refused in words until the
 * complainant agrees (P4.9); the answer and a safety measure (P3.17) are added from "Add to the case";
 * the case's panel shows them, and links a counter-allegation, shown on both cases (P4.7).
 */
function intake(parties: ChannelInput<'case:create'>['parties'], summary: string): ChannelInput<'case:create'> {
  return {
    partner: 'C33',
    receivedAt: new Date(Date.now() - 2 * 86_400_000).toISOString(),
    method: 'phone',
    category: 'harassment',
    summary,
    location: { address: '14 Elm Court', estate: 'Elm Estate', postcode: 'IP1 2AB' },
    parties,
    incidents: [{ occurredAt: new Date(Date.now() - 3 * 86_400_000).toISOString(), description: summary, acts: ['verbal-abuse'] }],
  };
}

test('interviews wait for the complainant’s agreement; safety measures and a counter-allegation are recorded', async ({ page, hearthUrl, request }) => {
  test.setTimeout(180_000);
  const api = apiFor(request, hearthUrl);
  await setUpWorkspace(page, hearthUrl);
  const a = await api('case:create', intake([{ key: 'c', role: 'complainant', name: 'Amina Hassan' }, { key: 'p', role: 'alleged-perpetrator', name: 'Darren Whitlock' }], 'Threats and abuse on the landing'));
  const b = await api('case:create', intake([{ key: 'c', role: 'complainant', name: 'Darren Whitlock' }, { key: 'p', role: 'alleged-perpetrator', name: 'Amina Hassan' }], 'Says she bangs on his door at night'));

  await openPage(page, 'Cases');
  await page.getByRole('link', { name: a.ref }).click();
  await expect(page.getByRole('heading', { level: 1, name: a.ref })).toBeVisible();
  const add = page.getByRole('region', { name: 'Add to the case' });

  // Interviewing the alleged perpetrator before the complainant agrees is refused, saying how to fix it.
  await add.getByRole('button', { name: 'Add an Interview' }).click();
  await page.getByLabel('Who was interviewed').selectOption({ label: 'Darren Whitlock (alleged perpetrator)' });
  await page.getByLabel('Summary').fill('Heard his side of what happened on the landing.');
  await page.getByRole('button', { name: 'Save the interview' }).click();
  await expect(page.getByText(/Others are only interviewed if the complainant agrees \(Policy 4\.9\)/).first()).toBeVisible();
  await shot(page, 'casework-01-interview-refused');
  await page.getByRole('button', { name: 'Cancel' }).click();

  await add.getByRole('button', { name: 'Add the Agreement to interview others' }).click();
  await page.getByRole('group', { name: 'Is the complainant happy for others to be interviewed?' }).getByLabel('The complainant agreed').check();
  await page.getByRole('button', { name: 'Save the answer' }).click();
  await expect(page.getByText('The complainant’s answer about interviewing others was added to the chronology.')).toBeVisible();

  await add.getByRole('button', { name: 'Add a Safety measure' }).click();
  await page.getByLabel('Measure', { exact: true }).selectOption({ label: 'Fire-proof letterbox' });
  await page.getByLabel('For whom').selectOption({ label: 'Amina Hassan (complainant)' });
  await page.getByRole('group', { name: 'Offered, fitted or declined?' }).getByLabel('Fitted or done').check();
  await page.getByLabel('Cost (£, optional)').fill('185.00');
  await page.getByLabel('Crime prevention liaison (optional)').fill('PC Jane Doyle, crime prevention adviser');
  await page.getByRole('button', { name: 'Save the safety measure' }).click();
  await expect(page.getByText('The safety measure was added to the chronology.')).toBeVisible();

  const panel = page.getByRole('region', { name: 'Interviews, counter-allegations, safety and formats' });
  await panel.getByLabel('Link a counter-allegation: the other case’s reference').fill(b.ref);
  await panel.getByRole('button', { name: 'Link the case' }).click();
  await expect(panel.getByRole('link', { name: b.ref })).toBeVisible();
  await expect(panel).toContainText('The complainant agreed');
  await expect(panel).toContainText('Fire-proof letterbox: fitted or done');
  await expect(panel).toContainText('PC Jane Doyle');
  await expectAccessible(page, 'case with issue 18 panel');
  await shotOf(panel, 'casework-02-panel');

  // The link shows on the other case too.
  await panel.getByRole('link', { name: b.ref }).click();
  await expect(page.getByRole('heading', { level: 1, name: b.ref })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Interviews, counter-allegations, safety and formats' }).getByRole('link', { name: a.ref })).toBeVisible();
});
