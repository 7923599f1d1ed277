/**
 * Moves focus to an element that appears once a list has been read again (a new action's card), trying
 * on each frame for up to a second; focusSoon() in features/cases tries only once.
 */
export function focusWhenShown(id: string, tries = 60): void {
  window.requestAnimationFrame(() => {
    const el = document.getElementById(id);
    if (el) {
      el.focus();
      el.scrollIntoView({ block: 'nearest' });
    } else if (tries > 1) {
      focusWhenShown(id, tries - 1);
    }
  });
}
