import { render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { registerForm } from '../../renderer/src/hooks/draftRegistry';
import { useUnloadWarning } from '../../renderer/src/hooks/useUnloadWarning';

/** Issue 17: closing the tab or window with a form holding unsaved changes asks first, and saves the draft. */
function Watcher() {
  useUnloadWarning();
  return null;
}

/** Dispatches beforeunload as the browser does; true when the page asked to stay. */
const closing = () => !window.dispatchEvent(new Event('beforeunload', { cancelable: true }));

describe('the warning on closing', () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => cleanups.splice(0).forEach((c) => c()));

  it('asks while a form holds changes, saving its draft, and not otherwise', () => {
    render(<Watcher />);
    let changed = false;
    const flush = vi.fn(() => Promise.resolve());
    cleanups.push(registerForm('contact:42', { label: 'contact on C33-2026-0042', hasChanges: () => changed, flush }));
    expect(closing()).toBe(false);
    changed = true;
    expect(closing()).toBe(true);
    expect(flush).toHaveBeenCalled();
  });
});
