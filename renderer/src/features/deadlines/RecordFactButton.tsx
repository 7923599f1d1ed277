import { Button } from '../../ui/Button';
import { useChange } from '../../hooks/useChange';
import { quickFactFor } from './recordable';

interface Props {
  caseId: number;
  caseRef: string;
  ruleId: string;
  onRecorded: (message: string) => void;
}

/**
 * The quick action on a dashboard line whose rule one recorded fact meets: "Record acknowledgement"
 * records it as done now. Anything fuller (another time, a note) is recorded from the case.
 */
export function RecordFactButton({ caseId, caseRef, ruleId, onRecorded }: Props) {
  const submit = useChange();
  const fact = quickFactFor(ruleId);
  if (!fact) return null;
  const record = () =>
    void submit.run('deadline:recordFact', { caseId, kind: fact.kind, note: 'Recorded from the deadlines dashboard.' },
      () => onRecorded(`Recorded the ${fact.noun} on case ${caseRef}.`),
    );
  return (
    <>
      <Button small variant="secondary" busy={submit.busy} busyLabel="Recording…" onClick={record}>
        Record {fact.noun}
        <span className="visually-hidden"> for case {caseRef}</span>
      </Button>
      {submit.error && (
        <p className="row-error" role="alert">
          {submit.error}
        </p>
      )}
    </>
  );
}
