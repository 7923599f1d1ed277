import type { Channel, ParsedInput } from './contract';

/**
 * Which case each channel touches, read from its input (issue 13, finding 1). Dispatch resolves the case
 * once and applies the record-level rules to it (partner scope, legal referral, the restricted-case grant)
 * before any handler runs, so a handler cannot forget them.
 *
 * The table is checked against the contract with `satisfies`: a channel added without an entry, or an
 * entry whose locator reads a field its input does not have, is a compile error.
 */

/** A record that belongs to exactly one case; dispatch finds that case in the database. */
export type RecordKind = 'party' | 'consent' | 'action' | 'plan-action' | 'evidence' | 'document' | 'bundle';
/**
 * Work known to its owner's process only: a background job of main/jobs/ (a bundle build, a batch of
 * letters: each names its case), or a file arriving in parts.
 */
export type JobKind = 'job' | 'evidence-upload';

export type CaseLocator =
  /** `reason` is given only by the channels that open a case: with it, a restricted case is granted. */
  | { kind: 'case'; id: number; reason?: string | undefined }
  | { kind: 'case-ref'; ref: string; reason?: string | undefined }
  | { kind: RecordKind; id: number }
  | { kind: JobKind; jobId: string };

/** A new report linked to existing cases: each is checked; none is handed to the handler. */
export interface LinkedCases {
  kind: 'linked-cases';
  ids: readonly number[];
}

/**
 * 'cross-case': lists, searches, dashboards, registers and reports, which apply the same rules inside
 * their queries. 'no-case': the session, users, settings, partners, templates, profiles, audit, backups.
 */
export type CaseScope = CaseLocator | LinkedCases | 'cross-case' | 'no-case';

const byCaseId = (i: { caseId: number }): CaseLocator => ({ kind: 'case', id: i.caseId });
const byCase = (i: { id: number }): CaseLocator => ({ kind: 'case', id: i.id });
const record =
  (kind: RecordKind) =>
  (id: number): CaseLocator => ({ kind, id });
const party = record('party');
const action = record('action');
const evidence = record('evidence');
const document = record('document');
const bundle = record('bundle');
const job = (kind: JobKind) => (i: { jobId: string }): CaseLocator => ({ kind, jobId: i.jobId });
const crossCase = (): 'cross-case' => 'cross-case';
const noCase = (): 'no-case' => 'no-case';

export const CASE_SCOPE = {
  'workspace:status': noCase,
  'workspace:create': noCase,
  'workspace:confirmRecoveryKey': noCase,
  'workspace:doctor': noCase,
  'session:signIn': noCase,
  'session:unlock': noCase,
  'session:recover': noCase,
  'session:whoami': noCase,
  'session:touch': noCase,
  'session:lock': noCase,
  'session:signOut': noCase,
  'session:changePassphrase': noCase,
  'users:list': noCase,
  'users:add': noCase,
  'users:setPartners': noCase,
  'users:setRole': noCase,
  'users:remove': noCase,
  'settings:get': noCase,
  'settings:update': noCase,
  'backup:create': noCase,
  'backup:restore': noCase,
  'audit:verify': noCase,
  'audit:list': noCase,
  'partners:list': noCase,
  'partners:save': noCase,
  'case:checkDuplicates': crossCase,
  'case:create': (i) => ({ kind: 'linked-cases', ids: i.linkToCaseIds }),
  'case:list': crossCase,
  'case:get': (i) => ({ kind: 'case', id: i.id, reason: i.reason }),
  'case:getByRef': (i) => ({ kind: 'case-ref', ref: i.ref, reason: i.reason }),
  'case:update': byCase,
  'case:restrict': byCase,
  'party:add': byCaseId,
  'party:update': (i) => party(i.id),
  'equality:record': (i) => party(i.partyId),
  'equality:get': (i) => party(i.partyId),
  'consent:add': byCaseId,
  'consent:withdraw': (i) => record('consent')(i.id),
  'incident:add': byCaseId,
  'contact:add': byCaseId,
  'interview:add': byCaseId,
  'referral:add': byCaseId,
  'cost:add': byCaseId,
  'note:add': byCaseId,
  'deadline:forCase': byCaseId,
  'deadline:recordFact': byCaseId,
  'deadline:waive': byCaseId,
  'deadline:dashboard': crossCase,
  'deadline:dueBefore': crossCase,
  'plan:get': byCaseId,
  'plan:save': byCaseId,
  'plan:review': byCaseId,
  'plan:issue': byCaseId,
  'plan:actionDone': (i) => record('plan-action')(i.actionId),
  'profiles:list': noCase,
  'profiles:get': noCase,
  'profiles:save': noCase,
  'case:moveProfile': byCaseId,
  'action:check': byCaseId,
  'action:create': byCaseId,
  'action:list': byCaseId,
  'action:addEvent': (i) => action(i.actionId),
  'action:update': (i) => action(i.id),
  'confirmation:add': byCaseId,
  'legal:register': crossCase,
  'closure:get': byCaseId,
  'closure:propose': byCaseId,
  'closure:withdraw': byCaseId,
  'closure:discuss': byCaseId,
  'closure:offerAppeal': byCaseId,
  'closure:close': byCaseId,
  'appeal:lodge': byCaseId,
  'appeal:decide': byCaseId,
  'survey:record': byCaseId,
  'evidence:add': byCaseId,
  'evidence:transcript': (i) => evidence(i.id),
  'evidence:content': (i) => evidence(i.id),
  'evidence:uploadStart': byCaseId,
  'evidence:uploadChunk': (i) => ({ kind: 'evidence-upload', jobId: i.uploadId }),
  'evidence:uploadFinish': (i) => ({ kind: 'evidence-upload', jobId: i.uploadId }),
  'evidence:uploadCancel': (i) => ({ kind: 'evidence-upload', jobId: i.uploadId }),
  'document:templates': byCaseId,
  'document:preview': byCaseId,
  'document:draftPdf': byCaseId,
  'document:generate': byCaseId,
  'document:list': byCaseId,
  'document:get': (i) => document(i.id),
  'document:export': (i) => document(i.id),
  'document:batchStart': byCaseId,
  // Templates belong to partners, not cases: their handlers check the partner.
  'template:list': noCase,
  'template:get': noCase,
  'template:validate': noCase,
  'template:save': noCase,
  'template:revert': noCase,
  'bundle:sources': byCaseId,
  'bundle:preview': byCaseId,
  'bundle:check': byCaseId,
  'bundle:build': byCaseId,
  'bundle:list': byCaseId,
  'bundle:get': (i) => bundle(i.bundleId),
  'bundle:content': (i) => bundle(i.bundleId),
  'report:get': crossCase,
  'report:drilldown': crossCase,
  'report:pdf': crossCase,
  'report:csv': crossCase,
  'report:setHomes': noCase,
  'import:run': noCase,
  // A job names its case; someone else's job is not found, whatever its case.
  'job:status': job('job'),
  'job:cancel': job('job'),
  'bundle:preflight': byCaseId,
  'bundle:preflightOverride': byCaseId,
  'users:resetPassphrase': noCase,
  'backup:status': noCase,
  'evidence:setRedactions': (i) => evidence(i.id),
  // A draft on a case is checked like the case's own forms; a report's draft has no case yet.
  'draft:save': (i) => (i.caseId === null ? 'no-case' : byCaseId({ caseId: i.caseId })),
  'draft:get': (i) => (i.caseId === null ? 'no-case' : byCaseId({ caseId: i.caseId })),
  'draft:list': noCase,
  'draft:discard': (i) => (i.caseId === null ? 'no-case' : byCaseId({ caseId: i.caseId })),
  'statement:list': byCaseId,
  'statement:propose': byCaseId,
  'statement:save': byCaseId,
  'statement:finalise': byCaseId,
  'action:edit': (i) => action(i.actionId),
  'paper:list': byCaseId,
  'paper:proposeSummary': byCaseId,
  'paper:save': byCaseId,
  'paper:finalise': byCaseId,
  'document:recordSent': (i) => document(i.id),
  'document:recordReturned': (i) => document(i.id),
  'document:postPdf': (i) => document(i.id),
  'document:unsent': crossCase,
  'case:judgeHarassment': byCaseId,
  'redaction:review': byCaseId,
  'redaction:decide': byCaseId,
  'evidence:pageImage': (i) => evidence(i.id),
  'casework:get': byCaseId,
  'interview:agreement': byCaseId,
  'action:recordResult': (i) => action(i.actionId),
  // The other case is checked by the service (the officer must be able to see it), like intake's links.
  'case:linkCounterAllegation': byCaseId,
  'safety:add': byCaseId,
  'document:plainText': (i) => document(i.id),
  'document:recordFormat': (i) => document(i.documentId),
  'retention:review': crossCase,
  'retention:dispose': byCaseId,
  'retention:keep': byCaseId,
  'hold:place': byCaseId,
  'hold:lift': byCaseId,
  'casereview:get': byCaseId,
  // Linked cases are checked by the service (the officer must be able to see each), like intake's links.
  'casereview:apply': byCaseId,
  'casereview:decideThreshold': byCaseId,
  'casereview:recordReview': byCaseId,
  'casereview:addRecommendation': byCaseId,
  'casereview:updateRecommendation': byCaseId,
  'casereview:escalate': byCaseId,
  'casereview:list': crossCase,
  'disclosure:list': crossCase,
  'disclosure:csv': crossCase,
  'disclosure:pdf': crossCase,
  'sar:record': crossCase,
  'sar:list': crossCase,
  'sar:find': crossCase,
  'sar:choose': crossCase,
  'sar:items': crossCase,
  'sar:exempt': crossCase,
  'sar:extend': crossCase,
  'sar:pack': crossCase,
  'sar:decide': crossCase,
  'police:pack': byCaseId,
  'document:review': byCaseId,
  'document:decide': (i) => byCaseId(i.request),
  'notice:list': noCase,
  'notice:save': noCase,
  'casereview:link': byCaseId,
  'casereview:thresholds': noCase,
  'casereview:setThreshold': noCase,
  'retention:person': (i) => party(i.partyId),
  'retention:anonymisePerson': (i) => party(i.partyId),
  'retention:schedule': noCase,
  'retention:setSchedule': noCase,
  'sar:review': crossCase,
  'sar:redact': crossCase,
  'police:list': byCaseId,
  'police:refuse': byCaseId,
  'host:status': noCase,
  'host:setUp': noCase,
  'host:enrolmentCode': noCase,
  'host:nameDevice': noCase,
  'host:revokeDevice': noCase,
  'evidence:contentPart': (i) => evidence(i.id),
  'casereview:applicantAddress': byCaseId,
  'host:connected': noCase,
  'host:serve': noCase,
  'document:print': (i) => document(i.id),
  'device:unlock': noCase,
  'redaction:decideBoxes': byCaseId,
} satisfies { [C in Channel]: (input: ParsedInput<C>) => CaseScope };

/** True when the channel's scope names one case, whose facts dispatch hands to the handler. */
export type TouchesOneCase<C extends Channel> = ReturnType<(typeof CASE_SCOPE)[C]> extends CaseLocator ? true : false;

export function caseScopeOf<C extends Channel>(channel: C, input: ParsedInput<C>): CaseScope {
  return (CASE_SCOPE[channel] as (input: ParsedInput<C>) => CaseScope)(input);
}
