import { useDocumentTitle } from '../hooks/useDocumentTitle';
import { useFocusOnShow } from '../hooks/useFocusOnShow';

interface Props {
  children: string;
  /** The window title, when it should differ from the heading (e.g. "Home" for "Welcome, Sam"). */
  title?: string;
}

/** A screen's one h1. It takes focus when the screen opens and names the window. */
export function Heading({ children, title }: Props) {
  const ref = useFocusOnShow<HTMLHeadingElement>(children);
  useDocumentTitle(title ?? children);
  return (
    <h1 ref={ref} tabIndex={-1}>
      {children}
    </h1>
  );
}
