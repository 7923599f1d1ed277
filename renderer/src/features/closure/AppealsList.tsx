import type { ClosureView } from '../../../../shared/schemas/actions';
import { formatDateTime } from '../../../../shared/time/format';
import { fromIsoDate } from '../../../../shared/time/input';

/** Appeals against closure, with a manager's decision and reasons once made. */
export function AppealsList({ appeals }: { appeals: ClosureView['appeals'] }) {
  return (
    <ul className="appeal-list">
      {appeals.map((a) => (
        <li key={a.id}>
          <p>
            <strong>Lodged {fromIsoDate(a.lodgedOn)}:</strong> {a.grounds}
          </p>
          {a.decision ? (
            <p>
              <span className={a.decision === 'reopen' ? 'tag tag--success' : 'tag'}>{a.decision === 'reopen' ? 'Case reopened' : 'Closure upheld'}</span> {a.decidedAt && formatDateTime(a.decidedAt)}: {a.reasons}
            </p>
          ) : (
            <p className="secondary-text">Waiting for a manager’s decision.</p>
          )}
        </li>
      ))}
    </ul>
  );
}
