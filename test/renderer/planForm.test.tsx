import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { PlanForm } from '../../renderer/src/features/plans/PlanForm';
import { answer, callsTo, ok } from './fakeHearth';
import { renderScreen } from './render';

/**
 * The action plan form: dates typed the UK way in London time (no browser date controls), problems from
 * the plan's shared schema (PlanSaveInput) beside each field and row, and empty rows left out.
 */
function renderPlan() {
  const onSaved = vi.fn();
  renderScreen(<PlanForm caseId={7} current={null} onSaved={onSaved} onCancel={() => undefined} />);
  return onSaved;
}

const fill = (label: string, value: string, index = 0) => fireEvent.change(screen.getAllByLabelText(label)[index]!, { target: { value } });
const save = () => userEvent.click(screen.getByRole('button', { name: 'Save this version' }));
const problems = () => within(screen.getByText('There is a problem').parentElement!).getAllByRole('listitem').map((li) => li.textContent);

describe('the plan form', () => {
  it('starts agreed now, as a London date and time typed the UK way', () => {
    renderPlan();
    const agreed = screen.getByLabelText('When was it agreed?') as HTMLInputElement;
    expect(agreed.type).toBe('text');
    expect(agreed.value).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
  });

  it('asks for an action or a summary, and says what is wrong with each answer and each row', async () => {
    renderPlan();
    await save();
    expect(problems()).toEqual(['Add at least one action, or a summary of the plan.']);

    fill('When was it agreed?', '30/02/2026 10:00');
    fill('Contact the complainant every (days)', '120');
    fill('What will be done', 'Visit Mrs Hassan weekly');
    await userEvent.click(screen.getByRole('button', { name: 'Add another action' }));
    fill('Who will do it', 'Alex Jones', 1);
    fill('By (optional)', 'next week', 1);
    await save();
    expect(problems()).toEqual([
      'Enter when the plan was agreed like 21/11/2026 14:30, or leave it empty.',
      'Enter the days between contacts as a whole number from 1 to 90, or leave it empty.',
      'Action 1: say who will do it.',
      'Action 2: say what will be done.',
      'Action 2: enter the date like 21/11/2026, or leave it empty.',
    ]);
    expect(callsTo('plan:save')).toHaveLength(0);
  });

  it('saves the plan with London times, ISO days and without the empty rows', async () => {
    answer('plan:save', () => ok({ id: 5, version: 1 }));
    const onSaved = renderPlan();
    fill('When was it agreed?', '02/12/2025 16:45');
    fill('Agreed with', 'Amina Hassan');
    fill('Contact the complainant every (days)', '7');
    fill('What will be done', 'Visit Mrs Hassan weekly');
    fill('Who will do it', 'Alex Jones');
    fill('By (optional)', '19/12/2025');
    await userEvent.click(screen.getByRole('button', { name: 'Add another action' }));
    await save();
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith(1));
    expect(callsTo('plan:save')).toEqual([
      {
        caseId: 7,
        // Greenwich Mean Time in December: London is UTC.
        agreedAt: '2025-12-02T16:45:00.000Z',
        agreedWith: 'Amina Hassan',
        contactIntervalDays: 7,
        summary: '',
        actions: [{ what: 'Visit Mrs Hassan weekly', who: 'Alex Jones', byDate: '2025-12-19' }],
      },
    ]);
  });
});
