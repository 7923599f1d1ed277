import { useEffect } from 'react';

/** Names the window after the screen ("Users – Hearth"), which screen readers announce and tabs show. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} – Hearth`;
  }, [title]);
}
