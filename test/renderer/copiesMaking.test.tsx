import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { RedactionReview } from '../../shared/schemas/redaction-review';
import { ExhibitBoxes } from '../../renderer/src/features/bundles/review/ExhibitBoxes';
import { answer, callsTo, ok } from './fakeHearth';
import { renderScreen } from './render';

/**
 * Issue 16: while the redacted copies are made after "accept all", the review says which copy of how
 * many is being made (the job's own words, from main/bundles/exhibits/redact-job.ts) and "Stop making
 * the copies" cancels every one, waiting or being made.
 */
const making = Array.from({ length: 7 }, (_, i) => ({ evidenceId: i + 1, exhibit: `GP/${i + 1}`, jobId: `job-${i + 1}` }));
const review: RedactionReview = { items: [], toReview: 0, withheld: ['Witness A'], stale: [], boxes: [], boxesToReview: 0, unread: [], reading: null, exhibitNotes: [], making };

describe('the redacted copies being made', () => {
  it('shows the running copy’s progress and stops them all', async () => {
    answer('job:status', ({ jobId }) => ok({ jobId, kind: 'exhibit-redact', caseId: 1, state: 'running', progress: 0.5, done: 1, total: 2, message: 'GP/1 (copy 1 of 7): Page 1 of 2 done…', result: null }));
    answer('job:cancel', ({ jobId }) => ok({ jobId, kind: 'exhibit-redact', caseId: 1, state: 'cancelled', progress: 0, done: 0, total: 2, message: 'Cancelled', result: null }));
    renderScreen(<ExhibitBoxes caseId={1} review={review} busy={false} onDecide={async () => true} onDecideMany={async () => true} />);
    const status = await screen.findByText(/copy 1 of 7/);
    expect(status.textContent).toBe('Making the redacted copies of 7 exhibits with the boxes accepted… GP/1 (copy 1 of 7): Page 1 of 2 done…');
    await userEvent.click(screen.getByRole('button', { name: 'Stop making the copies' }));
    await waitFor(() => expect(callsTo('job:cancel')).toEqual(making.map((m) => ({ jobId: m.jobId }))));
  });
});
