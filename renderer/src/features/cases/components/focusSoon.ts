/** Moves focus to an element once React has drawn it (after adding a person, opening a form…). */
export function focusSoon(id: string): void {
  window.requestAnimationFrame(() => {
    const el = document.getElementById(id);
    el?.focus();
    el?.scrollIntoView({ block: 'nearest' });
  });
}
