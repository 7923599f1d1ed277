import { TextField } from '../../ui/TextField';
import { CheckboxField } from '../../ui/CheckboxField';
import { type EditorValues, fieldId } from './editorValues';

interface Props {
  values: EditorValues;
  errors: Readonly<Record<string, string>>;
  /** The change, and the field paths it edits (their problems go). */
  onChange: (change: Partial<EditorValues>, paths?: string[]) => void;
}

/** The profile's settings: the injunction age rule (P5.9), the closure appeal window and the order expiry reminder. */
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
      <TextField
        id={fieldId('settings.orderExpiryReminderDays')}
        label="Remind before an order expires (days)"
        hint="The legal register marks an order this many days before it expires, so its renewal is considered in time."
        value={values.orderExpiryReminderDays}
        onChange={(orderExpiryReminderDays) => onChange({ orderExpiryReminderDays }, ['settings.orderExpiryReminderDays'])}
        error={errors['settings.orderExpiryReminderDays']}
        inputMode="numeric"
        width="short"
      />
    </fieldset>
  );
}
