import { useQuery } from '@tanstack/react-query';
import type { ThresholdVersionView } from '../../../../shared/schemas/case-review';
import { fromIsoDate, toIsoDate } from '../../../../shared/time/input';
import { hearthQuery } from '../../api/queries';
import { useChange } from '../../hooks/useChange';
import { useForm } from '../../hooks/useForm';
import { DataTable } from '../../ui/DataTable';
import { DateField } from '../../ui/DateField';
import { EntryForm } from '../../ui/EntryForm';
import { Notice } from '../../ui/Notice';
import { RadioGroup } from '../../ui/RadioGroup';
import { TextAreaField } from '../../ui/TextAreaField';
import { TextField } from '../../ui/TextField';

const COUNTS = [
  { code: '1', label: '1' },
  { code: '2', label: '2' },
  { code: '3', label: '3' },
] as const;
const OPTIONAL = [{ code: 'none', label: 'Not used' }, ...COUNTS] as const;
type Count = (typeof COUNTS)[number]['code'];
type Optional = (typeof OPTIONAL)[number]['code'];
const numberOr = (v: Optional) => (v === 'none' ? null : Number(v));

/**
 * A partner's ASB case review threshold (issue 20): the versions its area has used and from when, and a
 * new one in force from a day. The Act's limits (no more than three complaints, a window of six months
 * or more) are main's to enforce; the choices here stay inside them. Applications keep the version in
 * force when they were received.
 */
export function ThresholdPanel({ partner, level = 2 }: { partner: string; level?: 2 | 3 }) {
  const H = level === 2 ? 'h2' : 'h3';
  const q = useQuery(hearthQuery('casereview:thresholds', { partner }));
  const form = useForm(`threshold-${partner}`, { name: '', inForceFrom: '', count: '3' as Count, windowMonths: '6', hate: 'none' as Optional, vulnerable: 'none' as Optional, why: '' });
  const submit = useChange();
  const v = form.values;
  const save = () => {
    const ok = form.check((x) => ({
      name: x.name.trim().length < 3 ? 'Give the threshold a name, such as “Three complaints in six months”.' : null,
      inForceFrom: !x.inForceFrom.trim() ? 'Enter the first day it is in force.' : toIsoDate(x.inForceFrom) ? null : 'Enter the first day it is in force like 01/12/2026.',
      windowMonths: /^\d+$/.test(x.windowMonths.trim()) && Number(x.windowMonths) >= 6 && Number(x.windowMonths) <= 24 ? null : 'Enter the window in months: 6 to 24 (the Act’s six months at least).',
      vulnerable: x.vulnerable !== 'none' && Number(x.vulnerable) > Number(x.count) ? 'The count for a vulnerable victim cannot be higher than the usual count.' : null,
    }));
    if (!ok) return;
    const input = { partner, name: v.name.trim(), inForceFrom: toIsoDate(v.inForceFrom)!, count: Number(v.count), windowMonths: Number(v.windowMonths), hateIncidents: numberOr(v.hate), vulnerableCount: numberOr(v.vulnerable), why: v.why.trim() };
    void submit.run('casereview:setThreshold', input, () => form.reset());
  };
  return (
    <section className="panel" aria-labelledby={`threshold-${partner}-heading`}>
      <H id={`threshold-${partner}-heading`}>ASB case review threshold</H>
      <p>The threshold the relevant bodies in this partner’s area set (s.104 of the Anti-social Behaviour, Crime and Policing Act 2014). Each application is judged by the version in force on the day it was received.</p>
      {q.error && (
        <Notice tone="error">
          <p>{q.error.message}</p>
        </Notice>
      )}
      {q.data && (
        <DataTable<ThresholdVersionView>
          caption={`Threshold versions for ${partner}`}
          captionHidden
          rows={q.data.versions}
          rowKey={(t) => `${t.id}-${t.version}`}
          columns={[
            { header: 'In force from', rowHeader: true, className: 'nowrap', cell: (t) => `${t.inForceFrom ? fromIsoDate(t.inForceFrom) : 'The start'}${t.current ? ' (now)' : ''}` },
            { header: 'Threshold', cell: (t) => t.name },
            { header: 'Rule', cell: (t) => t.words },
            { header: 'Set by', cell: (t) => (t.setBy ? `${t.setBy}, ${fromIsoDate(t.setAt!.slice(0, 10))}` : '–') },
          ]}
        />
      )}
      <EntryForm id={`threshold-${partner}-add`} title="Add a version" problems={form.problems(submit.error)} focusKey={form.attempts} serverError={submit.error} busy={submit.busy} saveLabel="Add the version" onSubmit={save} onCancel={() => form.reset()}>
        <div className="field-grid">
          <TextField label="Name" autoComplete="off" {...form.field('name')} />
          <DateField label="In force from" {...form.field('inForceFrom')} />
        </div>
        <RadioGroup id={form.id('count')} legend="Qualifying complaints that meet it" hint="No more than three (s.104(4))." inline options={COUNTS} value={v.count} onChange={(count) => form.set({ count })} />
        <TextField label="Window before the application, in months" hint="Six at least (s.104(11))." width="short" inputMode="numeric" {...form.field('windowMonths')} />
        <RadioGroup id={form.id('hate')} legend="Hate incidents that meet it on their own" inline options={OPTIONAL} value={v.hate} onChange={(hate) => form.set({ hate })} />
        <RadioGroup id={form.id('vulnerable')} legend="Complaints that meet it for a vulnerable victim" inline options={OPTIONAL} value={v.vulnerable} onChange={(vulnerable) => form.set({ vulnerable })} error={form.errors.vulnerable} />
        <TextAreaField label="Why the area set it (optional)" limit={600} {...form.field('why')} />
      </EntryForm>
    </section>
  );
}
