import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Action } from '../../shared/roles';
import type { ThresholdVersions } from '../../shared/schemas/case-review';
import { ProfilesPage } from '../../renderer/src/features/profiles';
import { answer, callsTo, ok } from './fakeHearth';
import { OFFICER, renderScreen } from './render';

/** A manager's permissions as can.ts gives them, as far as this screen reads them. */
const MANAGER: readonly Action[] = [...OFFICER, 'reports.read', 'caseReview.record', 'caseReview.thresholds'];

const START: ThresholdVersions = {
  partner: 'C33',
  versions: [
    { id: 'home-office-default', version: 1, name: 'Three complaints in six months', words: '3 complaints in 6 months, each made within one month of the behaviour', count: 3, windowMonths: 6, reportWithinMonths: 1, hateIncidents: null, vulnerableCount: null, why: '', inForceFrom: null, setBy: null, setAt: null, current: true },
  ],
};

function answerTheScreen() {
  answer('profiles:list', () => ok([]));
  answer('partners:list', () => ok([]));
  answer('casereview:thresholds', () => ok(START));
}

const fill = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

/**
 * Issue 20: managers set their area's ASB case review threshold (can.ts: caseReview.thresholds), but the
 * panel sat on the Partners screen, which only administrators open. It is on the Service standards screen.
 */
describe('the case review thresholds on the Service standards screen', () => {
  it('shows a manager their partner’s threshold versions and adds one', async () => {
    answerTheScreen();
    answer('casereview:setThreshold', (input) => ok({ partner: input.partner, versions: START.versions }));
    renderScreen(<ProfilesPage />, MANAGER);
    const section = await screen.findByRole('region', { name: 'Case review thresholds' });
    const panel = within(section).getByRole('region', { name: 'ASB case review threshold' });
    expect(await within(panel).findByText('3 complaints in 6 months, each made within one month of the behaviour')).toBeTruthy();
    expect(within(panel).getByRole('rowheader', { name: 'The start (now)' })).toBeTruthy();
    expect(callsTo('casereview:thresholds')).toEqual([{ partner: 'C33' }]);

    fill('Name', 'Two complaints, or one hate incident');
    fill('In force from', '01/01/2027');
    await userEvent.click(within(within(panel).getByRole('group', { name: /^Qualifying complaints that meet it/ })).getByLabelText('2'));
    await userEvent.click(within(within(panel).getByRole('group', { name: 'Hate incidents that meet it on their own' })).getByLabelText('1'));
    await userEvent.click(within(panel).getByRole('button', { name: 'Add the version' }));
    await waitFor(() => expect(callsTo('casereview:setThreshold')).toHaveLength(1));
    expect(callsTo('casereview:setThreshold')[0]).toEqual({ partner: 'C33', name: 'Two complaints, or one hate incident', inForceFrom: '2027-01-01', count: 2, windowMonths: 6, hateIncidents: 1, vulnerableCount: null, why: '' });
  });

  it('is not offered to an officer, who cannot set a threshold', async () => {
    answerTheScreen();
    renderScreen(<ProfilesPage />, OFFICER);
    expect(await screen.findByRole('heading', { name: 'Service standards' })).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Case review thresholds' })).toBeNull();
    expect(callsTo('casereview:thresholds')).toEqual([]);
  });
});
