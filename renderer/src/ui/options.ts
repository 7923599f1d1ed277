/** Options for a SelectField from one of the shared vocabularies, with an optional first "choose" line. */
export function optionsOf(items: readonly { code: string; label: string }[], first?: string): { value: string; label: string }[] {
  const options = items.map((i) => ({ value: i.code, label: i.label }));
  return first === undefined ? options : [{ value: '', label: first }, ...options];
}
