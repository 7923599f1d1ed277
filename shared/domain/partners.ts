/**
 * The group's partners a new workspace starts with (P1.1, DESIGN §3), all on the group-minimum service
 * profile. Admins edit them (letterhead, homes owned) and add others.
 */
export const DEFAULT_PARTNERS: readonly { code: string; name: string }[] = [
  { code: 'C33', name: 'Circle 33 Housing Trust' },
  { code: 'CAL', name: 'Commercial and Leasehold' },
  { code: 'EPIC', name: 'EPIC Trust' },
  { code: 'INV', name: 'Invicta Telecare' },
  { code: 'MV', name: 'Mole Valley Housing Association' },
  { code: 'OF', name: 'Old Ford Housing Association' },
  { code: 'ROD', name: 'Roddons Housing Association' },
  { code: 'RUS', name: 'Russet Homes' },
  { code: 'SAH', name: 'South Anglia Housing' },
  { code: 'WH', name: 'Wherry Housing Association' },
];
export const DEFAULT_PROFILE_ID = 'group-minimum';
