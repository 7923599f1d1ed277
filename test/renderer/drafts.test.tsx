import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { PartnerView } from '../../shared/schemas/partners';
import { IntakeForm } from '../../renderer/src/features/cases/intake/IntakeForm';
import { formsWithChanges, saveOpenForms } from '../../renderer/src/hooks/draftRegistry';
import { answer, callsTo, ok } from './fakeHearth';
import { renderScreen } from './render';

/**
 * Issue 17: the report form kept as a draft as it is typed (a second after the typing pauses), a stored
 * draft offered back ("carry on / discard"), and nothing kept once the report is submitted.
 */
const C33: PartnerView = { code: 'C33', name: 'Circle 33 Housing Trust', address: '', postcode: '', phone: '', email: '', website: '', signedFor: '', homes: 0, homesFrom: null, profileId: 'group-minimum', active: true, logo: null };
const fill = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });
const bodies = () => (callsTo('draft:save') as { form: string; caseId: number | null; body: Record<string, unknown> }[]).map((c) => ({ ...c.body, form: c.form }));

describe('drafts of the report form', () => {
  it('saves what is typed once the typing pauses, and says the form has changes', async () => {
    answer('draft:get', () => ok(null));
    answer('draft:save', () => ok({ updatedAt: '2026-11-21T10:42:00.000Z' }));
    renderScreen(<IntakeForm partners={[C33]} initialPartner="C33" onSaved={vi.fn()} />);
    await waitFor(() => expect(callsTo('draft:get')).toEqual([{ form: 'report', caseId: null }]));
    // Opening the form keeps nothing.
    await new Promise((r) => setTimeout(r, 1200));
    expect(callsTo('draft:save')).toEqual([]);
    expect(formsWithChanges()).toEqual([]);

    fill('Describe what happened', 'Shouting on the landing');
    fill('Describe what happened', 'Shouting on the landing at 2am');
    expect(formsWithChanges()).toEqual(['report']);
    expect(callsTo('draft:save')).toEqual([]); // not on every keystroke
    await waitFor(() => expect(bodies()).toEqual([expect.objectContaining({ form: 'report', description: 'Shouting on the landing at 2am' })]), { timeout: 3000 });

    // A lock or sign-out saves at once what is waiting.
    fill('Address or place', '14 Elm Court');
    await saveOpenForms();
    expect(bodies().at(-1)).toMatchObject({ address: '14 Elm Court' });
  }, 20_000);

  it('offers a stored draft back; carrying on puts it into the form, and submitting keeps nothing more', async () => {
    answer('draft:get', () => ok({ form: 'report', caseId: null, body: { description: 'Music until 3am', address: '4 Elm Road', method: 'phone' }, updatedAt: '2026-11-21T10:42:00.000Z' }));
    answer('draft:save', () => ok({ updatedAt: '2026-11-21T10:43:00.000Z' }));
    answer('draft:discard', () => ok(null));
    answer('case:checkDuplicates', () => ok({ matches: [], restrictedMayMatch: false }));
    answer('case:create', () => ok({ id: 42, ref: 'C33-2026-0042', parties: [], urgent: [] }));
    const onSaved = vi.fn();
    renderScreen(<IntakeForm partners={[C33]} initialPartner="C33" onSaved={onSaved} />);
    expect(await screen.findByText('You have an unsaved report from 21/11/2026 10:42')).toBeTruthy();
    expect((screen.getByLabelText('Describe what happened') as HTMLTextAreaElement).value).toBe('');
    await userEvent.click(screen.getByRole('button', { name: /^Carry on/ }));
    expect((screen.getByLabelText('Describe what happened') as HTMLTextAreaElement).value).toBe('Music until 3am');
    expect((screen.getByLabelText('Address or place') as HTMLInputElement).value).toBe('4 Elm Road');
    expect(screen.queryByText(/You have an unsaved report/)).toBeNull();

    await userEvent.click(screen.getByRole('radio', { name: 'Harassment' }));
    fill('When did it happen?', '20/11/2026 22:05');
    await userEvent.click(screen.getByRole('button', { name: 'Save the report' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    const saves = callsTo('draft:save').length;
    await new Promise((r) => setTimeout(r, 1200));
    expect(callsTo('draft:save')).toHaveLength(saves);
    expect(formsWithChanges()).toEqual([]);
  }, 20_000);
});
