import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { Result } from '../../shared/result';
import { resetHostConnection } from '../../renderer/src/api/connection';
import { App } from '../../renderer/src/app/App';
import { answer, callsTo, ok } from './fakeHearth';

/**
 * Issue 22, the client PC: the states of its connection to the office host, shown from the bridge's marked
 * answers. Unreachable is a screen at the start and a banner (an alert, with Retry) once signed in; a changed
 * certificate replaces every screen and offers no way on.
 */
const unreachable: Result<never> = {
  ok: false,
  error: { code: 'unavailable', office: 'unreachable', message: 'The office host at 192.168.1.20:7443 cannot be reached (ECONNREFUSED).' },
};
const certificateChanged: Result<never> = {
  ok: false,
  error: { code: 'integrity', office: 'certificate-changed', message: 'The office host at 192.168.1.20:7443 did not show the certificate this PC was enrolled with.' },
};
const SIGNED_OUT = { exists: true, workspaceName: 'Ipswich Office', lockedUser: null, signedIn: false };

afterEach(() => resetHostConnection());

describe('a PC working on an office host', () => {
  it('says the host cannot be reached, keeps work on the PC, and connects again on Retry', async () => {
    let hostUp = false;
    answer('workspace:status', () => (hostUp ? ok(SIGNED_OUT) : unreachable));
    render(<App />);
    expect(await screen.findByRole('heading', { name: 'The office host cannot be reached' })).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toMatch(/Your work is kept on this PC and will be offered back when it returns\..*ECONNREFUSED/);

    hostUp = true;
    const retry = screen.getByRole('button', { name: 'Try again' });
    retry.focus();
    await userEvent.keyboard('{Enter}');
    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeTruthy();
    expect(screen.queryByText(/cannot be reached/)).toBeNull();
    expect(callsTo('workspace:status').length).toBe(2);
  });

  it('shows a banner over the screen when the host stops answering, and Retry clears it once it returns', async () => {
    let hostUp = true;
    answer('workspace:status', () => (hostUp ? ok(SIGNED_OUT) : unreachable));
    render(<App />);
    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeTruthy();

    hostUp = false;
    answer('session:signIn', () => unreachable);
    await userEvent.type(screen.getByLabelText('User name'), 'olive');
    await userEvent.type(screen.getByLabelText('Passphrase', { selector: 'input' }), 'a long passphrase for tests');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    const banner = await screen.findByRole('region', { name: 'Connection to the office host' });
    expect(banner.textContent).toContain('The office host cannot be reached');
    expect(banner.textContent).toContain('Your work is kept on this PC and will be offered back when it returns.');
    // The form is still there, with what was typed.
    expect((screen.getByLabelText('User name') as HTMLInputElement).value).toBe('olive');

    // Reached by keyboard: Retry is a button in the tab order.
    const retry = screen.getByRole('button', { name: 'Retry' });
    retry.focus();
    hostUp = true;
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Connection to the office host' })).toBeNull());
    expect((screen.getByLabelText('User name') as HTMLInputElement).value).toBe('olive');
  });

  it('refuses a host whose certificate changed: one screen, no way to carry on', async () => {
    answer('workspace:status', () => ok(SIGNED_OUT));
    render(<App />);
    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeTruthy();
    answer('session:signIn', () => certificateChanged);
    await userEvent.type(screen.getByLabelText('User name'), 'olive');
    await userEvent.type(screen.getByLabelText('Passphrase', { selector: 'input' }), 'a long passphrase for tests');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('heading', { name: 'The office host’s certificate has changed' })).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('Hearth will not connect to it');
    expect(screen.queryAllByRole('button')).toEqual([]);
    expect(screen.queryByLabelText('User name')).toBeNull();
    // A later answer from the host does not undo the refusal.
    const { callChannel } = await import('../../renderer/src/api/hearth');
    await act(async () => void (await callChannel('workspace:status', {})));
    expect(screen.getByRole('heading', { name: 'The office host’s certificate has changed' })).toBeTruthy();
  });

  it('says on the sign-in screen that the records are on the office host, and sends a forgotten passphrase to the administrator', async () => {
    window.sessionStorage.setItem('hearth.office', '1');
    try {
      answer('workspace:status', () => ok(SIGNED_OUT));
      render(<App />);
      expect(await screen.findByRole('button', { name: 'Sign in' })).toBeTruthy();
      expect(screen.getByRole('contentinfo').textContent).toMatch(/works on your office’s Hearth host: the records are kept there/);
      expect(screen.getByRole('contentinfo').textContent).not.toMatch(/on this computer\. Nothing is sent anywhere else/);
      expect(screen.queryByRole('button', { name: 'Forgotten your passphrase?' })).toBeNull();
      expect(screen.getByText(/Ask your office’s Hearth administrator to reset it/)).toBeTruthy();
    } finally {
      window.sessionStorage.removeItem('hearth.office');
    }
  });

  it('asks for this PC’s passphrase while its key is locked, says when it is wrong, and connects with the right one', async () => {
    const locked = (message: string, code: 'unavailable' | 'wrong-passphrase' = 'unavailable'): Result<never> => ({ ok: false, error: { code, office: 'device-locked', message } });
    let unlocked = false;
    answer('workspace:status', () => (unlocked ? ok(SIGNED_OUT) : locked('This PC’s Hearth key is locked.')));
    answer('device:unlock', (input) => {
      if (input.passphrase !== 'the PC passphrase') return locked('That is not the passphrase this PC’s device file was protected with. Try again.', 'wrong-passphrase');
      unlocked = true;
      return ok({ deviceName: 'Front desk PC', hostUrl: 'https://192.168.1.20:7443' });
    });
    render(<App />);
    expect(await screen.findByRole('heading', { name: 'This PC’s Hearth key is locked' })).toBeTruthy();
    expect(screen.queryByLabelText('User name')).toBeNull();

    // Empty: said on the form, nothing sent.
    await userEvent.click(screen.getByRole('button', { name: 'Unlock this PC' }));
    expect((await screen.findAllByText('Enter this PC’s passphrase.')).length).toBeGreaterThan(0);
    expect(callsTo('device:unlock')).toHaveLength(0);

    await userEvent.type(screen.getByLabelText('This PC’s passphrase', { selector: 'input' }), 'a guess');
    await userEvent.click(screen.getByRole('button', { name: 'Unlock this PC' }));
    expect((await screen.findAllByText(/not the passphrase this PC’s device file was protected with/)).length).toBeGreaterThan(0);
    expect(screen.getByRole('heading', { name: 'This PC’s Hearth key is locked' })).toBeTruthy();

    const field = screen.getByLabelText('This PC’s passphrase', { selector: 'input' });
    await userEvent.clear(field);
    await userEvent.type(field, 'the PC passphrase');
    await userEvent.keyboard('{Enter}');
    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'This PC’s Hearth key is locked' })).toBeNull();
    expect(callsTo('device:unlock')).toEqual([{ passphrase: 'a guess' }, { passphrase: 'the PC passphrase' }]);
  });
});
