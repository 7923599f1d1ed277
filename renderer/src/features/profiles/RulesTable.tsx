import type { Profile } from '../../../../shared/standards/profile';
import { durationWords, ruleNotes, triggerWords, variantGroups } from './profileWords';

/** A profile version's rules as a table someone can check against the policy. */
export function RulesTable({ profile }: { profile: Profile }) {
  return (
    // Focusable, so the table can be scrolled from the keyboard when the window is narrow.
    <div className="table-wrap" role="region" aria-label={`Rules of version ${profile.version}`} tabIndex={0}>
      <table className="table rules-table">
        <caption>
          Rules of version {profile.version} ({profile.rules.length})
        </caption>
        <thead>
          <tr>
            <th scope="col">Rule</th>
            <th scope="col">Starts at</th>
            <th scope="col">Due within</th>
            <th scope="col">Faster when</th>
            <th scope="col">Repeats</th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          {profile.rules.map((rule) => (
            <tr key={rule.id}>
              <th scope="row">
                {rule.label}
                {rule.urgent && <span className="tag tag--urgent rules-table__urgent">Urgent</span>}
                {ruleNotes(rule) && <span className="rules-table__note">{ruleNotes(rule)}</span>}
              </th>
              <td>{triggerWords(rule.trigger)}</td>
              <td className="nowrap">
                <strong>{durationWords(rule.due)}</strong>
              </td>
              <td>
                {rule.variants.length === 0 ? (
                  <span className="secondary-text">—</span>
                ) : (
                  <ul className="plain-list">
                    {variantGroups(rule).map((g) => (
                      <li key={g.due}>
                        <strong>{g.due}</strong>: {g.when}
                      </li>
                    ))}
                  </ul>
                )}
              </td>
              <td>{rule.repeats ? 'Yes' : 'No'}</td>
              <td>{rule.source}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
