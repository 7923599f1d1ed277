import { useCallback } from 'react';
import type { DocumentView } from '../../../../../shared/schemas/documents';
import { hearth } from '../../../api/hearth';
import { type Loaded, useResult } from '../../../hooks/useResult';

/** The documents stored on a case, newest first. */
export function useDocuments(caseId: number): [Loaded<DocumentView[]>, () => void] {
  const load = useCallback(() => hearth.document.list({ caseId }), [caseId]);
  return useResult(load);
}
