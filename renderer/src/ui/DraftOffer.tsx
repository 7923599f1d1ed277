import { formatDate, formatDateTime, formatTime } from '../../../shared/time/format';
import { Button } from './Button';
import { Notice } from './Notice';

/** "from 10:42" today, "from 20/11/2026 10:42" before. */
export function savedWhen(at: string): string {
  return formatDate(at) === formatDate(new Date()) ? formatTime(at) : formatDateTime(at);
}

interface Props {
  /** "report", "contact": the form's own word. */
  what: string;
  draft: { offer: { savedAt: string } | null; restored: boolean; problem: string | null; carryOn: () => void; discard: () => void };
}

/**
 * At the top of a long form (issue 17): a stored draft offered back ("carry on / discard"), the note that
 * one was put back after a lock, or why what is typed could not be kept as a draft.
 */
export function DraftOffer({ what, draft }: Props) {
  return (
    <div aria-live="polite">
      {draft.offer && (
        <Notice tone="warning" title={`You have an unsaved ${what} from ${savedWhen(draft.offer.savedAt)}`}>
          <p>Carry on where you left off, or discard it and start again.</p>
          <div className="button-row button-row--tight">
            <Button small onClick={draft.carryOn}>
              Carry on<span className="visually-hidden"> with the unsaved {what}</span>
            </Button>
            <Button small variant="secondary" onClick={draft.discard}>
              Discard<span className="visually-hidden"> the unsaved {what}</span>
            </Button>
          </div>
        </Notice>
      )}
      {draft.restored && (
        <Notice tone="info">
          <p>This is the {what} you were typing before Hearth was locked.</p>
        </Notice>
      )}
      {draft.problem && (
        <Notice tone="error" title={`This ${what} could not be kept as a draft`}>
          <p>{draft.problem}</p>
        </Notice>
      )}
    </div>
  );
}
