import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { RecordFactDialog } from '../../renderer/src/features/deadlines/RecordFactDialog';
import type { DashboardLine } from '../../renderer/src/features/deadlines/dashboardLine';
import { answer, callsTo, ok, refused } from './fakeHearth';
import { renderScreen } from './render';

/**
 * Recording the fact that meets a dashboard line: the form's problems and main's refusal reach the officer
 * in one error summary whose links lead to the fields, and only a complete answer is sent to main.
 */
const line = { ruleId: 'acknowledge', caseId: 7, ref: 'HC-2026-0007', label: 'Acknowledge the report', dueAt: '2026-12-03T17:00:00.000Z' } as DashboardLine;

function open(recorded: string[] = []) {
  renderScreen(<RecordFactDialog line={line} onRecorded={(m) => recorded.push(m)} onCancel={() => undefined} />);
  return within(screen.getByRole('dialog'));
}

describe('the dialog that records a fact from the dashboard', () => {
  it('lists what is missing in the summary, linked to each field, and sends nothing', async () => {
    const dialog = open();
    await userEvent.clear(dialog.getByLabelText('When was it done?'));
    await userEvent.click(dialog.getByRole('button', { name: 'Record' }));
    const summary = dialog.getByText('There is a problem').parentElement!;
    expect(within(summary).getByRole('link', { name: 'Choose how.' }).getAttribute('href')).toBe('#record-how');
    expect(within(summary).getByRole('link', { name: 'Enter the date and time it was done.' }).getAttribute('href')).toBe('#record-at');
    expect(callsTo('deadline:recordFact')).toHaveLength(0);
  });

  it('sends the fact with how it was done, and shows main’s refusal in the same summary', async () => {
    answer('deadline:recordFact', () => refused('The case is closed.', 'guard'));
    const dialog = open();
    await userEvent.click(dialog.getByRole('radio', { name: 'By phone' }));
    await userEvent.type(dialog.getByLabelText('Note (optional)'), 'Spoke to Amira.');
    await userEvent.click(dialog.getByRole('button', { name: 'Record' }));
    expect((await dialog.findByText('The case is closed.')).closest('.error-summary')).not.toBeNull();
    expect(callsTo('deadline:recordFact')).toMatchObject([{ caseId: 7, kind: 'acknowledged', note: 'By phone. Spoke to Amira.' }]);
  });

  it('says it is done once main has recorded it', async () => {
    answer('deadline:recordFact', () => ok({ id: 1 }) as never);
    const recorded: string[] = [];
    const dialog = open(recorded);
    await userEvent.click(dialog.getByRole('radio', { name: 'In person' }));
    await userEvent.click(dialog.getByRole('button', { name: 'Record' }));
    await expect.poll(() => recorded).toEqual(['Recorded the acknowledgement on case HC-2026-0007.']);
  });
});
