/**
 * Main answers a refused profile with its problems by path: "The request was not valid.
 * profile.rules.3.due: "Same day" takes no amount; use 0. profile.name: …". This splits such a message
 * and gives each problem to the nearest field the editor shows: the path itself, else the first field
 * under it (rules.3.due → rules.3.due.amount), else the nearest one above it.
 */
const MARKER = /profile((?:\.[A-Za-z0-9_-]+)+): /g;

export interface PlacedProblem {
  path: string | null;
  message: string;
}

export function splitServerMessage(message: string): { path: string; message: string }[] {
  const marks = [...message.matchAll(MARKER)];
  return marks.map((m, i) => {
    const start = m.index + m[0].length;
    const end = marks[i + 1]?.index ?? message.length;
    return { path: m[1]!.slice(1), message: message.slice(start, end).trim() };
  });
}

export function placeProblem(path: string, fields: readonly string[]): string | null {
  const segments = path.split('.');
  while (segments.length) {
    const here = segments.join('.');
    if (here === 'rules') return null; // about the list as a whole: no one rule's field fits
    const found = fields.find((f) => f === here) ?? fields.find((f) => f.startsWith(`${here}.`));
    if (found) return found;
    segments.pop();
  }
  return null;
}

/** Problems placed on fields; a message with no path (or none that fits) stays for the summary alone. */
export function placeServerProblems(message: string, fields: readonly string[]): PlacedProblem[] {
  const parts = splitServerMessage(message);
  if (parts.length === 0) return [{ path: null, message }];
  return parts.map((p) => ({ path: placeProblem(p.path, fields), message: p.message }));
}
