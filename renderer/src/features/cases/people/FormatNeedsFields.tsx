import { TextField } from '../../../ui/TextField';
import { CheckboxField } from '../../../ui/CheckboxField';
import type { PersonDraft } from './personDraft';

type NeedKey = 'largePrint' | 'easyRead' | 'signer' | 'braille' | 'audio';
const NEEDS: readonly { key: NeedKey; label: string }[] = [
  { key: 'largePrint', label: 'Large print' },
  { key: 'easyRead', label: 'Easy Read' },
  { key: 'signer', label: 'British Sign Language signer' },
  { key: 'braille', label: 'Braille' },
  { key: 'audio', label: 'Audio' },
];

interface Props {
  prefix: string;
  person: PersonDraft;
  onChange: (patch: Partial<PersonDraft>) => void;
  languageError?: string;
}

/** How to communicate with the person (P8.3, and the council page: interpreter or signer). */
export function FormatNeedsFields({ prefix, person, onChange, languageError }: Props) {
  return (
    <fieldset className="fieldset field">
      <legend className="fieldset__legend fieldset__legend--small">Format and communication needs</legend>
      <div className="choice-list choice-list--inline">
        {NEEDS.map((n) => (
          <CheckboxField key={n.key} id={`${prefix}-${n.key}`} label={n.label} checked={person[n.key]} onChange={(on) => onChange({ [n.key]: on })} />
        ))}
        <CheckboxField id={`${prefix}-interpreter`} label="Interpreter" checked={person.interpreter} onChange={(on) => onChange({ interpreter: on })} />
      </div>
      {person.interpreter && (
        <div className="conditional">
          <TextField id={`${prefix}-language`} label="Language" width="short" value={person.language} onChange={(language) => onChange({ language })} error={languageError} autoComplete="off" />
        </div>
      )}
    </fieldset>
  );
}
