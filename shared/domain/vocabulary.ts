/**
 * The case record's vocabularies (DESIGN §3), each a list of codes with the words officers see.
 * Codes are stored; labels are UK English and may be reworded without touching data.
 */
const vocab = <const T extends readonly { code: string; label: string }[]>(items: T) => items;
export type CodeOf<T extends readonly { code: string }[]> = T[number]['code'];
export const codes = <T extends readonly { code: string }[]>(items: T) => items.map((i) => i.code) as [CodeOf<T>, ...CodeOf<T>[]];
export const labelOf = (items: readonly { code: string; label: string }[], code: string) => items.find((i) => i.code === code)?.label ?? code;

export const CATEGORIES = vocab([
  { code: 'harassment', label: 'Harassment' },
  { code: 'hate-incident', label: 'Hate incident or hate crime' },
  { code: 'asb', label: 'Anti-social behaviour' },
  // P1.4: domestic abuse is recorded, then handled under its own policy.
  { code: 'domestic-abuse', label: 'Domestic abuse (referred under its own policy)' },
]);
export type Category = CodeOf<typeof CATEGORIES>;

/** Acts of harassment (P3.3) and of hate crime (P3.5). */
export const ACTS = vocab([
  { code: 'discriminatory-language', label: 'Discriminatory behaviour or language' },
  { code: 'verbal-abuse', label: 'Verbal abuse' },
  { code: 'abusive-words-or-behaviour', label: 'Abusive or insulting words or behaviour' },
  { code: 'violence', label: 'Violence' },
  { code: 'threat-of-violence', label: 'Threats of violence' },
  { code: 'assault', label: 'Assault' },
  { code: 'damage-to-home', label: 'Damage to someone’s home or possessions (actual or threatened)' },
  { code: 'criminal-damage', label: 'Criminal damage' },
  { code: 'vandalism', label: 'Vandalism' },
  { code: 'graffiti', label: 'Threatening, abusive or insulting graffiti' },
  { code: 'hate-mail', label: 'Hate mail or written material' },
  { code: 'nuisance', label: 'Interference with peace, comfort or convenience' },
]);
export type Act = CodeOf<typeof ACTS>;

/**
 * Perceived motivation: P3.1's list (colour, race, religion, nationality, gender, sexual orientation, age,
 * disability, illness) and the Equality Act 2010's protected characteristics (s4). Issue 18: each maps to
 * the regulator's hate-incident strand it counts under for monitoring (law.md 4.2), or none. Colour and
 * nationality are part of "race" in the Act (s9) and count as race; illness counts with disability, as the
 * old "Disability or illness" box did, so the reports' counts carry on unchanged. The old code
 * "transgender-identity" is now "gender-reassignment", the Act's word (migration 0017 moves old values).
 */
export const MOTIVATIONS = vocab([
  { code: 'race', label: 'Race or ethnic origin' },
  { code: 'colour', label: 'Colour' },
  { code: 'nationality', label: 'Nationality or national origin' },
  { code: 'religion', label: 'Religion or belief' },
  { code: 'disability', label: 'Disability' },
  { code: 'illness', label: 'Illness, including mental ill health' },
  { code: 'sexual-orientation', label: 'Sexual orientation' },
  { code: 'gender-reassignment', label: 'Gender reassignment or transgender identity' },
  { code: 'sex', label: 'Sex or gender' },
  { code: 'age', label: 'Age' },
  { code: 'marriage-civil-partnership', label: 'Marriage or civil partnership' },
  { code: 'pregnancy-maternity', label: 'Pregnancy or maternity' },
]);
export type Motivation = CodeOf<typeof MOTIVATIONS>;
/** The five strands that make an incident a hate incident for NM01 (law.md 4.2). */
export const HATE_STRANDS = ['disability', 'race', 'religion', 'sexual-orientation', 'transgender-identity'] as const;
export type HateStrand = (typeof HATE_STRANDS)[number];
/** Which strand each motivation is monitored under (null: not a hate strand, e.g. age). */
export const MOTIVATION_STRAND: Record<Motivation, HateStrand | null> = {
  race: 'race',
  colour: 'race',
  nationality: 'race',
  religion: 'religion',
  disability: 'disability',
  illness: 'disability',
  'sexual-orientation': 'sexual-orientation',
  'gender-reassignment': 'transgender-identity',
  sex: null,
  age: null,
  'marriage-civil-partnership': null,
  'pregnancy-maternity': null,
};
/** Codes older records and import files may carry, and what they are now. */
export const OLD_MOTIVATION_CODES: Readonly<Record<string, Motivation>> = { 'transgender-identity': 'gender-reassignment' };

/** Who perceived an incident as harassment (P3.2: "the victim or anyone else"). */
export const PERCEIVERS = vocab([
  { code: 'victim', label: 'The victim' },
  { code: 'complainant', label: 'The person reporting it' },
  { code: 'witness', label: 'A witness' },
  { code: 'staff', label: 'A member of staff' },
  { code: 'police', label: 'The police or another agency' },
  { code: 'other', label: 'Someone else' },
]);
export type Perceiver = CodeOf<typeof PERCEIVERS>;

/**
 * P1.5 / P1.6 and P1.4: reports that belong under another policy. Screened out at intake, they are
 * referred there and the record closes with that reason (counted apart in the reports).
 */
export const SCREEN_OUTCOMES = vocab([
  { code: 'complaints-policy', label: 'Complaint about staff or contractors: the Complaints policy (P1.5)' },
  { code: 'domestic-abuse-policy', label: 'Domestic abuse: the Domestic Abuse policy (P1.4)' },
  { code: 'hr-policy', label: 'Staff harassed by staff or by someone unconnected: HR policies (P1.6)' },
]);
export type ScreenOutcome = CodeOf<typeof SCREEN_OUTCOMES>;

/** A victim who works for the group (council page: "harassment of our staff or contractors"). */
export const STAFF_ROLES = vocab([
  { code: 'staff', label: 'A member of staff' },
  { code: 'contractor', label: 'A contractor' },
]);
export type StaffRole = CodeOf<typeof STAFF_ROLES>;

export const FLAGS = vocab([
  { code: 'violence-or-threat', label: 'Violence or threat of violence' },
  { code: 'fear-of-violence', label: 'Fear of violence' },
  { code: 'discriminatory-graffiti', label: 'Offensive or discriminatory graffiti' },
  { code: 'emergency-repair', label: 'Emergency repair needed' },
  // Council page: "immediate danger": the officer is taken through the emergency steps at once.
  { code: 'immediate-danger', label: 'Someone is in immediate danger' },
]);
export type Flag = CodeOf<typeof FLAGS>;

export const RISK_LEVELS = vocab([
  { code: 'standard', label: 'Standard' },
  { code: 'medium', label: 'Medium' },
  { code: 'high', label: 'High' },
]);
export type RiskLevel = CodeOf<typeof RISK_LEVELS>;

/** How the report arrived (P4.1, P7.2). */
export const REPORT_METHODS = vocab([
  { code: 'phone', label: 'Phone' },
  { code: 'email', label: 'E-mail' },
  { code: 'letter', label: 'Letter' },
  { code: 'in-person', label: 'In person' },
  { code: 'website', label: 'Website' },
  { code: 'hotline', label: '24-hour hotline' },
]);
export type ReportMethod = CodeOf<typeof REPORT_METHODS>;

export const PARTY_ROLES = vocab([
  { code: 'complainant', label: 'Complainant' },
  { code: 'victim', label: 'Victim' },
  { code: 'witness', label: 'Witness' },
  { code: 'alleged-perpetrator', label: 'Alleged perpetrator' },
  // P3.8: the tenant is responsible for their household and visitors.
  { code: 'household-member', label: 'Household member of a tenant' },
  { code: 'visitor', label: 'Visitor of a tenant' },
]);
export type PartyRole = CodeOf<typeof PARTY_ROLES>;
/** Roles whose identity is protected by P3.13–3.14. */
export const PROTECTED_ROLES: readonly PartyRole[] = ['complainant', 'victim', 'witness'];

export const TENURES = vocab([
  { code: 'secure', label: 'Secure tenant' },
  { code: 'assured', label: 'Assured tenant' },
  { code: 'starter', label: 'Starter or introductory tenant' },
  { code: 'leaseholder', label: 'Leaseholder' },
  { code: 'non-tenant', label: 'Not a tenant' },
]);
export type Tenure = CodeOf<typeof TENURES>;

export const CASE_STATUSES = vocab([
  { code: 'open', label: 'Open' },
  { code: 'closure-proposed', label: 'Closure proposed' },
  { code: 'closed', label: 'Closed' },
]);
export type CaseStatus = CodeOf<typeof CASE_STATUSES>;

/** Who may learn a complainant's or witness's identity (P3.14). */
export const CONSENT_RECIPIENTS = vocab([
  { code: 'alleged-perpetrator', label: 'The alleged perpetrator' },
  { code: 'court', label: 'The court' },
  { code: 'police', label: 'The police' },
  { code: 'social-services', label: 'Social services' },
  { code: 'doctor', label: 'A doctor' },
  { code: 'teacher', label: 'A teacher or school' },
  { code: 'support-agency', label: 'A support agency' },
  { code: 'other', label: 'Someone else (named)' },
]);
export type ConsentRecipient = CodeOf<typeof CONSENT_RECIPIENTS>;

export const CONTACT_KINDS = vocab([
  { code: 'call', label: 'Phone call' },
  { code: 'visit', label: 'Visit' },
  { code: 'letter', label: 'Letter' },
  { code: 'email', label: 'E-mail' },
  { code: 'meeting', label: 'Meeting in person' },
  { code: 'text', label: 'Text message' },
]);
export type ContactKind = CodeOf<typeof CONTACT_KINDS>;

export const AGENCIES = vocab([
  { code: 'police', label: 'Police' },
  { code: 'local-authority', label: 'Local authority' },
  { code: 'social-services', label: 'Social services' },
  { code: 'victim-support', label: 'Victim support' },
  { code: 'mental-health', label: 'Mental health services' },
  { code: 'community-safety', label: 'Community Safety Partnership' },
  { code: 'specialist-hate-crime', label: 'Specialist hate-crime service' },
  { code: 'mediation', label: 'Mediation service' },
  { code: 'youth-offending', label: 'Youth offending team' },
  { code: 'other', label: 'Other agency' },
]);
export type Agency = CodeOf<typeof AGENCIES>;

/** Costs monitored under P7.2. Amounts are kept in pence. */
export const COST_KINDS = vocab([
  { code: 'external-legal', label: 'External legal services' },
  { code: 'external-non-legal', label: 'External non-legal services' },
  { code: 'repair-cleanup', label: 'Repair and clean-up' },
]);
export type CostKind = CodeOf<typeof COST_KINDS>;

/** Evidence types accepted, decided by the file's content, not its name. */
export const EVIDENCE_TYPES = vocab([
  { code: 'pdf', label: 'PDF document' },
  { code: 'jpeg', label: 'JPEG photo' },
  { code: 'png', label: 'PNG image' },
  { code: 'docx', label: 'Word document' },
  { code: 'audio', label: 'Audio recording' },
]);
export type EvidenceType = CodeOf<typeof EVIDENCE_TYPES>;

/** Equality data (special category): recorded apart, never on case screens or in documents. */
export const EQUALITY_FIELDS = ['ethnicity', 'religion', 'sex', 'genderIdentity', 'sexualOrientation', 'ageBand', 'disability'] as const;
export type EqualityField = (typeof EQUALITY_FIELDS)[number];
