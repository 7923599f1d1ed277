import type { DueItemView } from '../../../../shared/schemas/standards';
import { isOverdue } from './dueText';

type State = DueItemView['state'];

const WORDS: Record<State, { text: string; tone: string; mark: string }> = {
  pending: { text: 'To do', tone: 'tag', mark: '' },
  breached: { text: 'Overdue', tone: 'tag tag--error', mark: '!' },
  'met-on-time': { text: 'Met on time', tone: 'tag tag--success', mark: '✓' },
  'met-late': { text: 'Met late', tone: 'tag tag--warning', mark: '✓' },
  waived: { text: 'Waived', tone: 'tag', mark: '–' },
};

/** The state in words (with a mark for quick scanning); an item whose time passed since loading is overdue. */
export function DueStateTag({ item, now }: { item: Pick<DueItemView, 'state' | 'dueAt'>; now: number }) {
  const state: State = item.state === 'pending' && isOverdue(item.dueAt, now) ? 'breached' : item.state;
  const { text, tone, mark } = WORDS[state];
  return (
    <span className={tone}>
      {mark && <span aria-hidden="true">{mark} </span>}
      {text}
    </span>
  );
}
