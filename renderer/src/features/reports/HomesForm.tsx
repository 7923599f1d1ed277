import { useState } from 'react';
import { formatDateUK } from '../../../../shared/time/london';
import { toIsoDate } from '../../../../shared/time/input';
import { useChange } from '../../hooks/useChange';
import { Button } from '../../ui/Button';
import { DateField } from '../../ui/DateField';
import { Notice } from '../../ui/Notice';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';

interface Props {
  partners: readonly { code: string; name: string }[];
}

/**
 * For administrators: the homes count NM01 divides by, in force from a date (a period uses the latest
 * figure on or before its last day; without one, the partner's homes on record). Recording one makes
 * the report on screen count again.
 */
export function HomesForm({ partners }: Props) {
  const [partner, setPartner] = useState(partners[0]?.code ?? '');
  const [from, setFrom] = useState('');
  const [homes, setHomes] = useState('');
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const change = useChange();
  const save = async () => {
    const n = Number(homes);
    const day = toIsoDate(from);
    if (!day || !/^\d+$/.test(homes.trim()) || !Number.isInteger(n)) return setMessage({ tone: 'error', text: 'Enter the date the figure applies from, like 01/04/2026, and a whole number of homes.' });
    const r = await change.run('report:setHomes', { partner, from: day, homes: n });
    if (r) setMessage(r.ok ? { tone: 'success', text: `Recorded ${n.toLocaleString('en-GB')} homes for ${partner} from ${formatDateUK(day)}.` } : { tone: 'error', text: r.error.message });
  };
  return (
    <details className="report-homes">
      <summary>Record a homes figure for NM01</summary>
      <div className="report-homes__fields">
        <SelectField id="homes-partner" label="Partner" value={partner} onChange={setPartner} options={partners.map((p) => ({ value: p.code, label: `${p.name} (${p.code})` }))} />
        <DateField id="homes-from" label="In force from" value={from} onChange={setFrom} />
        <TextField id="homes-count" label="Homes" inputMode="numeric" width="short" value={homes} onChange={setHomes} />
        <Button variant="secondary" busy={change.busy} busyLabel="Recording…" onClick={() => void save()}>
          Record the figure
        </Button>
      </div>
      <div aria-live="polite">{message && <Notice tone={message.tone}><p>{message.text}</p></Notice>}</div>
    </details>
  );
}
