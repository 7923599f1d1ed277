import type { ReadableDB } from '../../db/connection';

/**
 * What a subject access pack reads of one case (issue 21 item 3): the case's header and every entry that
 * can be about a person, each with the party it is linked to (if any), for items.ts to choose from.
 */
export interface CaseHead {
  id: number;
  ref: string;
  category: string;
  status: string;
  receivedAt: string;
  closedAt: string | null;
  summary: string;
  address: string;
  postcode: string;
}

export interface Entry {
  /** Stable across packs: 'incident:3'. */
  key: string;
  section: 'incident' | 'contact' | 'interview' | 'referral' | 'consent' | 'action' | 'letter' | 'note';
  at: string;
  /** The party it is linked to (reported by, contact with, referred, subject of, addressed to), or null. */
  partyId: number | null;
  title: string;
  /** Free text written about it (redacted for the requester before it goes in the pack). */
  text: string;
}

export function caseHead(db: ReadableDB, caseId: number): CaseHead | null {
  return (
    (db
      .prepare('SELECT id, ref, category, status, received_at AS receivedAt, closed_at AS closedAt, summary, address, postcode FROM cases WHERE id = ?')
      .get(caseId) as CaseHead | undefined) ?? null
  );
}

export function caseEntries(db: ReadableDB, caseId: number): Entry[] {
  const q = (sql: string) => db.prepare(sql).all(caseId) as Entry[];
  return [
    ...q(`SELECT 'incident:' || id AS key, 'incident' AS section, occurred_at AS at, reported_by AS partyId, 'Incident' AS title, description || CASE WHEN location <> '' THEN ' (' || location || ')' ELSE '' END AS text FROM incidents WHERE case_id = ?`),
    ...q(`SELECT 'contact:' || id AS key, 'contact' AS section, at, party_id AS partyId, 'Contact (' || kind || ', ' || CASE direction WHEN 'in' THEN 'to us' ELSE 'from us' END || ')' AS title, summary AS text FROM contacts WHERE case_id = ?`),
    ...q(`SELECT 'interview:' || id AS key, 'interview' AS section, at, party_id AS partyId, 'Interview' AS title, summary AS text FROM interviews WHERE case_id = ?`),
    ...q(`SELECT 'referral:' || id AS key, 'referral' AS section, at, party_id AS partyId, 'Referral to ' || agency || CASE WHEN agency_name <> '' THEN ' (' || agency_name || ')' ELSE '' END AS title,
            trim(support_offered || CASE WHEN outcome <> '' THEN ' Outcome: ' || outcome ELSE '' END) AS text FROM referrals WHERE case_id = ?`),
    ...q(`SELECT 'consent:' || c.id AS key, 'consent' AS section, c.written_on AS at, c.party_id AS partyId, 'Consent to share with ' || c.recipient || CASE WHEN c.recipient_name <> '' THEN ' (' || c.recipient_name || ')' ELSE '' END AS title,
            trim(c.purpose || CASE WHEN c.withdrawn_on IS NOT NULL THEN ' Withdrawn on ' || c.withdrawn_on || '.' ELSE '' END) AS text FROM consents c JOIN parties p ON p.id = c.party_id WHERE p.case_id = ?`),
    ...q(`SELECT 'action:' || id AS key, 'action' AS section, started_on AS at, subject_party_id AS partyId, 'Action: ' || replace(kind, '-', ' ') || ' (' || status || ')' AS title, outcome AS text FROM case_actions WHERE case_id = ?`),
    ...q(`SELECT 'letter:' || id AS key, 'letter' AS section, created_at AS at, recipient_party_id AS partyId, title || ' to ' || recipient_description || CASE WHEN sent_on IS NOT NULL THEN ', sent ' || sent_on ELSE ', not sent' END AS title, '' AS text FROM documents WHERE case_id = ?`),
    ...q(`SELECT 'note:' || id AS key, 'note' AS section, at, NULL AS partyId, 'Note' AS title, text FROM notes WHERE case_id = ?`),
  ].sort((a, b) => a.at.localeCompare(b.at) || a.key.localeCompare(b.key));
}
