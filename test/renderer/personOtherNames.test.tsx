import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { PartyView } from '../../shared/schemas/cases';
import { PersonEditor } from '../../renderer/src/features/cases/people/PersonEditor';
import { answer, callsTo, ok } from './fakeHearth';
import { renderScreen } from './render';

/**
 * Other spellings of a name (issue 16, bad input): the person form records them, one a line, so the
 * disclosure guard looks for "Muhammad" and "Mohamed" as well as "Mohammed"; saving the form keeps the
 * identifying details the officer marked elsewhere (it used to send none, which cleared them).
 */
const witness = {
  id: 12,
  role: 'witness',
  name: 'Mohammed Al-Sayed',
  anonymous: false,
  dateOfBirth: null,
  address: 'Flat 6, Marlowe Court',
  postcode: 'N1 1AA',
  phone: '',
  email: '',
  tenure: null,
  responsiblePartyId: null,
  formatNeeds: { largePrint: false, easyRead: false, interpreter: null, signer: false, braille: false, audio: false },
  identifyingDetails: ['AB12 CDE'],
  otherNames: ['Muhammad Al-Sayed'],
} as unknown as PartyView;

describe('the person form: other spellings of the name', () => {
  it('shows the recorded spellings and saves what is typed, one a line, keeping the marked details', async () => {
    answer('party:update', () => ok(undefined as never));
    renderScreen(<PersonEditor caseId={7} parties={[witness]} editing={witness} onSaved={() => undefined} onCancel={() => undefined} />);
    const field = await screen.findByLabelText('Other spellings of the name (optional)');
    expect((field as HTMLTextAreaElement).value).toBe('Muhammad Al-Sayed');
    await userEvent.type(field, '{Enter}Mohamed Alsayed / Muhammad Al-Sayed');
    await userEvent.click(screen.getByRole('button', { name: 'Save the changes' }));
    await waitFor(() => expect(callsTo('party:update')).toHaveLength(1));
    const sent = (callsTo('party:update')[0] as { party: { otherNames: string[]; identifyingDetails: string[] } }).party;
    expect(sent.otherNames).toEqual(['Muhammad Al-Sayed', 'Mohamed Alsayed']);
    expect(sent.identifyingDetails).toEqual(['AB12 CDE']);
  });
});
