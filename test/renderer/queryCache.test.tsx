import { useQuery } from '@tanstack/react-query';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { TemplateChoice } from '../../shared/schemas/documents';
import { CaseDocumentsPanel } from '../../renderer/src/features/documents';
import { hearthQuery } from '../../renderer/src/api/queries';
import { useChange } from '../../renderer/src/hooks/useChange';
import { answer, callsTo, ok } from './fakeHearth';
import { renderScreen } from './render';

/**
 * The one query cache (issue 17 §3): a change on a case makes every read of that case stale, so the
 * panels on screen read again by themselves — here the letters panel, after an action is recorded by
 * another panel. A change on one case leaves other cases' reads alone.
 */
const template = (id: string, title: string, fits: boolean, reason: string | null): TemplateChoice => ({
  id,
  title,
  description: '',
  recipient: 'subject',
  source: 'default',
  fits,
  reason,
  recipients: [],
  slots: [],
  variants: [],
  serves: [],
});

function RecordWarning({ caseId }: { caseId: number }) {
  const change = useChange();
  const record = () => change.run('action:create', { caseId, subjectPartyId: 3, startedOn: '2026-11-21', details: { kind: 'written-warning-first', behaviour: 'Threats on the landing.' } });
  return (
    <button type="button" onClick={() => void record()}>
      Record the warning on case {caseId}
    </button>
  );
}

describe('the query cache', () => {
  it('reads a case’s templates again once an action is recorded on it, and only that case’s', async () => {
    let warned = false;
    answer('document:templates', () =>
      ok([template('acknowledgement', 'Acknowledgement of a report', true, null), template('first-warning', 'First written warning', warned, warned ? null : 'Needs a first written warning recorded on the case first.')]),
    );
    answer('document:list', () => ok([]));
    answer('action:create', () => {
      warned = true;
      return ok({} as never);
    });
    renderScreen(
      <>
        <RecordWarning caseId={7} />
        <section aria-label="Case 7">
          <CaseDocumentsPanel caseId={7} />
        </section>
        <section aria-label="Case 8">
          <CaseDocumentsPanel caseId={8} />
        </section>
      </>,
    );
    const seven = within(screen.getByRole('region', { name: 'Case 7' }));
    const picker = await seven.findByLabelText('Template');
    expect(within(picker).queryByRole('option', { name: 'First written warning' })).toBeNull();
    expect(seven.getByText(/Needs a first written warning recorded on the case first/)).toBeTruthy();
    const before = callsTo('document:templates').filter((i) => (i as { caseId: number }).caseId === 8).length;

    await userEvent.click(screen.getByRole('button', { name: 'Record the warning on case 7' }));

    await waitFor(() => expect(within(picker).getByRole('option', { name: 'First written warning' })).toBeTruthy());
    expect(seven.queryByText(/Needs a first written warning recorded on the case first/)).toBeNull();
    expect(callsTo('document:templates').filter((i) => (i as { caseId: number }).caseId === 8)).toHaveLength(before);
  });

  it('reads the chronology, deadlines and letters again after a contact, but not the plans, actions or closure', async () => {
    let contacts = 0;
    answer('case:get', () => ok({ contacts } as never));
    answer('deadline:forCase', () => ok([]));
    answer('document:templates', () => ok([]));
    answer('plan:get', () => ok({ plans: [], reviews: [] }));
    answer('action:list', () => ok({ actions: [], confirmations: [] }));
    answer('closure:get', () => ok({} as never));
    answer('contact:add', () => {
      contacts += 1;
      return ok({ id: contacts });
    });
    function CaseReads() {
      const view = useQuery(hearthQuery('case:get', { id: 7 }));
      for (const channel of ['deadline:forCase', 'document:templates', 'plan:get', 'action:list', 'closure:get'] as const) useQuery(hearthQuery(channel, { caseId: 7 }));
      const change = useChange({ caseId: 7 });
      const add = () => change.run('contact:add', { caseId: 7, at: '2026-11-21T10:00:00.000Z', kind: 'call', direction: 'out', partyId: null, summary: 'Called.' });
      return (
        <button type="button" onClick={() => void add()}>
          Add a contact ({(view.data as { contacts?: number } | undefined)?.contacts ?? 'loading'})
        </button>
      );
    }
    renderScreen(<CaseReads />);
    await screen.findByRole('button', { name: 'Add a contact (0)' });
    await waitFor(() => expect(callsTo('closure:get')).toHaveLength(1));
    const before = (c: Parameters<typeof callsTo>[0]) => callsTo(c).length;
    const counts = { deadlines: before('deadline:forCase'), templates: before('document:templates'), plans: before('plan:get'), actions: before('action:list') };

    await userEvent.click(screen.getByRole('button', { name: 'Add a contact (0)' }));

    await screen.findByRole('button', { name: 'Add a contact (1)' });
    expect(callsTo('deadline:forCase')).toHaveLength(counts.deadlines + 1);
    expect(callsTo('document:templates')).toHaveLength(counts.templates + 1);
    expect(callsTo('plan:get')).toHaveLength(counts.plans);
    expect(callsTo('action:list')).toHaveLength(counts.actions);
    expect(callsTo('closure:get')).toHaveLength(1);
  });
});
