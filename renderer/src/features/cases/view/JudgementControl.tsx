import { useState } from 'react';
import type { CaseHeader } from '../../../../../shared/schemas/cases';
import { toIsoDate, toLondonInput } from '../../../../../shared/time/input';
import { Button } from '../../../ui/Button';
import { RadioGroup } from '../../../ui/RadioGroup';
import { ReasonDialog } from '../../../ui/ReasonDialog';
import { useChange } from '../../../hooks/useChange';

interface Props {
  header: CaseHeader;
  onDone: (message: string) => void;
}

const CHOICES = [
  { code: 'continue', label: 'Go on managing it as harassment' },
  { code: 'stop', label: 'It is not harassment: manage it otherwise' },
] as const;

/**
 * P3.2 (issue 18): "upon further investigation, we will make a judgement on whether to continue to manage
 * the case as harassment". The judgement, dated today with its reason, goes into the chronology.
 */
export function JudgementControl({ header, onDone }: Props) {
  const [asking, setAsking] = useState(false);
  const [choice, setChoice] = useState<'continue' | 'stop' | ''>('');
  const [tried, setTried] = useState(false);
  const submit = useChange({ caseId: header.id });
  const confirm = (reason: string) => {
    setTried(true);
    if (!choice) return;
    const today = toIsoDate(toLondonInput(new Date()).slice(0, 10))!;
    void submit.run('case:judgeHarassment', { caseId: header.id, continues: choice === 'continue', reason, decidedOn: today }, () => {
      setAsking(false);
      onDone(choice === 'continue' ? 'Recorded: the case goes on as harassment.' : 'Recorded: the case is no longer managed as harassment.');
    });
  };
  return (
    <>
      <Button small variant="secondary" onClick={() => setAsking(true)}>
        Record the harassment judgement
      </Button>
      {asking && (
        <ReasonDialog
          id="judgement"
          title={`Is ${header.ref} still harassment?`}
          label="Why? What the investigation found"
          confirmLabel="Record the judgement"
          busy={submit.busy}
          error={submit.error ?? (tried && !choice ? 'Choose whether the case goes on as harassment.' : null)}
          onConfirm={confirm}
          onCancel={() => setAsking(false)}
        >
          <p>It was perceived as harassment at intake (policy 3.2). Say what the investigation found; the decision is dated today and kept in the chronology.</p>
          <RadioGroup id="judgement-choice" legend="The judgement" options={CHOICES} value={choice} onChange={setChoice} />
        </ReasonDialog>
      )}
    </>
  );
}
