import { useState } from 'react';
import type { DecisionKind, ReviewItem } from '../../../../shared/schemas/redaction-review';
import { formatDateTime } from '../../../../shared/time/format';
import { Button } from '../Button';
import { TextAreaField } from '../TextAreaField';
import { TextField } from '../TextField';

interface Props {
  /** The findings of one sentence (they share its passage key). */
  items: ReviewItem[];
  busy: boolean;
  onDecide: (key: string, decision: DecisionKind, text?: string) => Promise<boolean>;
}

const DECIDED: Record<DecisionKind, string> = { accept: 'Suggestion accepted', edit: 'Replacement edited', reword: 'Passage reworded', reject: 'Rejected' };

/**
 * One sentence of the bundle's text that identifies someone withheld (issue 16 §3): what it says, each
 * detail with whose it is, why it identifies them and the suggested replacement, and how it will read.
 * Each detail is accepted or its replacement edited; or the whole sentence is reworded.
 */
export function ReviewPassage({ items, busy, onDecide }: Props) {
  const first = items[0]!;
  const [editing, setEditing] = useState<{ key: string; kind: 'edit' | 'reword'; text: string } | null>(null);
  const id = `review-${first.passageKey.slice(0, 12)}`;
  const save = async () => {
    if (editing && (await onDecide(editing.key, editing.kind, editing.text))) setEditing(null);
  };
  const undecided = items.some((i) => !i.decision);
  return (
    <li className={undecided ? 'review-passage review-passage--open' : 'review-passage'} aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`} className="review-passage__where">
        In {first.place}: {undecided ? 'to review' : 'reviewed'}
      </h3>
      <blockquote className="review-passage__text">{first.passage}</blockquote>
      <ul className="review-passage__findings">
        {items.map((item) => (
          <li key={item.key}>
            <p>
              <strong>“{item.words}”</strong> is {item.person}’s {item.detail}: {item.reason}. Suggested: “{item.suggestion}”.
            </p>
            <p className="bundle-hint">{item.decision ? `${DECIDED[item.decision.kind]} by ${item.decision.decidedBy} on ${formatDateTime(item.decision.decidedAt)}.` : 'Not reviewed yet.'}</p>
            {editing?.key === item.key ? (
              <div className="review-passage__edit">
                <TextField id={`${id}-edit`} label={`Words to use instead of “${item.words}”`} value={editing.text} onChange={(text) => setEditing({ ...editing, text })} />
                <Button small busy={busy} busyLabel="Checking…" onClick={() => void save()}>
                  Use these words
                </Button>{' '}
                <Button small variant="secondary" onClick={() => setEditing(null)}>
                  Cancel
                </Button>
              </div>
            ) : (
              <div className="row-actions">
                <Button small variant={item.decision?.kind === 'accept' ? 'secondary' : 'primary'} busy={busy} onClick={() => void onDecide(item.key, 'accept')}>
                  {`Accept “${item.suggestion}”`}
                </Button>
                <Button small variant="secondary" onClick={() => setEditing({ key: item.key, kind: 'edit', text: item.decision?.kind === 'edit' ? (item.decision.text ?? '') : item.suggestion })}>
                  Edit the replacement
                </Button>
              </div>
            )}
          </li>
        ))}
      </ul>
      <p>
        <span className="review-passage__label">It will read:</span> {first.result}
      </p>
      {editing?.key === first.passageKey ? (
        <div className="review-passage__edit">
          <TextAreaField id={`${id}-reword`} label="The passage as it should read" hint="Checked again before it is kept: it must not identify anyone withheld." rows={3} limit={4000} value={editing.text} onChange={(text) => setEditing({ ...editing, text })} />
          <Button small busy={busy} busyLabel="Checking…" onClick={() => void save()}>
            Use this wording
          </Button>{' '}
          <Button small variant="secondary" onClick={() => setEditing(null)}>
            Cancel
          </Button>
        </div>
      ) : (
        <Button small variant="secondary" onClick={() => setEditing({ key: first.passageKey, kind: 'reword', text: first.result })}>
          Reword the passage
        </Button>
      )}
    </li>
  );
}
