import type { AuditEvent } from '../../../../../shared/schemas/admin';
import { hearth } from '../../../api/hearth';
import { type Loaded, useResult } from '../../../hooks/useResult';

export const AUDIT_PAGE_SIZE = 100;
const listRecent = () => hearth.audit.list({ limit: AUDIT_PAGE_SIZE });

/** The most recent audit events, newest first. (Viewing them is itself recorded in the log.) */
export function useAuditEvents(): [Loaded<AuditEvent[]>, () => void] {
  return useResult(listRecent);
}
