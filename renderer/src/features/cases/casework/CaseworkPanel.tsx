import { useQuery } from '@tanstack/react-query';
import { INTERVIEW_BASES, SAFETY_MEASURE_KINDS, SAFETY_STATUSES, SENT_FORMATS } from '../../../../../shared/domain/policy-measures';
import { labelOf } from '../../../../../shared/domain/vocabulary';
import type { CaseworkView } from '../../../../../shared/schemas/casework';
import { fromIsoDate } from '../../../../../shared/time/input';
import { hearthQuery } from '../../../api/queries';
import { caseHref } from '../../../hooks/useHashRoute';
import { useSession } from '../../../hooks/useSession';
import { Notice } from '../../../ui/Notice';
import { PolicyText } from '../../../ui/PolicyText';
import { fmtMoney } from '../../../../../shared/reports/format';
import { CounterAllegationForm } from './CounterAllegationForm';

/**
 * Issue 18's records on the case, in one panel: whether others may be interviewed (P4.9), counter-
 * allegations (P4.7), safety measures (P3.17) and letters sent in other formats (P8.3).
 */
export function CaseworkPanel({ caseId, onDone }: { caseId: number; onDone: (message: string) => void }) {
  const { can } = useSession();
  const q = useQuery(hearthQuery('casework:get', { caseId }));
  return (
    <section className="panel" aria-labelledby="casework-heading">
      <h2 id="casework-heading">Interviews, counter-allegations, safety and formats</h2>
      {q.error && (
        <Notice tone="error">
          <p>{q.error.message}</p>
        </Notice>
      )}
      {q.data && <Parts view={q.data} caseId={caseId} canEdit={can('cases.update')} onDone={onDone} />}
    </section>
  );
}

function Parts({ view, caseId, canEdit, onDone }: { view: CaseworkView; caseId: number; canEdit: boolean; onDone: (message: string) => void }) {
  const a = view.interviewAgreement;
  return (
    <>
      <h3>
        Interviewing others (<PolicyText text="P4.9" />)
      </h3>
      <p>{a ? `${labelOf(INTERVIEW_BASES, a.basis)} (${fromIsoDate(a.givenOn)}, recorded by ${a.recordedBy})${a.reason ? `: “${a.reason}”` : '.'}` : 'Not asked yet.'}</p>
      {view.interviewRefusal && <p className="secondary-text">Until the complainant agrees, the alleged perpetrator and witnesses cannot be interviewed or invited to an interview. Record the answer under “Add to the case”.</p>}

      <h3>
        Counter-allegations (<PolicyText text="P4.7" />)
      </h3>
      {view.counterAllegations.length === 0 ? (
        <p>None linked.</p>
      ) : (
        <ul>
          {view.counterAllegations.map((c) => (
            <li key={c.caseId}>
              <a href={caseHref(c.caseId)}>{c.ref}</a>: each side stays protected from the other. No letter on either case may name the other case’s people or give its reference.
            </li>
          ))}
        </ul>
      )}
      {canEdit && <CounterAllegationForm caseId={caseId} onDone={onDone} />}

      <h3>
        Safety measures (<PolicyText text="P3.17" />)
      </h3>
      {view.safetyMeasures.length === 0 ? (
        <p>None recorded. Add one under “Add to the case”.</p>
      ) : (
        <ul>
          {view.safetyMeasures.map((m) => (
            <li key={m.id}>
              {labelOf(SAFETY_MEASURE_KINDS, m.kind)}: {labelOf(SAFETY_STATUSES, m.status).toLowerCase()} {fromIsoDate(m.on)}
              {m.partyName && ` for ${m.partyName}`}
              {m.costPence > 0 && `, ${fmtMoney(m.costPence)}`}
              {m.liaison && <span className="secondary-text"> (crime prevention liaison: {m.liaison})</span>}
            </li>
          ))}
        </ul>
      )}

      <h3>
        Letters sent in other formats (<PolicyText text="P8.3" />)
      </h3>
      {view.formatsSent.length === 0 ? (
        <p>None recorded. Record one from the letter in the documents list.</p>
      ) : (
        <ul>
          {view.formatsSent.map((f) => (
            <li key={f.id}>
              {f.documentTitle}: {f.format === 'translation' ? `translation (${f.language})` : labelOf(SENT_FORMATS, f.format)}, by {f.producedBy}, sent {fromIsoDate(f.sentOn)}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
