import { Button } from '../../ui/Button';
import { DateField } from '../../ui/DateField';
import { TextField } from '../../ui/TextField';
import { type ActionRow, actionFieldId, blankAction } from './planValues';

interface Props {
  actions: readonly ActionRow[];
  onChange: (actions: ActionRow[]) => void;
  /** Problems by field id (from planProblems). */
  errors: Readonly<Record<string, string>>;
}

/** The plan's actions: what, who and by when, one group per action; rows can be added and removed. */
export function ActionsEditor({ actions, onChange, errors }: Props) {
  const update = (key: number, change: Partial<ActionRow>) => onChange(actions.map((a) => (a.key === key ? { ...a, ...change } : a)));
  const remove = (key: number) => onChange(actions.filter((a) => a.key !== key));

  return (
    <fieldset className="actions-editor">
      <legend className="actions-editor__legend">Actions</legend>
      <p className="field__hint">What will be done, by whom and by when (a date like 21/11/2026). Leave a row empty to leave it out.</p>
      {actions.map((a, i) => (
        <div className="actions-editor__row" key={a.key} role="group" aria-label={`Action ${i + 1}`}>
          <p className="actions-editor__number" aria-hidden="true">
            {i + 1}
          </p>
          <div className="actions-editor__fields">
            <TextField id={actionFieldId(a, 'what')} label="What will be done" value={a.what} onChange={(what) => update(a.key, { what })} error={errors[actionFieldId(a, 'what')]} autoComplete="off" />
            <div className="actions-editor__pair">
              <TextField id={actionFieldId(a, 'who')} label="Who will do it" value={a.who} onChange={(who) => update(a.key, { who })} error={errors[actionFieldId(a, 'who')]} autoComplete="off" />
              <DateField id={actionFieldId(a, 'byDate')} label="By (optional)" hint={null} value={a.byDate} onChange={(byDate) => update(a.key, { byDate })} error={errors[actionFieldId(a, 'byDate')]} />
            </div>
          </div>
          {actions.length > 1 && (
            <Button small variant="secondary" className="actions-editor__remove" onClick={() => remove(a.key)}>
              Remove<span className="visually-hidden"> action {i + 1}</span>
            </Button>
          )}
        </div>
      ))}
      <Button small variant="secondary" onClick={() => onChange([...actions, blankAction()])}>
        Add another action
      </Button>
    </fieldset>
  );
}
