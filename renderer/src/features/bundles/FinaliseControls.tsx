import { useState } from 'react';
import { londonToday, toIsoDate } from '../../../../shared/time/input';
import { Button } from '../../ui/Button';
import { DateField } from '../../ui/DateField';
import { Notice } from '../../ui/Notice';

/**
 * The foot of every court paper's editor (officer's statement, a party's statement, the case summary):
 * save the draft, the date it is signed, finalise. One copy so the three papers ask for the date and
 * refuse a missing one in the same words.
 */
export function FinaliseControls({
  id,
  saveLabel,
  dateLabel,
  missingDate,
  finaliseLabel,
  busy,
  onSave,
  onFinalise,
  onProblem,
}: {
  id: string;
  saveLabel: string;
  dateLabel: string;
  /** What to ask for when the date is missing, e.g. "the date the statement is signed". */
  missingDate: string;
  finaliseLabel: string;
  busy: boolean;
  onSave: () => void;
  /** Called with the ISO day (yyyy-mm-dd) once the date entered is a real one. */
  onFinalise: (signedOn: string) => void;
  onProblem: (message: string) => void;
}) {
  const [signedOn, setSignedOn] = useState(londonToday());
  const finalise = () => {
    const day = toIsoDate(signedOn);
    if (day) onFinalise(day);
    else onProblem(`Enter ${missingDate}, like 21/11/2026.`);
  };
  return (
    <>
      <div className="button-row">
        <Button variant="secondary" onClick={onSave} busy={busy}>
          {saveLabel}
        </Button>
      </div>
      <DateField id={id} label={dateLabel} value={signedOn} onChange={setSignedOn} />
      <div className="button-row">
        <Button onClick={finalise} busy={busy}>
          {finaliseLabel}
        </Button>
      </div>
    </>
  );
}

/** What the last change said: its error, then the running status line screen readers hear. */
export function ChangeOutcome({ error, said }: { error: string | null | undefined; said: string }) {
  return (
    <>
      {error && (
        <Notice tone="error" live>
          <p>{error}</p>
        </Notice>
      )}
      <p role="status">{said}</p>
    </>
  );
}
