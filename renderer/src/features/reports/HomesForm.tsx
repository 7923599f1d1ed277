import { useState } from 'react';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { hearth } from '../../api/hearth';

interface Props {
  partners: readonly { code: string; name: string }[];
  onSaved: () => void;
}

/**
 * For administrators: the homes count NM01 divides by, in force from a date (a period uses the latest
 * figure on or before its last day; without one, the partner's homes on record).
 */
export function HomesForm({ partners, onSaved }: Props) {
  const [partner, setPartner] = useState(partners[0]?.code ?? '');
  const [from, setFrom] = useState('');
  const [homes, setHomes] = useState('');
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const save = async () => {
    const n = Number(homes);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(from) || !Number.isInteger(n) || n < 0) return setMessage({ tone: 'error', text: 'Enter the date the figure applies from and a whole number of homes.' });
    const r = await hearth.report.setHomes({ partner, from, homes: n });
    setMessage(r.ok ? { tone: 'success', text: `Recorded ${n.toLocaleString('en-GB')} homes for ${partner} from ${from}.` } : { tone: 'error', text: r.error.message });
    if (r.ok) onSaved();
  };
  return (
    <details className="report-homes">
      <summary>Record a homes figure for NM01</summary>
      <div className="report-homes__fields">
        <SelectField id="homes-partner" label="Partner" value={partner} onChange={setPartner} options={partners.map((p) => ({ value: p.code, label: `${p.name} (${p.code})` }))} />
        <TextField id="homes-from" label="In force from" type="date" width="short" value={from} onChange={setFrom} />
        <TextField id="homes-count" label="Homes" inputMode="numeric" width="short" value={homes} onChange={setHomes} />
        <Button variant="secondary" onClick={() => void save()}>
          Record the figure
        </Button>
      </div>
      <div aria-live="polite">{message && <Notice tone={message.tone}><p>{message.text}</p></Notice>}</div>
    </details>
  );
}
