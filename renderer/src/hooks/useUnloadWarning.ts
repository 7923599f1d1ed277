import { useEffect } from 'react';
import { formsWithChanges, saveOpenForms } from './draftRegistry';

/**
 * Closing the window (or the tab, in browser mode) with a form holding unsaved changes asks first
 * (issue 17). The browser asks in its own words; in Electron, main shows the question (window.ts,
 * 'will-prevent-unload'). Either way what is typed is saved as a draft at once, so it is offered back if
 * the person closes anyway.
 */
export function warnIfUnsaved(event: BeforeUnloadEvent): void {
  if (formsWithChanges().length === 0) return;
  void saveOpenForms();
  event.preventDefault();
  // Older engines ask only when returnValue is set.
  event.returnValue = '';
}

export function useUnloadWarning(): void {
  useEffect(() => {
    window.addEventListener('beforeunload', warnIfUnsaved);
    return () => window.removeEventListener('beforeunload', warnIfUnsaved);
  }, []);
}
