import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { PreflightReport } from '../../shared/schemas/bundles';
import { PreflightPanel } from '../../renderer/src/features/bundles/PreflightPanel';
import { answer, callsTo, ok } from './fakeHearth';
import { renderScreen } from './render';

/**
 * Issue 15: the builder lists the pre-flight check's problems; one the law requires has no way round it,
 * one the law leaves to judgement is passed over with a reason, which goes to main and the list reads again.
 */
const S53 = { code: 's5-3', rule: 'ASBCPA 2014 s5(3)', message: 'The papers do not say how the behaviour relates to or affects the Claimant’s housing management functions.', overridable: false, override: null };
const PLAN = { code: 'area-plan:1(b)', rule: 'ASBCPA 2014 s1(4)', message: 'Term 1(b) keeps the respondent out of an area but no plan of it is exhibited.', overridable: true, override: null };

describe('the pre-flight panel', () => {
  it('shows each problem, refuses a way round what the law requires, and passes over the rest with a reason', async () => {
    let report: PreflightReport = { actionId: 4, items: [S53, PLAN], blocked: true };
    answer('bundle:preflight', () => ok(report));
    answer('bundle:preflightOverride', () => {
      report = { actionId: 4, items: [S53, { ...PLAN, override: { reason: 'The landing is the only one in the block.', by: 'Lena Legal', at: '2026-11-21T10:00:00Z' } }], blocked: true };
      return ok(report);
    });
    renderScreen(<PreflightPanel caseId={7} />);
    const panel = await screen.findByRole('region', { name: 'Pre-flight check: the application and draft order' });
    expect(panel.textContent).toContain(S53.message);
    expect(panel.textContent).toContain('The law requires this: it cannot be passed over.');
    expect(within(panel).getAllByRole('button', { name: 'Pass over with a reason' })).toHaveLength(1);

    await userEvent.click(within(panel).getByRole('button', { name: 'Pass over with a reason' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.type(within(dialog).getByLabelText('Why the papers can go as they are'), 'The landing is the only one in the block.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Pass over' }));
    await waitFor(() => expect(callsTo('bundle:preflightOverride')).toEqual([{ caseId: 7, code: 'area-plan:1(b)', reason: 'The landing is the only one in the block.' }]));
    await waitFor(() => expect(panel.textContent).toContain('Passed over by Lena Legal'));
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
