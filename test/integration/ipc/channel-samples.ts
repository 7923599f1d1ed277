import type { Channel, ChannelInput } from '../../../shared/ipc/contract';
import { raceHateIntake } from '../../helpers/cases';
import * as files from '../../helpers/evidence-files';
import { PASS, type Restricted } from './restricted-fixture';

/**
 * A valid input for every channel of the contract, aimed at the restricted case of restricted-fixture.ts
 * (issue 13). Typed over Channel: a channel added to the contract without a sample here does not compile.
 * `skip` is only for channels that touch no case and change the session, the workspace or a user (the
 * tests refuse a skip on any channel that names a case).
 */
export type Sample<C extends Channel> = ((f: Restricted) => ChannelInput<C>) | { skip: string };

const at = '2026-11-21T08:00:00Z';
const day = '2026-11-21';
const filters = { from: '2026-04-01', to: '2027-03-31' };
const letter = (f: Restricted) => ({ caseId: f.caseId, templateId: 'acknowledgement', partyId: f.complainantId });
const warning = (f: Restricted) => ({ caseId: f.caseId, subjectPartyId: f.perpId, startedOn: day, details: { kind: 'written-warning-first' as const, behaviour: 'Abuse on the stairs' } });
const sessionChange = { skip: 'changes the session itself' };
/**
 * An upload opened for the signed-in person on the case, as if started while they held a grant (an
 * upload lives only in its session, so one cannot be made before the case was restricted).
 */
const uploadPart = files.png(3, 3);
const openUpload = (f: Restricted) => {
  // Asked with nobody signed in only to read the channel's scope: an id of nobody's upload will do.
  const userId = f.app.core.sessions.current()?.user.id ?? -1;
  f.app.core.uploads.discardAll(); // at most four are held open; each sample needs only its own
  return f.app.core.uploads.start({ userId, caseId: f.caseId, fileName: 'call.png', size: uploadPart.length }).uploadId;
};

export const SAMPLES: { [C in Channel]: Sample<C> } = {
  'workspace:status': () => ({}),
  'workspace:create': { skip: 'makes a workspace; this one exists' },
  'workspace:confirmRecoveryKey': () => ({ finalGroup: 'ABCD' }),
  'workspace:doctor': () => ({}),
  'session:signIn': sessionChange,
  'session:unlock': sessionChange,
  'session:recover': sessionChange,
  'session:whoami': () => ({}),
  'session:touch': () => ({}),
  'session:lock': sessionChange,
  'session:signOut': sessionChange,
  'session:changePassphrase': { skip: 'changes the signed-in person’s key slot' },
  'users:list': () => ({}),
  'users:add': () => ({ username: 'zed', displayName: 'Zed', role: 'officer', passphrase: PASS }),
  'users:setPartners': () => ({ userId: 1, partners: ['C33'] }),
  'users:setRole': () => ({ userId: 1, role: 'admin' }),
  'users:remove': { skip: 're-keys the workspace' },
  'settings:get': () => ({}),
  'settings:update': () => ({ idleLockMinutes: 10 }),
  'backup:create': { skip: 'writes the whole encrypted workspace to a file; its answer names only the file' },
  'backup:restore': { skip: 'replaces the workspace' },
  'audit:verify': () => ({}),
  'audit:list': () => ({ limit: 500 }),
  'partners:list': () => ({}),
  'partners:save': () => ({ code: 'C33', name: 'Circle 33' }),
  'case:checkDuplicates': () => ({ names: ['Zebedee Quartermaine'], address: '99 Larkspur Mews' }),
  'case:create': (f) => ({ ...raceHateIntake(), linkToCaseIds: [f.caseId] }),
  'case:list': () => ({ query: 'Quartermaine' }),
  'case:get': (f) => ({ id: f.caseId }),
  'case:getByRef': (f) => ({ ref: f.ref }),
  'case:update': (f) => ({ id: f.caseId, summary: 'Updated summary' }),
  'case:restrict': (f) => ({ id: f.caseId, restricted: true, reason: 'Still a member of staff involved.' }),
  'party:add': (f) => ({ caseId: f.caseId, party: { key: 'n', role: 'witness', name: 'A New Witness' } }),
  'party:update': (f) => ({ id: f.perpId, party: { key: 'b', role: 'alleged-perpetrator', name: 'Ignatius Fairweather', dateOfBirth: '1985-04-04', tenure: 'secure' } }),
  'equality:record': (f) => ({ partyId: f.complainantId, data: {} }),
  'equality:get': (f) => ({ partyId: f.complainantId }),
  'consent:add': (f) => ({ caseId: f.caseId, partyId: f.complainantId, consent: { recipient: 'police', writtenOn: day } }),
  'consent:withdraw': (f) => ({ id: f.consentId, withdrawnOn: day }),
  'incident:add': (f) => ({ caseId: f.caseId, incident: { occurredAt: at, description: 'More abuse on the stairs', acts: ['verbal-abuse'] } }),
  'contact:add': (f) => ({ caseId: f.caseId, at, kind: 'call', summary: 'Called the complainant' }),
  'interview:add': (f) => ({ caseId: f.caseId, at, summary: 'Interviewed the complainant' }),
  'referral:add': (f) => ({ caseId: f.caseId, at, agency: 'victim-support' }),
  'cost:add': (f) => ({ caseId: f.caseId, incurredOn: day, kind: 'repair-cleanup', amountPence: 1000, description: 'Door repair' }),
  'note:add': (f) => ({ caseId: f.caseId, text: 'A note' }),
  'deadline:forCase': (f) => ({ caseId: f.caseId }),
  'deadline:recordFact': (f) => ({ caseId: f.caseId, kind: 'acknowledged' }),
  'deadline:waive': (f) => ({ caseId: f.caseId, ruleId: 'acknowledge', occurrence: 1, reason: 'Acknowledged in person at the office.' }),
  'deadline:dashboard': () => ({ scope: 'team' }),
  'deadline:dueBefore': () => ({ before: '2027-12-31T00:00:00Z' }),
  'plan:get': (f) => ({ caseId: f.caseId }),
  'plan:save': (f) => ({ caseId: f.caseId, summary: 'Revised plan' }),
  'plan:review': (f) => ({ caseId: f.caseId, at, outcome: 'Reviewed with the complainant', changedPlan: false }),
  'plan:issue': (f) => ({ caseId: f.caseId, planId: f.planId, at }),
  'plan:actionDone': (f) => ({ actionId: f.planActionId, doneAt: null }),
  'profiles:list': () => ({}),
  'profiles:get': () => ({ id: 'group-minimum' }),
  'profiles:save': { skip: 'administrators only, and about no case' },
  'case:moveProfile': (f) => ({ caseId: f.caseId, profileId: 'group-minimum', version: 1, reason: 'Moving to the group minimum.' }),
  'action:check': warning,
  'action:create': warning,
  'action:list': (f) => ({ caseId: f.caseId }),
  'action:addEvent': (f) => ({ actionId: f.actionId, kind: 'hearing', at, summary: 'Listed' }),
  'action:update': (f) => ({ id: f.actionId, outcome: 'Granted' }),
  'confirmation:add': (f) => ({ caseId: f.caseId, partyId: f.perpId, basis: 'independent-witness', detail: 'Seen by a neighbour', on: '2026-11-20' }),
  'legal:register': () => ({ status: 'all' }),
  'closure:get': (f) => ({ caseId: f.caseId }),
  'closure:propose': (f) => ({ caseId: f.caseId, outcome: 'resolved', reason: 'The abuse has stopped' }),
  'closure:withdraw': (f) => ({ caseId: f.caseId }),
  'closure:discuss': (f) => ({ caseId: f.caseId, at, kind: 'call', summary: 'Talked it through' }),
  'closure:offerAppeal': (f) => ({ caseId: f.caseId, offeredOn: day }),
  'closure:close': (f) => ({ caseId: f.caseId, at }),
  'appeal:lodge': (f) => ({ caseId: f.caseId, lodgedOn: day, grounds: 'Not resolved' }),
  'appeal:decide': (f) => ({ caseId: f.caseId, decision: 'uphold', reasons: 'The decision stands.' }),
  'survey:record': (f) => ({ caseId: f.caseId, offeredOn: day }),
  'evidence:add': (f) => ({ caseId: f.caseId, fileName: 'more.png', source: 'Complainant', obtainedOn: '2026-11-20', bytes: files.png(3, 3) }),
  'evidence:transcript': (f) => ({ id: f.evidenceId, illegible: true, transcript: 'What the note says' }),
  'evidence:content': (f) => ({ id: f.evidenceId }),
  'evidence:uploadStart': (f) => ({ caseId: f.caseId, fileName: 'call.png', size: uploadPart.length }),
  'evidence:uploadChunk': (f) => ({ uploadId: openUpload(f), index: 0, bytes: uploadPart }),
  'evidence:uploadFinish': (f) => ({ uploadId: openUpload(f), source: 'Complainant', obtainedOn: '2026-11-20' }),
  'evidence:uploadCancel': (f) => ({ uploadId: openUpload(f) }),
  'document:templates': (f) => ({ caseId: f.caseId }),
  'document:preview': letter,
  'document:draftPdf': letter,
  'document:generate': letter,
  'document:list': (f) => ({ caseId: f.caseId }),
  'document:get': (f) => ({ id: f.documentId }),
  'document:export': (f) => ({ id: f.documentId, format: 'pdf' }),
  'document:batchStart': (f) => ({ caseId: f.caseId, templateId: 'area-letter', addresses: ['2 Larkspur Mews, London, N1 9ZZ'] }),
  'template:list': () => ({ partner: 'C33' }),
  'template:get': () => ({ partner: 'C33', templateId: 'acknowledgement' }),
  'template:validate': () => ({ templateId: 'acknowledgement', text: 'Hello' }),
  'template:save': { skip: 'administrators only, and about no case' },
  'template:revert': { skip: 'administrators only, and about no case' },
  'bundle:sources': (f) => ({ caseId: f.caseId }),
  'bundle:preview': (f) => ({ caseId: f.caseId, plan: f.bundlePlan }),
  'bundle:check': (f) => ({ caseId: f.caseId }),
  'bundle:build': (f) => ({ caseId: f.caseId, plan: { ...f.bundlePlan, letter: 'B' } }),
  'bundle:list': (f) => ({ caseId: f.caseId }),
  'bundle:get': (f) => ({ bundleId: f.bundleId }),
  'bundle:content': (f) => ({ bundleId: f.bundleId, part: 'pdf' }),
  'report:get': () => ({ filters }),
  'report:drilldown': () => ({ filters, key: 'cases:total' }),
  'report:pdf': () => ({ filters }),
  'report:csv': () => ({ filters, measure: 'cases' }),
  'report:setHomes': () => ({ partner: 'C33', from: '2026-04-01', homes: 100 }),
  'import:run': () => ({ document: { cases: [] } }),
  // Asked by an officer (the first role the channels allow): officer-c33's own batch of letters. The
  // legal user's bundle build is checked in test/integration/jobs/jobs.test.ts.
  'job:status': (f) => ({ jobId: f.letterJobId }),
  'job:cancel': (f) => ({ jobId: f.letterJobId }),
  'bundle:preflight': (f) => ({ caseId: f.caseId }),
  'bundle:preflightOverride': (f) => ({ caseId: f.caseId, code: 'hearing-centre-unknown', reason: 'The court asked for it to be listed there.' }),
  'users:resetPassphrase': () => ({ userId: 1 }),
  'backup:status': () => ({}),
  'evidence:setRedactions': (f) => ({ id: f.evidenceId, boxes: [{ page: 1, x: 0, y: 0, width: 1, height: 1 }], withheld: false, terms: [] }),
  'draft:save': (f) => ({ form: 'contact', caseId: f.caseId, body: { summary: 'Called the complainant' } }),
  'draft:get': (f) => ({ form: 'contact', caseId: f.caseId }),
  'draft:list': () => ({}),
  'draft:discard': (f) => ({ form: 'contact', caseId: f.caseId }),
  'statement:list': (f) => ({ caseId: f.caseId }),
  'statement:propose': (f) => ({ caseId: f.caseId }),
  'statement:save': (f) => ({ caseId: f.caseId, body: 'I am the officer responsible for this case.' }),
  'statement:finalise': (f) => ({ caseId: f.caseId, statementId: 1, signedOn: day }),
  'action:edit': (f) => ({ actionId: f.actionId, startedOn: day, details: { kind: 'verbal-warning', summary: 'Told to stop.' } }),
  'paper:list': (f) => ({ caseId: f.caseId }),
  'paper:proposeSummary': (f) => ({ caseId: f.caseId }),
  'paper:save': (f) => ({ caseId: f.caseId, paper: { kind: 'case-summary', fields: { body: 'The parties.' } } }),
  'paper:finalise': (f) => ({ caseId: f.caseId, paperId: 1, signedOn: day }),
  'document:recordSent': (f) => ({ id: f.documentId, how: 'first-class', at: '2026-11-21T09:00:00Z' }),
  'document:recordReturned': (f) => ({ id: f.documentId, returnedOn: day, reason: 'Addressee gone away' }),
  'document:postPdf': (f) => ({ id: f.documentId, layout: 'labels' }),
  'document:unsent': () => ({ scope: 'team' }),
  'case:judgeHarassment': (f) => ({ caseId: f.caseId, continues: true, reason: 'Age-related abuse confirmed by two witnesses.', decidedOn: day }),
  'redaction:review': (f) => ({ caseId: f.caseId, target: { kind: 'bundle', plan: f.bundlePlan } }),
  'redaction:decide': (f) => ({ caseId: f.caseId, target: { kind: 'bundle', plan: f.bundlePlan }, key: 'a'.repeat(64), decision: 'accept' }),
  'evidence:pageImage': (f) => ({ id: f.evidenceId, page: 1 }),
  'casework:get': (f) => ({ caseId: f.caseId }),
  'interview:agreement': (f) => ({ caseId: f.caseId, basis: 'agreed', givenOn: day }),
  'action:recordResult': (f) => ({ actionId: f.actionId, decidedOn: day, damagesPence: 50000 }),
  'case:linkCounterAllegation': (f) => ({ caseId: f.caseId, otherRef: 'C33-2026-0001' }),
  'safety:add': (f) => ({ caseId: f.caseId, kind: 'locks', status: 'fitted', on: day, costPence: 12000 }),
  'document:plainText': (f) => ({ id: f.documentId }),
  'document:recordFormat': (f) => ({ documentId: f.documentId, format: 'braille', producedBy: 'RNIB transcription service', sentOn: day }),
  'notice:list': () => ({}),
  'notice:save': () => ({ revert: false, language: 'Polish', text: 'To pismo jest ważne. Zadzwoń pod numer {phone}.', source: 'Checked by a translator', checked: true }),
};
