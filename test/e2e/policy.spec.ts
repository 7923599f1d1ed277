import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { apiFor, expectAccessible, londonInput, openPage, setUpWorkspace, shot, shotOf } from './helpers';

/**
 * Issue 18 at intake: a report perceived as harassment on grounds of age, by a member of staff in
 * immediate danger (the emergency steps are prompted and recorded), and a report that belongs under the
 * complaints policy (referred and closed at once).
 */

async function startReport(page: Page, description: string, address: string, another = false): Promise<void> {
  if (another) await page.getByRole('link', { name: 'Report another incident' }).click();
  else await openPage(page, 'Report an incident');
  await expect(page.getByLabel('Describe what happened')).toBeVisible();
  await page.getByRole('group', { name: 'How was it reported?' }).getByLabel('Phone').check();
  await page.getByLabel('Partner', { exact: true }).selectOption({ label: 'Circle 33 Housing Trust (C33)' });
  await page.getByRole('group', { name: 'What kind of case is it?' }).getByLabel('Harassment', { exact: true }).check();
  await page.getByLabel('Address or place').fill(address);
  await page.getByLabel('When did it happen?').fill(londonInput(60));
  await page.getByLabel('Describe what happened').fill(description);
}

test('intake follows the policy: perceived harassment, a staff victim in immediate danger, and a report that belongs elsewhere', async ({ page, hearthUrl }) => {
  test.setTimeout(150_000);
  await setUpWorkspace(page, hearthUrl);

  await startReport(page, 'A tenant threatened the visiting housing officer at the door and mocked her age.', '3 Birch Walk');
  await page.getByRole('button', { name: 'Add a victim' }).click();
  const victim = page.getByRole('group', { name: /^Person 1\b/ });
  await victim.getByLabel('Name', { exact: true }).fill('Priya Shah');
  await victim.getByLabel('Do they work for us, or for a contractor?').selectOption({ label: 'A member of staff' });
  await page.getByLabel('Someone is in immediate danger').check();
  const prompt = page.getByRole('status').filter({ hasText: 'Someone is in immediate danger: act now' });
  await expect(prompt).toContainText('call the police on 999');
  await expect(prompt).toContainText('homelessness duty');
  await page.getByLabel('Age', { exact: true }).check();
  await page.getByLabel('The victim or someone else perceives this as harassment').check();
  await page.getByRole('group', { name: 'Who perceives it as harassment?' }).getByLabel('The victim').check();
  await page.getByLabel('How do they see it as harassment?').fill('She says he called her “too old for the job” and threatened her.');
  await expectAccessible(page, 'report with immediate danger');
  await shotOf(page.getByRole('region', { name: 'Step 5: Urgency and motivation' }), 'policy-01-flags-perception');

  await page.getByRole('button', { name: 'Save the report' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Report saved' })).toBeFocused();
  const urgent = page.getByRole('alert').filter({ hasText: 'Urgent' });
  await expect(urgent).toContainText('Take the emergency steps for someone in immediate danger');
  await expect(urgent).toContainText('Respond to a hate incident, racial harassment or domestic violence');
  await expect(page.getByText('A member of staff or a contractor is the victim, so the case is restricted.')).toBeVisible();
  const steps = page.getByRole('form', { name: 'Record the emergency steps taken' });
  await steps.getByLabel('Called the police (999)').check();
  await steps.getByLabel('Asked the local authority for emergency accommodation (homelessness duty)').check();
  await steps.getByLabel('Note').fill('Police reference 4411. Housing Options at the council took the referral.');
  await expectAccessible(page, 'saved report with emergency steps');
  await shot(page, 'policy-02-saved-emergency');
  await steps.getByRole('button', { name: 'Record the steps' }).click();
  await expect(page.getByText('Emergency steps recorded')).toBeVisible();

  // A complaint about a contractor belongs under the complaints policy: referred and closed at once.
  await startReport(page, 'The tenant complains that the repairs contractor was rude to her.', '27 Rowan Close', true);
  await page.getByRole('group', { name: 'Does this report belong elsewhere?' }).getByLabel('Complaint about staff or contractors: the Complaints policy (P1.5)').check();
  await page.getByLabel('Referred to').fill('Customer Relations team');
  await shotOf(page.getByRole('region', { name: 'Step 8: Does it belong under another policy?' }), 'policy-03-scope');
  await page.getByRole('button', { name: 'Save the report' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Report saved' })).toBeFocused();
  await expect(page.getByText('Referred under another policy')).toBeVisible();
  await page.getByRole('link', { name: /^Open case/ }).click();
  await expect(page.getByText('Belongs elsewhere', { exact: true })).toBeVisible();
  await expect(page.getByText('Referred to Customer Relations team', { exact: true })).toBeVisible();
  await expectAccessible(page, 'screened-out case');
  await shot(page, 'policy-04-screened-case');
});

/** Today in London plus `days`, as an ISO date. */
function londonDay(days: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date(Date.now() + days * 86_400_000));
}

test('the legal register reminds before an order expires, and the profile says why its timescales read as they do', async ({ page, hearthUrl, request }) => {
  test.setTimeout(120_000);
  const api = apiFor(request, hearthUrl);
  await setUpWorkspace(page, hearthUrl);
  const made = await api('case:create', {
    partner: 'C33',
    receivedAt: `${londonDay(-30)}T10:00:00Z`,
    method: 'phone',
    category: 'harassment',
    parties: [
      { key: 'a', role: 'complainant', name: 'Amina Hassan' },
      { key: 'b', role: 'alleged-perpetrator', name: 'Darren Whitlock', tenure: 'secure', dateOfBirth: '1985-04-04' },
    ],
    incidents: [{ occurredAt: `${londonDay(-31)}T21:00:00Z`, description: 'Threats on the landing.', reportedByKey: 'a' }],
  });
  const perp = (await api('case:get', { id: made.id })).parties.find((p) => p.role === 'alleged-perpetrator')!;
  const order = await api('action:create', {
    caseId: made.id,
    subjectPartyId: perp.id,
    startedOn: londonDay(-20),
    details: { kind: 'civil-injunction', prohibitions: ['Not to enter Elm Court'], court: 'Clerkenwell and Shoreditch' },
    acknowledgements: { 'single-incident': 'Serious threats seen by two members of staff' },
  });
  await api('action:update', { id: order.id, status: 'granted', expiresOn: londonDay(10) });
  await api('case:update', { id: made.id, legalReferred: true });

  await openPage(page, 'Legal register');
  await expect(page.getByRole('table')).toContainText('Expires soon: decide on renewal');
  await expectAccessible(page, 'legal register with a renewal reminder');
  await shot(page, 'policy-05-register-reminder');

  await openPage(page, 'Service standards');
  await page.getByRole('button', { name: 'View Group minimum standard (Harassment Policy 2010)' }).or(page.getByRole('link', { name: 'View Group minimum standard (Harassment Policy 2010)' })).click();
  await expect(page.getByText('Order expiry reminder')).toBeVisible();
  await expect(page.getByText(/Version 1 read 14 working days/)).toBeVisible();
  await expect(page.getByText('Review the Acceptable Behaviour Contract')).toBeVisible();
  await shot(page, 'policy-06-profile-v2');
});
