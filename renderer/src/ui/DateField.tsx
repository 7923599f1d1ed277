import { type ComponentProps, useState } from 'react';
import { fromIsoDate, londonToday, toIsoDate } from '../../../shared/time/input';
import { CalendarDialog } from './CalendarDialog';
import { TextField } from './TextField';

type Props = Omit<ComponentProps<typeof TextField>, 'type' | 'width' | 'after'>;

const TIME_PART = /\s+(\d{1,2}[:.]\d{2})\s*$/;

/** The typed date part of a field's text as a day ('YYYY-MM-DD'), or today when there is none yet. */
const startDay = (text: string) => toIsoDate(text.replace(TIME_PART, '').trim()) ?? toIsoDate(londonToday())!;

/**
 * The calendar button beside a date field: it opens on the typed date (or today), and a chosen day
 * replaces the date part and keeps any time already typed.
 */
function CalendarButton({ id, label, value, onChange }: { id: string; label: string; value: string; onChange: (v: string) => void }) {
  const [open, setOpen] = useState(false);
  const choose = (day: string) => {
    const time = TIME_PART.exec(value)?.[1];
    onChange(time ? `${fromIsoDate(day)} ${time}` : fromIsoDate(day));
    setOpen(false);
    requestAnimationFrame(() => document.getElementById(id)?.focus());
  };
  return (
    <>
      <button type="button" id={`${id}-calendar`} className="button button--secondary button--small calendar-button" onClick={() => setOpen(true)}>
        Calendar<span className="visually-hidden"> for “{label}”</span>
      </button>
      {open && <CalendarDialog id={`${id}-calendar-dialog`} label={label} start={startDay(value)} onChoose={choose} onCancel={() => setOpen(false)} />}
    </>
  );
}

/**
 * A date typed the UK way (21/11/2026), or chosen from the calendar; the hint shows the pattern unless a
 * fuller hint is given, or `null` where the pattern is said once for several fields (a table of rows).
 */
export function DateField({ hint, ...props }: Props) {
  return <TextField {...props} hint={hint === undefined ? 'For example 21/11/2026.' : hint} width="short" autoComplete="off" after={<CalendarButton id={props.id} label={props.label} value={props.value} onChange={props.onChange} />} />;
}

/** A date and time, London time (21/11/2026 14:30); the calendar fills the date and keeps the time. */
export function DateTimeField({ hint, ...props }: Props) {
  return <TextField {...props} hint={hint === undefined ? 'For example 21/11/2026 14:30.' : hint} width="short" autoComplete="off" after={<CalendarButton id={props.id} label={props.label} value={props.value} onChange={props.onChange} />} />;
}
