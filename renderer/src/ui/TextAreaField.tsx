import type { ReactNode, TextareaHTMLAttributes } from 'react';
import { describedBy, FieldFrame } from './FieldFrame';

interface Props extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'value' | 'onChange'> {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: ReactNode;
  error?: string | null;
  /**
   * The most characters main takes (from the shared schema, e.g. `NoteAddInput.shape.text.maxLength`):
   * a count appears as the text nears it, so nobody learns of the limit only after pressing Save.
   */
  limit?: number | null;
}

/** From this share of the limit on, the count is shown (GOV.UK's character count uses a threshold too). */
const SHOW_FROM = 0.75;
const count = new Intl.NumberFormat('en-GB');

/** "You have 1,200 characters left" or, past the limit, "You have 300 characters too many". */
export function characterCountWords(length: number, limit: number): string {
  const left = limit - length;
  const one = (n: number) => (n === 1 ? 'character' : 'characters');
  return left >= 0 ? `You have ${count.format(left)} ${one(left)} left` : `You have ${count.format(-left)} ${one(-left)} too many`;
}

/** TextField's multi-line twin: the same label, hint and error frame around a <textarea>. */
export function TextAreaField({ id, label, value, onChange, hint, error, rows = 4, limit, ...rest }: Props) {
  const length = value.trim().length;
  const showCount = typeof limit === 'number' && length >= limit * SHOW_FROM;
  const over = showCount && length > limit;
  const status = showCount ? (
    <p id={`${id}-status`} className={over ? 'field__count field__count--over' : 'field__count'} aria-live="polite">
      {characterCountWords(length, limit)}
    </p>
  ) : null;
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} status={status}>
      <textarea
        id={id}
        name={id}
        className={over ? 'input textarea input--over' : 'input textarea'}
        rows={rows}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-describedby={describedBy(id, { hint, error, status })}
        aria-invalid={error || over ? true : undefined}
        {...rest}
      />
    </FieldFrame>
  );
}
