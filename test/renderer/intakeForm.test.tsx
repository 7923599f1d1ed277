import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { PartnerView } from '../../shared/schemas/partners';
import { IntakeForm } from '../../renderer/src/features/cases/intake/IntakeForm';
import { answer, callsTo, ok } from './fakeHearth';
import { renderScreen } from './render';

/**
 * The report form (intake): its problems come from the report's shared schema (IntakeInput) in an
 * officer's words, beside each field and in form order in the error summary; a good report is checked
 * against earlier cases and then saved, with its dates in London time.
 */
const C33: PartnerView = { code: 'C33', name: 'Circle 33 Housing Trust', address: '', postcode: '', phone: '', email: '', website: '', signedFor: '', homes: 0, homesFrom: null, profileId: 'group-minimum', active: true, logo: null };

function renderIntake() {
  const onSaved = vi.fn();
  renderScreen(<IntakeForm partners={[C33]} initialPartner="C33" onSaved={onSaved} />);
  return onSaved;
}

const summaryItems = () => within(screen.getByText('There is a problem').parentElement!).getAllByRole('listitem').map((li) => li.textContent);
const save = () => userEvent.click(screen.getByRole('button', { name: 'Save the report' }));

/** Fills in this form with fireEvent (long text typed key by key would take seconds). */
const fill = (label: string | RegExp, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('the report form', () => {
  it('says what is missing, in form order, beside each field, before asking main', async () => {
    renderIntake();
    fill('When was it received?', '');
    await save();
    expect(summaryItems()).toEqual(['Choose how the report was made.', 'Enter the date and time the report was received.', 'Choose what kind of case this is.', 'Enter the date it happened, and the time if known.', 'Describe what happened.']);
    expect(screen.getByLabelText('Describe what happened').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('link', { name: 'Choose how the report was made.' }).getAttribute('href')).toBe('#intake-method');
    expect(callsTo('case:checkDuplicates')).toHaveLength(0);
  });

  it('refuses what the schema refuses in words: a pasted description over the limit, a malformed date, a bad postcode, an e-mail', async () => {
    renderIntake();
    await userEvent.click(screen.getByRole('radio', { name: 'Phone' }));
    await userEvent.click(screen.getByRole('radio', { name: 'Anti-social behaviour' }));
    fill('When did it happen?', '31/02/2026 14:30');
    fill('Describe what happened', 'x'.repeat(12_000));
    fill('Postcode', 'not a postcode');
    await userEvent.click(screen.getByRole('button', { name: 'Add a witness' }));
    const person = screen.getByRole('group', { name: /^Person 1/ });
    fireEvent.change(within(person).getByLabelText('Name', { exact: true }), { target: { value: 'Peter Clarke' } });
    fireEvent.change(within(person).getByLabelText('E-mail'), { target: { value: 'peter at example' } });
    await save();
    expect(summaryItems()).toEqual([
      'Enter a UK postcode such as N1 1AA, or leave it empty.',
      'Enter the date it happened like 21/11/2026, or with the time like 21/11/2026 14:30.',
      'Use at most 10,000 characters (this has 12,000).',
      'Enter an e-mail address like name@example.com, or leave it empty.',
    ]);
    expect(screen.getByRole('link', { name: 'Use at most 10,000 characters (this has 12,000).' }).getAttribute('href')).toBe('#intake-description');
    expect(callsTo('case:create')).toHaveLength(0);
  });

  it('checks a good report against earlier cases, then saves it with London times and the people it names', async () => {
    answer('case:checkDuplicates', () => ok({ matches: [], restrictedMayMatch: false }));
    answer('case:create', () => ok({ id: 42, ref: 'C33-2026-0042', parties: [], urgent: [] }));
    const onSaved = renderIntake();
    await userEvent.click(screen.getByRole('radio', { name: 'Letter' }));
    fill('When was it received?', '21/07/2026 09:15');
    await userEvent.click(screen.getByRole('radio', { name: 'Harassment' }));
    fill('Address or place', '14 Elm Court');
    fill('Postcode', 'ip1 2ab');
    fill('When did it happen?', '20/07/2026 22:05');
    fill('Describe what happened', 'Shouting and banging on the door late at night.');
    await userEvent.click(screen.getByRole('button', { name: 'Add a complainant' }));
    fireEvent.change(within(screen.getByRole('group', { name: /^Person 1/ })).getByLabelText('Name', { exact: true }), { target: { value: 'Amina Hassan' } });
    await save();

    await waitFor(() => expect(onSaved).toHaveBeenCalledWith({ id: 42, ref: 'C33-2026-0042', parties: [], urgent: [] }));
    expect(callsTo('case:checkDuplicates')).toEqual([{ address: '14 Elm Court', postcode: 'ip1 2ab', names: ['Amina Hassan'] }]);
    const [created] = callsTo('case:create') as Record<string, unknown>[];
    expect(created).toMatchObject({
      partner: 'C33',
      method: 'letter',
      category: 'harassment',
      // British Summer Time: 09:15 in London is 08:15 UTC.
      receivedAt: '2026-07-21T08:15:00.000Z',
      location: { address: '14 Elm Court', estate: '', postcode: 'ip1 2ab' },
      incidents: [{ occurredAt: '2026-07-20T21:05:00.000Z', description: 'Shouting and banging on the door late at night.', acts: [], location: '', reportedByKey: null }],
      parties: [expect.objectContaining({ role: 'complainant', name: 'Amina Hassan', anonymous: false })],
      linkToCaseIds: [],
    });
  });

  it('takes only the day an incident happened, as its hint allows, and saves it with the time marked unknown (issue 17)', async () => {
    answer('case:checkDuplicates', () => ok({ matches: [], restrictedMayMatch: false }));
    answer('case:create', () => ok({ id: 43, ref: 'C33-2026-0043', parties: [], urgent: [] }));
    const onSaved = renderIntake();
    await userEvent.click(screen.getByRole('radio', { name: 'Letter' }));
    fill('When was it received?', '21/07/2026 09:15');
    await userEvent.click(screen.getByRole('radio', { name: 'Harassment' }));
    fill('Address or place', '14 Elm Court');
    fill('When did it happen?', '20/07/2026');
    fill('Describe what happened', 'Shouting on the landing one evening; she is not sure when.');
    await save();
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    const [created] = callsTo('case:create') as { incidents: unknown[] }[];
    // The start of 20 July in London (British Summer Time): 23:00 UTC the day before.
    expect(created!.incidents).toEqual([expect.objectContaining({ occurredAt: '2026-07-19T23:00:00.000Z', occurredTimeKnown: false })]);
  });

  it('says only that a restricted case may match, names none, offers no link, and saves without one', async () => {
    answer('case:checkDuplicates', () => ok({ matches: [], restrictedMayMatch: true }));
    answer('case:create', () => ok({ id: 43, ref: 'C33-2026-0043', parties: [], urgent: [] }));
    const onSaved = renderIntake();
    await userEvent.click(screen.getByRole('radio', { name: 'Phone' }));
    await userEvent.click(screen.getByRole('radio', { name: 'Harassment' }));
    fill('Address or place', '14 Elm Court');
    fill('When did it happen?', '20/07/2026 22:05');
    fill('Describe what happened', 'Shouting on the landing late at night.');
    await save();

    const related = await screen.findByRole('region', { name: 'Possible related cases' });
    expect(within(related).getByText('A restricted case may match')).toBeTruthy();
    expect(within(related).getByText(/ask a manager whether the two should be linked/)).toBeTruthy();
    expect(within(related).queryByRole('table')).toBeNull();
    expect(within(related).queryByRole('button', { name: /Link the new report/ })).toBeNull();
    expect(onSaved).not.toHaveBeenCalled();

    await userEvent.click(within(related).getByRole('button', { name: 'Save without linking' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(callsTo('case:create')).toEqual([expect.objectContaining({ linkToCaseIds: [] })]);
  });
});
