import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { DocumentView } from '../../shared/schemas/documents';
import type { JobStatus } from '../../shared/schemas/jobs';
import { SendingActions } from '../../renderer/src/features/documents/sending/SendingActions';
import { answer, callsTo, ok, refused } from './fakeHearth';
import { renderScreen } from './render';

const BATCH: DocumentView = {
  id: 9,
  caseId: 7,
  templateId: 'area-letter',
  templateVersion: 1,
  templateSource: 'default',
  title: 'Letter to residents',
  recipientPartyId: null,
  recipientRole: 'residents',
  recipientDescription: '300 households',
  recipientCount: 300,
  largePrint: false,
  easyRead: false,
  notes: [],
  contentHash: 'a'.repeat(64),
  files: [],
  createdBy: 'Ada',
  createdAt: '2026-11-21T09:00:00.000Z',
  sentOn: null,
  state: 'ready',
  sending: null,
  returned: null,
};

describe('printing a batch for window envelopes', () => {
  it('follows the job it named while the letters are laid out, offers Cancel, and says when it was cancelled', async () => {
    const running = (jobId: string): JobStatus => ({ jobId, kind: 'window-letters', caseId: 7, state: 'running', progress: 0.4, done: 120, total: 300, message: '120 of 300 letters set for window envelopes…', result: null });
    let cancelled = false;
    let release: () => void = () => undefined;
    answer('job:status', (input) => ok(cancelled ? { ...running(input.jobId), state: 'cancelled', message: 'Cancelled: nothing was printed.' } : running(input.jobId)));
    answer('job:cancel', () => {
      cancelled = true;
      release();
      return ok(null as never);
    });
    answer('document:postPdf', () => new Promise((resolve) => (release = () => resolve(refused('Cancelled: nothing was printed.', 'conflict')))));
    renderScreen(<SendingActions document={BATCH} small={false} />);

    await userEvent.click(screen.getByRole('button', { name: 'Print Letter to residents for window envelopes' }));
    expect(await screen.findByText('120 of 300 letters set for window envelopes…')).toBeTruthy();
    const jobId = (callsTo('document:postPdf')[0] as { jobId: string }).jobId;
    expect(jobId).toMatch(/^[a-f0-9]{32}$/);
    expect(callsTo('job:status')).toContainEqual({ jobId });

    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(callsTo('job:cancel')).toEqual([{ jobId }]);
    await waitFor(() => expect(screen.getByText('Cancelled: nothing was printed.')).toBeTruthy());
    expect(screen.queryByRole('button', { name: 'Cancel' })).toBeNull();
  });
});
