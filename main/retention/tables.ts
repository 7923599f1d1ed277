/**
 * Every table in the database and what disposal does to it, in one place (issue 21 item 2). A test
 * (test/integration/retention/table-map.test.ts) reads sqlite_master and fails when a table has no entry
 * here, or when a text column of a case table has neither a blanking rule nor a stated reason to keep it:
 * a table or column added later cannot be forgotten.
 *
 * A case table names how its rows are found from the case (`rows`, with `@case` for the case id) and what
 * anonymising does: blank its free text and identities column by column (`blank`, keeping what the
 * monitoring report counts), or remove its rows (`remove`: files and copies that cannot be anonymised).
 * Deleting a case removes every case table's rows, in this order (children before the rows their selectors
 * read through). Tables that hold no case or person data say why.
 */
export type Blank =
  /** Free text: '' stays '', NULL stays NULL, anything else becomes the marker (so "was there any" still counts). */
  | 'text'
  | 'null'
  | 'empty'
  | 'json-list'
  | 'json-object'
  /** A postcode keeps only its district (the outward code), which the hotspot figures count. */
  | 'district';

export interface CaseTable {
  kind: 'case';
  rows: string;
  anonymise: { blank: Record<string, Blank>; keep: Record<string, string> } | { remove: string };
}

export interface OtherTable {
  kind: 'workspace' | 'audit' | 'search-index' | 'retention' | 'requests' | 'sqlite';
  why: string;
}

export type TableRule = CaseTable | OtherTable;

export const ANONYMISED = '[anonymised]';

const ofCase = 'case_id = @case';
const of = (column: string, table: string) => `${column} IN (SELECT id FROM ${table} WHERE case_id = @case)`;
const byParty = of('party_id', 'parties');
const byAction = of('action_id', 'case_actions');
const byDocument = of('document_id', 'documents');
const byEvidence = of('evidence_id', 'evidence');

const FACTS = 'a fact the monitoring report or the case history counts (a code, a date, a number)';
const CODE = 'a fixed code or wording chosen from a list, not typed about a person';
const HASH = 'a hash or generated key, which identifies no one without the content (removed or blanked)';

const BODY = 'an organisation (a council, a police force), not a person';
const ofApplication = 'application_id IN (SELECT id FROM case_review_applications WHERE case_id = @case)';

const blank = (b: Record<string, Blank>, keep: Record<string, string> = {}) => ({ blank: b, keep });

/** In deletion order: every table whose selector reads another table comes before that table. */
export const TABLE_RULES: Record<string, TableRule> = {
  // Files and copies: nothing in them can be anonymised, so both methods remove them.
  evidence_redacted_chunks: { kind: 'case', rows: byEvidence, anonymise: { remove: 'redacted copies of exhibits (pictures and text of people)' } },
  evidence_redactions: { kind: 'case', rows: byEvidence, anonymise: { remove: 'the redaction boxes and the names searched for' } },
  evidence_chunks: { kind: 'case', rows: byEvidence, anonymise: { remove: 'the exhibit files themselves' } },
  document_files: { kind: 'case', rows: byDocument, anonymise: { remove: 'the letters as made (PDF, DOCX)' } },
  document_addresses: { kind: 'case', rows: byDocument, anonymise: { remove: "residents' addresses a batch went to" } },
  bundle_files: { kind: 'case', rows: of('bundle_id', 'bundles'), anonymise: { remove: 'the court bundles as built' } },
  redaction_decisions: { kind: 'case', rows: ofCase, anonymise: { remove: 'replacement words and rewordings of passages about people' } },
  drafts: { kind: 'case', rows: ofCase, anonymise: { remove: 'unsaved form contents' } },

  document_returns: { kind: 'case', rows: byDocument, anonymise: blank({ reason: 'text', returned_on: 'empty' }, { recorded_at: FACTS }) },
  document_sendings: { kind: 'case', rows: byDocument, anonymise: blank({ how_detail: 'text' }, { how: CODE, sent_at: FACTS, recorded_at: FACTS }) },
  document_formats: { kind: 'case', rows: ofCase, anonymise: blank({ produced_by: 'text' }, { format: FACTS, language: FACTS, sent_on: FACTS, recorded_at: FACTS }) },
  statement_versions: {
    kind: 'case',
    rows: of('statement_id', 'witness_statements'),
    anonymise: blank(
      { body: 'text', how_taken: 'text', translation: 'text', translator_name: 'text', translated_on: 'null', translator_certificate: 'text', truth_in_language: 'text', exhibits: 'json-list' },
      { status: CODE, language: FACTS, statement_date: FACTS, saved_at: FACTS, finalised_at: FACTS },
    ),
  },
  action_events: { kind: 'case', rows: byAction, anonymise: blank({ summary: 'text' }, { kind: CODE, at: FACTS, next_hearing_at: FACTS, recorded_at: FACTS }) },
  action_versions: {
    kind: 'case',
    rows: byAction,
    anonymise: blank({ details: 'json-object', acknowledgements: 'json-object', changes: 'text' }, { started_on: FACTS, replaced_at: FACTS }),
  },
  action_results: {
    kind: 'case',
    rows: byAction,
    anonymise: blank({ notes: 'text' }, { decided_on: FACTS, costs_payer: FACTS, offence: `${FACTS}: the offence category counted by the report`, police_outcome: `${FACTS}: counted by the report`, recorded_at: FACTS }),
  },
  preflight_overrides: { kind: 'case', rows: byAction, anonymise: blank({ reason: 'text' }, { code: CODE, given_at: FACTS }) },
  costs: { kind: 'case', rows: ofCase, anonymise: blank({ description: 'text' }, { incurred_on: FACTS, kind: CODE, recorded_at: FACTS }) },
  plan_actions: { kind: 'case', rows: of('plan_id', 'action_plans'), anonymise: blank({ what: 'text', who: 'text' }, { by_date: FACTS, done_at: FACTS }) },
  plan_reviews: { kind: 'case', rows: ofCase, anonymise: blank({ outcome: 'text' }, { at: FACTS }) },
  action_plans: { kind: 'case', rows: ofCase, anonymise: blank({ agreed_with: 'text', summary: 'text' }, { agreed_at: FACTS, created_at: FACTS, issued_at: FACTS }) },
  appeals: { kind: 'case', rows: ofCase, anonymise: blank({ grounds: 'text', reasons: 'text' }, { lodged_on: FACTS, decision: CODE, decided_at: FACTS }) },
  closures: {
    kind: 'case',
    rows: ofCase,
    anonymise: blank({ reason: 'text', discussion: 'text', not_possible_reason: 'text' }, { outcome: `${FACTS}: closure outcomes are counted`, proposed_at: FACTS, discussed_at: FACTS, appeal_offered_on: FACTS, appeal_window_ends_on: FACTS, closed_at: FACTS, withdrawn_at: FACTS }),
  },
  confirmations: { kind: 'case', rows: ofCase, anonymise: blank({ detail: 'text' }, { basis: CODE, on_date: FACTS, recorded_at: FACTS }) },
  referrals: {
    kind: 'case',
    rows: ofCase,
    anonymise: blank({ agency_name: 'text', support_offered: 'text', justification: 'text', outcome: 'text' }, { at: FACTS, agency: `${CODE}; counted by the report`, recorded_at: FACTS }),
  },
  consents: { kind: 'case', rows: byParty, anonymise: blank({ recipient_name: 'text', purpose: 'text' }, { recipient: CODE, written_on: FACTS, source: CODE, withdrawn_on: FACTS, recorded_at: FACTS }) },
  contacts: { kind: 'case', rows: ofCase, anonymise: blank({ summary: 'text' }, { at: FACTS, kind: CODE, direction: CODE, recorded_at: FACTS }) },
  interviews: { kind: 'case', rows: ofCase, anonymise: blank({ summary: 'text' }, { at: FACTS, recorded_at: FACTS }) },
  interview_agreements: { kind: 'case', rows: ofCase, anonymise: blank({ reason: 'text' }, { basis: CODE, given_on: FACTS, recorded_at: FACTS }) },
  harassment_judgements: { kind: 'case', rows: ofCase, anonymise: blank({ reason: 'text' }, { decided_on: FACTS, recorded_at: FACTS }) },
  incidents: { kind: 'case', rows: ofCase, anonymise: blank({ description: 'text', location: 'text' }, { occurred_at: FACTS, acts: `${CODE}: the acts the report counts`, recorded_at: FACTS, reported_at: FACTS }) },
  notes: { kind: 'case', rows: ofCase, anonymise: blank({ text: 'text' }, { at: FACTS }) },
  safety_measures: { kind: 'case', rows: ofCase, anonymise: blank({ provider: 'text', liaison: 'text', notes: 'text' }, { kind: CODE, status: CODE, on_date: FACTS, recorded_at: FACTS }) },
  standard_facts: { kind: 'case', rows: ofCase, anonymise: blank({ note: 'text' }, { kind: CODE, at: FACTS, recorded_at: FACTS }) },
  surveys: { kind: 'case', rows: ofCase, anonymise: blank({ comments: 'text' }, { offered_on: FACTS, completed_on: FACTS, recorded_at: FACTS }) },
  due_waivers: { kind: 'case', rows: ofCase, anonymise: blank({ reason: 'text' }, { rule_id: CODE, waived_at: FACTS }) },
  due_items: {
    kind: 'case',
    rows: ofCase,
    anonymise: blank({}, { rule_id: CODE, label: 'the service standard rule’s own words', source: 'policy paragraph codes', profile_id: CODE, starts_at: FACTS, due_at: FACTS, state: CODE, met_at: FACTS }),
  },
  due_digests: { kind: 'case', rows: ofCase, anonymise: blank({}, { digest: HASH }) },
  legal_referrals: { kind: 'case', rows: ofCase, anonymise: blank({}, { at: FACTS }) },
  court_papers: { kind: 'case', rows: ofCase, anonymise: blank({ fields: 'json-object' }, { kind: CODE, status: CODE, signed_on: FACTS, deemed_on: FACTS, saved_at: FACTS, finalised_at: FACTS }) },
  witness_statements: { kind: 'case', rows: ofCase, anonymise: blank({ maker_name: 'text', initials: 'text' }, { created_at: FACTS }) },
  bundles: {
    kind: 'case',
    rows: ofCase,
    anonymise: blank({ file_name: 'text', plan: 'json-object', manifest: 'null', warnings: 'json-list', error: 'null' }, { letter: CODE, status: CODE, sha256: HASH, started_at: FACTS, finished_at: FACTS }),
  },
  documents: {
    kind: 'case',
    rows: ofCase,
    anonymise: blank(
      { title: 'text', recipient_description: 'text', notes: 'json-list', model: 'json-object', announcement: 'null' },
      { template_id: CODE, template_source: CODE, recipient_role: CODE, content_hash: HASH, created_at: FACTS, sent_on: FACTS },
    ),
  },
  evidence: {
    kind: 'case',
    rows: ofCase,
    anonymise: blank(
      { file_name: 'text', source: 'text', description: 'text', unusable_reason: 'text', transcript: 'null', transcript_at: 'null' },
      { exhibit_label: 'the exhibit number (JD/1), which names only the statement maker’s initials, blanked with the statement', type: CODE, sha256: HASH, obtained_on: FACTS, added_at: FACTS },
    ),
  },
  equality_data: {
    kind: 'case',
    rows: byParty,
    anonymise: blank({}, {
      ethnicity: 'the equality answers the monitoring report counts, no longer linked to anyone once the party is anonymised',
      religion: 'as ethnicity',
      sex: 'as ethnicity',
      gender_identity: 'as ethnicity',
      sexual_orientation: 'as ethnicity',
      age_band: 'as ethnicity',
      disability: 'as ethnicity',
      recorded_at: FACTS,
    }),
  },
  // ASB Case Review (issue 20): the applicant's words and the review's notes go; dates, codes, the bodies
  // involved and the threshold figures stay, so the returns for the period are unchanged.
  case_review_escalations: { kind: 'case', rows: ofApplication, anonymise: blank({ grounds: 'text', outcome_notes: 'text' }, { made_on: FACTS, outcome: CODE, outcome_on: FACTS, recorded_at: FACTS }) },
  case_reviews: { kind: 'case', rows: ofApplication, anonymise: blank({ attendees: 'json-list', decision: 'text' }, { lead_body: BODY, meeting_on: FACTS, applicant_told_on: FACTS, recorded_at: FACTS }) },
  case_review_recommendations: { kind: 'case', rows: `${ofCase} OR ${ofApplication}`, anonymise: blank({ what: 'text', evidence: 'text' }, { owner_body: BODY, due_on: FACTS, status: CODE, completed_on: FACTS, recorded_at: FACTS }) },
  case_review_cases: { kind: 'case', rows: `${ofCase} OR ${ofApplication}`, anonymise: blank({}) },
  case_review_applications: {
    kind: 'case',
    rows: ofCase,
    anonymise: blank(
      { applicant_name: 'text', consent_notes: 'text', via_reference: 'text', addresses: 'json-list', corrections: 'json-list', threshold_reason: 'text', applicant_address: 'text', applicant_postcode: 'text' },
      { partner: CODE, consent_on: FACTS, received_on: FACTS, received_via: CODE, threshold_id: CODE, threshold_decided_on: FACTS, recorded_at: FACTS },
    ),
  },
  // The disclosure log (issue 21): which people a disclosure was about goes with them; the row of what left,
  // when and on what basis stays as the record of the disclosure, its free text blanked.
  disclosure_people: { kind: 'case', rows: `${byParty} OR disclosure_id IN (SELECT id FROM disclosures WHERE case_id = @case)`, anonymise: blank({}) },
  disclosures: { kind: 'case', rows: ofCase, anonymise: blank({ what: 'text', recipient: 'text', lawful_basis: 'text' }, { kind: CODE, partner: CODE, source: HASH, at: FACTS }) },
  police_requests: {
    kind: 'case',
    rows: ofCase,
    anonymise: blank(
      { officer: 'text', reference: 'text', purpose: 'text', decision_reason: 'text' },
      { force: BODY, lawful_basis: CODE, received_on: FACTS, decision: CODE, evidence_ids: 'exhibit ids, removed with the exhibits', sha256: HASH, made_at: FACTS },
    ),
  },
  legal_holds: { kind: 'case', rows: `${ofCase} OR ${byParty}`, anonymise: blank({ reason: 'text', lifted_reason: 'text' }, { kind: CODE, placed_at: FACTS, lifted_at: FACTS }) },
  retention_keeps: { kind: 'case', rows: ofCase, anonymise: blank({ reason: 'text' }, { review_on: FACTS, decided_at: FACTS }) },
  case_links: { kind: 'case', rows: 'case_id = @case OR linked_case_id = @case', anonymise: blank({}, { reason: 'fixed wording (INTAKE_LINK_REASON, counter-allegation), counted by the report', created_at: FACTS }) },
  parties: {
    kind: 'case',
    rows: ofCase,
    anonymise: blank(
      { name: 'text', date_of_birth: 'null', address: 'empty', postcode: 'empty', phone: 'empty', email: 'empty', format_needs: 'json-object', identifying_details: 'json-list', other_names: 'json-list' },
      { role: `${CODE}: the equality figures count parties by role`, tenure: CODE, staff_role: CODE, created_at: FACTS },
    ),
  },
  case_actions: {
    kind: 'case',
    rows: ofCase,
    anonymise: blank(
      { outcome: 'text', court: 'text', claim_number: 'text', details: 'json-object', acknowledgements: 'json-object' },
      { kind: `${CODE}: actions are counted by kind`, started_on: FACTS, status: CODE, expires_on: FACTS, created_at: FACTS, updated_at: FACTS },
    ),
  },
  cases: {
    kind: 'case',
    rows: 'id = @case',
    anonymise: blank(
      { summary: 'text', address: 'empty', postcode: 'district', risk_notes: 'text', restricted_reason: 'text', perceived_how: 'text', screened_to: 'text' },
      {
        ref: 'the case reference, which the tombstone and the report’s lists name',
        partner: FACTS,
        category: FACTS,
        status: FACTS,
        received_at: FACTS,
        method: FACTS,
        estate: `${FACTS}: hotspots are counted by estate (an area, not a home)`,
        flags: CODE,
        motivation: CODE,
        risk_level: CODE,
        created_at: FACTS,
        updated_at: FACTS,
        closed_at: FACTS,
        profile_id: CODE,
        perceived_by: CODE,
        screened_out: FACTS,
      },
    ),
  },

  audit_events: { kind: 'audit', why: 'append-only and hash-chained; events hold identifiers, codes and counts (see docs/retention.md for the free-text reasons some hold)' },
  disposals: { kind: 'retention', why: 'the tombstones: reference, partner, category, method, rule, when and by whom; never content' },
  disposal_permits: { kind: 'retention', why: 'empty outside a disposal’s own transaction' },
  case_search: { kind: 'search-index', why: 'rebuilt from the anonymised case (or emptied) and merged, so old terms leave its segments' },
  case_search_config: { kind: 'search-index', why: 'FTS5 settings' },
  case_search_content: { kind: 'search-index', why: 'FTS5 copy of case_search rows, rewritten with them' },
  case_search_data: { kind: 'search-index', why: 'FTS5 segments, merged by optimize after disposal' },
  case_search_docsize: { kind: 'search-index', why: 'FTS5 token counts' },
  case_search_idx: { kind: 'search-index', why: 'FTS5 segment index' },
  case_review_thresholds: { kind: 'workspace', why: 'the ASB Case Review thresholds each area uses, as versioned data' },
  notice_translations: { kind: 'workspace', why: 'the interpreter notice’s words per language, as corrected by an administrator' },
  subject_requests: { kind: 'requests', why: 'subject access, rectification and erasure requests span cases: kept as the record of the request, not disposed of with a case' },
  sar_exemptions: { kind: 'requests', why: 'the exemptions applied to a subject access request, with their reasons' },
  sar_packs: { kind: 'requests', why: 'the pack as sent to the requester, the record of what they were given' },
  case_counters: { kind: 'workspace', why: 'the last reference number per partner and year' },
  meta: { kind: 'workspace', why: 'workspace keys and versions' },
  partners: { kind: 'workspace', why: 'the group’s partner organisations' },
  partner_homes: { kind: 'workspace', why: 'homes counts per partner' },
  settings: { kind: 'workspace', why: 'workspace settings' },
  standard_profiles: { kind: 'workspace', why: 'service-standard profiles' },
  template_overrides: { kind: 'workspace', why: 'partners’ letter templates' },
  users: { kind: 'workspace', why: 'staff accounts (not the people cases are about)' },
  user_partners: { kind: 'workspace', why: 'which partners each member of staff works for' },
  sqlite_stat1: { kind: 'sqlite', why: 'query planner statistics (index names and counts)' },
  sqlite_stat4: { kind: 'sqlite', why: 'query planner samples: ANALYZE is re-run after disposal, so no sample keeps a removed value' },
  partner_case_review_thresholds: { kind: 'workspace', why: 'which ASB Case Review threshold version each partner’s area uses from which day' },
  person_anonymisations: { kind: 'retention', why: 'the tombstone of anonymising one person across their cases: basis, request id, counts, who and when; never a name' },
  person_anonymisation_cases: { kind: 'retention', why: 'one tombstone per case a person was anonymised on: the reference, party record ids, roles and row counts; never content' },
  retention_schedules: { kind: 'workspace', why: 'partners’ retention schedules as versioned data: periods, triggers and their reasons' },
  exhibit_words: { kind: 'case', rows: ofCase, anonymise: { remove: 'words read from exhibits’ pages (their text and OCR), kept for the redaction review' } },
  host_authority: { kind: 'workspace', why: 'the office host’s certificate authority and server certificate (keys sealed in this database)' },
  host_devices: { kind: 'workspace', why: 'the PCs enrolled with the office host: a name given by an administrator and a certificate serial' },
  host_enrolment_codes: { kind: 'workspace', why: 'one-time enrolment codes, stored as hashes, with the name of the PC they were for' },
  letterhead_logos: { kind: 'workspace', why: 'partners’ letterhead logos that letters were made with, stored once by SHA-256: an organisation’s picture, no one’s personal data, kept so a letter re-renders as it was sent' },
  host_idempotency: { kind: 'workspace', why: 'keys of writes already applied, with their answers, kept a day so a retried request is applied once; the host’s timer removes them after a day, and every disposal forgets the answers (they may quote what was disposed of)' },
  host_enrol_failures: { kind: 'workspace', why: 'wrong enrolment codes tried on the office host: a source address and a time, no code; deleted once a quarter of an hour old (the throttle’s window)' },
  exhibit_proposals: { kind: 'case', rows: ofCase, anonymise: { remove: 'boxes proposed over what identifies people on exhibits’ pages (the words under them), kept for the redaction review' } },
};

export const caseTables = (): [string, CaseTable][] => Object.entries(TABLE_RULES).filter((e): e is [string, CaseTable] => e[1].kind === 'case');
