import type { Rule } from '../../../../shared/standards/profile';
import { Button } from '../../ui/Button';
import { SelectField } from '../../ui/SelectField';
import { DurationFields } from './DurationFields';
import { fieldId, newVariant, type RuleDraft } from './editorValues';
import { VARIANT_OPTIONS, type VariantWhen } from './profileWords';

interface Props {
  index: number;
  rule: Rule;
  draft: RuleDraft;
  onChange: (draft: RuleDraft) => void;
  errors: Readonly<Record<string, string>>;
}

const MAX_VARIANTS = 4;

/** One rule's time limit and its faster limits (violence or threat, high risk). */
export function RuleFields({ index, rule, draft, onChange, errors }: Props) {
  const path = `rules.${index}`;
  const setVariant = (key: number, change: Partial<RuleDraft['variants'][number]>) =>
    onChange({ ...draft, variants: draft.variants.map((v) => (v.key === key ? { ...v, ...change } : v)) });

  return (
    <fieldset className="rule-fields">
      <legend className="rule-fields__legend">
        {rule.label} <span className="rule-fields__source">({rule.source})</span>
      </legend>
      <DurationFields path={`${path}.due`} amountLabel="Due within" amount={draft.amount} unit={draft.unit} onChange={(c) => onChange({ ...draft, ...c })} errors={errors} />
      {draft.variants.map((v, j) => (
        <div className="variant-fields" key={v.key} role="group" aria-label={`Faster limit ${j + 1}, when`}>
          <SelectField
            id={fieldId(`${path}.variants.${j}.when`)}
            label={`Faster limit ${j + 1}, when`}
            value={v.when}
            onChange={(when) => setVariant(v.key, { when: when as VariantWhen })}
            options={VARIANT_OPTIONS}
            error={errors[`${path}.variants.${j}.when`]}
          />
          <DurationFields path={`${path}.variants.${j}.due`} amountLabel="Due within" amount={v.amount} unit={v.unit} onChange={(c) => setVariant(v.key, c)} errors={errors} />
          <Button small variant="secondary" className="variant-fields__remove" onClick={() => onChange({ ...draft, variants: draft.variants.filter((x) => x.key !== v.key) })}>
            Remove<span className="visually-hidden"> faster limit {j + 1} of {rule.label}</span>
          </Button>
        </div>
      ))}
      {draft.variants.length < MAX_VARIANTS && (
        <Button small variant="secondary" onClick={() => onChange({ ...draft, variants: [...draft.variants, newVariant()] })}>
          Add a faster limit<span className="visually-hidden"> to {rule.label}</span>
        </Button>
      )}
    </fieldset>
  );
}
