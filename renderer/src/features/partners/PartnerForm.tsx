import { type FormEvent, useState } from 'react';
import { LOGO_MAX_BYTES, LOGO_MAX_PIXELS, type LogoInfo, type PartnerView } from '../../../../shared/schemas/partners';
import { useChange } from '../../hooks/useChange';
import { useForm } from '../../hooks/useForm';
import { Button } from '../../ui/Button';
import { CheckboxField } from '../../ui/CheckboxField';
import { DateField } from '../../ui/DateField';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { FileField } from '../../ui/FileField';
import { TextAreaField } from '../../ui/TextAreaField';
import { TextField } from '../../ui/TextField';
import { partnerErrors, toInput, valuesOf } from './partnerValues';

interface Props {
  partner: PartnerView;
  onSaved: (saved: PartnerView) => void;
}

/** One partner's letterhead and homes: what every letter prints and signs for, and what reports divide by. */
export function PartnerForm({ partner, onSaved }: Props) {
  const form = useForm(`partner-${partner.code}`, valuesOf(partner));
  const submit = useChange();
  // The logo is a file, not typed: chosen (a new one), taken off, or left as it is.
  const [logoFile, setLogoFile] = useState<File | null>(null);
  const [removeLogo, setRemoveLogo] = useState(false);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!form.check((v) => partnerErrors(partner, v))) return;
    // main checks the file by decoding it, and says what is wrong with it in the error summary.
    const logo = logoFile ? new Uint8Array(await logoFile.arrayBuffer()) : removeLogo ? null : undefined;
    void submit.run('partners:save', { ...toInput(partner, form.values), ...(logo === undefined ? {} : { logo }) }, (saved) => {
      setLogoFile(null);
      setRemoveLogo(false);
      onSaved(saved);
    });
  };

  return (
    <form className="form" noValidate onSubmit={(e) => void onSubmit(e)} aria-labelledby="partner-form-heading">
      <h2 id="partner-form-heading">
        {partner.name} ({partner.code})
      </h2>
      <ErrorSummary id="partner-problems" problems={form.problems(submit.error)} focusKey={form.attempts} revealKey={submit.error} />
      <TextField label="Legal name" hint="As it appears on letters and court papers." {...form.field('name')} autoComplete="organization" />
      <TextAreaField label="Letterhead address" hint="One line per line of the address, without the postcode." rows={3} {...form.field('address')} autoComplete="street-address" />
      <TextField label="Postcode" width="short" {...form.field('postcode')} autoComplete="postal-code" autoCapitalize="characters" />
      <TextField label="Telephone" hint="The number letters ask people to call, for example 0300 123 4567." width="short" type="tel" {...form.field('phone')} autoComplete="tel" />
      <TextField label="E-mail" hint="For example asb@partner.org.uk." type="email" {...form.field('email')} autoComplete="email" />
      <TextField label="Website (optional)" hint="For example www.partner.org.uk." {...form.field('website')} autoComplete="url" />
      <TextField label="Letters are signed for (optional)" hint={`Leave empty to sign for ${partner.name}.`} {...form.field('signedFor')} autoComplete="off" />
      <fieldset className="fieldset">
        <legend className="fieldset__legend">Homes managed</legend>
        <p className="field__hint">The reports’ figures per 1,000 homes divide by this, from the day it applies.</p>
        <TextField label="Number of homes" width="short" inputMode="numeric" {...form.field('homes')} autoComplete="off" />
        <DateField label="Applies from" {...form.field('homesFrom')} />
      </fieldset>
      <fieldset className="fieldset">
        <legend className="fieldset__legend">Logo (optional)</legend>
        <p className="field__hint">{logoWords(partner.logo)}</p>
        <FileField
          id={`partner-${partner.code}-logo`}
          label={partner.logo ? 'Choose a new logo' : 'Choose a logo'}
          hint={`A PNG or JPEG picture, at most ${LOGO_MAX_BYTES / 1024} kB and ${LOGO_MAX_PIXELS} pixels wide and high. Letters print it above ${partner.name}’s name.`}
          accept="image/png,image/jpeg"
          onChange={setLogoFile}
        />
        {partner.logo && <CheckboxField id={`partner-${partner.code}-no-logo`} label="Take the logo off letters" checked={removeLogo} disabled={logoFile !== null} onChange={setRemoveLogo} />}
      </fieldset>
      <Button type="submit" busy={submit.busy} busyLabel="Saving…">
        Save {partner.code}
      </Button>
    </form>
  );
}

function logoWords(logo: LogoInfo | null): string {
  if (!logo) return 'No logo: letters print the name and address only.';
  return `Letters print a ${logo.format.toUpperCase()} logo, ${logo.width} × ${logo.height} pixels (${Math.max(1, Math.round(logo.size / 1024))} kB).`;
}
