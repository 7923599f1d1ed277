import { PartnerSaveInput, type PartnerView } from '../../../../shared/schemas/partners';
import { formatDateUK, localDateOf } from '../../../../shared/time/london';
import { toIsoDate } from '../../../../shared/time/input';
import type { Problems } from '../../hooks/useForm';
import { schemaProblems } from '../../ui/forms/problems';

/** What the Partners form holds: everything as typed. */
export interface PartnerValues {
  name: string;
  address: string;
  postcode: string;
  phone: string;
  email: string;
  website: string;
  signedFor: string;
  homes: string;
  homesFrom: string;
}

export const FIELD_ORDER: readonly (keyof PartnerValues)[] = ['name', 'address', 'postcode', 'phone', 'email', 'website', 'signedFor', 'homes', 'homesFrom'];

export function valuesOf(p: PartnerView): PartnerValues {
  return {
    name: p.name,
    // One line per address line on screen; stored as typed.
    address: p.address.split(/\s*[\n,]\s*/).filter(Boolean).join('\n'),
    postcode: p.postcode,
    phone: p.phone,
    email: p.email,
    website: p.website,
    signedFor: p.signedFor,
    homes: p.homes ? String(p.homes) : '',
    homesFrom: formatDateUK(p.homesFrom ?? localDateOf(new Date())),
  };
}

const homesNumber = (v: string) => (/^\s*\d[\d,\s]*$/.test(v) ? Number(v.replace(/[,\s]/g, '')) : v.trim() === '' ? 0 : Number.NaN);

/** The request main takes, from what was typed (a homes count is dated from the day given). */
export function toInput(p: PartnerView, v: PartnerValues): PartnerSaveInput {
  const homes = homesNumber(v.homes);
  // A changed count or day is dated, so reports for earlier periods keep the figure they had.
  const changedHomes = homes !== p.homes || (toIsoDate(v.homesFrom) ?? v.homesFrom.trim()) !== p.homesFrom;
  return {
    code: p.code,
    name: v.name,
    address: v.address.split('\n').map((l) => l.trim()).filter(Boolean).join(', '),
    postcode: v.postcode,
    phone: v.phone,
    email: v.email,
    website: v.website,
    signedFor: v.signedFor,
    homes,
    homesFrom: changedHomes && homes > 0 ? (toIsoDate(v.homesFrom) ?? v.homesFrom) : null,
    profileId: p.profileId,
    active: p.active,
  };
}

/** The same rules main applies (the shared schema), placed beside each field. */
export function partnerErrors(p: PartnerView, v: PartnerValues): Problems<PartnerValues> {
  const problems = schemaProblems(PartnerSaveInput, toInput(p, v), (path) => {
    const key = String(path[0]) as keyof PartnerValues;
    return FIELD_ORDER.includes(key) ? { field: key, words: key === 'homesFrom' ? { invalid: 'Enter the date the homes figure applies from, like 01/04/2026.' } : key === 'homes' ? { invalid: 'Enter a whole number of homes, such as 12000.' } : undefined } : null;
  });
  return problems as Problems<PartnerValues>;
}

/** What letters still lack from this partner (the Partners list says so). */
export function missingForLetters(p: PartnerView): string[] {
  return [!p.address && 'address', !p.phone && 'telephone', !p.email && 'e-mail'].filter((x): x is string => Boolean(x));
}
