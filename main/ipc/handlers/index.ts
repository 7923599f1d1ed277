import type { Channel } from '../../../shared/ipc/contract';
import type { HandlerMap } from '../handler';
import { actionHandlers } from './actions';
import { bundleHandlers } from './bundles';
import { adminHandlers } from './admin';
import { administrationHandlers } from './administration';
import { entryHandlers } from './case-entries';
import { caseHandlers } from './cases';
import { documentHandlers } from './documents';
import { evidenceHandlers } from './evidence';
import { evidenceUploadHandlers } from './evidence-upload';
import { importHandlers } from './import';
import { jobHandlers } from './jobs';
import { partnerHandlers } from './partners';
import { reportHandlers } from './reports';
import { standardsHandlers } from './standards';
import { sessionHandlers } from './session';
import { statementHandlers } from './statements';
import { userHandlers } from './users';
import { draftHandlers } from './drafts';
import { courtPaperHandlers } from './court-papers';
import { sendingHandlers } from './sending';
import { redactionReviewHandlers } from './redaction-review';
import { caseworkHandlers } from './casework';
import { retentionHandlers } from './retention';
import { caseReviewHandlers } from './case-review';
import { governanceHandlers } from './governance';
import { letterReviewHandlers } from './letter-review';
import { languageHandlers } from './languages';
import { hostHandlers } from './host';

/** Every channel of the contract has exactly one handler; a missing one is a compile error. */
export const handlers: HandlerMap<Channel> = {
  ...sessionHandlers,
  ...userHandlers,
  ...adminHandlers,
  ...partnerHandlers,
  ...caseHandlers,
  ...entryHandlers,
  ...evidenceHandlers,
  ...evidenceUploadHandlers,
  ...importHandlers,
  ...standardsHandlers,
  ...actionHandlers,
  ...bundleHandlers,
  ...reportHandlers,
  ...documentHandlers,
  ...jobHandlers,
  ...administrationHandlers,
  ...draftHandlers,
  ...statementHandlers,
  ...courtPaperHandlers,
  ...sendingHandlers,
  ...redactionReviewHandlers,
  ...caseworkHandlers,
  ...retentionHandlers,
  ...caseReviewHandlers,
  ...governanceHandlers,
  ...letterReviewHandlers,
  ...languageHandlers,
  ...hostHandlers,
};
