import { useState } from 'react';
import type { ActionView } from '../../../../../shared/schemas/actions';
import { formatDateTime } from '../../../../../shared/time/format';
import { Button } from '../../../ui/Button';
import { focusSoon } from '../../../ui/focus';
import { actionName, eventButtonWords, isCourtKind, statusWords } from '../labels';
import { ResultForm } from './ResultForm';
import { resultLines } from '../resultLines';
import { ActionEvents } from './ActionEvents';
import { cardFacts } from './actionFacts';
import { EventForm } from './EventForm';
import { StatusForm } from './StatusForm';

interface Props {
  action: ActionView;
  nameOf: (partyId: number) => string;
  canEdit: boolean;
  onDone: (message: string) => void;
  /** An active injunction's "Edit" (issue 15), or null. */
  onEdit?: ((actionId: number) => void) | null;
}

const STATUS_TONE: Record<string, string> = { active: 'tag--success', granted: 'tag--success', refused: 'tag--error' };

/** One action: what it is, its own facts, what has happened since, and recording more. */
export function ActionCard({ action: a, nameOf, canEdit, onDone, onEdit = null }: Props) {
  const [open, setOpen] = useState<'event' | 'status' | 'result' | null>(null);
  const id = `action-${a.id}`;
  const proven = a.kind === 'civil-injunction' && a.events.some((e) => e.kind === 'breach' && e.proven);
  const facts = cardFacts(a, nameOf);
  const start = (what: 'event' | 'status' | 'result') => {
    setOpen(what);
    focusSoon(`${what}-${a.id}-heading`);
  };
  const close = (message?: string) => {
    setOpen(null);
    focusSoon(`${id}-heading`);
    if (message) onDone(message);
  };
  return (
    <article className="action-card" aria-labelledby={`${id}-heading`}>
      <div className="action-card__head">
        <h4 id={`${id}-heading`} tabIndex={-1}>
          {a.label}
          {a.subjectName && <span className="action-card__subject"> — {a.subjectName}</span>}
        </h4>
        <span className={`tag ${STATUS_TONE[a.status] ?? ''}`}>{statusWords(a.kind, a.status)}</span>
      </div>
      <dl className="action-facts">
        {facts.map(([term, value], i) => (
          <div key={`${term}${i}`}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {proven && (
        <p className="absolute-ground">
          <strong>Absolute ground condition met.</strong> A court found a breach of this injunction proven: condition 2 of the absolute ground for possession (Housing Act 1985 s84A, Housing Act 1988 Ground 7A).
        </p>
      )}
      {a.edits.length > 0 && (
        <p className="secondary-text">
          Version {a.version}. {a.edits.map((e) => `Version ${e.version} by ${e.by} on ${formatDateTime(e.at)}: ${e.changes.join('; ')}.`).join(' ')}
        </p>
      )}
      {a.result && (
        <p className="action-card__result">
          <strong>Result:</strong> {resultLines(a.result).join('; ')}
        </p>
      )}
      <ActionEvents events={a.events} />
      {canEdit && open === null && (
        <div className="button-row action-card__buttons">
          <Button small variant="secondary" onClick={() => start('event')}>
            {eventButtonWords(a.kind)}
            <span className="visually-hidden"> on the {actionName(a.label)}</span>
          </Button>
          <Button small variant="secondary" onClick={() => start('status')}>
            Update the status<span className="visually-hidden"> of the {actionName(a.label)}</span>
          </Button>
          {onEdit && (
            <Button small variant="secondary" onClick={() => onEdit(a.id)}>
              Edit the injunction
            </Button>
          )}
          {(a.kind === 'police-measure' || isCourtKind(a.kind)) && (
            <Button small variant="secondary" onClick={() => start('result')}>
              {a.result ? 'Change the result' : 'Record the result'}
              <span className="visually-hidden"> of the {actionName(a.label)}</span>
            </Button>
          )}
        </div>
      )}
      {open === 'event' && <EventForm action={a} onSaved={close} onCancel={() => close()} />}
      {open === 'status' && <StatusForm action={a} onSaved={close} onCancel={() => close()} />}
      {open === 'result' && <ResultForm action={a} onSaved={close} onCancel={() => close()} />}
    </article>
  );
}
