import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Result } from '../../shared/result';
import { CaseLetters } from '../../renderer/src/features/documents/CaseLetters';
import { useChange } from '../../renderer/src/hooks/useChange';
import { answer, callsTo, ok } from './fakeHearth';
import { renderScreen } from './render';

/**
 * A restricted case (issue 13): main opens it to a session for a while when it is opened with a reason.
 * The screen sends the reason once; the reads after a change on the case send none, so they do not
 * renew the grant, and once the grant has ended the next read asks for a reason again.
 */
const REASON = 'Checking the restriction took effect.';

function AddNote() {
  const change = useChange();
  return (
    <button type="button" onClick={() => void change.run('note:add', { caseId: 7, text: 'Spoke to the complainant.' })}>
      Add a note
    </button>
  );
}

const restricted: Result<never> = { ok: false, error: { code: 'reason-required', message: 'C33-2026-0007 is restricted. Give a reason to open it.' } };

describe('a restricted case', () => {
  it('is opened with a reason once; reads after a change send none, and an ended grant asks again', async () => {
    let granted = false;
    answer('case:get', (input) => {
      if (input.reason) granted = true;
      return granted ? ok({ header: { ref: 'C33-2026-0007' } } as never) : restricted;
    });
    answer('document:templates', () => ok([]));
    answer('document:list', () => ok([]));
    answer('note:add', () => ok({ id: 1 }));
    renderScreen(
      <>
        <AddNote />
        <CaseLetters caseId={7} />
      </>,
    );

    await userEvent.type(await screen.findByLabelText('Why do you need its documents?'), REASON);
    await userEvent.click(screen.getByRole('button', { name: 'Open the documents' }));
    await screen.findByRole('heading', { name: 'Letters for C33-2026-0007' });
    expect(callsTo('case:get')).toEqual([
      { id: 7, kinds: ['report'] },
      { id: 7, kinds: ['report'], reason: REASON },
    ]);

    // A change on the case reads it again, without the reason: the grant is not renewed.
    await userEvent.click(screen.getByRole('button', { name: 'Add a note' }));
    await waitFor(() => expect(callsTo('case:get')).toHaveLength(3));
    expect(callsTo('case:get')[2]).toEqual({ id: 7, kinds: ['report'] });
    expect(screen.getByRole('heading', { name: 'Letters for C33-2026-0007' })).toBeTruthy();

    // The grant has ended: the next read is refused, and the reason is asked for again.
    granted = false;
    await userEvent.click(screen.getByRole('button', { name: 'Add a note' }));
    expect(await screen.findByLabelText('Why do you need its documents?')).toBeTruthy();
    expect(callsTo('case:get')[3]).toEqual({ id: 7, kinds: ['report'] });
  });
});
