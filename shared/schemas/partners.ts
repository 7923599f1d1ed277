import { z } from 'zod';
import { IsoDate, PartnerCode, Postcode } from './cases';

/**
 * A partner's record and letterhead (issue 17): what every letter prints at its head and signs for, and
 * the homes it manages, which the reports' per-1,000-homes figures divide by. Each rule says what is
 * wrong in words an administrator can act on; the Partners screen and `hearth partner set` use the same.
 */

/** What a letter missing a partner detail says; the renderer turns it into a link to the Partners screen. */
export const PARTNERS_SCREEN_FIX = 'An administrator adds it on the Partners screen, then try again.';

const text = (max: number) => z.string().trim().max(max);

/** 0 and 9–10 more digits (01x, 02x, 03x, 07x, 08x), or +44 and the number without its 0. */
export function isUkPhone(value: string): boolean {
  if (!/^[0-9+()\s-]+$/.test(value)) return false;
  const digits = value.replace(/[\s()-]/g, '');
  return /^0[1-9]\d{8,9}$/.test(digits) || /^\+44[1-9]\d{8,9}$/.test(digits);
}

export const UkPhone = text(40).refine((s) => s === '' || isUkPhone(s), 'Enter a UK telephone number such as 0300 123 4567 or +44 300 123 4567, or leave it empty.');
export const Email = text(200).refine((s) => s === '' || z.email().safeParse(s).success, 'Enter an e-mail address such as asb@partner.org.uk, or leave it empty.');
export const Website = text(200).refine(
  (s) => s === '' || /^(https?:\/\/)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+(\/\S*)?$/i.test(s),
  'Enter a web address such as www.partner.org.uk, or leave it empty.',
);

/** A letterhead logo's limits (checked by decoding it: main/documents/logo.ts). */
export const LOGO_MAX_BYTES = 512 * 1024;
export const LOGO_MAX_PIXELS = 2000;

/** File bytes, however they arrive (Electron's structured clone, Node, browser mode's wire codec). */
const Bytes = z.custom<Uint8Array>((v) => v instanceof Uint8Array, { message: 'The logo file’s bytes are missing.' });

/** What is known of a stored logo: its format, its size in pixels and its size in bytes. */
export const LogoInfo = z.object({ format: z.enum(['png', 'jpeg']), width: z.number().int(), height: z.number().int(), size: z.number().int() }).strict();
export type LogoInfo = z.infer<typeof LogoInfo>;

export const PartnerView = z.object({
  code: z.string(),
  name: z.string(),
  address: z.string(),
  postcode: z.string(),
  phone: z.string(),
  email: z.string(),
  website: z.string(),
  /** The name letters are signed for ("for Circle 33 Housing Trust"); empty means the partner's name. */
  signedFor: z.string(),
  homes: z.number().int(),
  /** The first day the homes figure applies (its newest dated figure), or null when none is dated. */
  homesFrom: z.string().nullable(),
  profileId: z.string(),
  active: z.boolean(),
  /** The letterhead's logo as checked when it was uploaded (its bytes stay in main), or null for none. */
  logo: LogoInfo.nullable(),
});
export type PartnerView = z.infer<typeof PartnerView>;

export const PartnerSaveInput = z
  .object({
    code: PartnerCode,
    name: z.string().trim().min(1, 'Enter the partner’s legal name.').max(200),
    /** The letterhead address without its postcode, lines separated by commas or new lines. */
    address: text(500).default(''),
    postcode: Postcode.default(''),
    phone: UkPhone.default(''),
    email: Email.default(''),
    website: Website.default(''),
    signedFor: text(200).default(''),
    homes: z.number({ message: 'Enter the number of homes, such as 12000.' }).int('Enter a whole number of homes.').min(0, 'The number of homes cannot be negative.').max(10_000_000).default(0),
    /** When given, the homes figure is recorded as in force from this date (the reports use it). */
    homesFrom: IsoDate.nullable().default(null),
    profileId: z.string().trim().min(1).max(60).default('group-minimum'),
    active: z.boolean().default(true),
    /**
     * A new logo's file (PNG or JPEG), or null to take the logo off the letterhead. Left out, or the logo
     * as partners:list describes it (a listed partner saved back as it is), the logo stays as it is.
     */
    logo: z.union([Bytes.refine((b) => b.byteLength <= LOGO_MAX_BYTES, `The logo can be at most ${LOGO_MAX_BYTES / 1024} kB. Save it smaller and upload it again.`), LogoInfo]).nullable().optional(),
  })
  .strict();
export type PartnerSaveInput = z.infer<typeof PartnerSaveInput>;

/**
 * First run (issue 17): which of the group's partners this office is, and the letterhead its letters need.
 * Optional at set-up; the Partners screen holds the rest (website, homes, signing name).
 */
export const OfficeDetails = z
  .object({
    partner: PartnerCode,
    address: z.string().trim().min(1, 'Enter the office’s address for letterheads.').max(500),
    postcode: Postcode.refine((s) => s !== '', 'Enter the office’s postcode, such as N7 8QX.'),
    phone: UkPhone.refine((s) => s !== '', 'Enter the telephone number letters give, such as 0300 123 4567.'),
    email: Email.refine((s) => s !== '', 'Enter the e-mail address letters give, such as asb@partner.org.uk.'),
  })
  .strict();
export type OfficeDetails = z.infer<typeof OfficeDetails>;
