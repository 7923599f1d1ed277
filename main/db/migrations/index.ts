import type { WritableDB } from '../connection';
import foundation from './0001-foundation';
import caseRecord from './0002-case-record';
import serviceStandards from './0003-service-standards';
import interventions from './0004-interventions';
import liveDueItems from './0006-live-due-items';
import reports from './0005-reports';
import documents from './0007-documents';
import bundles from './0008-bundles';
import dueDigests from './0009-due-digests';
import evidenceTranscripts from './0010-evidence-transcripts';
import preflightOverrides from './0011-preflight-overrides';
import partyOtherNames from './0012-party-other-names';
import partnerLetterhead from './0013-partner-letterhead';
import evidenceRedactions from './0014-evidence-redactions';
import drafts from './0015-drafts';
import witnessStatements from './0016-witness-statements';
import actionVersions from './0017-action-versions';
import courtPapers from './0018-court-papers';
import documentSending from './0019-document-sending';
import policyFidelity from './0020-policy-fidelity';
import redactionDecisions from './0021-redaction-decisions';
import firstDayRest from './0022-first-day-rest';
import policyMeasures from './0023-policy-measures';
import retention from './0024-retention';
import caseReviews from './0025-case-reviews';
import disclosuresAndRequests from './0026-disclosures-and-requests';
import reviewTargets from './0027-review-targets';
import noticeTranslations from './0028-notice-translations';
import caseReviewThresholdVersions from './0029-case-review-threshold-versions';
import personAnonymisations from './0030-person-anonymisations';
import retentionSchedules from './0031-retention-schedules';
import policeDecisions from './0032-police-decisions';
import speedIndexes from './0033-speed-indexes';
import partnerLogo from './0034-partner-logo';
import exhibitBoxes from './0035-exhibit-boxes';
import officeHost from './0036-office-host';
import letterheadLogos from './0037-letterhead-logos';
import caseReviewApplicantAddress from './0038-case-review-applicant-address';
import hostEnrolFailures from './0039-host-enrol-failures';
import exhibitProposalsKept from './0040-exhibit-proposals-kept';

export interface Migration {
  version: number;
  name: string;
  up: (db: WritableDB) => void;
}

/**
 * Every schema version in order, one file each (conventions §6.9). Append; never edit a released one.
 * A migration that moves data gets its own test in test/integration/db/migrations/.
 */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'foundation', up: foundation },
  { version: 2, name: 'case record', up: caseRecord },
  { version: 3, name: 'service standards', up: serviceStandards },
  { version: 4, name: 'interventions', up: interventions },
  { version: 5, name: 'reports', up: reports },
  { version: 6, name: 'live due items', up: liveDueItems },
  { version: 7, name: 'documents', up: documents },
  { version: 8, name: 'bundles', up: bundles },
  { version: 9, name: 'due digests', up: dueDigests },
  { version: 10, name: 'evidence transcripts', up: evidenceTranscripts },
  { version: 11, name: 'preflight overrides', up: preflightOverrides },
  { version: 12, name: 'party other names', up: partyOtherNames },
  { version: 13, name: 'partner letterhead', up: partnerLetterhead },
  { version: 14, name: 'evidence redactions', up: evidenceRedactions },
  { version: 15, name: 'drafts', up: drafts },
  { version: 16, name: 'witness statements', up: witnessStatements },
  { version: 17, name: 'action versions', up: actionVersions },
  { version: 18, name: 'court papers', up: courtPapers },
  { version: 19, name: 'document sending', up: documentSending },
  { version: 20, name: 'policy fidelity', up: policyFidelity },
  { version: 21, name: 'redaction decisions', up: redactionDecisions },
  { version: 22, name: 'first day leftovers', up: firstDayRest },
  { version: 23, name: 'policy measures', up: policyMeasures },
  { version: 24, name: 'retention', up: retention },
  { version: 25, name: 'case reviews', up: caseReviews },
  { version: 26, name: 'disclosures and requests', up: disclosuresAndRequests },
  { version: 27, name: 'review targets', up: reviewTargets },
  { version: 28, name: 'notice translations', up: noticeTranslations },
  { version: 29, name: 'case review threshold versions', up: caseReviewThresholdVersions },
  { version: 30, name: 'person anonymisations', up: personAnonymisations },
  { version: 31, name: 'retention schedules', up: retentionSchedules },
  { version: 32, name: 'police decisions', up: policeDecisions },
  { version: 33, name: 'speed indexes', up: speedIndexes },
  { version: 34, name: 'partner logo', up: partnerLogo },
  { version: 35, name: 'exhibit boxes', up: exhibitBoxes },
  { version: 36, name: 'office host', up: officeHost },
  { version: 37, name: 'letterhead logos', up: letterheadLogos },
  { version: 38, name: 'case review applicant address', up: caseReviewApplicantAddress },
  { version: 39, name: 'host enrol failures', up: hostEnrolFailures },
  { version: 40, name: 'exhibit proposals kept', up: exhibitProposalsKept },
];
