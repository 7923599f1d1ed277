import { type ComponentType, useState } from 'react';
import type { CaseView } from '../../../../../shared/schemas/cases';
import { useSession } from '../../../hooks/useSession';
import { focusSoon } from '../../../ui/focus';
import { ContactForm } from './ContactForm';
import { CostForm } from './CostForm';
import type { EntryProps } from './entryProps';
import { IncidentForm } from './IncidentForm';
import { InterviewForm } from './InterviewForm';
import { NoteForm } from './NoteForm';
import { ReferralForm } from './ReferralForm';
import { InterviewAgreementForm } from '../casework/InterviewAgreementForm';
import { SafetyMeasureForm } from '../casework/SafetyMeasureForm';

/** Entries an officer adds to a case, most frequent first (actions as data, conventions §6.14). */
const ENTRIES: readonly { id: string; article: string; label: string; Form: ComponentType<EntryProps> }[] = [
  { id: 'contact', article: 'a', label: 'Contact', Form: ContactForm },
  { id: 'note', article: 'a', label: 'Note', Form: NoteForm },
  { id: 'incident', article: 'an', label: 'Incident', Form: IncidentForm },
  { id: 'interview', article: 'an', label: 'Interview', Form: InterviewForm },
  { id: 'referral', article: 'a', label: 'Referral', Form: ReferralForm },
  { id: 'cost', article: 'a', label: 'Cost', Form: CostForm },
  { id: 'interview-agreement', article: 'the', label: 'Agreement to interview others', Form: InterviewAgreementForm },
  { id: 'safety', article: 'a', label: 'Safety measure', Form: SafetyMeasureForm },
];

interface Props {
  view: CaseView;
  onAdded: (message: string) => void;
}

/** A row of "add" buttons; the chosen form opens under it, and its heading takes focus. */
export function AddToCase({ view, onAdded }: Props) {
  const { can } = useSession();
  const [open, setOpen] = useState<string | null>(null);
  if (!can('cases.update')) return null;
  const entry = ENTRIES.find((e) => e.id === open);
  const close = (back: string) => {
    setOpen(null);
    focusSoon(`add-button-${back}`);
  };
  return (
    <section className="panel add-to-case no-print" aria-labelledby="add-to-case-heading">
      <h2 id="add-to-case-heading" className="add-to-case__title">
        Add to the case
      </h2>
      <div className="add-to-case__buttons">
        {ENTRIES.map((e) => (
          <button
            key={e.id}
            id={`add-button-${e.id}`}
            type="button"
            className={open === e.id ? 'chip chip--on' : 'chip'}
            aria-expanded={open === e.id}
            aria-controls={`add-${e.id}`}
            onClick={() => {
              setOpen(open === e.id ? null : e.id);
              if (open !== e.id) focusSoon(`add-${e.id}-heading`);
            }}
          >
            <span className="visually-hidden">Add {e.article} </span>
            {e.label}
          </button>
        ))}
      </div>
      {entry && (
        <entry.Form
          key={entry.id}
          view={view}
          onCancel={() => close(entry.id)}
          onDone={(message) => {
            close(entry.id);
            onAdded(message);
          }}
        />
      )}
    </section>
  );
}
