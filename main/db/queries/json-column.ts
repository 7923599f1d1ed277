/** JSON list columns (flags, acts…): parsed defensively so one bad row cannot break a whole screen. */
export function parseList<T extends string>(value: string | null | undefined): T[] {
  if (!value) return [];
  try {
    const parsed: unknown = JSON.parse(value);
    return Array.isArray(parsed) ? (parsed.filter((x) => typeof x === 'string') as T[]) : [];
  } catch {
    return [];
  }
}

export const toList = (items: readonly string[]) => JSON.stringify([...new Set(items)]);
