import { AGENCIES, type Agency, PROTECTED_ROLES } from '../../../../../shared/domain/vocabulary';
import { SelectField } from '../../../ui/SelectField';
import { TextField } from '../../../ui/TextField';
import { useForm } from '../../../hooks/useForm';
import { useChange } from '../../../hooks/useChange';
import { TextAreaField } from '../../../ui/TextAreaField';
import { fromLondonInput, toLondonInput } from '../../../../../shared/time/input';
import { ConsentBasis, NO_CONSENT } from './ConsentBasis';
import { EntryForm } from '../../../ui/EntryForm';
import type { EntryProps } from './entryProps';
import { DateTimeField } from '../../../ui/DateField';
import { optionsOf } from '../../../ui/options';
import { partyIdOf, PartySelect } from '../../parties';
import { dateTimeProblem } from '../../../ui/forms/dates';

/** Police and social services may be told without consent when it is justified (P3.14); nobody else. */
export const mayReferWithoutConsent = (agency: string) => agency === 'police' || agency === 'social-services';

export function ReferralForm({ view, onDone, onCancel }: EntryProps) {
  const form = useForm('referral', { agency: '', agencyName: '', at: toLondonInput(new Date()), partyId: '', supportOffered: '', consent: '', justification: '', outcome: '' });
  const submit = useChange();
  const v = form.values;
  const party = view.parties.find((p) => String(p.id) === v.partyId);
  const protectedParty = party !== undefined && PROTECTED_ROLES.includes(party.role);
  const save = () => {
    const ok = form.check((x) => ({
      agency: x.agency ? null : 'Choose the agency.',
      at: dateTimeProblem(x.at, 'The referral', 'of the referral'),
      consent: protectedParty && !x.consent ? 'Say whether they gave written consent.' : protectedParty && x.consent === NO_CONSENT && !mayReferWithoutConsent(x.agency) ? 'This agency needs their written consent. Record the consent first.' : null,
      justification: protectedParty && x.consent === NO_CONSENT && mayReferWithoutConsent(x.agency) && !x.justification.trim() ? 'Say why the referral is justified without consent.' : null,
    }));
    if (!ok) return;
    const withConsent = protectedParty && v.consent !== NO_CONSENT;
    void submit.run('referral:add', {
          caseId: view.header.id,
          at: fromLondonInput(v.at)!,
          agency: v.agency as Agency,
          agencyName: v.agencyName.trim(),
          partyId: partyIdOf(v.partyId),
          supportOffered: v.supportOffered.trim(),
          consentId: withConsent ? Number(v.consent) : null,
          justification: protectedParty && !withConsent ? v.justification.trim() : null,
          outcome: v.outcome.trim(),
        },
      () => onDone('The referral was added to the chronology.'),
    );
  };
  return (
    <EntryForm id="add-referral" title="Add a referral" problems={form.problems(submit.error)} focusKey={form.attempts} serverError={submit.error} busy={submit.busy} saveLabel="Save the referral" onSubmit={save} onCancel={onCancel}>
      <div className="field-grid">
        <SelectField id={form.id('agency')} label="Agency" value={v.agency} onChange={(agency) => form.set({ agency })} options={optionsOf(AGENCIES, 'Choose an agency')} error={form.errors.agency} />
        <TextField label="Name of the service or contact (optional)" {...form.field('agencyName')} autoComplete="off" />
        <PartySelect id={form.id('partyId')} label="Who is referred" parties={view.parties} value={v.partyId} onChange={(partyId) => form.set({ partyId, consent: '' })} none="No one in particular" />
        <DateTimeField label="When" {...form.field('at')} />
      </div>
      {protectedParty && <ConsentBasis prefix="referral" values={v} errors={form.errors} onChange={form.set} consents={view.consents.filter((c) => c.partyId === party.id && !c.withdrawnOn)} withoutConsentAllowed={mayReferWithoutConsent(v.agency)} />}
      <TextAreaField label="Support offered (optional)" rows={3} {...form.field('supportOffered')} />
      <TextField label="Outcome (optional)" {...form.field('outcome')} autoComplete="off" />
    </EntryForm>
  );
}
