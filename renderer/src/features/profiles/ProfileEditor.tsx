import { type FormEvent, useState } from 'react';
import type { Profile } from '../../../../shared/standards/profile';
import { useChange } from '../../hooks/useChange';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { TextField } from '../../ui/TextField';
import { useFocusOnShow } from '../../hooks/useFocusOnShow';
import { type EditorValues, fieldId, fieldPaths, localProblems, toEditorValues, toProfile } from './editorValues';
import { describeField } from './problemLabels';
import { RuleFields } from './RuleFields';
import { SettingsFields } from './SettingsFields';
import { placeServerProblems } from './serverProblems';

interface Props {
  profile: Profile;
  nextVersion: number;
  onSaved: (saved: Profile) => void;
  onCancel: () => void;
}

/** Edits a profile's name, settings and time limits; saving makes the next version (main checks it all). */
export function ProfileEditor({ profile, nextVersion, onSaved, onCancel }: Props) {
  const [values, setValues] = useState<EditorValues>(() => toEditorValues(profile));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [unplaced, setUnplaced] = useState<string[]>([]);
  const [attempts, setAttempts] = useState(0);
  const saving = useChange();
  const [answer, setAnswer] = useState<string | null>(null);
  const heading = useFocusOnShow<HTMLHeadingElement>('profile-editor');

  const change = (next: Partial<EditorValues>, paths: string[] = []) => {
    setValues((old) => ({ ...old, ...next }));
    setErrors((old) => Object.fromEntries(Object.entries(old).filter(([p]) => !paths.some((edited) => p.startsWith(edited)))));
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving.busy) return;
    const local = localProblems(profile, values);
    setErrors(local);
    setUnplaced([]);
    if (Object.keys(local).length) return setAttempts((n) => n + 1);
    const result = await saving.run('profiles:save', { profile: toProfile(profile, values) });
    if (!result) return;
    if (result.ok) return onSaved(result.value);
    const placed = placeServerProblems(result.error.message, fieldPaths(values));
    setErrors(Object.fromEntries(placed.filter((p) => p.path).map((p) => [p.path!, p.message])));
    setUnplaced(placed.filter((p) => !p.path).map((p) => p.message));
    setAnswer(result.error.message);
  };

  const problems = [
    ...fieldPaths(values).filter((p) => errors[p]).map((p) => ({ field: fieldId(p), message: `${describeField(p, profile)}: ${errors[p]}` })),
    ...unplaced.map((message) => ({ message })),
  ];
  return (
    <form className="form form--wide profile-editor" noValidate onSubmit={(e) => void onSubmit(e)} aria-labelledby="profile-editor-heading">
      <h2 id="profile-editor-heading" ref={heading} tabIndex={-1}>Edit {profile.name}</h2>
      <p>Saving makes version {nextVersion}. Cases already open keep the version they started under; new cases use the new one.</p>
      <ErrorSummary id="profile-problems" problems={problems} focusKey={attempts} revealKey={answer} />
      <TextField id={fieldId('name')} label="Name" value={values.name} onChange={(name) => change({ name }, ['name'])} error={errors.name} autoComplete="off" />
      <SettingsFields values={values} errors={errors} onChange={change} />
      <h3>Time limits</h3>
      {profile.rules.map((rule, i) => (
        <RuleFields key={rule.id} index={i} rule={rule} draft={values.rules[i]!} errors={errors} onChange={(draft) => change({ rules: values.rules.map((r, k) => (k === i ? draft : r)) }, [`rules.${i}.`])} />
      ))}
      <div className="button-row">
        <Button type="submit" busy={saving.busy} busyLabel="Saving…">
          Save as version {nextVersion}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
