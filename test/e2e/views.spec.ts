import { expect, test } from './fixtures';
import { apiFor, expectAccessible, openPage, setUpWorkspace, shotOf } from './helpers';
import { harassmentCase } from './harassment-case';

/**
 * Views that stay true (issue 17 §3, issue 14): the renderer keeps server state in one query cache, and
 * each change invalidates what depends on it. Straight after a first written warning is recorded, the
 * case's letters offer the warning letter without the case being left and opened again; and an old
 * "That did not work" goes once another template is chosen. The case and its confirmation (P5.4) are
 * made through browser mode's HTTP API, as the signed-in administrator.
 */

const WARNING_NEEDS = 'First written warning: Needs a first written warning recorded on the case first.';

/** A London day as the fields take it ("21/11/2026"), some days from now. */
function londonDay(daysAhead: number): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', day: '2-digit', month: '2-digit', year: 'numeric' }).format(new Date(Date.now() + daysAhead * 86_400_000));
}

test('a warning recorded on the case makes its letter available at once, and an old error goes with the template it was about', async ({ page, hearthUrl, request }) => {
  test.setTimeout(120_000);
  const api = apiFor(request, hearthUrl);
  await setUpWorkspace(page, hearthUrl);
  const made = await api('case:create', harassmentCase(2));
  const perpetrator = made.parties.find((p) => p.key === 'p')!.id;
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
  await api('confirmation:add', { caseId: made.id, partyId: perpetrator, basis: 'staff-witnessed', detail: 'The caretaker heard the threats.', on: today });

  await openPage(page, 'Cases');
  await page.getByRole('link', { name: made.ref }).click();
  await expect(page.getByRole('heading', { level: 1, name: made.ref })).toBeVisible();
  const maker = page.getByRole('region', { name: 'Make a letter or document' });
  const template = maker.getByLabel('Template', { exact: true });

  // Before the warning: its letter is not offered, and the list of the rest says why.
  await expect(template.getByRole('option', { name: 'First written warning' })).toHaveCount(0);
  await maker.getByText(/Not available for this case yet/).click();
  await expect(maker.getByText(WARNING_NEEDS)).toBeVisible();

  // An error about one template (the complainant has no address on the case yet)…
  await template.selectOption({ label: 'Acknowledgement of a report' });
  await maker.getByRole('button', { name: 'Preview' }).click();
  const failed = maker.locator('.notice', { hasText: 'That did not work' });
  await expect(failed).toBeVisible();
  await expect(failed).toContainText('“Acknowledgement of a report” needs');
  await shotOf(maker, 'views-01-error-for-one-template');
  // …goes when another template is chosen: it said nothing about that one.
  await template.selectOption({ label: 'Invitation to an interview' });
  await expect(failed).toHaveCount(0);

  // Record the first written warning in the actions panel, without leaving the case.
  const actions = page.getByRole('region', { name: 'Interventions and legal action' });
  await actions.getByRole('button', { name: 'Take an action' }).click();
  await actions.getByLabel('What action?').selectOption({ label: 'First written warning' });
  await actions.getByLabel('Against whom').selectOption({ label: 'Darren Whitlock (alleged perpetrator)' });
  await actions.getByLabel('The behaviour that must stop').fill('Shouting threats at a neighbour on the landing.');
  await expect(actions.getByRole('group', { name: /^Policy checks/ })).toContainText('Nothing in the policy stops this action.');
  await actions.getByRole('button', { name: 'Record the action' }).click();
  await expect(actions.getByText('First written warning recorded for Darren Whitlock. It is in the chronology.')).toBeVisible();

  // The letter is offered now, and no longer listed as unavailable; the chronology and deadlines followed too.
  await expect(template.getByRole('option', { name: 'First written warning' })).toHaveCount(1);
  await expect(maker.getByText(WARNING_NEEDS)).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Chronology' })).toContainText('First written warning — Darren Whitlock');
  await template.selectOption({ label: 'First written warning' });
  await expect(maker.getByLabel('Who it goes to')).toContainText('Darren Whitlock — first written warning of');
  await expectAccessible(page, 'case with a warning recorded');
  await shotOf(maker, 'views-02-warning-letter-offered');

  // An action plan agreed on the case: its dates typed the UK way, and the deadlines panel follows at once.
  const deadlines = page.getByRole('region', { name: 'Deadlines', exact: true });
  await expect(deadlines).not.toContainText('Initial review of the action plan');
  const plan = page.getByRole('region', { name: 'Action plan', exact: true });
  await plan.getByRole('button', { name: 'Record the action plan' }).click();
  await expect(plan.getByLabel('When was it agreed?')).toHaveValue(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
  await plan.getByLabel('What will be done').fill('Visit Mrs Hassan every week');
  await plan.getByLabel('Who will do it').fill('Sam Patel');
  await plan.getByLabel('By (optional)').fill('next week');
  await plan.getByRole('button', { name: 'Save this version' }).click();
  await expect(plan.getByRole('link', { name: 'Action 1: enter the date like 21/11/2026, or leave it empty.' })).toBeVisible();
  await plan.getByLabel('By (optional)').fill(londonDay(14));
  await expectAccessible(page, 'action plan form');
  await shotOf(plan, 'views-03-plan-form');
  await plan.getByRole('button', { name: 'Save this version' }).click();
  await expect(plan.getByText('Version 1 of the plan is saved.')).toBeVisible();
  await expect(deadlines).toContainText('Initial review of the action plan');
  await shotOf(plan, 'views-04-plan-saved');
});

test('an incident is dated from the calendar by keyboard, a long description counts down, and policy references read in words', async ({ page, hearthUrl, request }) => {
  test.setTimeout(120_000);
  const api = apiFor(request, hearthUrl);
  await setUpWorkspace(page, hearthUrl);
  const made = await api('case:create', harassmentCase(2));
  await openPage(page, 'Cases');
  await page.getByRole('link', { name: made.ref }).click();
  await page.getByRole('button', { name: 'Add an Incident' }).click();
  const form = page.getByRole('form', { name: 'Add an incident' });
  const when = form.getByLabel('When did it happen?');
  await when.fill('10/02/2026 21:30');

  // The calendar opens on the typed day; the keyboard moves a week on and chooses; the time stays.
  await form.getByRole('button', { name: /^Calendar\s*for “When did it happen/ }).click();
  const calendar = page.getByRole('dialog', { name: 'Choose the date: When did it happen?' });
  await expect(calendar.getByText('February 2026')).toBeVisible();
  await expect(calendar.getByRole('button', { name: '10 February 2026, the date in the field' })).toBeFocused();
  await expectAccessible(page, 'calendar');
  await shotOf(calendar, 'calendar');
  await page.keyboard.press('ArrowDown');
  await expect(calendar.getByRole('button', { name: '17 February 2026' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(calendar).toHaveCount(0);
  await expect(when).toHaveValue('17/02/2026 21:30');

  // A pasted description near the limit counts down before saving; past it, says by how much.
  const description = form.getByLabel('Describe what happened');
  await description.fill('x'.repeat(7_600));
  await expect(form.getByText('You have 2,400 characters left')).toBeVisible();
  await description.fill('x'.repeat(10_050));
  await expect(form.getByText('You have 50 characters too many')).toBeVisible();
  await expect(description).toHaveAttribute('aria-invalid', 'true');

  // The case's deadlines name their standard in words, with the policy's own paragraph on focus.
  const ref = page.locator('.policy-ref', { hasText: 'Policy 4.6' }).first();
  await ref.focus();
  await expect(ref.getByRole('tooltip')).toContainText('initial response to the report within 24 hours');
  // New cases start under version 2 of the group's standard (issue 18 made it follow the policy's own timescales).
  await expect(page.getByText('Group minimum, version 2').first()).toBeVisible();
  await expectAccessible(page, 'case with an incident form open');
});
