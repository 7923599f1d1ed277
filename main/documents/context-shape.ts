/**
 * Every field a template may use (templates/README.md "Fields"), as one complete sample. The sample is the
 * data dictionary: the validator walks a template against it (an unknown field is refused with its line
 * before a version is saved), and the context builder is typed from it, so a field the builder makes is
 * always one the validator knows. Values are what a realistic case would give; lists have one entry.
 */
export const SAMPLE_CONTEXT = {
  today: '21/11/2026',
  todayLong: '21 November 2026',
  case: {
    ref: 'C33-2026-0042',
    category: 'anti-social behaviour',
    received: '20/11/2026',
    receivedLong: '20 November 2026',
    area: 'the Elm Estate',
    hate: true,
  },
  partner: { code: 'C33', name: 'Circle 33 Housing Trust', address: '1 High Street, London, N1 2AB', phone: '0300 123 4567', email: 'asb@circle33.example', website: 'www.circle33.example', signedFor: 'Circle 33 Housing Trust' },
  officer: { name: 'Jo Officer' },
  signer: { name: 'Jo Officer', title: 'Neighbourhood Officer' },
  recipient: { name: 'Sam Sample', address: '2 Elm Road, London', postcode: 'N1 1AB', role: 'alleged-perpetrator', roleLabel: 'alleged perpetrator' },
  subject: { name: 'Sam Sample', relation: 'a member of your household' },
  /** plainActs: each act in everyday words, for Easy Read (shared/documents/easy-read.ts). */
  incidents: [{ date: '19/11/2026', time: '21:00', acts: 'verbal abuse; threats of violence', plainActs: ['shouting or saying nasty things', 'saying you will hurt someone'], description: 'Shouting on the landing.', location: 'Elm Road' }],
  action: {
    label: 'First written warning',
    startedOn: '21/11/2026',
    expiresOn: '21/02/2027',
    behaviour: 'Shouting abuse on the landing',
    tenancyClause: 'clause 4.2',
    liveMonths: 3,
    prohibitions: ['Not to shout abuse at neighbours'],
    requirements: ['To attend a support appointment'],
    guardian: 'Pat Sample',
    agencies: ['Metropolitan Police'],
    durationMonths: 6,
    reviewWeeks: 4,
    reviewDates: ['19/12/2026'],
    breaches: [{ date: '01/12/2026', summary: 'Shouted abuse again.' }],
  },
  plan: { version: 2, agreedOn: '25/11/2026', agreedWith: 'the complainant', summary: 'Stop the abuse.', contactDays: 15, actions: [{ what: 'Visit the neighbour', who: 'Jo Officer', by: '30/11/2026' }] },
  review: { date: '20/12/2026', outcome: 'The abuse has stopped since the warning.' },
  closure: { outcome: 'resolved', reason: 'The harassment has stopped.', proposedOn: '10/01/2027', appealEnds: '24/01/2027', appealDays: 10, closedOn: '24/01/2027', proposed: true, closed: true },
  referral: {
    agency: 'Victim support',
    name: 'Victim Support',
    date: '22/11/2026',
    support: 'Emotional support',
    justification: 'Risk to life',
    withConsent: true,
    risk: 'High risk',
    /** The person referred, only when their consent or a recorded justification allows naming them (P3.14). */
    person: {
      name: 'Amira Haddad',
      role: 'complainant',
      address: 'Flat 4, Elm House, Elm Road, London, N1 1AA',
      phone: '07700 900123',
      email: 'Not recorded',
      language: 'Arabic: an interpreter is needed',
      formats: 'Written information in large print',
      age: '15 (a child)',
    },
  },
  witness: { name: 'Sam Sample', initials: 'SS', surname: 'Sample', address: '2 Elm Road, London N1 1AB', role: 'witness', relation: 'a witness to the events I describe' },
  court: { name: 'County Court at Clerkenwell and Shoreditch', claim: 'K00CL123', claimant: 'CIRCLE 33 HOUSING TRUST', respondent: 'SAM SAMPLE' },
  exhibits: [{ label: 'JO/1', description: 'Photograph of the door', obtained: '19/11/2026' }],
  /** noticeText/Lang/Dir: the interpreter notice in the recorded language (shared/languages), when there are words for it. */
  format: { interpreter: 'Polish', signer: true, largePrint: true, easyRead: true, noticeText: 'To pismo jest ważne. Jeśli potrzebujesz tłumacza, zadzwoń do nas pod numer 0300 123 4567. To nic nie kosztuje.', noticeLang: 'pl', noticeDir: 'ltr' },
  /** Issue 20: the latest ASB case review application on the case (templates with `when: caseReview: true`). */
  caseReview: {
    receivedOn: '21/11/2026',
    via: 'passed on by the council',
    applicant: 'Amira Haddad',
    threshold: '3 complaints in 6 months, each made within one month of the behaviour',
    windowFrom: '22/05/2026',
    windowTo: '21/11/2026',
    counted: 3,
    needed: 3,
    countedAll: '3 of 3',
    decided: true,
    met: true,
    decidedOn: '21/11/2026',
    reason: 'Three complaints were made within the time limits.',
    complaints: [{ date: '19/11/2026', reported: '20/11/2026' }],
    reviewed: true,
    leadBody: 'Islington Council',
    meetingOn: '28/11/2026',
    decision: 'Two further steps were agreed.',
    recommendations: [{ owner: 'Circle 33 Housing Trust', what: 'Fit a door camera', due: '05/12/2026' }],
    /** For the partner's case summary to the panel: each complaint with why it counts (words only for this case's own). */
    vulnerable: false,
    onBehalf: false,
    linkedCases: 'C33-2026-0042 and C33-2026-0043',
    history: [{ date: '19/11/2026', reported: '20/11/2026', caseRef: 'C33-2026-0042', description: 'Shouting on the landing.', counts: 'Counts', why: 'Reported on 20/11/2026, within one month of the behaviour and inside the window.' }],
    actions: [{ date: '21/11/2026', label: 'First written warning', about: 'Sam Sample', status: 'live' }],
  },
  /** Filled per template from its slots. */
  slots: {} as Record<string, string>,
};

type Shape<T> = T extends string ? string : T extends number ? number : T extends boolean ? boolean : T extends readonly (infer U)[] ? Shape<U>[] : T extends object ? { [K in keyof T]?: Shape<T[K]> | null } : T;

/** What the builder makes for one case: the sample's shape, any field possibly absent or empty. */
export type LetterContext = { [K in keyof typeof SAMPLE_CONTEXT]: Shape<(typeof SAMPLE_CONTEXT)[K]> };
