import { TextField } from '../../ui/TextField';
import { CheckboxField } from '../../ui/CheckboxField';
import { type EditorValues, fieldId } from './editorValues';

interface Props {
  values: EditorValues;
  errors: Readonly<Record<string, string>>;
  /** The change, and the field paths it edits (their problems go). */
  onChange: (change: Partial<EditorValues>, paths?: string[]) => void;
}

/** The profile's settings: the injunction age rule (P5.9) and the closure appeal window. */
export function SettingsFields({ values, errors, onChange }: Props) {
  return (
    <fieldset className="rule-fields">
      <legend className="rule-fields__legend">Settings</legend>
      <CheckboxField
        id={fieldId('settings.injunctionAdultsOnly')}
        label="Seek injunctions against adults only"
        hint="The group policy's stricter rule (P5.9). The law allows injunctions against anyone aged 10 or over."
        checked={values.injunctionAdultsOnly}
        onChange={(injunctionAdultsOnly) => onChange({ injunctionAdultsOnly })}
      />
      <TextField
        id={fieldId('settings.appealWindowWorkingDays')}
        label="Appeal window after closure (working days)"
        value={values.appealWindowWorkingDays}
        onChange={(appealWindowWorkingDays) => onChange({ appealWindowWorkingDays }, ['settings.appealWindowWorkingDays'])}
        error={errors['settings.appealWindowWorkingDays']}
        inputMode="numeric"
        width="short"
      />
    </fieldset>
  );
}
