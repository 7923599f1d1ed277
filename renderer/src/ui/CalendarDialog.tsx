import { type KeyboardEvent, useState } from 'react';
import { addDays, addMonths, type LocalDate } from '../../../shared/time/days';
import { Button } from './Button';
import { Dialog } from './Dialog';

interface Props {
  id: string;
  /** What the date is for, e.g. "When it happened": the dialog's title says it. */
  label: string;
  /** The day to start on: the one typed, else today (London). */
  start: LocalDate;
  onChoose: (day: LocalDate) => void;
  onCancel: () => void;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = [['Mon', 'Monday'], ['Tue', 'Tuesday'], ['Wed', 'Wednesday'], ['Thu', 'Thursday'], ['Fri', 'Friday'], ['Sat', 'Saturday'], ['Sun', 'Sunday']] as const;

/** Monday-first weeks of the month holding `day`, each a row of seven days (nulls outside the month). */
function weeksOf(day: LocalDate): (LocalDate | null)[][] {
  const first = `${day.slice(0, 8)}01`;
  const lead = (new Date(`${first}T12:00:00Z`).getUTCDay() + 6) % 7;
  const cells: (LocalDate | null)[] = Array.from({ length: lead }, () => null);
  for (let d = first; d.slice(0, 7) === day.slice(0, 7); d = addDays(d, 1)) cells.push(d);
  while (cells.length % 7) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));
}

const spoken = (day: LocalDate) => `${Number(day.slice(8))} ${MONTHS[Number(day.slice(5, 7)) - 1]} ${day.slice(0, 4)}`;

/**
 * The calendar behind a date field's button (issue 17: one UK date input, with a calendar). Monday-first,
 * in English, and driven from the keyboard like the WAI-ARIA date picker pattern: arrows move a day or a
 * week, Page Up/Down a month, Home/End the week's ends, Enter or Space chooses, Escape closes. Typing the
 * date stays the quick way; this is for people who think in weeks.
 */
export function CalendarDialog({ id, label, start, onChoose, onCancel }: Props) {
  const [focused, setFocused] = useState<LocalDate>(start);
  const dayId = (day: LocalDate) => `${id}-day-${day}`;
  const move = (to: LocalDate) => {
    setFocused(to);
    requestAnimationFrame(() => document.getElementById(dayId(to))?.focus());
  };
  const onKey = (event: KeyboardEvent) => {
    const weekday = (new Date(`${focused}T12:00:00Z`).getUTCDay() + 6) % 7;
    const to: Record<string, () => LocalDate> = {
      ArrowLeft: () => addDays(focused, -1),
      ArrowRight: () => addDays(focused, 1),
      ArrowUp: () => addDays(focused, -7),
      ArrowDown: () => addDays(focused, 7),
      PageUp: () => addMonths(focused, -1),
      PageDown: () => addMonths(focused, 1),
      Home: () => addDays(focused, -weekday),
      End: () => addDays(focused, 6 - weekday),
    };
    const next = to[event.key];
    if (!next) return;
    event.preventDefault();
    move(next());
  };
  const month = `${MONTHS[Number(focused.slice(5, 7)) - 1]} ${focused.slice(0, 4)}`;
  return (
    <Dialog id={id} title={`Choose the date: ${label}`} focusId={dayId(start)} onCancel={onCancel} calm>
      <div className="calendar">
        <div className="calendar__head">
          <Button small variant="secondary" onClick={() => move(addMonths(focused, -1))} aria-label="Previous month">‹</Button>
          <p className="calendar__month" id={`${id}-month`} aria-live="polite">{month}</p>
          <Button small variant="secondary" onClick={() => move(addMonths(focused, 1))} aria-label="Next month">›</Button>
        </div>
        <table className="calendar__grid" role="grid" aria-labelledby={`${id}-month`} onKeyDown={onKey}>
          <thead>
            <tr>
              {WEEKDAYS.map(([short, long]) => (
                <th key={short} scope="col" abbr={long}>{short}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {weeksOf(focused).map((week, w) => (
              <tr key={w}>
                {week.map((day, d) => (
                  <td key={day ?? `x${d}`}>
                    {day && (
                      <button
                        type="button"
                        id={dayId(day)}
                        className={day === start ? 'calendar__day calendar__day--chosen' : 'calendar__day'}
                        tabIndex={day === focused ? 0 : -1}
                        aria-label={day === start ? `${spoken(day)}, the date in the field` : spoken(day)}
                        onClick={() => onChoose(day)}
                      >
                        {Number(day.slice(8))}
                      </button>
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        <div className="button-row">
          <Button variant="secondary" onClick={onCancel}>Cancel</Button>
        </div>
      </div>
    </Dialog>
  );
}
