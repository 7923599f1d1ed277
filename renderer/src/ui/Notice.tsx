import type { ReactNode } from 'react';

interface Props {
  tone?: 'info' | 'success' | 'warning' | 'error';
  title?: string;
  children: ReactNode;
  /** Announce it when it appears (a result of something the person just did). */
  live?: boolean;
}

/** A coloured panel with a word of meaning in its title, never colour alone. */
export function Notice({ tone = 'info', title, children, live = false }: Props) {
  return (
    <div className={`notice notice--${tone}`} role={live ? (tone === 'error' ? 'alert' : 'status') : undefined}>
      {title && <strong className="notice__title">{title}</strong>}
      {children}
    </div>
  );
}
