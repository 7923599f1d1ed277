import { CASE_STATUSES, labelOf, MOTIVATIONS, REPORT_METHODS } from '../../../../../shared/domain/vocabulary';
import { formatDateTime } from '../../../../../shared/time/format';
import type { CaseHeader } from '../../../../../shared/schemas/cases';
import { FlagTags } from '../components/FlagTags';
import { RiskTag } from '../components/RiskTag';
import { caseHref } from '../../../hooks/useHashRoute';

/** The case's key facts as a definition list, laid out in columns on a wide screen. */
export function CaseFacts({ header: h }: { header: CaseHeader }) {
  const place = [h.location.address, h.location.estate, h.location.postcode].filter(Boolean).join(', ');
  return (
    <dl className="case-facts">
      <div>
        <dt>Status</dt>
        <dd>{labelOf(CASE_STATUSES, h.status)}</dd>
      </div>
      <div>
        <dt>Received</dt>
        <dd>
          {formatDateTime(h.receivedAt)} by {labelOf(REPORT_METHODS, h.method).toLowerCase()}
          {h.anonymousReport && ' (anonymous report)'}
        </dd>
      </div>
      <div>
        <dt>Officer</dt>
        <dd>{h.owner?.name ?? 'Not assigned'}</dd>
      </div>
      <div>
        <dt>Risk</dt>
        <dd>
          <RiskTag level={h.riskLevel} long />
          {h.riskNotes && <span className="case-facts__note">{h.riskNotes}</span>}
        </dd>
      </div>
      <div>
        <dt>Where</dt>
        <dd>{place || 'Not recorded'}</dd>
      </div>
      <div>
        <dt>Flags</dt>
        <dd>{h.flags.length || h.hateIncident ? <FlagTags flags={h.flags} hate={h.hateIncident} /> : 'None'}</dd>
      </div>
      {h.motivation.length > 0 && (
        <div>
          <dt>Perceived motivation</dt>
          <dd>{h.motivation.map((m) => labelOf(MOTIVATIONS, m)).join('; ')}</dd>
        </div>
      )}
      {h.linkedCases.length > 0 && (
        <div>
          <dt>Linked cases</dt>
          <dd>
            <ul className="inline-list">
              {h.linkedCases.map((l) => (
                <li key={l.id}>
                  <a href={caseHref(l.id)} title={l.reason}>
                    {l.ref}
                  </a>
                </li>
              ))}
            </ul>
          </dd>
        </div>
      )}
    </dl>
  );
}
