import type { Channel } from '../../../shared/ipc/contract';
import type { HandlerMap } from '../handler';
import { adminHandlers } from './admin';
import { entryHandlers } from './case-entries';
import { caseHandlers } from './cases';
import { partnerHandlers } from './partners';
import { sessionHandlers } from './session';
import { userHandlers } from './users';

/** Every channel of the contract has exactly one handler; a missing one is a compile error. */
export const handlers: HandlerMap<Channel> = {
  ...sessionHandlers,
  ...userHandlers,
  ...adminHandlers,
  ...partnerHandlers,
  ...caseHandlers,
  ...entryHandlers,
};
