import { type ReactNode, useEffect, useRef } from 'react';

interface Props {
  id: string;
  title: string;
  children: ReactNode;
  /** The element id that takes focus when the dialog opens: the safe choice, or the first answer. */
  focusId: string;
  busy?: boolean;
  calm?: boolean;
  onCancel: () => void;
}

/**
 * A modal question in a real <dialog>: showModal() makes the rest of the page inert (so focus stays
 * inside), Escape cancels unless something is being saved, and focus starts where the question says.
 * Rendered only while it is open; ConfirmDialog and ReasonDialog are built on it.
 */
export function Dialog({ id, title, children, focusId, busy = false, calm = false, onCancel }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    dialog.showModal();
    document.getElementById(focusId)?.focus();
    return () => dialog.close();
  }, [focusId]);
  return (
    <dialog
      ref={ref}
      className={calm ? 'dialog dialog--calm' : 'dialog'}
      aria-labelledby={`${id}-title`}
      onCancel={(event) => {
        event.preventDefault();
        if (!busy) onCancel();
      }}
    >
      <h2 id={`${id}-title`}>{title}</h2>
      {children}
    </dialog>
  );
}
