import { AppError } from '../../shared/result';
import type { PartnerSaveInput } from '../../shared/schemas/partners';
import { localDateOf } from '../../shared/time/london';
import type { Core } from '../core';
import type { ReadableDB } from '../db/connection';
import { listPartners } from '../db/queries/partners';
import { dispatch } from '../ipc/dispatch';
import { PARTNER_AREAS } from './data';

/**
 * Fictional letterheads for the ten partners (issue 17), so a seeded workspace makes letters at once.
 * Numbers are from Ofcom's ranges kept for drama (020 7946 0xxx, 01632 960xxx), addresses are made up,
 * and e-mail and web addresses use the reserved .example domain: none of them reaches anyone.
 */
const LETTERHEADS: Record<string, { street: string; postcode: string; phone: string; domain: string }> = {
  C33: { street: 'Circle House, 1 Reading Road', postcode: 'N7 8QX', phone: '020 7946 0133', domain: 'circle33.example' },
  CAL: { street: 'Leasehold House, 14 Tabard Street', postcode: 'SE1 4XZ', phone: '020 7946 0144', domain: 'cal-homes.example' },
  EPIC: { street: 'Kursaal Chambers, 3 Eastern Esplanade', postcode: 'SS1 2ZZ', phone: '01632 960 101', domain: 'epictrust.example' },
  INV: { street: 'Medway Court, 22 Week Street', postcode: 'ME14 1ZZ', phone: '01632 960 102', domain: 'invicta-telecare.example' },
  MV: { street: 'Pippbrook Yard, 5 Station Road', postcode: 'RH4 1ZZ', phone: '01632 960 103', domain: 'molevalley-ha.example' },
  OF: { street: 'Roman Road Hall, 40 Roman Road', postcode: 'E3 5ZZ', phone: '020 7946 0155', domain: 'oldford-ha.example' },
  ROD: { street: 'Nene Quay Offices, 9 North Brink', postcode: 'PE13 1ZZ', phone: '01632 960 104', domain: 'roddons.example' },
  RUS: { street: 'Temple Hill House, 2 Lowfield Street', postcode: 'DA1 1ZZ', phone: '01632 960 105', domain: 'russethomes.example' },
  SAH: { street: 'Orwell Quay House, 11 Key Street', postcode: 'IP2 8ZZ', phone: '01632 960 106', domain: 'southanglia.example' },
  WH: { street: 'Wherry Wharf, 6 King Street', postcode: 'NR1 1ZZ', phone: '01632 960 107', domain: 'wherry-ha.example' },
};

const CLI_SENDER = { trusted: true, transport: 'cli' } as const;

/** Fills in each default partner that has no telephone number yet; details an administrator set are kept. */
export async function ensurePartnerDetails(core: Core, db: ReadableDB, now: Date): Promise<string[]> {
  const filled: string[] = [];
  // The homes figures apply from the start of the history the generator writes (five years).
  const homesFrom = `${Number(localDateOf(now).slice(0, 4)) - 5}-04-01`;
  for (const p of listPartners(db)) {
    const head = LETTERHEADS[p.code];
    const area = PARTNER_AREAS[p.code];
    if (!head || !area || p.phone) continue;
    const input: PartnerSaveInput = {
      ...p,
      address: `${head.street}, ${area.town}`,
      postcode: head.postcode,
      phone: head.phone,
      email: `asb@${head.domain}`,
      website: `www.${head.domain}`,
      homes: area.weight * 1000,
      homesFrom,
    };
    const r = await dispatch(core, 'partners:save', input, CLI_SENDER);
    if (!r.ok) throw new AppError(r.error.code, `Could not fill in the demo partner ${p.code}: ${r.error.message}`);
    filled.push(p.code);
  }
  return filled;
}
