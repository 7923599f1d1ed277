import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { RETENTION_TRIGGERS, type RetentionRule, type RetentionTrigger, scheduleWarnings } from '../../../../shared/retention/schedule';
import { RECORD_KIND_WORDS, ruleWords, TRIGGER_WORDS } from '../../../../shared/retention/words';
import type { ScheduleView } from '../../../../shared/schemas/retention-schedule';
import { formatDate } from '../../../../shared/time/format';
import { hearthQuery, hearthQueryWhen } from '../../api/queries';
import { useChange } from '../../hooks/useChange';
import { Button } from '../../ui/Button';
import { DataTable } from '../../ui/DataTable';
import { Dialog } from '../../ui/Dialog';
import { DialogForm } from '../../ui/DialogForm';
import { Notice } from '../../ui/Notice';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';

/**
 * A partner's retention schedule (issue 21): the version in force, rule by rule in words ("6 years after
 * the case closed"), the earlier versions, and a new version with each rule's period and trigger. A rule
 * that would dispose before the monitoring period ends is warned about as it is typed, and again by main.
 */
export function SchedulePanel({ onDone }: { onDone: (message: string) => void }) {
  const partners = useQuery(hearthQuery('partners:list', {}));
  const [partner, setPartner] = useState('');
  const schedule = useQuery(hearthQueryWhen('retention:schedule', partner ? { partner } : null));
  const [editing, setEditing] = useState(false);
  return (
    <section aria-labelledby="schedule-heading">
      <h2 id="schedule-heading">Retention schedule</h2>
      <SelectField id="schedule-partner" label="Partner" value={partner} onChange={setPartner} options={[{ value: '', label: 'Choose…' }, ...(partners.data ?? []).map((p) => ({ value: p.code, label: `${p.name} (${p.code})` }))]} />
      {schedule.isError && (
        <Notice tone="error" title="The schedule could not be loaded">
          <p>{schedule.error.message}</p>
        </Notice>
      )}
      {schedule.isSuccess && <ScheduleShown view={schedule.data} onEdit={() => setEditing(true)} />}
      {editing && schedule.isSuccess && (
        <ScheduleDialog
          view={schedule.data}
          onCancel={() => setEditing(false)}
          onDone={(message) => {
            setEditing(false);
            onDone(message);
          }}
        />
      )}
    </section>
  );
}

function ScheduleShown({ view, onEdit }: { view: ScheduleView; onEdit: () => void }) {
  const s = view.inForce;
  return (
    <>
      <p>
        In force: {s.name}
        {s.createdAt ? `, added ${formatDate(s.createdAt)} by ${s.createdBy}` : ' (Hearth’s default)'}.
      </p>
      {view.warnings.map((w) => (
        <Notice key={w} tone="warning" title="Before the monitoring period ends">
          <p>{w}</p>
        </Notice>
      ))}
      <DataTable
        caption={`The rules of ${s.name}`}
        columns={[
          { header: 'Rule', cell: (r) => r.id, rowHeader: true, className: 'nowrap' },
          { header: 'Covers', cell: (r) => RECORD_KIND_WORDS[r.recordKind] },
          { header: 'Kept', cell: (r) => ruleWords(r) },
          { header: 'Why', cell: (r) => r.basis },
        ]}
        rows={s.rules}
        rowKey={(r) => r.id}
        scrollLabel="Retention rules"
      />
      {view.versions.length > 1 && (
        <p>
          Versions: {view.versions.map((v) => `${v.id} v${v.version}${v.createdAt ? ` (${formatDate(v.createdAt)})` : ''}`).join('; ')}.
        </p>
      )}
      <Button variant="secondary" onClick={onEdit}>
        Add a new version…
      </Button>
    </>
  );
}

interface Draft {
  amount: string;
  unit: 'years' | 'months';
  trigger: RetentionTrigger;
}

const draftOf = (r: RetentionRule): Draft => (r.keepMonths % 12 === 0 ? { amount: String(r.keepMonths / 12), unit: 'years', trigger: r.trigger } : { amount: String(r.keepMonths), unit: 'months', trigger: r.trigger });
const monthsOf = (d: Draft) => (/^\d{1,4}$/.test(d.amount.trim()) ? Number(d.amount) * (d.unit === 'years' ? 12 : 1) : NaN);

function ScheduleDialog({ view, onDone, onCancel }: { view: ScheduleView; onDone: (message: string) => void; onCancel: () => void }) {
  const change = useChange();
  const rules = view.inForce.rules;
  const [drafts, setDrafts] = useState<Draft[]>(rules.map(draftOf));
  const [tried, setTried] = useState(0);
  const set = (i: number, d: Partial<Draft>) => setDrafts(drafts.map((x, j) => (j === i ? { ...x, ...d } : x)));
  const edited = rules.map((r, i) => ({ ...r, keepMonths: monthsOf(drafts[i]!), trigger: drafts[i]!.trigger }));
  const problems = edited.flatMap((r, i) => (Number.isNaN(r.keepMonths) ? [{ fieldId: `schedule-amount-${i}`, message: `Give “${r.id}” a whole number of years or months.` }] : []));
  const warnings = problems.length ? [] : scheduleWarnings({ ...view.inForce, rules: edited });
  const submit = () => {
    if (problems.length) return setTried(tried + 1);
    void change.run('retention:setSchedule', { partner: view.partner, rules: edited }, (out) => onDone(`Version ${out.version} of ${out.scheduleId} applies to ${view.partner}’s cases from now on.`));
  };
  return (
    <Dialog id="schedule" title={`A new version of ${view.partner}’s retention schedule`} focusId="schedule-amount-0" busy={change.busy} onCancel={onCancel}>
      <p>The new version applies to {view.partner}’s cases from now on; disposals already made keep the version they were decided under.</p>
      <DialogForm id="schedule" problems={tried ? problems : []} focusKey={tried} serverError={change.error} busy={change.busy} submitLabel="Add the version" busyLabel="Please wait…" onSubmit={submit} onCancel={onCancel}>
        {rules.map((r, i) => (
          <fieldset key={r.id} className="fieldset field">
            <legend className="fieldset__legend">
              {r.id}: {RECORD_KIND_WORDS[r.recordKind]}
            </legend>
            <div className="button-row">
              <TextField id={`schedule-amount-${i}`} label="Kept for" value={drafts[i]!.amount} onChange={(amount) => set(i, { amount })} width="short" inputMode="numeric" />
              <SelectField id={`schedule-unit-${i}`} label="Years or months" value={drafts[i]!.unit} onChange={(unit) => set(i, { unit: unit as Draft['unit'] })} options={[{ value: 'years', label: 'years' }, { value: 'months', label: 'months' }]} />
              <SelectField id={`schedule-trigger-${i}`} label="After" value={drafts[i]!.trigger} onChange={(trigger) => set(i, { trigger: trigger as RetentionTrigger })} options={RETENTION_TRIGGERS.map((t) => ({ value: t, label: TRIGGER_WORDS[t] }))} />
            </div>
          </fieldset>
        ))}
        {warnings.map((w) => (
          <Notice key={w} tone="warning" title="Before the monitoring period ends">
            <p>{w}</p>
          </Notice>
        ))}
      </DialogForm>
    </Dialog>
  );
}
