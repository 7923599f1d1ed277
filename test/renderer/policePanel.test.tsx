import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { CaseView } from '../../shared/schemas/cases';
import type { PoliceRefuseInput, PoliceRequestView } from '../../shared/schemas/police-requests';
import { PolicePanel } from '../../renderer/src/features/police/PolicePanel';
import { answer, callsTo, ok, refused } from './fakeHearth';
import { renderScreen } from './render';

/**
 * The case's police requests (issue 21; P3.11–3.14): each with who asked, the basis and the decision with
 * its reason; a refusal is recorded with its reason and nothing is shared, and main's refusal of the request
 * is shown on the form, which keeps what was typed.
 */
const VIEW = { header: { id: 7, ref: 'C33-2026-0007' }, parties: [], evidence: [{ id: 41, exhibitLabel: 'JM/1', fileName: 'landing.jpg' }], consents: [] } as unknown as CaseView;
const REFUSED: PoliceRequestView = {
  id: 3,
  force: 'Metropolitan Police Service',
  officer: 'PC Rachel Obi 4471',
  reference: 'CAD 1234/21NOV',
  lawfulBasis: 'cda-1998-s115',
  purpose: 'Investigating criminal damage on the landing.',
  receivedOn: '2026-11-21',
  decision: 'refused',
  reason: 'The basis given does not cover the witness’s details.',
  exhibits: 0,
  approvedBy: 'Priya Shah',
  madeAt: '2026-11-22T10:15:00Z',
};

async function fillRefusal() {
  fireEvent.change(screen.getByLabelText('Police force'), { target: { value: 'Metropolitan Police Service' } });
  fireEvent.change(screen.getByLabelText(/Requesting officer/), { target: { value: 'PC Rachel Obi 4471' } });
  fireEvent.change(screen.getByLabelText(/Police reference/), { target: { value: 'CAD 99/01DEC' } });
  await userEvent.click(screen.getByLabelText(/Crime and Disorder Act 1998/));
  fireEvent.change(screen.getByLabelText('What the police need it for'), { target: { value: 'A public order offence on the estate.' } });
  await userEvent.click(screen.getByLabelText('Refuse the request'));
  fireEvent.change(screen.getByLabelText('Why it is refused'), { target: { value: 'No offence named; nothing in the record is needed for it.' } });
}

describe('the police requests panel', () => {
  it('lists each request with who asked, the basis, and the decision with its reason', async () => {
    answer('police:list', () => ok([REFUSED]));
    renderScreen(<PolicePanel view={VIEW} onDone={() => undefined} />);
    const table = await screen.findByRole('table', { name: '1 police request, newest first' });
    const row = within(table).getByRole('row', { name: /CAD 1234\/21NOV/ });
    expect(row.textContent).toContain('PC Rachel Obi 4471, Metropolitan Police Service');
    expect(row.textContent).toContain('21/11/2026');
    expect(row.textContent).toContain('CDA 1998 s.115');
    expect(row.textContent).toContain('Refused: The basis given does not cover the witness’s details.');
  });

  it('says so when the case has none, and records a refusal with its reason, sharing nothing', async () => {
    answer('police:list', () => ok([]));
    answer('police:refuse', () => ok({ id: 4 }));
    const onDone = vi.fn();
    renderScreen(<PolicePanel view={VIEW} onDone={onDone} />);
    expect(await screen.findByText('No request from the police is recorded on this case.')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Record a police request' }));
    await fillRefusal();
    expect(screen.queryByText('Exhibits to share')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Record the refusal' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith('Recorded the request CAD 99/01DEC from Metropolitan Police Service as refused. Nothing was shared.'));
    const sent = callsTo('police:refuse')[0] as PoliceRefuseInput;
    expect(sent).toMatchObject({ caseId: 7, lawfulBasis: 'cda-1998-s115', reason: 'No offence named; nothing in the record is needed for it.' });
    expect(callsTo('police:pack')).toHaveLength(0);
  });

  it('asks for the reason and an exhibit before anything is sent, and shows main’s refusal on the form', async () => {
    answer('police:list', () => ok([]));
    answer('police:refuse', () => refused('Only a manager may record a police request for partner C33.', 'guard'));
    renderScreen(<PolicePanel view={VIEW} onDone={() => undefined} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Record a police request' }));
    await userEvent.click(screen.getByLabelText('Share part of it'));
    await userEvent.click(screen.getByRole('button', { name: 'Make the evidence pack' }));
    expect(screen.getAllByText('Say why the rest is not shared.').length).toBeGreaterThan(0);
    expect(screen.getAllByText('Choose at least one exhibit for the pack.').length).toBeGreaterThan(0);
    expect(callsTo('police:pack')).toHaveLength(0);
    await fillRefusal();
    await userEvent.click(screen.getByRole('button', { name: 'Record the refusal' }));
    expect((await screen.findAllByText(/Only a manager may record a police request/)).length).toBeGreaterThan(0);
    expect((screen.getByLabelText('Police force') as HTMLInputElement).value).toBe('Metropolitan Police Service');
  });
});
