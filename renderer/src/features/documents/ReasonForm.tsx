import { type FormEvent, useState } from 'react';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';

/** A restricted case's documents need a stated reason, as opening it does (it is audited). */
export function ReasonForm({ message, onReason }: { message: string; onReason: (reason: string) => void }) {
  const [text, setText] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onReason(text.trim());
  };
  return (
    <form className="panel" onSubmit={submit} noValidate>
      <p>{message}</p>
      <TextField id="letters-reason" label="Why do you need its documents?" value={text} onChange={setText} hint="At least 10 characters. Your reason is recorded." />
      <div className="button-row">
        <Button type="submit">Open the documents</Button>
      </div>
    </form>
  );
}
