import { useQuery } from '@tanstack/react-query';
import { useEffect, useSyncExternalStore } from 'react';
import type { DraftSummary } from '../../../../shared/schemas/drafts';
import { hearthQuery } from '../../api/queries';
import { draftKeyOf, formsVersion, isFormOpen, markResume, subscribeForms } from '../../hooks/draftRegistry';
import { caseHref, routeHref } from '../../hooks/useHashRoute';
import { useChange } from '../../hooks/useChange';
import { useSession } from '../../hooks/useSession';
import { Button } from '../../ui/Button';
import { savedWhen } from '../../ui/DraftOffer';
import { Notice } from '../../ui/Notice';

const WORDS: Record<DraftSummary['form'], string> = {
  report: 'report',
  incident: 'incident',
  contact: 'contact',
  action: 'action',
  plan: 'action plan',
  letter: 'letter',
  statement: 'statement',
};

/**
 * After signing in (or a crash or restart), the drafts kept for this person (issue 17): "You have an
 * unsaved report from 10:42 — carry on / discard". A form open on screen offers its own draft instead.
 */
export function DraftsOffer() {
  const { session } = useSession();
  const drafts = useQuery(hearthQuery('draft:list', {}));
  const discard = useChange();
  // A form closed (another page, after "Leave") may have left a draft: ask again.
  const version = useSyncExternalStore(subscribeForms, formsVersion);
  const { refetch } = drafts;
  useEffect(() => void refetch(), [version, refetch]);
  const shown = (drafts.data ?? []).filter((d) => !isFormOpen(draftKeyOf(d.form, d.caseId)));
  if (!shown.length) return null;
  return (
    <section className="drafts-offer" aria-label="Unsaved work">
      {shown.map((d) => {
        const what = `${WORDS[d.form]}${d.caseRef ? ` on case ${d.caseRef}` : ''}`;
        const carryOn = () => {
          // The report form opens with it; a case's form offers it when opened on the case.
          if (d.caseId === null) markResume(session.user.id, draftKeyOf(d.form, null));
          window.location.hash = d.caseId === null ? routeHref(d.form === 'report' ? 'report' : '') : caseHref(d.caseId);
        };
        return (
          <Notice key={draftKeyOf(d.form, d.caseId)} tone="warning" title={`You have an unsaved ${what} from ${savedWhen(d.updatedAt)}`}>
            {d.caseId !== null && <p>Open the case, then the {WORDS[d.form]} form, to carry on.</p>}
            <div className="button-row button-row--tight">
              <Button small onClick={carryOn}>
                {d.caseId === null ? 'Carry on' : 'Open the case'}
                <span className="visually-hidden"> with the unsaved {what}</span>
              </Button>
              <Button small variant="secondary" busy={discard.busy} onClick={() => void discard.run('draft:discard', { form: d.form, caseId: d.caseId })}>
                Discard<span className="visually-hidden"> the unsaved {what}</span>
              </Button>
            </div>
          </Notice>
        );
      })}
    </section>
  );
}
