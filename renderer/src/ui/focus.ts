/**
 * Moves keyboard focus to an element once React has drawn it (after adding a person, opening a form…)
 * and scrolls it into view. An element that only appears once a list has been read again (a new
 * action's card) may take a few frames: focus is tried on each frame for up to a second.
 */
export function focusSoon(id: string, tries = 60): void {
  window.requestAnimationFrame(() => {
    const el = document.getElementById(id);
    if (el) {
      el.focus();
      el.scrollIntoView({ block: 'nearest' });
    } else if (tries > 1) {
      focusSoon(id, tries - 1);
    }
  });
}
