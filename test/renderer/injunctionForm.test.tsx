import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { GuardReport } from '../../shared/schemas/actions';
import type { CaseView, PartyView } from '../../shared/schemas/cases';
import { EditInjunctionForm, NewActionForm } from '../../renderer/src/features/actions/form/NewActionForm';
import type { ActionView } from '../../shared/schemas/actions';
import { answer, callsTo, ok } from './fakeHearth';
import { renderScreen } from './render';

/**
 * Issue 15: the injunction form asks what the application and draft order must plead — the s.5(3) link,
 * the s.2(1) limbs, each term with its own power of arrest and ground, which kind of exclusion and its
 * conditions, how long, and the hearing centre from the list — and sends them as the schema takes them.
 */
const DARREN = { id: 3, role: 'alleged-perpetrator', name: 'Darren Whitlock', anonymous: false, age: 42, tenure: 'assured', address: '2 Elm Road', postcode: 'N1 1AA' } as PartyView;
const VIEW = { header: { id: 7, ref: 'C33-2026-0007' }, parties: [DARREN], evidence: [], consents: [] } as unknown as CaseView;
const CLEAR: GuardReport = { blocks: [], flags: [], notices: [] };

const summaryItems = () => within(screen.getByText('There is a problem').parentElement!).getAllByRole('listitem').map((li) => li.textContent);
const record = () => userEvent.click(screen.getByRole('button', { name: 'Record the action' }));
const type = (label: string | RegExp, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('the injunction form', () => {
  it('asks for what the papers must plead before anything is sent', async () => {
    answer('action:check', () => ok(CLEAR));
    renderScreen(<NewActionForm view={VIEW} actions={[]} onRecordConfirmation={() => undefined} onSaved={() => undefined} onCancel={() => undefined} />);
    await userEvent.selectOptions(screen.getByLabelText('What action?'), 'civil-injunction');
    await userEvent.selectOptions(screen.getByLabelText('Against whom'), '3');
    await userEvent.click(screen.getByLabelText('Power of arrest on term 1'));
    type('Words of term 1', 'using or threatening violence against anyone in Elm Road');
    await userEvent.click(screen.getByLabelText('Their own home (section 13)'));
    await record();
    expect(summaryItems()).toEqual(
      expect.arrayContaining([
        'Say how the behaviour relates to or affects the landlord’s housing management (section 5(3)).',
        'Choose at least one kind of anti-social behaviour relied on (section 2(1)).',
        'Term 1 carries a power of arrest: say its ground (violence or threats, or a significant risk of harm).',
        'Say whether the landlord owns or manages the respondent’s home (section 13).',
        'Say how long the injunction should last (section 1(6)).',
        'Choose the County Court hearing centre.',
      ]),
    );
    expect(callsTo('action:create')).toHaveLength(0);
  });

  it('asks who supervises a requirement (s.3(1))', async () => {
    answer('action:check', () => ok(CLEAR));
    renderScreen(<NewActionForm view={VIEW} actions={[]} onRecordConfirmation={() => undefined} onSaved={() => undefined} onCancel={() => undefined} />);
    await userEvent.selectOptions(screen.getByLabelText('What action?'), 'civil-injunction');
    await userEvent.click(within(screen.getByRole('group', { name: 'Term 1' })).getByLabelText('Must (a requirement)'));
    type('Words of term 1', 'attend an anger management course');
    await record();
    expect(summaryItems()).toContain('Term 1 is a requirement: name the person or organisation who will supervise compliance with it (section 3(1)).');
    expect(callsTo('action:create')).toHaveLength(0);
  });

  it('sends each term with its own power of arrest and ground, the exclusion with its conditions, and the hearing centre', async () => {
    answer('action:check', () => ok(CLEAR));
    answer('action:create', () => ok({ id: 11, label: 'Civil injunction', subjectName: 'Darren Whitlock' } as never));
    const onSaved = vi.fn();
    renderScreen(<NewActionForm view={VIEW} actions={[]} onRecordConfirmation={() => undefined} onSaved={onSaved} onCancel={() => undefined} />);
    await userEvent.selectOptions(screen.getByLabelText('What action?'), 'civil-injunction');
    await userEvent.selectOptions(screen.getByLabelText('Against whom'), '3');
    type(/How the behaviour relates to or affects/, 'He is our tenant and the behaviour is towards our tenants.');
    await userEvent.click(screen.getByLabelText(/^\(a\) conduct that has caused/));
    type('Words of term 1', 'using or threatening violence against anyone in Elm Road');
    await userEvent.click(screen.getByLabelText('Power of arrest on term 1'));
    await userEvent.click(within(screen.getByRole('group', { name: 'Ground for the power of arrest on term 1' })).getByLabelText('The behaviour includes violence or threats of violence'));
    await userEvent.click(screen.getByRole('button', { name: 'Add a term' }));
    await userEvent.click(within(screen.getByRole('group', { name: 'Term 2' })).getByLabelText('Must (a requirement)'));
    type('Words of term 2', 'attend an anger management course');
    type('Who supervises compliance with term 2', 'Elm Valley Support Services');
    type('Evidence from them that term 2 is suitable and enforceable', 'Their letter of 10/11/2026 offering a place.');
    await userEvent.click(screen.getByLabelText('Their own home (section 13)'));
    expect((screen.getByLabelText('Their home') as HTMLInputElement).value).toBe('2 Elm Road, N1 1AA');
    await userEvent.click(within(screen.getByRole('group', { name: 'Does the landlord own or manage this home?' })).getByLabelText('Yes'));
    await userEvent.click(within(screen.getByRole('group', { name: 'Why exclusion is needed' })).getByLabelText('There is a significant risk of harm to others'));
    await userEvent.click(screen.getByLabelText('A number of months'));
    await userEvent.selectOptions(screen.getByLabelText('County Court hearing centre'), 'Clerkenwell and Shoreditch');
    await record();
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
    const [sent] = callsTo('action:create') as { details: Record<string, unknown> }[];
    expect(sent!.details).toMatchObject({
      kind: 'civil-injunction',
      applicantStatus: 'housing-provider',
      housingManagementLink: 'He is our tenant and the behaviour is towards our tenants.',
      conductLimbs: ['a'],
      terms: [
        { kind: 'prohibition', text: 'using or threatening violence against anyone in Elm Road', powerOfArrest: true, arrestGround: 'violence' },
        { kind: 'requirement', text: 'attend an anger management course', powerOfArrest: false, arrestGround: null, supervisor: 'Elm Valley Support Services', suitabilityEvidence: 'Their letter of 10/11/2026 offering a place.' },
      ],
      homeExclusion: { premises: '2 Elm Road, N1 1AA', landlordOwnsOrManages: true, ground: 'risk-of-harm' },
      durationMonths: 12,
      untilFurtherOrder: false,
      court: 'Clerkenwell and Shoreditch',
    });
  });

  it('edits a recorded injunction: filled in from it, checked the same way, saved as a new version of the same action', async () => {
    answer('action:check', () => ok(CLEAR));
    answer('action:edit', () => ok({ id: 21, label: 'Civil injunction', version: 2 } as never));
    const recorded = {
      id: 21,
      caseId: 7,
      kind: 'civil-injunction',
      label: 'Civil injunction',
      subjectPartyId: 3,
      subjectName: 'Darren Whitlock',
      startedOn: '2026-11-21',
      status: 'active',
      version: 1,
      edits: [],
      acknowledgements: { 'single-incident': 'One hate incident with threats is enough (P3.4).' },
      details: {
        kind: 'civil-injunction',
        housingManagementLink: 'He is our tenant.',
        conductLimbs: ['a'],
        terms: [
          { kind: 'prohibition', text: 'using violence in Elm Road', powerOfArrest: true, arrestGround: 'violence' },
          { kind: 'requirement', text: 'attend a course', supervisor: 'Elm Valley Support Services', suitabilityEvidence: 'Their letter.' },
        ],
        durationMonths: 12,
        court: 'County Court at Clerkenwell and Shoreditch',
      },
    } as unknown as ActionView;
    const onSaved = vi.fn();
    renderScreen(<EditInjunctionForm view={VIEW} actions={[recorded]} action={recorded} onRecordConfirmation={() => undefined} onSaved={onSaved} onCancel={() => undefined} />);
    expect(screen.getByRole('heading', { name: 'Edit the injunction (version 2)' })).toBeTruthy();
    expect(screen.queryByLabelText('What action?')).toBeNull();
    expect((screen.getByLabelText('Words of term 1') as HTMLTextAreaElement).value).toBe('using violence in Elm Road');
    expect((screen.getByLabelText('Who supervises compliance with term 2') as HTMLInputElement).value).toBe('Elm Valley Support Services');
    expect((screen.getByLabelText('County Court hearing centre') as HTMLSelectElement).value).toBe('Clerkenwell and Shoreditch');
    type('Words of term 1', 'using or threatening violence in Elm Road');
    await userEvent.click(screen.getByRole('button', { name: 'Save as a new version' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
    expect(callsTo('action:create')).toHaveLength(0);
    const [sent] = callsTo('action:edit') as Record<string, unknown>[];
    expect(sent).not.toHaveProperty('caseId');
    expect(sent).toMatchObject({
      actionId: 21,
      subjectPartyId: 3,
      startedOn: '2026-11-21',
      acknowledgements: {},
      details: {
        terms: [
          { kind: 'prohibition', text: 'using or threatening violence in Elm Road', powerOfArrest: true, arrestGround: 'violence' },
          { kind: 'requirement', text: 'attend a course', supervisor: 'Elm Valley Support Services', suitabilityEvidence: 'Their letter.' },
        ],
        durationMonths: 12,
        court: 'Clerkenwell and Shoreditch',
      },
    });
  });
});
