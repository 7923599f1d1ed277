import { CASE_STATUSES, labelOf, MOTIVATIONS, PERCEIVERS, REPORT_METHODS, SCREEN_OUTCOMES } from '../../../../../shared/domain/vocabulary';
import { fromIsoDate } from '../../../../../shared/time/input';
import { formatDateTime } from '../../../../../shared/time/format';
import type { CaseHeader } from '../../../../../shared/schemas/cases';
import { FlagTags } from '../components/FlagTags';
import { RiskTag } from '../components/RiskTag';
import { caseHref } from '../../../hooks/useHashRoute';

const judgementWords = (j: NonNullable<CaseHeader['judgements']>[number]) =>
  `${j.continues ? 'Judged to go on as harassment' : 'Judged no longer harassment'} on ${fromIsoDate(j.decidedOn)} by ${j.decidedBy}.`;

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
      {h.perception && (
        <div>
          <dt>Perceived as harassment</dt>
          <dd>
            {h.perception.by ? `By ${labelOf(PERCEIVERS, h.perception.by).replace(/^The /, 'the ').replace(/^A /, 'a ')}` : 'Yes'} (policy 3.2)
            {h.perception.how && <span className="case-facts__note">{h.perception.how}</span>}
            {h.judgements && h.judgements.length > 0 && <span className="case-facts__note">{judgementWords(h.judgements[h.judgements.length - 1]!)}</span>}
          </dd>
        </div>
      )}
      {h.screenedOut && (
        <div>
          <dt>Belongs elsewhere</dt>
          <dd>
            {labelOf(SCREEN_OUTCOMES, h.screenedOut.outcome)}
            <span className="case-facts__note">Referred to {h.screenedOut.referredTo}</span>
          </dd>
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
