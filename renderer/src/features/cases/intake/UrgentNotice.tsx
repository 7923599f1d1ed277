import type { SavedReport } from './SavedReportPage';
import { dueText } from '../format/due';

/** The 24-hour and same-day items the new case started (P4.4–4.8), with the Friday rule among them. */
export function UrgentNotice({ urgent }: { urgent: SavedReport['urgent'] }) {
  if (urgent.length === 0) return null;
  return (
    <div className="notice notice--urgent" role="alert">
      <strong className="notice__title">Urgent: {urgent.length === 1 ? 'this is' : `these ${urgent.length} are`} due soon</strong>
      <ul className="urgent-list">
        {urgent.map((u) => (
          <li key={u.ruleId}>
            <strong>{u.label}</strong> — {dueText(u.dueAt)}
          </li>
        ))}
      </ul>
    </div>
  );
}
