import { type FormEvent, useState } from 'react';
import { hearth } from '../../api/hearth';
import { Button } from '../../ui/Button';
import { Heading } from '../../ui/Heading';
import { TextField } from '../../ui/TextField';
import { useSession } from '../../hooks/useSession';
import { lettersHref, TEMPLATES_HREF } from './routes';

/** Letters start from a case: its reference opens its documents. */
export function FindCase() {
  const { can } = useSession();
  const [ref, setRef] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const r = await hearth.case.getByRef({ ref: ref.trim() });
    setBusy(false);
    if (r.ok) window.location.assign(lettersHref(r.value.header.id));
    else if (r.error.code === 'reason-required') setError(`${r.error.message} Open it from the Cases page, then choose Letters.`);
    else setError(r.error.message);
  };
  return (
    <>
      <div className="page__header">
        <Heading>Letters</Heading>
        <p className="secondary-text">Letters, contracts and witness statements are made from a case, from templates that fit what is recorded on it.</p>
      </div>
      <section className="panel" aria-labelledby="find-heading">
        <h2 id="find-heading">Open a case’s letters</h2>
        <form onSubmit={(e) => void submit(e)} noValidate>
          <TextField id="letters-ref" label="Case reference" hint="For example C33-2026-0042." value={ref} onChange={setRef} error={error} width="short" />
          <div className="button-row">
            <Button type="submit" busy={busy} busyLabel="Opening…">
              Open
            </Button>
          </div>
        </form>
      </section>
      {can('partners.manage') && (
        <section className="panel" aria-labelledby="templates-heading">
          <h2 id="templates-heading">Templates</h2>
          <p>
            Give a partner its own wording for any template, or go back to the default: <a href={TEMPLATES_HREF}>Partners’ templates</a>.
          </p>
        </section>
      )}
    </>
  );
}
