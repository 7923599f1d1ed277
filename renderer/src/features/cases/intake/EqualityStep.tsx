import { useState } from 'react';
import { PARTY_ROLES } from '../../../../../shared/domain/vocabulary';
import { Button } from '../../../ui/Button';
import { focusSoon } from '../../../ui/focus';
import { useCaseView } from '../view/hooks/useCaseView';
import { EqualityForm } from './EqualityForm';
import { personWithRole } from '../../parties';

/**
 * The optional, separate step after saving (UK GDPR Art 9): each person's equality answers are written
 * once and never shown on the case. Only which people have answered is remembered, on this screen.
 */
export function EqualityStep({ caseId }: { caseId: number }) {
  const { query } = useCaseView(caseId);
  const [open, setOpen] = useState<number | null>(null);
  const [done, setDone] = useState<readonly number[]>([]);
  if (!query.isSuccess || query.data.parties.length === 0) return null;
  return (
    <section className="panel equality" aria-labelledby="equality-heading">
      <h2 id="equality-heading">Equality monitoring (optional, kept separately, never shown on the case)</h2>
      <p>
        Ask each person whether they are willing to answer. Their answers are kept apart from the case and used only in anonymous monitoring
        reports. Nobody working on the case can see them, including you once saved.
      </p>
      <ul className="equality__people">
        {query.data.parties.map((p) => {
          const who = personWithRole(p, PARTY_ROLES);
          return (
            <li key={p.id} className="equality__person">
              <div className="equality__row">
                <span>{who}</span>
                {done.includes(p.id) ? (
                  <span className="tag tag--success">Answers saved</span>
                ) : (
                  open !== p.id && (
                    <Button small variant="secondary" onClick={() => {
                        setOpen(p.id);
                        focusSoon(`equality-${p.id}-ethnicity`);
                      }}>
                      Record answers<span className="visually-hidden"> for {who}</span>
                    </Button>
                  )
                )}
              </div>
              {open === p.id && (
                <EqualityForm
                  partyId={p.id}
                  who={who}
                  onCancel={() => setOpen(null)}
                  onSaved={() => {
                    setDone((d) => [...d, p.id]);
                    setOpen(null);
                  }}
                />
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
