import { formatDateTime } from '../../../../shared/time/format';
import type { Plan } from './planValues';

/** Superseded versions, folded away: each one's dates and actions as they stood. */
export function EarlierVersions({ plans }: { plans: readonly Plan[] }) {
  if (plans.length === 0) return null;
  return (
    <details className="earlier-versions">
      <summary>Earlier versions ({plans.length})</summary>
      {plans.map((p) => (
        <div key={p.id} className="earlier-versions__item">
          <h4>Version {p.version}</h4>
          <p>
            {p.agreedAt ? `Agreed ${formatDateTime(p.agreedAt)}${p.agreedWith ? ` with ${p.agreedWith}` : ''}.` : 'Never agreed (draft).'}{' '}
            {p.version > 1 && (p.issuedAt ? `Sent to the complainant ${formatDateTime(p.issuedAt)}.` : 'Not recorded as sent to the complainant.')}
          </p>
          {p.summary && <p className="pre-wrap">{p.summary}</p>}
          {p.actions.length > 0 && (
            <ul>
              {p.actions.map((a) => (
                <li key={a.id}>
                  {a.what} ({a.who}){a.doneAt ? `: done ${formatDateTime(a.doneAt)}` : ''}
                </li>
              ))}
            </ul>
          )}
        </div>
      ))}
    </details>
  );
}
