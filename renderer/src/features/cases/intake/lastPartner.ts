/**
 * The partner of this computer's last report, so an office that works for one partner need not choose it
 * every time. A partner code is not personal data; nothing else about the report is kept.
 */
const KEY = 'hearth.lastPartner';

export function rememberPartner(code: string): void {
  try {
    window.localStorage.setItem(KEY, code);
  } catch {
    // Storage may be unavailable (private window); choosing the partner again is only a small cost.
  }
}

export function lastPartner(): string | null {
  try {
    return window.localStorage.getItem(KEY);
  } catch {
    return null;
  }
}
