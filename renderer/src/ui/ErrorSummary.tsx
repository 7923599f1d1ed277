import { type MouseEvent, useEffect, useRef } from 'react';
import type { FormProblem } from '../hooks/useForm';

export type { FormProblem };

interface Props {
  id: string;
  problems: readonly FormProblem[];
  /** Changes on each submit the form's own checks stopped: the summary then takes focus (GOV.UK pattern). */
  focusKey?: number;
  /** Changes when main answers with an error: the summary is scrolled into view, focus stays put. */
  revealKey?: string | null;
}

function focusField(event: MouseEvent<HTMLAnchorElement>, field: string) {
  // Not a real navigation: the hash holds the page route, so move focus by hand.
  event.preventDefault();
  document.getElementById(field)?.focus();
}

/**
 * A form's problems, in one live region that is always in the page (so screen readers announce each
 * change). Problems with a field link to it; the field itself shows the same words beside it.
 */
export function ErrorSummary({ id, problems, focusKey, revealKey }: Props) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.focus();
  }, [focusKey]);
  useEffect(() => {
    box.current?.scrollIntoView({ block: 'nearest' });
  }, [revealKey]);

  return (
    <div id={id} aria-live="assertive" aria-atomic="true">
      {problems.length > 0 && (
        <div className="error-summary" ref={box} tabIndex={-1}>
          <p className="error-summary__title">There is a problem</p>
          {problems.length === 1 && !problems[0]?.field ? (
            <p className="error-summary__message">{problems[0]?.message}</p>
          ) : (
            <ul className="error-summary__message">
              {problems.map((p) => (
                <li key={`${p.field ?? ''}${p.message}`}>
                  {p.field ? (
                    <a href={`#${p.field}`} onClick={(e) => focusField(e, p.field!)}>
                      {p.message}
                    </a>
                  ) : (
                    p.message
                  )}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
