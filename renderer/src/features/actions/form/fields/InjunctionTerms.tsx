import type { HarmGround } from '../../../../../../shared/court/texts';
import { Button } from '../../../../ui/Button';
import { CheckboxField } from '../../../../ui/CheckboxField';
import { RadioGroup } from '../../../../ui/RadioGroup';
import { TextAreaField } from '../../../../ui/TextAreaField';
import { TextField } from '../../../../ui/TextField';
import { emptyTerm, type TermDraft } from '../draft';
import type { FieldsProps } from './fieldsProps';

export const GROUNDS: readonly { code: HarmGround; label: string }[] = [
  { code: 'violence', label: 'The behaviour includes violence or threats of violence' },
  { code: 'risk-of-harm', label: 'There is a significant risk of harm to others' },
];

/**
 * The terms sought, one by one (ASBCPA 2014 s.1(4)): each a prohibition or a requirement, and each with
 * its own power of arrest and ground (s.4), since the order must say which terms carry one; a requirement
 * with who supervises it and the evidence of its suitability from them (s.3).
 */
export function InjunctionTerms({ form }: Pick<FieldsProps, 'form'>) {
  const terms = form.values.injTerms;
  const change = (i: number, patch: Partial<TermDraft>) => form.set({ injTerms: terms.map((t, k) => (k === i ? { ...t, ...patch } : t)) });
  return (
    <fieldset className="fieldset" id={form.id('injTerms')} tabIndex={-1}>
      <legend className="fieldset__legend">Terms sought</legend>
      <p className="field__hint">Write each term so it can be obeyed: what the respondent must not do, or must do. Do not name or point to a complainant or witness who has not agreed to the court knowing who they are.</p>
      {form.errors.injTerms && (
        <p className="field__error">
          <span className="visually-hidden">Error: </span>
          {form.errors.injTerms}
        </p>
      )}
      {terms.map((t, i) => (
        <div className="conditional" key={i}>
          <RadioGroup
            id={`${form.id('injTerms')}-${i}-kind`}
            legend={`Term ${i + 1}`}
            inline
            options={[
              { code: 'prohibition', label: 'Must not (a prohibition)' },
              { code: 'requirement', label: 'Must (a requirement)' },
            ]}
            value={t.kind}
            onChange={(kind) => change(i, { kind })}
          />
          <TextAreaField id={`${form.id('injTerms')}-${i}-text`} label={`Words of term ${i + 1}`} rows={2} value={t.text} onChange={(text) => change(i, { text })} />
          {t.area && <p className="hint">An area prohibition, kept with its plan{t.area.planEvidenceId === null ? ' (no plan chosen yet)' : ''} as it was recorded.</p>}
          <CheckboxField id={`${form.id('injTerms')}-${i}-arrest`} label={`Power of arrest on term ${i + 1}`} checked={t.powerOfArrest} onChange={(powerOfArrest) => change(i, { powerOfArrest })} />
          {t.powerOfArrest && <RadioGroup id={`${form.id('injTerms')}-${i}-ground`} legend={`Ground for the power of arrest on term ${i + 1}`} options={GROUNDS} value={t.arrestGround} onChange={(arrestGround) => change(i, { arrestGround })} />}
          {t.kind === 'requirement' && (
            <>
              <TextField
                id={`${form.id('injTerms')}-${i}-supervisor`}
                label={`Who supervises compliance with term ${i + 1}`}
                hint="Section 3(1): a person or an organisation, for example a support service. The order names them."
                autoComplete="off"
                value={t.supervisor}
                onChange={(supervisor) => change(i, { supervisor })}
              />
              <TextAreaField
                id={`${form.id('injTerms')}-${i}-evidence`}
                label={`Evidence from them that term ${i + 1} is suitable and enforceable`}
                hint="Section 3(2): the court must hear it before including the requirement. For example: their letter of 10/11/2026 offering a place on the course."
                rows={2}
                value={t.suitabilityEvidence}
                onChange={(suitabilityEvidence) => change(i, { suitabilityEvidence })}
              />
            </>
          )}
          {terms.length > 1 && (
            <Button variant="secondary" small onClick={() => form.set({ injTerms: terms.filter((_, k) => k !== i) })}>
              Remove term {i + 1}
            </Button>
          )}
        </div>
      ))}
      <Button variant="secondary" small onClick={() => form.set({ injTerms: [...terms, emptyTerm()] })}>
        Add a term
      </Button>
    </fieldset>
  );
}
