import { useCallback, useRef, useState } from 'react';
import { Button } from '../../../ui/Button';
import { focusSoon } from '../../../ui/focus';
import { useClickOutside } from '../../../hooks/useClickOutside';
import { FACT_CHOICES, type RecordableFact } from './facts';
import { RecordFactForm } from './RecordFactForm';

interface Props {
  caseId: number;
  onRecorded: (message: string) => void;
}

/** "Record a step done…" (it was a bare "Record…", which said nothing of what it records): the things that meet a deadline without a contact or document (acknowledged, graffiti removed…). */
export function RecordFactMenu({ caseId, onRecorded }: Props) {
  const [open, setOpen] = useState(false);
  const [fact, setFact] = useState<RecordableFact | null>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const anchor = useRef<HTMLDivElement>(null);
  // A press elsewhere on the page closes the menu, leaving focus where the person put it.
  const dismiss = useCallback(() => {
    setOpen(false);
    setFact(null);
  }, []);
  useClickOutside(anchor, open, dismiss);
  const show = () => {
    setOpen(true);
    focusSoon('record-fact-0');
  };
  const choose = (code: RecordableFact) => {
    setFact(code);
    focusSoon('record-fact-at');
  };
  const close = () => {
    setOpen(false);
    setFact(null);
    toggle.current?.focus();
  };
  return (
    <div
      ref={anchor}
      className="popover-anchor"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) close();
      }}
    >
      <Button ref={toggle} small variant="secondary" aria-expanded={open} aria-controls="record-fact" onClick={open ? close : show}>
        Record a step done…
      </Button>
      {open && (
        <div className="popover" id="record-fact">
          {fact === null ? (
            <ul className="popover__list" aria-label="Record that">
              {FACT_CHOICES.map((c, i) => (
                <li key={c.code}>
                  <button type="button" id={`record-fact-${i}`} className="popover__item" onClick={() => choose(c.code)}>
                    {c.label}
                  </button>
                </li>
              ))}
            </ul>
          ) : (
            <RecordFactForm
              caseId={caseId}
              fact={fact}
              onCancel={close}
              onRecorded={(message) => {
                close();
                onRecorded(message);
              }}
            />
          )}
        </div>
      )}
    </div>
  );
}
