import { useCallback } from 'react';
import type { TemplateChoice } from '../../../../../shared/schemas/documents';
import { hearth } from '../../../api/hearth';
import { type Loaded, useResult } from '../../../hooks/useResult';

/** The templates for a case, whether each fits, who each can go to, and the slots with their defaults. */
export function useTemplates(caseId: number): [Loaded<TemplateChoice[]>, () => void] {
  const load = useCallback(() => hearth.document.templates({ caseId }), [caseId]);
  return useResult(load);
}
