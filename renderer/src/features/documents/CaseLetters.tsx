import { useEffect, useState } from 'react';
import type { Result } from '../../../../shared/result';
import { hearth } from '../../api/hearth';
import { Heading } from '../../ui/Heading';
import { Notice } from '../../ui/Notice';
import { CaseDocumentsPanel } from './CaseDocumentsPanel';
import { LETTERS_HREF } from './routes';
import { ReasonForm } from './ReasonForm';

/** One case's letters (#/letters/123): make one, see the ones made. A restricted case asks why first. */
export function CaseLetters({ caseId }: { caseId: number }) {
  const [reason, setReason] = useState<string | undefined>(undefined);
  const [loaded, setLoaded] = useState<Result<{ ref: string }> | null>(null);
  useEffect(() => {
    let current = true;
    void hearth.case.get({ id: caseId, reason, kinds: ['report'] }).then((r) => current && setLoaded(r.ok ? { ok: true, value: { ref: r.value.header.ref } } : r));
    return () => {
      current = false;
    };
  }, [caseId, reason]);
  const ref = loaded?.ok ? loaded.value.ref : null;
  return (
    <>
      <p className="back-link no-print">{ref ? <a href={`#/cases/${caseId}`}>Back to case {ref}</a> : <a href={LETTERS_HREF}>Letters</a>}</p>
      <div className="page__header">
        <Heading title={ref ? `Letters: ${ref}` : 'Letters'}>{ref ? `Letters for ${ref}` : 'Letters'}</Heading>
      </div>
      {loaded === null && <p>Loading the case…</p>}
      {loaded && !loaded.ok && loaded.error.code === 'reason-required' && <ReasonForm message={loaded.error.message} onReason={setReason} />}
      {loaded && !loaded.ok && loaded.error.code !== 'reason-required' && (
        <Notice tone="error" title="The case could not be opened">
          <p>{loaded.error.message}</p>
        </Notice>
      )}
      {loaded?.ok && <CaseDocumentsPanel caseId={caseId} reason={reason} />}
    </>
  );
}
