import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { PartnerSaveInput, PartnerView } from '../../shared/schemas/partners';
import { PartnerForm } from '../../renderer/src/features/partners/PartnerForm';
import { answer, callsTo, ok, refused } from './fakeHearth';
import { renderScreen } from './render';

const C33: PartnerView = {
  code: 'C33',
  name: 'Circle 33 Housing Trust',
  address: 'Circle House, London',
  postcode: 'N7 8QX',
  phone: '0300 456 2233',
  email: 'asb@circle33.org.uk',
  website: '',
  signedFor: '',
  homes: 0,
  homesFrom: null,
  profileId: 'group-minimum',
  active: true,
  logo: { format: 'png', width: 120, height: 60, size: 4096 },
};

describe('the Partners screen’s logo', () => {
  it('says which logo letters print, sends a chosen file’s bytes, and shows main’s refusal of a damaged one', async () => {
    answer('partners:save', () => refused('The logo could not be read as a PNG: its “IDAT” part fails its checksum. The file is damaged or not really a PNG.'));
    renderScreen(<PartnerForm partner={C33} onSaved={() => undefined} />);
    expect(screen.getByText('Letters print a PNG logo, 120 × 60 pixels (4 kB).')).toBeTruthy();
    const file = new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3])], 'logo.png', { type: 'image/png' });
    await userEvent.upload(screen.getByLabelText('Choose a new logo'), file);
    await userEvent.click(screen.getByRole('button', { name: 'Save C33' }));
    await waitFor(() => expect(callsTo('partners:save')).toHaveLength(1));
    const sent = callsTo('partners:save')[0] as PartnerSaveInput;
    expect(sent.logo).toBeInstanceOf(Uint8Array);
    expect([...(sent.logo as Uint8Array)]).toEqual([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
    expect((await screen.findAllByText(/The logo could not be read as a PNG/)).length).toBeGreaterThan(0);
  });

  it('takes the logo off with the checkbox, and leaves it alone otherwise', async () => {
    answer('partners:save', (input) => ok({ ...C33, logo: input.logo === null ? null : C33.logo }));
    renderScreen(<PartnerForm partner={C33} onSaved={() => undefined} />);
    await userEvent.click(screen.getByRole('button', { name: 'Save C33' }));
    await waitFor(() => expect(callsTo('partners:save')).toHaveLength(1));
    expect(callsTo('partners:save')[0]).not.toHaveProperty('logo');
    await userEvent.click(screen.getByLabelText('Take the logo off letters'));
    await userEvent.click(screen.getByRole('button', { name: 'Save C33' }));
    await waitFor(() => expect(callsTo('partners:save')).toHaveLength(2));
    expect(callsTo('partners:save')[1]).toHaveProperty('logo', null);
  });
});
