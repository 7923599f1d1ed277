import type { ReadableDB } from '../connection';

/**
 * What each source of a case's chronology reads (main/cases/chronology.ts turns the rows into items):
 * one query per kind of record, every one by case id, each row with the name of who recorded it (`by`).
 */
const CHRONOLOGY_SQL = {
  report: 'SELECT c.id, c.received_at, c.method, c.summary, u.display_name AS by FROM cases c JOIN users u ON u.id = c.created_by WHERE c.id = ?',
  incidents: 'SELECT i.*, u.display_name AS by FROM incidents i JOIN users u ON u.id = i.recorded_by WHERE i.case_id = ?',
  contacts: `SELECT c.*, p.name AS party, p.anonymous, u.display_name AS by, r.returned_on FROM contacts c LEFT JOIN parties p ON p.id = c.party_id JOIN users u ON u.id = c.officer_id
    LEFT JOIN document_returns r ON r.document_id = c.document_id WHERE c.case_id = ?`,
  interviews: 'SELECT i.*, p.name AS party, p.anonymous, u.display_name AS by FROM interviews i LEFT JOIN parties p ON p.id = i.party_id JOIN users u ON u.id = i.officer_id WHERE i.case_id = ?',
  referrals: 'SELECT r.*, u.display_name AS by FROM referrals r JOIN users u ON u.id = r.recorded_by WHERE r.case_id = ?',
  costs: 'SELECT c.*, a.kind AS action_kind, u.display_name AS by FROM costs c LEFT JOIN case_actions a ON a.id = c.action_id JOIN users u ON u.id = c.recorded_by WHERE c.case_id = ?',
  notes: 'SELECT n.*, u.display_name AS by FROM notes n JOIN users u ON u.id = n.author_id WHERE n.case_id = ?',
  evidence: 'SELECT e.*, u.display_name AS by FROM evidence e JOIN users u ON u.id = e.added_by WHERE e.case_id = ?',
  consents: 'SELECT c.*, p.name AS party, p.anonymous, u.display_name AS by FROM consents c JOIN parties p ON p.id = c.party_id JOIN users u ON u.id = c.recorded_by WHERE p.case_id = ?',
  plans: 'SELECT p.*, u.display_name AS by FROM action_plans p JOIN users u ON u.id = p.created_by WHERE p.case_id = ?',
  planReviews: 'SELECT r.*, u.display_name AS by FROM plan_reviews r JOIN users u ON u.id = r.reviewed_by WHERE r.case_id = ?',
  standardFacts: `SELECT f.*, u.display_name AS by, r.returned_on FROM standard_facts f JOIN users u ON u.id = f.recorded_by
    LEFT JOIN document_returns r ON r.document_id = f.document_id WHERE f.case_id = ?`,
  actions: 'SELECT a.*, p.name AS subject, u.display_name AS by FROM case_actions a LEFT JOIN parties p ON p.id = a.subject_party_id JOIN users u ON u.id = a.created_by WHERE a.case_id = ?',
  actionEvents: 'SELECT e.*, a.kind AS action_kind, u.display_name AS by FROM action_events e JOIN case_actions a ON a.id = e.action_id JOIN users u ON u.id = e.recorded_by WHERE a.case_id = ?',
  confirmations: 'SELECT c.*, p.name AS party, u.display_name AS by FROM confirmations c JOIN parties p ON p.id = c.party_id JOIN users u ON u.id = c.recorded_by WHERE c.case_id = ?',
  legalReferrals: 'SELECT r.*, u.display_name AS by FROM legal_referrals r JOIN users u ON u.id = r.recorded_by WHERE r.case_id = ?',
  closures: 'SELECT k.*, u.display_name AS by FROM closures k JOIN users u ON u.id = k.proposed_by WHERE k.case_id = ?',
  appeals: 'SELECT * FROM appeals WHERE case_id = ?',
  surveys: 'SELECT * FROM surveys WHERE case_id = ?',
  documents: `SELECT d.*, u.display_name AS by, s.how, s.how_detail, s.sent_at, r.returned_on, r.reason AS return_reason
    FROM documents d JOIN users u ON u.id = d.created_by LEFT JOIN document_sendings s ON s.document_id = d.id LEFT JOIN document_returns r ON r.document_id = d.id
    WHERE d.case_id = ?`,
  bundles: "SELECT b.*, u.display_name AS by FROM bundles b JOIN users u ON u.id = b.built_by WHERE b.case_id = ? AND b.status = 'ready'",
  interviewAgreements: 'SELECT a.*, u.display_name AS by FROM interview_agreements a JOIN users u ON u.id = a.recorded_by WHERE a.case_id = ?',
  actionResults: 'SELECT r.*, a.kind AS action_kind, p.name AS subject, u.display_name AS by FROM action_results r JOIN case_actions a ON a.id = r.action_id LEFT JOIN parties p ON p.id = a.subject_party_id JOIN users u ON u.id = r.recorded_by WHERE r.case_id = ?',
  safetyMeasures: 'SELECT m.*, p.name AS party, p.anonymous, u.display_name AS by FROM safety_measures m LEFT JOIN parties p ON p.id = m.party_id JOIN users u ON u.id = m.recorded_by WHERE m.case_id = ?',
  formatsSent: 'SELECT f.*, d.title AS document_title, u.display_name AS by FROM document_formats f JOIN documents d ON d.id = f.document_id JOIN users u ON u.id = f.recorded_by WHERE f.case_id = ?',
} as const;

export type ChronologySource = keyof typeof CHRONOLOGY_SQL;
export type ChronologyRow = Record<string, string | number | null>;

export function chronologyRows(db: ReadableDB, source: ChronologySource, caseId: number): ChronologyRow[] {
  return db.prepare(CHRONOLOGY_SQL[source]).all(caseId) as ChronologyRow[];
}
