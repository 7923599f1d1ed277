import type { ComponentProps } from 'react';
import { TextField } from './TextField';

type Props = Omit<ComponentProps<typeof TextField>, 'type' | 'width'>;

/**
 * A date typed the UK way (21/11/2026); the hint shows the pattern unless a fuller hint is given, or
 * `null` where the pattern is said once for several fields (a table of rows).
 */
export function DateField({ hint, ...props }: Props) {
  return <TextField {...props} hint={hint === undefined ? 'For example 21/11/2026.' : hint} width="short" autoComplete="off" />;
}

/** A date and time, London time (21/11/2026 14:30). */
export function DateTimeField({ hint, ...props }: Props) {
  return <TextField {...props} hint={hint === undefined ? 'For example 21/11/2026 14:30.' : hint} width="short" autoComplete="off" />;
}
