import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { HostStatus } from '../../shared/schemas/host';
import { OfficeHostPage } from '../../renderer/src/features/office-host';
import { answer, callsTo, ok } from './fakeHearth';
import { renderScreen } from './render';

const FINGERPRINT = 'AB:CD:EF:01:23:45:67:89';
const HOSTED: HostStatus = {
  setUp: true,
  officeName: 'Ipswich office',
  addresses: ['192.168.1.20'],
  caFingerprint: FINGERPRINT,
  serving: true,
  devices: [
    { serial: '0a1b', name: 'Front desk PC', enrolledAt: '2026-11-20T10:00:00.000Z', enrolledBy: 'ada', revokedAt: null, lastSeenAt: '2026-11-21T09:30:00.000Z' },
    { serial: '0c2d', name: 'Old laptop', enrolledAt: '2026-10-01T10:00:00.000Z', enrolledBy: 'ada', revokedAt: '2026-11-01T10:00:00.000Z', lastSeenAt: null },
  ],
  connected: [],
};

function hosted(status: HostStatus = HOSTED, enrolled = () => 1) {
  answer('host:status', () => ok(status));
  answer('host:connected', () =>
    ok({ serving: true, port: 8443, enrolled: enrolled(), connected: [{ deviceSerial: '0a1b', deviceName: 'Front desk PC', username: 'olive', displayName: 'Olive Officer', signedInAt: '2026-11-21T09:00:00.000Z', lastActiveAt: '2026-11-21T09:30:00.000Z', locked: false }] }),
  );
  answer('backup:status', () => ok({ folder: '/backups/hearth', lastBackupAt: '2026-11-20T18:05:00.000Z', warning: null }));
}

describe('Settings → Office host', () => {
  it('shows the host serving, the address with its port, the fingerprint, who is connected and the last backup', async () => {
    hosted();
    renderScreen(<OfficeHostPage />);
    expect(await screen.findByText('192.168.1.20:8443')).toBeTruthy();
    expect(screen.getByText(FINGERPRINT)).toBeTruthy();
    expect(screen.getByText(/On: serving the office on port 8443/)).toBeTruthy();
    const connected = screen.getByRole('table', { name: 'Connected now' });
    expect(within(connected).getByRole('rowheader', { name: 'Olive Officer (olive)' })).toBeTruthy();
    expect(within(connected).getByText('Front desk PC')).toBeTruthy();
    expect(within(connected).getByText('21/11/2026 09:00')).toBeTruthy();
    expect(await screen.findByText(/20\/11\/2026 18:05/)).toBeTruthy();
    expect(screen.getByText('/backups/hearth')).toBeTruthy();
    // The revoked PC is listed as revoked, and cannot be revoked again.
    expect(screen.getByText('Revoked on 01/11/2026')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Revoke Old laptop' })).toBeNull();
  });

  it('makes an enrolment code for a named PC and shows it once with its expiry; an empty name is refused before asking main', async () => {
    hosted();
    answer('host:enrolmentCode', (input) => ok({ code: '7K3M-QX2P-9TRD', deviceName: input.deviceName, expiresAt: '2026-11-21T10:15:00.000Z' }));
    renderScreen(<OfficeHostPage />);
    await userEvent.click(await screen.findByRole('button', { name: 'Create an enrolment code' }));
    expect((await screen.findAllByText(/Give the PC a name people will recognise/)).length).toBeGreaterThan(0);
    expect(callsTo('host:enrolmentCode')).toHaveLength(0);
    await userEvent.type(screen.getByLabelText('Name of the PC'), 'Reception PC');
    await userEvent.click(screen.getByRole('button', { name: 'Create an enrolment code' }));
    expect((await screen.findByText('7K3M-QX2P-9TRD')).className).toContain('recovery-key__value');
    expect(callsTo('host:enrolmentCode')).toEqual([{ deviceName: 'Reception PC' }]);
    expect(screen.getByText(/It works once, until 21\/11\/2026 10:15/)).toBeTruthy();
  });

  it('revokes a PC only after the confirmation, and renames one', async () => {
    hosted();
    answer('host:revokeDevice', () => ok(null));
    answer('host:nameDevice', () => ok(null));
    renderScreen(<OfficeHostPage />);
    await userEvent.click(await screen.findByRole('button', { name: 'Revoke Front desk PC' }));
    const dialog = screen.getByRole('dialog', { name: 'Revoke Front desk PC?' });
    expect(callsTo('host:revokeDevice')).toHaveLength(0);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Revoke Front desk PC' }));
    await waitFor(() => expect(callsTo('host:revokeDevice')).toEqual([{ serial: '0a1b' }]));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    await userEvent.click(screen.getByRole('button', { name: 'Rename Front desk PC' }));
    const name = screen.getByLabelText('Name of the PC', { selector: '#rename-device-name' });
    await userEvent.clear(name);
    await userEvent.type(name, 'Front desk (left)');
    await userEvent.click(screen.getByRole('button', { name: 'Save the name' }));
    await waitFor(() => expect(callsTo('host:nameDevice')).toEqual([{ serial: '0a1b', name: 'Front desk (left)' }]));
  });

  it('reads the device list again when the host says a PC was enrolled meanwhile', async () => {
    let enrolled = 1;
    hosted(HOSTED, () => enrolled);
    const { client } = renderScreen(<OfficeHostPage />);
    await screen.findByText('192.168.1.20:8443');
    const before = callsTo('host:status').length;
    enrolled = 2;
    await client.invalidateQueries({ queryKey: ['settings'], predicate: (q) => q.queryKey.includes('host:connected') });
    await waitFor(() => expect(callsTo('host:status').length).toBeGreaterThan(before));
  });

  it('offers to set up a workspace that is not a host yet, with the addresses split as typed', async () => {
    answer('host:status', () => ok({ ...HOSTED, setUp: false, officeName: null, addresses: [], caFingerprint: null, serving: false, devices: [] }));
    answer('host:setUp', () => ok(HOSTED));
    renderScreen(<OfficeHostPage />);
    await userEvent.type(await screen.findByLabelText('Office name'), 'Ipswich office');
    await userEvent.type(screen.getByLabelText('Addresses the PCs will use'), '192.168.1.20, hearth-host');
    await userEvent.click(screen.getByRole('button', { name: 'Set up this workspace as a host' }));
    await waitFor(() => expect(callsTo('host:setUp')).toEqual([{ officeName: 'Ipswich office', addresses: ['192.168.1.20', 'hearth-host'] }]));
  });
});
