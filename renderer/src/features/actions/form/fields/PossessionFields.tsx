import { ABSOLUTE_CONDITIONS } from '../../../../../../shared/domain/action-kinds';
import { possessionGround } from '../../../../../../shared/actions/guards';
import { SelectField } from '../../../../ui/SelectField';
import { RadioGroup } from '../../../../ui/RadioGroup';
import { CheckboxField } from '../../../../ui/CheckboxField';
import { TextAreaField } from '../../../../ui/TextAreaField';
import { fromIsoDate } from '../../../../../../shared/time/input';
import { CourtFields } from './CourtFields';
import { type FieldsProps, subjectOf } from './fieldsProps';

/** Possession (P5.13): the ground follows the tenure; the absolute ground needs one of five conditions. */
export function PossessionFields(props: FieldsProps) {
  const { form, actions } = props;
  const v = form.values;
  const subject = subjectOf(props);
  const ground = possessionGround(subject?.tenure ?? null, v.absolute);
  const injunctions = actions.filter((a) => a.kind === 'civil-injunction');
  const injunctionOptions = [
    { value: '', label: injunctions.length ? 'Choose the injunction' : 'There is no injunction on this case' },
    ...injunctions.map((a) => ({ value: String(a.id), label: `Injunction of ${fromIsoDate(a.startedOn)}${a.subjectName ? ` against ${a.subjectName}` : ''}: ${a.events.filter((e) => e.kind === 'breach' && e.proven).length} proven breach(es)` })),
  ];
  return (
    <>
      <p className="derived-fact">
        <strong>Ground: </strong>
        {ground ?? (subject ? `none — ${subject.name} has no secure or assured tenancy recorded` : 'choose the person to see the ground their tenancy allows')}
      </p>
      <CheckboxField id={form.id('absolute')} label="Use the absolute ground" hint="Housing Act 1985 s84A (secure) or Ground 7A (assured), when one of its conditions is met." checked={v.absolute} onChange={(absolute) => form.set({ absolute })} />
      {v.absolute && (
        <div className="conditional">
          <RadioGroup id={form.id('absoluteCondition')} legend="Which condition is met?" options={ABSOLUTE_CONDITIONS} value={v.absoluteCondition} onChange={(absoluteCondition) => form.set({ absoluteCondition })} error={form.errors.absoluteCondition} />
          {v.absoluteCondition === 'injunction-breach' && (
            <SelectField id={form.id('conditionActionId')} label="The injunction whose breach was proven" value={v.conditionActionId} onChange={(conditionActionId) => form.set({ conditionActionId })} options={injunctionOptions} error={form.errors.conditionActionId} />
          )}
          {v.absoluteCondition && v.absoluteCondition !== 'injunction-breach' && (
            <TextAreaField label="The conviction or order" hint="Court, date and reference." rows={2} {...form.field('conditionDetails')} />
          )}
        </div>
      )}
      <CourtFields form={form} />
    </>
  );
}
