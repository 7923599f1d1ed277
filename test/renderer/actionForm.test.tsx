import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { GuardReport } from '../../shared/schemas/actions';
import type { CaseView, PartyView } from '../../shared/schemas/cases';
import { londonDate } from '../../shared/time/london';
import { NewActionForm } from '../../renderer/src/features/actions/form/NewActionForm';
import { answer, callsTo, ok } from './fakeHearth';
import { renderScreen } from './render';

/**
 * "Take an action": the form's problems come from the action's shared schema (ActionCreateInput) in an
 * officer's words; the policy's guards are asked as it is filled in and again on Record (main is the
 * authority), and only then is the action created.
 */
const DARREN = { id: 3, role: 'alleged-perpetrator', name: 'Darren Whitlock', anonymous: false, age: 42, tenure: 'assured' } as PartyView;
const VIEW = { header: { id: 7, ref: 'C33-2026-0007' }, parties: [DARREN], evidence: [], consents: [] } as unknown as CaseView;
const CLEAR: GuardReport = { blocks: [], flags: [], notices: [] };
const P54 = { guard: 'confirmation', rule: 'P5.4', message: 'A written warning needs some confirmation that Darren Whitlock threatened or committed harassment. Record how it was confirmed first.' };

function renderForm() {
  const onSaved = vi.fn();
  renderScreen(<NewActionForm view={VIEW} actions={[]} onRecordConfirmation={() => undefined} onSaved={onSaved} onCancel={() => undefined} />);
  return onSaved;
}

const summary = () => screen.getByText('There is a problem').parentElement!;
const record = () => userEvent.click(screen.getByRole('button', { name: 'Record the action' }));

async function chooseWarning() {
  await userEvent.selectOptions(screen.getByLabelText('What action?'), 'written-warning-first');
  await userEvent.selectOptions(screen.getByLabelText('Against whom'), '3');
  fireEvent.change(screen.getByLabelText('The behaviour that must stop'), { target: { value: 'Shouting threats at a neighbour.' } });
}

describe('the action form', () => {
  it('asks for the action first, and sends nothing', async () => {
    renderForm();
    await record();
    expect(within(summary()).getByRole('link', { name: 'Choose the action.' }).getAttribute('href')).toBe('#action-kind');
    expect(callsTo('action:create')).toHaveLength(0);
  });

  it('says in words what the schema refuses: a live period out of range, a start date that is not one', async () => {
    answer('action:check', () => ok(CLEAR));
    renderForm();
    await chooseWarning();
    fireEvent.change(screen.getByLabelText('Live for (months)'), { target: { value: '30' } });
    fireEvent.change(screen.getByLabelText('Start date'), { target: { value: '31/11/2026' } });
    await record();
    expect(within(summary()).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Enter the start date like 21/11/2026.', 'Enter how many months the warning stays live as a whole number from 1 to 24.']);
    expect(screen.getByLabelText('Live for (months)').getAttribute('aria-invalid')).toBe('true');
    expect(callsTo('action:create')).toHaveLength(0);
  });

  it('shows what a guard says while it is filled in, stops on Record while the guard blocks, and records once it does not', async () => {
    let report: GuardReport = { ...CLEAR, blocks: [P54] };
    answer('action:check', () => ok(report));
    answer('action:create', () => ok({ id: 11, label: 'First written warning', subjectName: 'Darren Whitlock' } as never));
    const onSaved = renderForm();
    await chooseWarning();
    const checks = await screen.findByRole('group', { name: /^Policy checks/ });
    await waitFor(() => expect(checks.textContent).toContain(P54.message));

    await record();
    await waitFor(() => expect(summary().textContent).toContain(`${P54.message} (Policy 5.4)`));
    expect(callsTo('action:create')).toHaveLength(0);

    report = CLEAR;
    await record();
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
    expect(callsTo('action:create')).toEqual([
      {
        caseId: 7,
        subjectPartyId: 3,
        startedOn: londonDate(new Date()),
        details: { kind: 'written-warning-first', behaviour: 'Shouting threats at a neighbour.', tenancyClause: '', livePeriodMonths: 3, aboutPartyId: null },
        acknowledgements: {},
      },
    ]);
  });
});
