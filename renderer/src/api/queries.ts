import { queryOptions, type QueryKey, skipToken } from '@tanstack/react-query';
import type { Channel, ChannelInput } from '../../../shared/ipc/contract';
import type { AppErrorShape, ErrorCode } from '../../../shared/result';
import { callChannel } from './hearth';

/**
 * The renderer's one query cache (TanStack Query), described in one place: which channels are server
 * state the screens read (QUERY_SCOPES, each read filed under the scope it belongs to), and what each
 * change makes stale (CHANGES). A screen reads with useQuery(hearthQuery(channel, input)); a form
 * changes with hooks/useChange, which invalidates the scopes CHANGES names once main has answered. So
 * recording an action refreshes the case's template availability, deadlines, chronology and actions
 * list wherever they are on screen, and no screen keeps a stale copy (issue 17 §3).
 *
 * Every channel that is not a read must say what it changes: the type of CHANGES insists, so a new
 * channel cannot be added to the contract without deciding which screens it makes stale.
 */

/** An error answer from main, thrown so the cache can hold it; its message is written for people. */
export class HearthError extends Error {
  readonly code: ErrorCode;
  constructor(error: AppErrorShape) {
    super(error.message);
    this.name = 'HearthError';
    this.code = error.code;
  }
}

declare module '@tanstack/react-query' {
  interface Register {
    defaultError: HearthError;
  }
}

/** The scopes of server state. A case's scope holds everything shown on its screen. */
export const scope = {
  case: (id: number) => ['case', id] as const,
  /** Every case at once: templates, letterheads and partners' wording appear on all of them. */
  anyCase: ['case'] as const,
  caseList: ['cases'] as const,
  dashboard: ['dashboard'] as const,
  register: ['register'] as const,
  reports: ['reports'] as const,
  users: ['users'] as const,
  settings: ['settings'] as const,
  audit: ['audit'] as const,
  partners: ['partners'] as const,
  profiles: ['profiles'] as const,
  templates: ['templates'] as const,
  jobs: ['jobs'] as const,
  drafts: ['drafts'] as const,
  retention: ['retention'] as const,
  /** Issue 21: the disclosure log and data subjects' requests (a letter sent or a pack made adds to the log). */
  governance: ['governance'] as const,
} as const;

type Reads = { [C in Channel]?: (input: ChannelInput<C>) => QueryKey };

/** The channels screens read and keep, each under its scope. */
const QUERY_SCOPES = {
  'partners:list': () => scope.partners,
  'case:list': () => scope.caseList,
  'case:get': (i) => scope.case(i.id),
  'deadline:forCase': (i) => scope.case(i.caseId),
  'deadline:dashboard': () => scope.dashboard,
  'plan:get': (i) => scope.case(i.caseId),
  'action:list': (i) => scope.case(i.caseId),
  'action:check': (i) => scope.case(i.caseId),
  'closure:get': (i) => scope.case(i.caseId),
  'document:templates': (i) => scope.case(i.caseId),
  'document:list': (i) => scope.case(i.caseId),
  'bundle:sources': (i) => scope.case(i.caseId),
  'bundle:preview': (i) => scope.case(i.caseId),
  'bundle:list': (i) => scope.case(i.caseId),
  'bundle:preflight': (i) => scope.case(i.caseId),
  'job:status': () => scope.jobs,
  'legal:register': () => scope.register,
  'profiles:list': () => scope.profiles,
  'profiles:get': () => scope.profiles,
  'users:list': () => scope.users,
  'settings:get': () => scope.settings,
  'audit:list': () => scope.audit,
  'audit:verify': () => scope.audit,
  'template:list': () => scope.templates,
  'template:get': () => scope.templates,
  'report:get': () => scope.reports,
  'report:drilldown': () => scope.reports,
  'backup:status': () => scope.settings,
  'draft:list': () => scope.drafts,
  'statement:list': (i) => scope.case(i.caseId),
  'paper:list': (i) => scope.case(i.caseId),
  // Letters made but not sent: a part of the dashboard; sending or making one on any case makes it stale.
  'document:unsent': () => scope.dashboard,
  'redaction:review': (i) => scope.case(i.caseId),
  'casework:get': (i) => scope.case(i.caseId),
  'retention:review': () => scope.retention,
  'casereview:get': (i) => scope.case(i.caseId),
  'casereview:list': () => scope.reports,
  'disclosure:list': () => scope.governance,
  'sar:list': () => scope.governance,
  'sar:find': () => scope.governance,
  'sar:items': () => scope.governance,
  'document:review': (i) => scope.case(i.caseId),
  'notice:list': () => scope.settings,
  'casereview:thresholds': () => scope.partners,
  'retention:person': () => scope.retention,
  'retention:schedule': () => scope.retention,
  'sar:review': () => scope.governance,
  'police:list': (i) => scope.case(i.caseId),
  'host:status': () => scope.settings,
  'host:connected': () => scope.settings,
} satisfies Reads;

export type QueryChannel = keyof typeof QUERY_SCOPES;

/** The key of one read: its scope, then the channel and its input (so different inputs are kept apart). */
export function queryKeyOf<C extends QueryChannel>(channel: C, input: ChannelInput<C>): QueryKey {
  const scopeOf = QUERY_SCOPES[channel] as (input: ChannelInput<C>) => QueryKey;
  return [...scopeOf(input), channel, input];
}

async function read<C extends QueryChannel>(channel: C, input: ChannelInput<C>) {
  const result = await callChannel(channel, input);
  if (!result.ok) throw new HearthError(result.error);
  return result.value;
}

/** The query options for reading a channel: use with useQuery. */
export function hearthQuery<C extends QueryChannel>(channel: C, input: ChannelInput<C>) {
  return queryOptions({ queryKey: queryKeyOf(channel, input), queryFn: () => read(channel, input) });
}

/** The same, for a read that waits for its input (no action chosen yet, no job started): null asks nothing. */
export function hearthQueryWhen<C extends QueryChannel>(channel: C, input: ChannelInput<C> | null) {
  return queryOptions({
    queryKey: input === null ? [channel, 'nothing asked yet'] : queryKeyOf(channel, input),
    queryFn: input === null ? skipToken : () => read(channel, input),
  });
}

/** What a change is about when its input does not say: the case on screen. */
export interface ChangeContext {
  caseId?: number;
}

type Changes = { [C in Exclude<Channel, QueryChannel>]: (input: ChannelInput<C>, context: ChangeContext) => readonly QueryKey[] } & {
  [C in QueryChannel]?: (input: ChannelInput<C>, context: ChangeContext) => readonly QueryKey[];
};

/** A change on a case: its own screen, and every list or total it counts in. */
export const caseChanged = (caseId: number | undefined): readonly QueryKey[] => [
  caseId === undefined ? scope.anyCase : scope.case(caseId),
  scope.caseList,
  scope.dashboard,
  scope.register,
  scope.reports,
];

/**
 * The reads of a case that a contact or a note cannot change: plans, actions, casework (agreements,
 * counter-allegations, safety, formats), the ASB case review (it counts incidents), closure and the
 * letters already made. A contact or note changes the chronology, the deadlines (a contact meets
 * keep-in-touch deadlines) and so what letters are available, bundles' sources and every list it counts
 * in. Leaving these out spares saving a contact six of the nine reads the case screen makes (issue 17's
 * UI speed); every other read of the case, including any added later, is still read again.
 */
const UNCHANGED_BY_CONTACTS: ReadonlySet<QueryChannel> = new Set(['plan:get', 'action:list', 'casework:get', 'casereview:get', 'closure:get', 'document:list']);
/** A case's reads, by channel: those whose scope is the case. */
const CASE_READS = (Object.keys(QUERY_SCOPES) as QueryChannel[]).filter((c) => (QUERY_SCOPES[c] as (i: unknown) => QueryKey)({ id: 0, caseId: 0 })[0] === scope.anyCase[0]);
const contactOnCase = (input: { caseId: number }): readonly QueryKey[] => [
  ...CASE_READS.filter((c) => !UNCHANGED_BY_CONTACTS.has(c)).map((c) => [...scope.case(input.caseId), c]),
  scope.caseList,
  scope.dashboard,
  scope.register,
  scope.reports,
];

const nothing = () => [];
const onCase = (input: { caseId: number }) => caseChanged(input.caseId);
const onCaseInView = (_input: unknown, context: ChangeContext) => caseChanged(context.caseId);
const newCases = () => [scope.caseList, scope.dashboard, scope.register, scope.reports];

/** What each change makes stale. Reads change nothing, except where noted. */
const CHANGES = {
  // The session and workspace are the app's own state (app/useAppState), not cached here.
  'workspace:status': nothing,
  'workspace:create': nothing,
  'workspace:confirmRecoveryKey': nothing,
  'session:signIn': nothing,
  'session:unlock': nothing,
  'session:recover': nothing,
  'session:whoami': nothing,
  'session:touch': nothing,
  'session:lock': nothing,
  'session:signOut': nothing,
  'session:changePassphrase': nothing,
  'users:add': () => [scope.users],
  'users:setPartners': () => [scope.users],
  'users:setRole': () => [scope.users],
  'users:remove': () => [scope.users],
  'settings:update': () => [scope.settings],
  // A new backup clears Home's warning (backup:status, filed under settings).
  'backup:create': () => [scope.audit, scope.settings],
  'backup:restore': nothing,
  // Checking the chain writes an event: the list and the health panel read again.
  'audit:verify': () => [scope.audit],
  // The doctor's checks change nothing but the audit log, which records that they were run.
  'workspace:doctor': () => [scope.audit],
  'partners:save': () => [scope.partners, scope.anyCase, scope.reports],
  'case:checkDuplicates': nothing,
  'case:create': newCases,
  'case:getByRef': nothing,
  'case:update': (i) => caseChanged(i.id),
  'case:restrict': (i) => caseChanged(i.id),
  'party:add': onCase,
  'party:update': onCaseInView,
  // Equality answers are never shown on a case; they count only in the monitoring reports.
  'equality:record': () => [scope.reports],
  'equality:get': nothing,
  'consent:add': onCase,
  'consent:withdraw': onCaseInView,
  'incident:add': onCase,
  'contact:add': contactOnCase,
  'interview:add': onCase,
  'referral:add': onCase,
  'cost:add': onCase,
  'note:add': contactOnCase,
  'deadline:recordFact': onCase,
  'deadline:waive': onCase,
  'deadline:dueBefore': nothing,
  'plan:save': onCase,
  'plan:review': onCase,
  'plan:issue': onCase,
  'plan:actionDone': onCaseInView,
  'profiles:save': () => [scope.profiles],
  'case:moveProfile': onCase,
  'action:create': onCase,
  'action:addEvent': onCaseInView,
  'action:update': onCaseInView,
  'confirmation:add': onCase,
  'closure:propose': onCase,
  'closure:withdraw': onCase,
  'closure:discuss': onCase,
  'closure:offerAppeal': onCase,
  'closure:close': onCase,
  'appeal:lodge': onCase,
  'appeal:decide': onCase,
  'survey:record': onCase,
  'evidence:add': onCase,
  // A file in parts is nothing on the case until it is finished: then it is an exhibit, in the chronology,
  // the bundle's sources and the case's counts. Starting, a part and cancelling leave the case as it was.
  'evidence:uploadStart': nothing,
  'evidence:uploadChunk': nothing,
  'evidence:uploadFinish': onCaseInView,
  'evidence:uploadCancel': nothing,
  'evidence:transcript': onCaseInView,
  'evidence:content': nothing,
  'document:preview': nothing,
  'document:draftPdf': nothing,
  'document:generate': onCase,
  'document:get': nothing,
  'document:export': nothing,
  // A batch of letters is stored as it finishes: hooks/useJob invalidates the case then.
  'document:batchStart': nothing,
  'template:validate': nothing,
  'template:save': () => [scope.templates, scope.anyCase],
  'template:revert': () => [scope.templates, scope.anyCase],
  'bundle:check': nothing,
  // A bundle is stored when its build finishes: the builder invalidates the case then.
  'bundle:build': nothing,
  'bundle:get': nothing,
  'bundle:content': nothing,
  'report:pdf': nothing,
  'report:csv': nothing,
  'report:setHomes': () => [scope.reports],
  'import:run': newCases,
  // A cancelled batch stores nothing more and a cancelled build leaves its bundle abandoned: the case in view reads again.
  'job:cancel': onCaseInView,
  // The reason is kept against the injunction: the check (and the builder) read again.
  'bundle:preflightOverride': onCase,
  'users:resetPassphrase': () => [scope.users],
  // The request is stored at once (the exhibit's bundle status changes); the copy is stored when its job ends.
  'evidence:setRedactions': onCaseInView,
  // A draft is saved as the person types: only the list of drafts (the sign-in offer) is stale.
  'draft:save': () => [scope.drafts],
  'draft:get': nothing,
  'draft:discard': () => [scope.drafts],
  // A proposal is words for the editor: nothing is stored until it is saved.
  'statement:propose': nothing,
  'statement:save': onCase,
  'statement:finalise': onCase,
  'action:edit': onCaseInView,
  // A proposed summary is words for the editor until it is saved.
  'paper:proposeSummary': nothing,
  'paper:save': onCase,
  'paper:finalise': onCase,
  // Sent or returned: the case's letters, its deadlines and chronology, and the dashboard's unsent letters.
  'document:recordSent': onCaseInView,
  'document:recordReturned': onCaseInView,
  'document:postPdf': nothing,
  'case:judgeHarassment': onCase,
  // A decision changes what the review lists and whether the bundle can be built: the case's reads again.
  'redaction:decide': onCase,
  'evidence:pageImage': nothing,
  'interview:agreement': onCase,
  'action:recordResult': onCaseInView,
  // Both cases show the link: every case's view is stale.
  'case:linkCounterAllegation': () => [scope.anyCase, scope.caseList],
  'safety:add': onCase,
  'document:plainText': nothing,
  'document:recordFormat': onCaseInView,
  // A disposal changes the case everywhere it shows (lists, reports' drill-downs) and the review.
  'retention:dispose': () => [scope.retention, scope.anyCase, scope.caseList, scope.dashboard, scope.register, scope.reports],
  'retention:keep': () => [scope.retention],
  'hold:place': (i) => [scope.retention, scope.case(i.caseId)],
  'hold:lift': (i) => [scope.retention, scope.case(i.caseId)],
  // Linked cases show the application too, and a partner's recommendation is a due item: every case's view is stale.
  'casereview:apply': () => [scope.anyCase, scope.caseList, scope.dashboard, scope.reports],
  'casereview:decideThreshold': onCase,
  'casereview:recordReview': onCase,
  'casereview:addRecommendation': onCase,
  'casereview:updateRecommendation': onCase,
  'casereview:escalate': onCase,
  // An export naming people is itself logged (issue 21): the log is stale.
  'disclosure:csv': () => [scope.governance],
  'disclosure:pdf': () => [scope.governance],
  'sar:record': () => [scope.governance, scope.dashboard],
  'sar:choose': () => [scope.governance],
  'sar:exempt': () => [scope.governance],
  'sar:extend': () => [scope.governance, scope.dashboard],
  // A pack made is logged as a disclosure: the log and the request are stale.
  'sar:pack': () => [scope.governance],
  'sar:decide': () => [scope.governance, scope.dashboard],
  'police:pack': (i) => [scope.governance, scope.case(i.caseId)],
  // A letter's decision changes what its review lists and whether it can be made.
  'document:decide': (i) => caseChanged(i.request.caseId),
  // A corrected translation changes the settings screen and what every case's next letter says.
  'notice:save': () => [scope.settings, scope.anyCase],
  // The newly linked case shows the application too.
  'casereview:link': () => [scope.anyCase, scope.caseList],
  // Each case's panel says which threshold is in force.
  'casereview:setThreshold': () => [scope.partners, scope.anyCase],
  // Anonymising a person changes each of their cases, the lists and registers that name them, and the review.
  'retention:anonymisePerson': () => [scope.retention, scope.anyCase, scope.caseList, scope.dashboard, scope.register, scope.reports, scope.governance],
  // A new schedule version re-dates every case of the partner: the review and its warnings are stale.
  'retention:setSchedule': () => [scope.retention],
  // A SAR passage decided changes its review, what the pack holds and whether it can be made.
  'sar:redact': () => [scope.governance],
  'police:refuse': (i) => [scope.governance, scope.case(i.caseId)],
  // The office host's devices and codes are shown on the settings screen.
  'host:setUp': () => [scope.settings],
  'host:enrolmentCode': () => [scope.settings],
  'host:nameDevice': () => [scope.settings],
  'host:revokeDevice': () => [scope.settings],
  'evidence:contentPart': nothing,
  'casereview:applicantAddress': onCase,
  'host:serve': () => [scope.settings],
  'document:print': nothing,
  'device:unlock': nothing,
  'redaction:decideBoxes': onCase,
} satisfies Changes;

/** The scopes a change makes stale, once main has accepted it. */
export function changedBy<C extends Channel>(channel: C, input: ChannelInput<C>, context: ChangeContext): readonly QueryKey[] {
  const effect = (CHANGES as Partial<Record<Channel, (input: ChannelInput<C>, context: ChangeContext) => readonly QueryKey[]>>)[channel];
  return effect ? effect(input, context) : [];
}
