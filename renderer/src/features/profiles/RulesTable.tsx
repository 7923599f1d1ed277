import type { Profile } from '../../../../shared/standards/profile';
import { DataTable } from '../../ui/DataTable';
import { durationWords, ruleNotes, triggerWords, variantGroups } from './profileWords';
import { PolicySource } from '../../ui/PolicyText';

/** A profile version's rules as a table someone can check against the policy. */
export function RulesTable({ profile }: { profile: Profile }) {
  return (
    // Focusable, so the table can be scrolled from the keyboard when the window is narrow.
    <DataTable
      className="rules-table"
      scrollLabel={`Rules of version ${profile.version}`}
      caption={`Rules of version ${profile.version} (${profile.rules.length})`}
      rows={profile.rules}
      rowKey={(r) => r.id}
      columns={[
        {
          header: 'Rule',
          rowHeader: true,
          cell: (rule) => (
            <>
              {rule.label}
              {rule.urgent && <span className="tag tag--urgent rules-table__urgent">Urgent</span>}
              {ruleNotes(rule) && <span className="rules-table__note">{ruleNotes(rule)}</span>}
            </>
          ),
        },
        { header: 'Starts at', cell: (rule) => triggerWords(rule.trigger) },
        { header: 'Due within', className: 'nowrap', cell: (rule) => <strong>{durationWords(rule.due)}</strong> },
        {
          header: 'Faster when',
          cell: (rule) =>
            rule.variants.length === 0 ? (
              <span className="secondary-text">—</span>
            ) : (
              <ul className="plain-list">
                {variantGroups(rule).map((g) => (
                  <li key={g.due}>
                    <strong>{g.due}</strong>: {g.when}
                  </li>
                ))}
              </ul>
            ),
        },
        { header: 'Repeats', cell: (rule) => (rule.repeats ? 'Yes' : 'No') },
        { header: 'Source', cell: (rule) => <PolicySource source={rule.source} /> },
      ]}
    />
  );
}
