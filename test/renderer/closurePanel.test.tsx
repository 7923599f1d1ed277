import { useQuery } from '@tanstack/react-query';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ClosureView } from '../../shared/schemas/actions';
import { hearthQuery } from '../../renderer/src/api/queries';
import { ClosurePanel } from '../../renderer/src/features/closure';
import { answer, ok } from './fakeHearth';
import { renderScreen } from './render';

/**
 * A form on the closure panel says it worked only once everything its change made stale has been read
 * again (hooks/useChange). The panel's own part may come back first, and the officer may open the next
 * form meanwhile: the first form's "done" must not close the one they have just opened.
 */
const closed = (surveys: ClosureView['surveys']): ClosureView => ({
  status: 'closed',
  proposal: { outcome: 'resolved', reason: 'Calm for three months.', proposedAt: '2026-11-01T10:00:00.000Z', proposedBy: 'Alex Jones' },
  discussion: null,
  appealOfferedOn: '2026-11-02',
  appealWindowEndsOn: '2099-12-31',
  closedAt: '2026-11-03T10:00:00.000Z',
  appeals: [],
  surveys,
  missing: [],
});

/** Another panel on the same case, whose read is slow to come back after a change. */
function SlowPanel({ caseId }: { caseId: number }) {
  useQuery(hearthQuery('deadline:forCase', { caseId }));
  return null;
}

describe('the closure panel', () => {
  it('keeps the form the officer opened while the last one was still being read back', async () => {
    let surveyed = false;
    let release: () => void = () => undefined;
    const slow = new Promise<void>((resolve) => (release = resolve));
    let deadlineReads = 0;
    answer('closure:get', () => ok(closed(surveyed ? [{ id: 1, offeredOn: '2026-11-04', completedOn: null, satisfaction: null, comments: '', outcomeSatisfaction: null }] : [])));
    answer('deadline:forCase', async () => {
      deadlineReads += 1;
      if (deadlineReads > 1) await slow;
      return ok([]);
    });
    answer('survey:record', () => {
      surveyed = true;
      return ok({ id: 1 });
    });
    renderScreen(
      <>
        <SlowPanel caseId={7} />
        <ClosurePanel caseId={7} parties={[]} />
      </>,
    );
    const panel = within(await screen.findByRole('region', { name: 'Closing the case' }));
    await userEvent.click(await panel.findByRole('button', { name: 'Record the feedback survey' }));
    await userEvent.click(panel.getByRole('button', { name: 'Save the survey' }));

    // The survey is back on the panel; the other panel's read is not.
    await panel.findByText(/not completed yet/);
    await userEvent.click(panel.getByRole('button', { name: 'Record an appeal' }));
    const grounds = panel.getByLabelText('Grounds of appeal');
    release();

    await panel.findByText('The feedback survey was recorded.');
    expect(panel.getByLabelText('Grounds of appeal')).toBe(grounds);
  });
});
