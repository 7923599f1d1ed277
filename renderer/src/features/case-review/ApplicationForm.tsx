import { RECEIVED_VIA } from '../../../../shared/schemas/case-review';
import type { CaseView } from '../../../../shared/schemas/cases';
import { londonToday, toIsoDate } from '../../../../shared/time/input';
import { useChange } from '../../hooks/useChange';
import { useForm } from '../../hooks/useForm';
import { CheckboxField } from '../../ui/CheckboxField';
import { DateField } from '../../ui/DateField';
import { EntryForm } from '../../ui/EntryForm';
import { dateProblem } from '../../ui/forms/dates';
import { RadioGroup } from '../../ui/RadioGroup';
import { TextAreaField } from '../../ui/TextAreaField';
import { TextField } from '../../ui/TextField';
import { partyIdOf, PartySelect } from '../parties';

type Via = (typeof RECEIVED_VIA)[number]['code'];

/**
 * An application for an ASB case review: from someone on the case, or from someone who is not (recorded
 * as the applicant only, with their consent), or for the victim by someone else (with the victim's consent).
 */
export function ApplicationForm({ view, onDone, onCancel }: { view: CaseView; onDone: (message: string) => void; onCancel: () => void }) {
  const form = useForm('case-review-apply', { applicant: '', applicantName: '', applicantAddress: '', applicantPostcode: '', onBehalf: false, victim: '', consentOn: '', receivedOn: londonToday(), via: '' as Via | '', viaReference: '', vulnerable: false });
  const submit = useChange();
  const v = form.values;
  const needsConsent = v.applicant === '' || v.onBehalf;
  const save = () => {
    const ok = form.check((x) => ({
      applicantName: x.applicant === '' && x.applicantName.trim().length < 2 ? 'Choose the applicant from the case, or enter the name of someone who is not on it.' : null,
      applicantAddress: x.applicant === '' && x.applicantAddress.trim().length < 5 ? 'Enter the applicant’s postal address: the letters about their application go there.' : null,
      victim: x.onBehalf && !x.victim ? 'Choose the victim the application is made for.' : null,
      consentOn: needsConsent ? dateProblem(x.consentOn, 'the day consent was given') : null,
      receivedOn: dateProblem(x.receivedOn, 'the day it was received'),
      via: x.via ? null : 'Say how the application reached us.',
    }));
    if (!ok) return;
    const input = {
      caseId: view.header.id,
      applicantPartyId: partyIdOf(v.applicant),
      applicantName: v.applicant ? '' : v.applicantName.trim(),
      applicantAddress: v.applicant ? '' : v.applicantAddress.trim(),
      applicantPostcode: v.applicant ? '' : v.applicantPostcode.trim(),
      onBehalf: v.onBehalf,
      victimPartyId: v.onBehalf ? partyIdOf(v.victim) : null,
      consentOn: needsConsent ? toIsoDate(v.consentOn) : null,
      receivedOn: toIsoDate(v.receivedOn)!,
      receivedVia: v.via as Via,
      viaReference: v.viaReference.trim(),
      vulnerable: v.vulnerable,
    };
    void submit.run('casereview:apply', input, () => onDone('The application for a case review was recorded. The threshold is counted from the record below.'));
  };
  return (
    <EntryForm id="case-review-apply" title="Record an application for a case review" problems={form.problems(submit.error)} focusKey={form.attempts} serverError={submit.error} busy={submit.busy} saveLabel="Record the application" onSubmit={save} onCancel={onCancel}>
      <div className="field-grid">
        <PartySelect id={form.id('applicant')} label="Who applied" parties={view.parties} value={v.applicant} onChange={(applicant) => form.set({ applicant })} none="Someone who is not on the case" />
        {v.applicant === '' && <TextField label="Their name" hint="Recorded as the applicant only, not added to the case." autoComplete="off" {...form.field('applicantName')} />}
      </div>
      {v.applicant === '' && (
        <div className="field-grid">
          <TextAreaField label="Their postal address" hint="The letters about their application go here. One line per line of the address." rows={3} limit={300} {...form.field('applicantAddress')} />
          <TextField label="Their postcode" width="short" autoComplete="off" autoCapitalize="characters" {...form.field('applicantPostcode')} />
        </div>
      )}
      <CheckboxField id={form.id('onBehalf')} label="They applied for the victim (someone else on the case)" checked={v.onBehalf} onChange={(onBehalf) => form.set({ onBehalf })} />
      {v.onBehalf && <PartySelect id={form.id('victim')} label="The victim" parties={view.parties} value={v.victim} onChange={(victim) => form.set({ victim })} none="Choose…" error={form.errors.victim} />}
      {needsConsent && <DateField label="Day consent was given" hint={v.onBehalf ? 'The victim’s consent to the application made for them.' : 'The applicant’s consent to their details being recorded.'} {...form.field('consentOn')} />}
      <div className="field-grid">
        <DateField label="Day the application was received" {...form.field('receivedOn')} />
        <TextField label="Their reference (optional)" hint="The council’s or police reference, if it was passed on." width="short" autoComplete="off" {...form.field('viaReference')} />
      </div>
      <RadioGroup id={form.id('via')} legend="How it reached us" options={RECEIVED_VIA} value={v.via} onChange={(via) => form.set({ via })} error={form.errors.via} />
      <CheckboxField id={form.id('vulnerable')} label="The victim is vulnerable" hint="Some areas set a lower threshold for a vulnerable victim." checked={v.vulnerable} onChange={(vulnerable) => form.set({ vulnerable })} />
    </EntryForm>
  );
}
