import data from './hearing-centres.json';

/**
 * County Court hearing centres (issue 15): the injunction form offers these, and the heading prints the
 * one chosen once — "IN THE COUNTY COURT AT CLERKENWELL AND SHOREDITCH". The list is data
 * (hearing-centres.json), so a centre the court opens or renames is a one-line change.
 */
export const HEARING_CENTRES: readonly string[] = data.centres;

const key = (s: string) => s.toLowerCase().replace(/[’']/g, '').replace(/[^a-z0-9]+/g, ' ').trim();
const byKey = new Map(HEARING_CENTRES.map((c) => [key(c), c]));

/**
 * The hearing centre's own name from what was recorded: older injunctions hold free text such as "County
 * Court at Clerkenwell and Shoreditch" or "Ipswich County Court", which printed the court twice. The words
 * "County Court" (and "the", "at", "sitting at") around the name are taken off; a known centre gets its
 * listed spelling.
 */
export function hearingCentreName(recorded: string): string {
  let s = recorded.trim().replace(/\s+/g, ' ');
  for (let i = 0; i < 3; i += 1) {
    s = s
      .replace(/^(in\s+)?(the\s+)?county\s+court(\s+hearing\s+centre)?(\s+sitting)?\s+(at|in)\s+/i, '')
      .replace(/\s+county\s+court(\s+hearing\s+centre)?$/i, '')
      .trim();
  }
  return byKey.get(key(s)) ?? s;
}

/** Whether the recorded court is one of the listed hearing centres. */
export function isKnownHearingCentre(recorded: string): boolean {
  return byKey.has(key(hearingCentreName(recorded)));
}
