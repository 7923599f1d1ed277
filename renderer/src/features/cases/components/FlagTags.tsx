import type { Flag } from '../../../../../shared/domain/vocabulary';
import { FLAG_SHORT } from '../labels';

/** A case's flags as short labels; nothing at all when there are none. */
export function FlagTags({ flags, hate = false }: { flags: readonly Flag[]; hate?: boolean }) {
  if (flags.length === 0 && !hate) return null;
  return (
    <ul className="tag-list">
      {hate && (
        <li>
          <span className="tag tag--error">Hate incident</span>
        </li>
      )}
      {flags.map((f) => (
        <li key={f}>
          <span className="tag tag--flag">{FLAG_SHORT[f] ?? f}</span>
        </li>
      ))}
    </ul>
  );
}
