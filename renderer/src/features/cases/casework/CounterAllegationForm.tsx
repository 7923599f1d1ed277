import { useState } from 'react';
import { useChange } from '../../../hooks/useChange';
import { Button } from '../../../ui/Button';
import { Notice } from '../../../ui/Notice';
import { TextField } from '../../../ui/TextField';

/** P4.7: link the case where the complainant is, in turn, complained about. */
export function CounterAllegationForm({ caseId, onDone }: { caseId: number; onDone: (message: string) => void }) {
  const [ref, setRef] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const submit = useChange();
  const link = () => {
    if (!ref.trim()) return setProblem('Give the reference of the other case.');
    setProblem(null);
    void submit.run('case:linkCounterAllegation', { caseId, otherRef: ref.trim() }, () => {
      setRef('');
      onDone(`${ref.trim().toUpperCase()} is linked as a counter-allegation. The link shows on both cases.`);
    });
  };
  return (
    <form
      className="inline-form"
      onSubmit={(e) => {
        e.preventDefault();
        link();
      }}
    >
      <TextField id="counter-allegation-ref" label="Link a counter-allegation: the other case’s reference" hint="For example C33-2026-0042." width="short" autoComplete="off" value={ref} onChange={setRef} error={problem} />
      <Button type="submit" variant="secondary" small disabled={submit.busy}>
        Link the case
      </Button>
      {submit.error && (
        <Notice tone="error" live>
          <p>{submit.error}</p>
        </Notice>
      )}
    </form>
  );
}
