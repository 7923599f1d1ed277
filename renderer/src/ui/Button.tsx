import type { ComponentPropsWithRef, MouseEvent } from 'react';

interface Props extends ComponentPropsWithRef<'button'> {
  variant?: 'primary' | 'secondary' | 'danger';
  small?: boolean;
  /** While busy the button says so and ignores presses (aria-disabled keeps it focusable). */
  busy?: boolean;
  busyLabel?: string;
}

export function Button({ variant = 'primary', small = false, busy = false, busyLabel, className, children, onClick, type = 'button', ...rest }: Props) {
  const classes = ['button', variant !== 'primary' && `button--${variant}`, small && 'button--small', className].filter(Boolean).join(' ');
  const handleClick = (event: MouseEvent<HTMLButtonElement>) => {
    if (busy) {
      event.preventDefault();
      return;
    }
    onClick?.(event);
  };
  return (
    <button type={type} className={classes} aria-disabled={busy || undefined} onClick={handleClick} {...rest}>
      {busy && <span className="spinner" aria-hidden="true" />}
      {busy && busyLabel ? busyLabel : children}
    </button>
  );
}
