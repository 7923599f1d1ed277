import { LetterDecideInput, LetterReviewInput, RedactionDecideBoxesInput, RedactionDecideInput, RedactionReview, RedactionReviewInput } from '../schemas/redaction-review';
import { z } from 'zod';
import { CHANNEL_NAMES, type ChannelName, splitChannel } from './channels';
import { spec } from './channel-spec';
import { hostChannels } from './host-channels';
import { Empty, Id, Void } from '../schemas/common';
import { DraftKey, DraftSaved, DraftSaveInput, DraftSummary, DraftView } from '../schemas/drafts';
import {
  ChangePassphraseInput,
  ConfirmRecoveryInput,
  CreateWorkspaceInput,
  CreateWorkspaceOutput,
  RecoverInput,
  SessionInfo,
  SignInInput,
  UnlockInput,
  WorkspaceStatus,
} from '../schemas/session';
import {
  AddUserInput,
  AuditEvent,
  AuditListInput,
  AuditVerifyInput,
  AuditVerifyOutput,
  BackupCreateInput,
  BackupCreateOutput,
  BackupRestoreInput,
  BackupRestoreOutput,
  DoctorOutput,
  RemoveUserInput,
  SetRoleInput,
  Settings,
  UpdateSettingsInput,
  UserRecord,
  UserWithPartners,
  SetPartnersInput,
  ResetPassphraseInput,
  ResetPassphraseOutput,
  BackupStatus,
} from '../schemas/admin';
import {
  CaseCreated,
  CaseGetInput,
  CaseHeader,
  CaseListPage,
  CaseListQuery,
  CaseRefInput,
  CaseRestrictInput,
  CaseUpdateInput,
  CaseView,
  HarassmentJudgementInput,
  ConsentAddInput,
  ConsentWithdrawInput,
  ContactAddInput,
  CostAddInput,
  Created,
  DuplicateCheck,
  DuplicateQuery,
  EqualityData,
  EqualityGetInput,
  EqualityRecordInput,
  IncidentAddInput,
  IntakeInput,
  InterviewAddInput,
  NoteAddInput,
  PartyAddInput,
  PartyUpdateInput,
  ReferralAddInput,
} from '../schemas/cases';
import { PartnerSaveInput, PartnerView } from '../schemas/partners';
import {
  CaseDeadlinesInput,
  CasePlans,
  DashboardInput,
  DashboardView,
  DueAcrossCases,
  DueBeforeInput,
  DueItemView,
  MoveProfileInput,
  PlanActionDoneInput,
  PlanIssueInput,
  PlanReviewInput,
  PlanSaveInput,
  Profile,
  ProfileGetInput,
  ProfileSaveInput,
  ProfileSummary,
  RecordFactInput,
  WaiveInput,
} from '../schemas/standards';
import {
  ActionCreateInput,
  ActionEventInput,
  ActionUpdateInput,
  ActionEditInput,
  ActionView,
  AppealDecideInput,
  AppealLodgeInput,
  CaseActions,
  CaseIdInput,
  ClosureCloseInput,
  ClosureDiscussInput,
  ClosureOfferAppealInput,
  ClosureProposeInput,
  ClosureView,
  ConfirmationInput,
  GuardReport,
  RegisterInput,
  RegisterRow,
  SurveyInput,
} from '../schemas/actions';
import {
  EvidenceAddInput,
  EvidenceContent,
  EvidenceContentInput,
  EvidenceTranscriptInput,
  EvidenceUploadChunkInput,
  EvidenceUploadFinishInput,
  EvidenceUploadIdInput,
  EvidenceUploadProgress,
  EvidenceUploadStarted,
  EvidenceUploadStartInput,
  EvidenceView,
  EvidenceRedactionsInput,
  RedactionStatus,
  EvidencePage,
  EvidencePageInput,
} from '../schemas/evidence';
import {
  BundleBuildInput,
  BundleCaseInput,
  BundleContent,
  BundleContentInput,
  BundleDetail,
  BundleIdInput,
  BundleJob,
  BundlePreview,
  BundlePreviewInput,
  BundleSources,
  BundleSummary,
  TriageReport,
  PreflightOverrideInput,
  PreflightReport,
} from '../schemas/bundles';
import {
  BatchStartInput,
  CaseTemplatesInput,
  DocumentIdInput,
  DocumentRequest,
  DocumentView,
  DocumentWithModel,
  ExportInput,
  ExportOutput,
  GenerateInput,
  PreviewOutput,
  RenderPdfOutput,
  TemplateChoice,
  TemplateGetInput,
  TemplateListInput,
  TemplateSaved,
  TemplateSaveInput,
  TemplateSummary,
  TemplateText,
  TemplateValidateInput,
  TemplateValidation,
  PrintAnswer, PrintInput,
} from '../schemas/documents';
import { JobIdInput, JobStatus } from '../schemas/jobs';
import { PostPdfInput, RecordReturnedInput, RecordSentInput, UnsentInput, UnsentView } from '../schemas/sending';
import { ActionResultInput, ActionResultView, CaseworkView, CounterAllegationInput, FormatSentInput, InterviewAgreementInput, PlainTextOutput, SafetyMeasureInput } from '../schemas/casework';
import { StatementCaseInput, StatementFinaliseInput, StatementProposal, StatementSaveInput, StatementView } from '../schemas/statements';
import { CourtPaperCaseInput, CourtPaperFinaliseInput, CourtPaperSaveInput, CourtPaperView, SummaryProposal } from '../schemas/court-papers';
import {
  ApplicationView,
  CaseReviewApplyInput,
  CaseReviewLinkInput,
  ThresholdListInput,
  ThresholdSetInput,
  ThresholdVersions,
  CaseReviewListInput,
  CaseReviewListRow,
  CaseReviewRecordInput,
  CaseReviewThresholdInput,
  CaseReviewView,
  EscalationInput,
  RecommendationAddInput,
  RecommendationUpdateInput,
  ApplicantAddressInput,
} from '../schemas/case-review';
import { DisclosureListInput, DisclosureView } from '../schemas/disclosures';
import { PoliceListInput, PolicePackInput, PoliceRefuseInput, PoliceRequestList } from '../schemas/police-requests';
import { Candidates, ChooseInput, DecideInput, ExemptInput, ExtendInput, PackItems, RequestIdInput, RequestListInput, SarRedactInput, SubjectRequestInput, SubjectRequestView } from '../schemas/subject-requests';
import { NoticeListOutput, NoticeSaveInput, NoticeSaved } from '../schemas/languages';
import { CsvExportInput, DrilldownInput, DrilldownView, ExportFile, PdfExportInput, ReportInput, ReportView, SetHomesInput } from '../schemas/reports';
import { DisposalOutcome, DisposalReview, DisposeInput, HoldLiftInput, HoldPlaceInput, KeepInput } from '../schemas/retention';
import { AnonymisePersonInput, PersonAnonymised, PersonInput, PersonView } from '../schemas/retention-person';
import { ScheduleSaved, ScheduleView, SchedulePartnerInput, SetScheduleInput } from '../schemas/retention-schedule';

/**
 * The one IPC contract (conventions §6.2): every channel the renderer, browser mode and the CLI may
 * call, with its input and output schemas, who may call it and what the audit log records.
 *
 * access: 'public' channels work without a session (first run, sign-in); every other channel names the
 *   Action that can() must allow for the signed-in user.
 * audit:  'always' writes an event for every call (views and exports as well as edits), 'never' is for
 *   status pings that reveal nothing and would flood the log.
 */
export const contract = {
  'workspace:status': spec({ input: Empty, output: WorkspaceStatus, access: 'public', audit: 'never' }),
  'workspace:create': spec({ input: CreateWorkspaceInput, output: CreateWorkspaceOutput, access: 'public', audit: 'always' }),
  'workspace:confirmRecoveryKey': spec({ input: ConfirmRecoveryInput, output: Void, access: 'session.use', audit: 'always' }),
  'session:signIn': spec({ input: SignInInput, output: SessionInfo, access: 'public', audit: 'always' }),
  'session:unlock': spec({ input: UnlockInput, output: SessionInfo, access: 'public', audit: 'always' }),
  'session:recover': spec({ input: RecoverInput, output: SessionInfo, access: 'public', audit: 'always' }),
  'session:whoami': spec({ input: Empty, output: SessionInfo, access: 'session.use', audit: 'never' }),
  'session:touch': spec({ input: Empty, output: Void, access: 'session.use', audit: 'never' }),
  'session:lock': spec({ input: Empty, output: Void, access: 'session.use', audit: 'always' }),
  'session:signOut': spec({ input: Empty, output: Void, access: 'session.use', audit: 'always' }),
  'session:changePassphrase': spec({ input: ChangePassphraseInput, output: Void, access: 'session.use', audit: 'always' }),
  'users:list': spec({ input: Empty, output: z.array(UserWithPartners), access: 'users.read', audit: 'always' }),
  'users:add': spec({ input: AddUserInput, output: UserRecord, access: 'users.manage', audit: 'always' }),
  'users:setPartners': spec({ input: SetPartnersInput, output: Void, access: 'users.manage', audit: 'always' }),
  'users:setRole': spec({ input: SetRoleInput, output: UserRecord, access: 'users.manage', audit: 'always' }),
  'users:remove': spec({ input: RemoveUserInput, output: Void, access: 'users.manage', audit: 'always' }),
  'settings:get': spec({ input: Empty, output: Settings, access: 'settings.read', audit: 'never' }),
  'settings:update': spec({ input: UpdateSettingsInput, output: Settings, access: 'settings.update', audit: 'always' }),
  'backup:create': spec({ input: BackupCreateInput, output: BackupCreateOutput, access: 'backup.create', audit: 'always' }),
  'backup:restore': spec({ input: BackupRestoreInput, output: BackupRestoreOutput, access: 'backup.restore', audit: 'always' }),
  'audit:verify': spec({ input: AuditVerifyInput, output: AuditVerifyOutput, access: 'audit.verify', audit: 'always' }),
  'audit:list': spec({ input: AuditListInput, output: z.array(AuditEvent), access: 'audit.read', audit: 'always' }),
  'workspace:doctor': spec({ input: Empty, output: DoctorOutput, access: 'audit.verify', audit: 'always' }),
  'partners:list': spec({ input: Empty, output: z.array(PartnerView), access: 'partners.read', audit: 'never' }),
  'partners:save': spec({ input: PartnerSaveInput, output: PartnerView, access: 'partners.manage', audit: 'always' }),
  'case:checkDuplicates': spec({ input: DuplicateQuery, output: DuplicateCheck, access: 'cases.read', audit: 'always' }),
  'case:create': spec({ input: IntakeInput, output: CaseCreated, access: 'cases.create', audit: 'always' }),
  'case:list': spec({ input: CaseListQuery, output: CaseListPage, access: 'cases.read', audit: 'always' }),
  'case:get': spec({ input: CaseGetInput, output: CaseView, access: 'cases.read', audit: 'always' }),
  'case:getByRef': spec({ input: CaseRefInput, output: CaseView, access: 'cases.read', audit: 'always' }),
  'case:update': spec({ input: CaseUpdateInput, output: CaseHeader, access: 'cases.update', audit: 'always' }),
  'case:restrict': spec({ input: CaseRestrictInput, output: CaseHeader, access: 'cases.restrict', audit: 'always' }),
  'party:add': spec({ input: PartyAddInput, output: Created, access: 'cases.update', audit: 'always' }),
  'party:update': spec({ input: PartyUpdateInput, output: Created, access: 'cases.update', audit: 'always' }),
  'equality:record': spec({ input: EqualityRecordInput, output: Void, access: 'equality.record', audit: 'always' }),
  'equality:get': spec({ input: EqualityGetInput, output: EqualityData, access: 'equality.read', audit: 'always' }),
  'consent:add': spec({ input: ConsentAddInput, output: Created, access: 'cases.update', audit: 'always' }),
  'consent:withdraw': spec({ input: ConsentWithdrawInput, output: Void, access: 'cases.update', audit: 'always' }),
  'incident:add': spec({ input: IncidentAddInput, output: Created, access: 'cases.update', audit: 'always' }),
  'contact:add': spec({ input: ContactAddInput, output: Created, access: 'cases.update', audit: 'always' }),
  'interview:add': spec({ input: InterviewAddInput, output: Created, access: 'cases.update', audit: 'always' }),
  'referral:add': spec({ input: ReferralAddInput, output: Created, access: 'cases.update', audit: 'always' }),
  'cost:add': spec({ input: CostAddInput, output: Created, access: 'cases.update', audit: 'always' }),
  'note:add': spec({ input: NoteAddInput, output: Created, access: 'cases.update', audit: 'always' }),
  'deadline:forCase': spec({ input: CaseDeadlinesInput, output: z.array(DueItemView), access: 'cases.read', audit: 'always' }),
  'deadline:recordFact': spec({ input: RecordFactInput, output: Created, access: 'cases.update', audit: 'always' }),
  'deadline:waive': spec({ input: WaiveInput, output: Void, access: 'deadlines.waive', audit: 'always' }),
  'deadline:dashboard': spec({ input: DashboardInput, output: DashboardView, access: 'cases.read', audit: 'always' }),
  'deadline:dueBefore': spec({ input: DueBeforeInput, output: DueAcrossCases, access: 'cases.read', audit: 'always' }),
  'plan:get': spec({ input: CaseDeadlinesInput, output: CasePlans, access: 'cases.read', audit: 'always' }),
  'plan:save': spec({ input: PlanSaveInput, output: z.object({ id: Id, version: z.number().int() }), access: 'cases.update', audit: 'always' }),
  'plan:review': spec({ input: PlanReviewInput, output: Created, access: 'cases.update', audit: 'always' }),
  'plan:issue': spec({ input: PlanIssueInput, output: Void, access: 'cases.update', audit: 'always' }),
  'plan:actionDone': spec({ input: PlanActionDoneInput, output: Void, access: 'cases.update', audit: 'always' }),
  'profiles:list': spec({ input: Empty, output: z.array(ProfileSummary), access: 'cases.read', audit: 'never' }),
  'profiles:get': spec({ input: ProfileGetInput, output: Profile, access: 'cases.read', audit: 'never' }),
  'profiles:save': spec({ input: ProfileSaveInput, output: Profile, access: 'profiles.manage', audit: 'always' }),
  'case:moveProfile': spec({ input: MoveProfileInput, output: Void, access: 'deadlines.waive', audit: 'always' }),
  'action:check': spec({ input: ActionCreateInput, output: GuardReport, access: 'cases.update', audit: 'never' }),
  'action:create': spec({ input: ActionCreateInput, output: ActionView, access: 'cases.update', audit: 'always' }),
  'action:list': spec({ input: CaseIdInput, output: CaseActions, access: 'cases.read', audit: 'always' }),
  'action:addEvent': spec({ input: ActionEventInput, output: Created, access: 'cases.update', audit: 'always' }),
  'action:update': spec({ input: ActionUpdateInput, output: ActionView, access: 'cases.update', audit: 'always' }),
  'confirmation:add': spec({ input: ConfirmationInput, output: Created, access: 'cases.update', audit: 'always' }),
  'legal:register': spec({ input: RegisterInput, output: z.array(RegisterRow), access: 'legal.register', audit: 'always' }),
  'closure:get': spec({ input: CaseIdInput, output: ClosureView, access: 'cases.read', audit: 'always' }),
  'closure:propose': spec({ input: ClosureProposeInput, output: ClosureView, access: 'cases.update', audit: 'always' }),
  'closure:withdraw': spec({ input: CaseIdInput, output: ClosureView, access: 'cases.update', audit: 'always' }),
  'closure:discuss': spec({ input: ClosureDiscussInput, output: ClosureView, access: 'cases.update', audit: 'always' }),
  'closure:offerAppeal': spec({ input: ClosureOfferAppealInput, output: ClosureView, access: 'cases.update', audit: 'always' }),
  'closure:close': spec({ input: ClosureCloseInput, output: ClosureView, access: 'cases.update', audit: 'always' }),
  'appeal:lodge': spec({ input: AppealLodgeInput, output: ClosureView, access: 'cases.update', audit: 'always' }),
  'appeal:decide': spec({ input: AppealDecideInput, output: ClosureView, access: 'closure.decide', audit: 'always' }),
  'survey:record': spec({ input: SurveyInput, output: Created, access: 'cases.update', audit: 'always' }),
  // evidence channels (issue 3)
  // A small file (up to 1 MiB) in one request.
  'evidence:add': spec({ input: EvidenceAddInput, output: EvidenceView, access: 'evidence.add', audit: 'always', binary: true }),
  // Any file up to 200 MB in 1 MiB parts (issue 13): start (the case, name and size: the cap is applied
  // before a byte is sent), the parts in order (kept encrypted until the end; not audited one by one),
  // then finish with what the person says about it, which checks and stores it like evidence:add. Cancel,
  // locking or signing out throws an unfinished upload away.
  'evidence:uploadStart': spec({ input: EvidenceUploadStartInput, output: EvidenceUploadStarted, access: 'evidence.add', audit: 'always' }),
  'evidence:uploadChunk': spec({ input: EvidenceUploadChunkInput, output: EvidenceUploadProgress, access: 'evidence.add', audit: 'never', binary: true }),
  'evidence:uploadFinish': spec({ input: EvidenceUploadFinishInput, output: EvidenceView, access: 'evidence.add', audit: 'always' }),
  'evidence:uploadCancel': spec({ input: EvidenceUploadIdInput, output: Void, access: 'evidence.add', audit: 'never' }),
  // A typed transcript of an exhibit that is hard to read (PD 32 27.11; bundles B17).
  'evidence:transcript': spec({ input: EvidenceTranscriptInput, output: EvidenceView, access: 'evidence.add', audit: 'always' }),
  // Viewing evidence is audited like opening the case.
  'evidence:content': spec({ input: EvidenceContentInput, output: EvidenceContent, access: 'cases.read', audit: 'always', binary: true }),
  // import channels (issue 3)
  // document channels (issue 6)
  // Letters, contracts and statements (DESIGN §6). Preview and generate refuse what the disclosure guard
  // refuses (P3.13–3.14); generating stores both files immutable with their SHA-256 and is audited, as is
  // every export. Batch letters to residents (P5.3) run in the background: start, poll, cancel.
  'document:templates': spec({ input: CaseTemplatesInput, output: z.array(TemplateChoice), access: 'cases.read', audit: 'always' }),
  'document:preview': spec({ input: DocumentRequest, output: PreviewOutput, access: 'cases.update', audit: 'always' }),
  'document:draftPdf': spec({ input: DocumentRequest, output: RenderPdfOutput, access: 'cases.update', audit: 'always', binary: true }),
  'document:generate': spec({ input: GenerateInput, output: DocumentView, access: 'cases.update', audit: 'always' }),
  'document:list': spec({ input: CaseTemplatesInput, output: z.array(DocumentView), access: 'cases.read', audit: 'always' }),
  'document:get': spec({ input: DocumentIdInput, output: DocumentWithModel, access: 'cases.read', audit: 'always' }),
  'document:export': spec({ input: ExportInput, output: ExportOutput, access: 'cases.read', audit: 'always', binary: true }),
  'document:batchStart': spec({ input: BatchStartInput, output: JobStatus, access: 'cases.update', audit: 'always' }),
  // A partner's own version of a template: validated before it is kept (line-numbered problems), versioned,
  // and revertible to the default. Administrators only (partners.manage).
  'template:list': spec({ input: TemplateListInput, output: z.array(TemplateSummary), access: 'partners.read', audit: 'always' }),
  'template:get': spec({ input: TemplateGetInput, output: TemplateText, access: 'partners.read', audit: 'always' }),
  'template:validate': spec({ input: TemplateValidateInput, output: TemplateValidation, access: 'partners.manage', audit: 'never' }),
  'template:save': spec({ input: TemplateSaveInput, output: TemplateSaved, access: 'partners.manage', audit: 'always' }),
  'template:revert': spec({ input: TemplateGetInput, output: TemplateSaved, access: 'partners.manage', audit: 'always' }),
  // bundle channels (issue 7)
  // A legal user builds a court bundle for a case referred to legal (legal.register + the case check in the
  // handler). The build is a job in a worker (job:status, job:cancel). Opening the finished PDF or DOCX is
  // audited like any export.
  'bundle:sources': spec({ input: BundleCaseInput, output: BundleSources, access: 'legal.register', audit: 'always' }),
  'bundle:preview': spec({ input: BundlePreviewInput, output: BundlePreview, access: 'legal.register', audit: 'always' }),
  'bundle:check': spec({ input: BundleCaseInput, output: TriageReport, access: 'legal.register', audit: 'always' }),
  'bundle:build': spec({ input: BundleBuildInput, output: BundleJob, access: 'legal.register', audit: 'always' }),
  'bundle:list': spec({ input: BundleCaseInput, output: z.array(BundleSummary), access: 'legal.register', audit: 'always' }),
  'bundle:get': spec({ input: BundleIdInput, output: BundleDetail, access: 'legal.register', audit: 'always' }),
  'bundle:content': spec({ input: BundleContentInput, output: BundleContent, access: 'legal.register', audit: 'always', binary: true }),
  // report channels (issue 8)
  // Aggregates only; a drill-down lists case references the person may open. Exports carry bytes (binary)
  // and are audited with the measure and period (main/ipc/handlers/reports.ts).
  'report:get': spec({ input: ReportInput, output: ReportView, access: 'reports.read', audit: 'always' }),
  'report:drilldown': spec({ input: DrilldownInput, output: DrilldownView, access: 'reports.drilldown', audit: 'always' }),
  'report:pdf': spec({ input: PdfExportInput, output: ExportFile, access: 'reports.read', audit: 'always', binary: true }),
  'report:csv': spec({ input: CsvExportInput, output: ExportFile, access: 'reports.read', audit: 'always', binary: true }),
  'report:setHomes': spec({ input: SetHomesInput, output: Void, access: 'partners.manage', audit: 'always' }),
  // document: the parsed file, checked by the import service against shared/schemas/import.ts so each problem
  // names its case and field ("Case 3, parties[1].role: …"); all cases are written, or none.
  'import:run': spec({
    input: z.object({ document: z.unknown() }).strict(),
    output: z.object({ created: z.number().int().nonnegative(), refs: z.array(z.string()) }),
    access: 'import.run',
    audit: 'always',
    binary: true,
  }),
  // job channels (issue 14)
  // Background work of every kind (a bundle build, a batch of letters): its status for the screen that
  // started it (not audited: a poll reveals nothing), and Cancel. A job is its owner's alone; its case is
  // checked like any other (shared/ipc/case-scope.ts), and what its kind needs (legal.register for a bundle).
  'job:status': spec({ input: JobIdInput, output: JobStatus, access: 'cases.read', audit: 'never' }),
  'job:cancel': spec({ input: JobIdInput, output: JobStatus, access: 'cases.update', audit: 'always' }),
  // Issue 15: the injunction papers' pre-flight check, and passing over a problem the law allows to be (with the reason).
  'bundle:preflight': spec({ input: BundleCaseInput, output: PreflightReport, access: 'legal.register', audit: 'always' }),
  'bundle:preflightOverride': spec({ input: PreflightOverrideInput, output: PreflightReport, access: 'legal.register', audit: 'always' }),
  // administration (issue 17)
  // An administrator resets someone's passphrase to a one-time one (shown once, never audited), which that
  // person must change at sign-in; Home warns while backups are not set up or are over a week old.
  'users:resetPassphrase': spec({ input: ResetPassphraseInput, output: ResetPassphraseOutput, access: 'users.manage', audit: 'always' }),
  'backup:status': spec({ input: Empty, output: BackupStatus, access: 'backup.create', audit: 'never' }),
  // redaction of exhibits (issue 16 item 4)
  // Boxes drawn on an exhibit's pages and words to cover: stored with their audit event, then the redacted
  // copy is made in the background (job exhibit-redact: job:status, job:cancel) and a bundle uses it.
  'evidence:setRedactions': spec({ input: EvidenceRedactionsInput, output: RedactionStatus, access: 'evidence.add', audit: 'always' }),
  // draft channels (issue 17)
  // What a person has typed into a long form and not yet submitted, their own only, kept in the encrypted
  // database as they type (every second or so: not audited, like the parts of an upload) and offered back
  // after a lock, sign-out, crash or restart. Submitting the form drops its draft (dispatch); discarding
  // one is audited.
  'draft:save': spec({ input: DraftSaveInput, output: DraftSaved, access: 'cases.read', audit: 'never' }),
  'draft:get': spec({ input: DraftKey, output: DraftView.nullable(), access: 'cases.read', audit: 'never' }),
  'draft:list': spec({ input: Empty, output: z.array(DraftSummary), access: 'cases.read', audit: 'never' }),
  'draft:discard': spec({ input: DraftKey, output: Void, access: 'cases.read', audit: 'always' }),
  // Witness statements (issue 15): proposed from the record, saved as drafts, finalised (locked, versioned).
  'statement:list': spec({ input: StatementCaseInput, output: z.array(StatementView), access: 'cases.read', audit: 'always' }),
  'statement:propose': spec({ input: StatementCaseInput, output: StatementProposal, access: 'cases.update', audit: 'always' }),
  'statement:save': spec({ input: StatementSaveInput, output: StatementView, access: 'cases.update', audit: 'always' }),
  'statement:finalise': spec({ input: StatementFinaliseInput, output: StatementView, access: 'cases.update', audit: 'always' }),
  // Issue 15: a recorded injunction corrected as a new version, by the legal team.
  'action:edit': spec({ input: ActionEditInput, output: ActionView, access: 'injunctions.edit', audit: 'always' }),
  // Court papers (issue 15): certificates of service (N215-style) and the case summary for the judge,
  // drafted, edited and finalised by the legal team before a bundle takes them.
  'paper:list': spec({ input: CourtPaperCaseInput, output: z.array(CourtPaperView), access: 'legal.register', audit: 'always' }),
  'paper:proposeSummary': spec({ input: CourtPaperCaseInput, output: SummaryProposal, access: 'legal.register', audit: 'always' }),
  'paper:save': spec({ input: CourtPaperSaveInput, output: CourtPaperView, access: 'legal.register', audit: 'always' }),
  'paper:finalise': spec({ input: CourtPaperFinaliseInput, output: CourtPaperView, access: 'legal.register', audit: 'always' }),
  // Sending a made letter (issue 17 item 10): made is *ready*; recording how and when makes it *sent* (that
  // meets the deadline it serves, at the time it went); returned post re-opens what it met.
  'document:recordSent': spec({ input: RecordSentInput, output: DocumentView, access: 'cases.update', audit: 'always' }),
  'document:recordReturned': spec({ input: RecordReturnedInput, output: DocumentView, access: 'cases.update', audit: 'always' }),
  // Print layouts for posting, made from the stored letter: address labels, or the letters for window envelopes.
  'document:postPdf': spec({ input: PostPdfInput, output: RenderPdfOutput, access: 'cases.read', audit: 'always', binary: true }),
  // The dashboard's "Letters made but not sent", oldest first, in the deadlines' scope.
  'document:unsent': spec({ input: UnsentInput, output: UnsentView, access: 'cases.read', audit: 'always' }),
  'case:judgeHarassment': spec({ input: HarassmentJudgementInput, output: CaseHeader, access: 'cases.update', audit: 'always' }),
  // The redaction review (issue 16 §3): every passage of a bundle's text that identifies someone withheld
  // from the court, and the decision on each (accept, edit the replacement, reword). Audited as facts only.
  'redaction:review': spec({ input: RedactionReviewInput, output: RedactionReview, access: 'legal.register', audit: 'always' }),
  'redaction:decide': spec({ input: RedactionDecideInput, output: RedactionReview, access: 'legal.register', audit: 'always' }),
  // One page of an exhibit as a picture, to draw redaction boxes on by hand (issue 16 §4); opening it is audited like viewing the file.
  'evidence:pageImage': spec({ input: EvidencePageInput, output: EvidencePage, access: 'cases.read', audit: 'always', binary: true }),
  // Issue 18 (items 2, 5, 6, 7, 11): interviews of others (P4.9), results of action (P5.10, P5.17–5.20),
  // counter-allegations (P4.7), safety measures (P3.17), other formats (P8.3).
  'casework:get': spec({ input: CaseIdInput, output: CaseworkView, access: 'cases.read', audit: 'always' }),
  'interview:agreement': spec({ input: InterviewAgreementInput, output: Created, access: 'cases.update', audit: 'always' }),
  'action:recordResult': spec({ input: ActionResultInput, output: ActionResultView, access: 'cases.update', audit: 'always' }),
  'case:linkCounterAllegation': spec({ input: CounterAllegationInput, output: Created, access: 'cases.update', audit: 'always' }),
  'safety:add': spec({ input: SafetyMeasureInput, output: Created, access: 'cases.update', audit: 'always' }),
  'document:plainText': spec({ input: DocumentIdInput, output: PlainTextOutput, access: 'cases.read', audit: 'always' }),
  'document:recordFormat': spec({ input: FormatSentInput, output: Created, access: 'cases.update', audit: 'always' }),
  // Issue 21: the disposal review (cases past their retention date), disposing of one (anonymise or delete,
  // with a tombstone), keeping one with a reason and a new review date, and legal holds on a case or a person.
  'retention:review': spec({ input: z.object({}).strict(), output: DisposalReview, access: 'retention.review', audit: 'always' }),
  'retention:dispose': spec({ input: DisposeInput, output: DisposalOutcome, access: 'retention.dispose', audit: 'always' }),
  'retention:keep': spec({ input: KeepInput, output: Created, access: 'retention.dispose', audit: 'always' }),
  'hold:place': spec({ input: HoldPlaceInput, output: Created, access: 'holds.manage', audit: 'always' }),
  'hold:lift': spec({ input: HoldLiftInput, output: Created, access: 'holds.manage', audit: 'always' }),
  // Issue 20: the ASB Case Review (s.104 of the 2014 Act): the application, the threshold from the record,
  // the review, its recommendations (the partner's own are due items) and an escalation.
  'casereview:get': spec({ input: CaseIdInput, output: CaseReviewView, access: 'cases.read', audit: 'always' }),
  'casereview:apply': spec({ input: CaseReviewApplyInput, output: Created, access: 'caseReview.record', audit: 'always' }),
  'casereview:decideThreshold': spec({ input: CaseReviewThresholdInput, output: ApplicationView, access: 'caseReview.record', audit: 'always' }),
  'casereview:recordReview': spec({ input: CaseReviewRecordInput, output: ApplicationView, access: 'caseReview.record', audit: 'always' }),
  'casereview:addRecommendation': spec({ input: RecommendationAddInput, output: Created, access: 'caseReview.record', audit: 'always' }),
  'casereview:updateRecommendation': spec({ input: RecommendationUpdateInput, output: Created, access: 'caseReview.record', audit: 'always' }),
  'casereview:escalate': spec({ input: EscalationInput, output: Created, access: 'caseReview.record', audit: 'always' }),
  'casereview:list': spec({ input: CaseReviewListInput, output: z.array(CaseReviewListRow), access: 'cases.read', audit: 'always' }),
  // Issue 21 (items 3–4): the disclosure log, data subjects' requests and the police request's evidence
  // pack. Managers (and administrators) only; cross-case, each applying the partner and restricted-case
  // rules inside. Every pack and export carries bytes and is audited with what left, never its contents.
  'disclosure:list': spec({ input: DisclosureListInput, output: z.array(DisclosureView), access: 'disclosures.manage', audit: 'always' }),
  'disclosure:csv': spec({ input: DisclosureListInput, output: ExportFile, access: 'disclosures.manage', audit: 'always', binary: true }),
  'disclosure:pdf': spec({ input: DisclosureListInput, output: ExportFile, access: 'disclosures.manage', audit: 'always', binary: true }),
  'sar:record': spec({ input: SubjectRequestInput, output: SubjectRequestView, access: 'disclosures.manage', audit: 'always' }),
  'sar:list': spec({ input: RequestListInput, output: z.array(SubjectRequestView), access: 'disclosures.manage', audit: 'always' }),
  'sar:find': spec({ input: RequestIdInput, output: Candidates, access: 'disclosures.manage', audit: 'always' }),
  'sar:choose': spec({ input: ChooseInput, output: SubjectRequestView, access: 'disclosures.manage', audit: 'always' }),
  'sar:items': spec({ input: RequestIdInput, output: PackItems, access: 'disclosures.manage', audit: 'always' }),
  'sar:exempt': spec({ input: ExemptInput, output: PackItems, access: 'disclosures.manage', audit: 'always' }),
  'sar:extend': spec({ input: ExtendInput, output: SubjectRequestView, access: 'disclosures.manage', audit: 'always' }),
  'sar:pack': spec({ input: RequestIdInput, output: ExportFile, access: 'disclosures.manage', audit: 'always', binary: true }),
  'sar:decide': spec({ input: DecideInput, output: SubjectRequestView, access: 'disclosures.manage', audit: 'always' }),
  'police:pack': spec({ input: PolicePackInput, output: ExportFile, access: 'disclosures.manage', audit: 'always', binary: true }),
  // Issue 16: the redaction review of a letter to someone outside a protected person's consent.
  'document:review': spec({ input: LetterReviewInput, output: RedactionReview, access: 'cases.update', audit: 'always' }),
  'document:decide': spec({ input: LetterDecideInput, output: RedactionReview, access: 'cases.update', audit: 'always' }),
  // Issue 19: the interpreter notice's translations, corrected by an administrator (versioned, audited).
  'notice:list': spec({ input: Empty, output: NoticeListOutput, access: 'settings.read', audit: 'never' }),
  'notice:save': spec({ input: NoticeSaveInput, output: NoticeSaved, access: 'settings.update', audit: 'always' }),
  // Issue 20: another case about the same behaviour linked to an ASB case review application later.
  'casereview:link': spec({ input: CaseReviewLinkInput, output: ApplicationView, access: 'caseReview.record', audit: 'always' }),
  // Issue 20: a partner's threshold versions, seen and added by managers and administrators.
  'casereview:thresholds': spec({ input: ThresholdListInput, output: ThresholdVersions, access: 'caseReview.thresholds', audit: 'never' }),
  'casereview:setThreshold': spec({ input: ThresholdSetInput, output: ThresholdVersions, access: 'caseReview.thresholds', audit: 'always' }),
  // Issue 21: one person across every case they are on — who they are, what stands in the way — and
  // anonymising them everywhere (an erasure request, or a disposal that applies to a person).
  'retention:person': spec({ input: PersonInput, output: PersonView, access: 'retention.review', audit: 'always' }),
  'retention:anonymisePerson': spec({ input: AnonymisePersonInput, output: PersonAnonymised, access: 'retention.dispose', audit: 'always' }),
  // Issue 21: a partner's retention schedule — the version in force and its history — and adding a version.
  'retention:schedule': spec({ input: SchedulePartnerInput, output: ScheduleView, access: 'retention.schedule', audit: 'always' }),
  'retention:setSchedule': spec({ input: SetScheduleInput, output: ScheduleSaved, access: 'retention.schedule', audit: 'always' }),
  // Issue 21: a subject access pack's own redaction review (its decisions apart from bundles' and letters').
  'sar:review': spec({ input: RequestIdInput, output: RedactionReview, access: 'disclosures.manage', audit: 'always' }),
  'sar:redact': spec({ input: SarRedactInput, output: RedactionReview, access: 'disclosures.manage', audit: 'always' }),
  // Issue 21: police requests on a case (P3.11–3.14), answered with a pack (police:pack) or refused.
  'police:list': spec({ input: PoliceListInput, output: PoliceRequestList, access: 'disclosures.manage', audit: 'always' }),
  'police:refuse': spec({ input: PoliceRefuseInput, output: Created, access: 'disclosures.manage', audit: 'always' }),
  // Issue 20: the postal address of an applicant who is not on the case, recorded or corrected later.
  'casereview:applicantAddress': spec({ input: ApplicantAddressInput, output: ApplicationView, access: 'caseReview.record', audit: 'always' }),
  // Issue 17: a made letter printed through the system print dialog in the desktop app (the PDF as stored).
  'document:print': spec({ input: PrintInput, output: PrintAnswer, access: 'cases.read', audit: 'always' }),
  // Issue 16: many proposed exhibit boxes accepted or rejected as one decision ("Accept all on this page"), one new copy per exhibit.
  'redaction:decideBoxes': spec({ input: RedactionDecideBoxesInput, output: RedactionReview, access: 'legal.register', audit: 'always' }),
  // Issue 22: the office host and its PCs (./host-channels.ts).
  ...hostChannels,
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>;

/** Every channel, in the contract's order (the list in ./channels.ts, which the preload imports alone). */
export const CHANNELS: readonly Channel[] = CHANNEL_NAMES;

// The two lists name the same channels: a channel in one and not the other is a compile error here.
type OnlyInContract = Exclude<Channel, ChannelName>;
type OnlyInList = Exclude<ChannelName, Channel>;
export const CHANNEL_LISTS_AGREE: [OnlyInContract, OnlyInList] extends [never, never] ? true : { addToChannelsTs: OnlyInContract; removeFromChannelsTs: OnlyInList } = true;

export type { Domain, HearthApi } from './api';
export { splitChannel };
