import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { EvidenceView } from '../../shared/schemas/cases';
import { EVIDENCE_CHUNK_BYTES } from '../../shared/schemas/evidence';
import { AddEvidenceForm } from '../../renderer/src/features/cases/evidence/AddEvidenceForm';
import { answer, callsTo, ok } from './fakeHearth';
import { renderScreen } from './render';

/**
 * The evidence form sends a file in 1 MiB parts with its progress (issue 13), then what the officer says
 * about it; a file main has received is kept across the duplicate warning, so "Add it anyway" does not
 * send it again; a file kept under another name is named in the message; leaving the form throws away
 * a file main still holds.
 */
const SIZE = Math.round(2.5 * EVIDENCE_CHUNK_BYTES);
const DUPLICATE = { ok: false as const, error: { code: 'conflict' as const, message: 'This file is already on the case as exhibit AJ/1.' } };

function chooseFile() {
  const file = new File([new Uint8Array(SIZE).fill(7)], 'voicemail.wav.exe', { type: 'application/octet-stream' });
  fireEvent.change(screen.getByLabelText('File'), { target: { files: [file] } });
  fireEvent.change(screen.getByLabelText('Where it came from'), { target: { value: 'Complainant’s phone' } });
}

function answerParts() {
  let release: () => void = () => undefined;
  const secondPart = new Promise<void>((resolve) => (release = resolve));
  let received = 0;
  answer('evidence:uploadStart', () => ok({ uploadId: 'u1', chunkBytes: EVIDENCE_CHUNK_BYTES, parts: 3 }));
  answer('evidence:uploadChunk', async (input) => {
    if (input.index === 1) await secondPart;
    received += input.bytes.length;
    return ok({ received, size: SIZE });
  });
  answer('evidence:uploadCancel', () => ok(null));
  return release;
}

describe('the evidence form', () => {
  it('sends the file in parts with progress, keeps it across the duplicate warning, and names it as kept', async () => {
    const release = answerParts();
    let finishes = 0;
    answer('evidence:uploadFinish', () => (++finishes === 1 ? DUPLICATE : ok({ fileName: 'voicemail.wav', exhibitLabel: 'AJ/2' } as EvidenceView)));
    const onAdded = vi.fn();
    const { unmount } = renderScreen(<AddEvidenceForm caseId={7} onAdded={onAdded} onCancel={() => undefined} />);
    chooseFile();
    await userEvent.click(screen.getByRole('button', { name: 'Add the file' }));

    // The first part is in; the second is on its way.
    await screen.findByText('Sending the file: 1 MB of 2.6 MB');
    expect(screen.getByRole('progressbar', { name: 'File sent' }).getAttribute('value')).toBe(String(EVIDENCE_CHUNK_BYTES));
    release();

    await screen.findByText(/you can add it anyway/);
    expect(callsTo('evidence:uploadStart')).toEqual([{ caseId: 7, fileName: 'voicemail.wav.exe', size: SIZE }]);
    expect((callsTo('evidence:uploadChunk') as { index: number; bytes: Uint8Array }[]).map((c) => [c.index, c.bytes.length])).toEqual([
      [0, EVIDENCE_CHUNK_BYTES],
      [1, EVIDENCE_CHUNK_BYTES],
      [2, SIZE - 2 * EVIDENCE_CHUNK_BYTES],
    ]);
    expect(screen.queryByRole('progressbar')).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: 'Add it anyway' }));
    await waitFor(() => expect(onAdded).toHaveBeenCalledWith('voicemail.wav was added as exhibit AJ/2. It was called “voicemail.wav.exe”; Hearth keeps it under a name that matches what its contents are.'));
    // Sent once: the second answer finished the upload main already held.
    expect(callsTo('evidence:uploadStart')).toHaveLength(1);
    expect(callsTo('evidence:uploadChunk')).toHaveLength(3);
    expect(callsTo('evidence:uploadFinish')).toEqual([
      expect.objectContaining({ uploadId: 'u1', source: 'Complainant’s phone', allowDuplicate: false }),
      expect.objectContaining({ uploadId: 'u1', source: 'Complainant’s phone', allowDuplicate: true }),
    ]);
    unmount();
    expect(callsTo('evidence:uploadCancel')).toEqual([]);
  });

  it('throws away a received file when the form is left after the duplicate warning', async () => {
    answerParts()();
    answer('evidence:uploadFinish', () => DUPLICATE);
    const { unmount } = renderScreen(<AddEvidenceForm caseId={7} onAdded={() => undefined} onCancel={() => undefined} />);
    chooseFile();
    await userEvent.click(screen.getByRole('button', { name: 'Add the file' }));
    await screen.findByText(/you can add it anyway/);
    unmount();
    expect(callsTo('evidence:uploadCancel')).toEqual([{ uploadId: 'u1' }]);
  });
});
