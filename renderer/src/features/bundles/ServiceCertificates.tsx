import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { SERVICE_METHODS, SERVICE_METHOD_WORDS, SERVICE_PLACE_WORDS, SERVICE_STEP_WORDS, TIMED_METHODS, type ServiceMethod } from '../../../../shared/court/service-methods';
import { PARTY_ROLES, labelOf } from '../../../../shared/domain/vocabulary';
import type { BundleCandidate } from '../../../../shared/schemas/bundles';
import type { CourtPaperView } from '../../../../shared/schemas/court-papers';
import { fromIsoDate, londonToday, toIsoDate } from '../../../../shared/time/input';
import { hearthQuery } from '../../api/queries';
import { useChange } from '../../hooks/useChange';
import { Button } from '../../ui/Button';
import { CheckboxField } from '../../ui/CheckboxField';
import { DateField } from '../../ui/DateField';
import { Notice } from '../../ui/Notice';
import { RadioGroup } from '../../ui/RadioGroup';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';

/**
 * Certificates of service, N215-style (issue 15): for a document served — a letter Hearth made, the
 * application, the draft order, a notice — who served it, on whom, how, where and when. Main works out
 * the deemed date of service (CPR 6.14 for the claim form, 6.26 for everything else) on the business-day
 * calendar and shows it with the draft. Finalised, a certificate is locked and the bundle puts it in the
 * correspondence next to the document it certifies; the bundle names a withheld person by their label.
 */
interface Form {
  documentId: string;
  document: string;
  claimForm: boolean;
  servedOnPartyId: string;
  method: ServiceMethod | '';
  stepOn: string;
  stepAt: string;
  place: string;
  servedBy: string;
  position: string;
}

const BLANK: Form = { documentId: '', document: '', claimForm: false, servedOnPartyId: '', method: '', stepOn: '', stepAt: '', place: '', servedBy: '', position: '' };

function formOf(p: CourtPaperView): Form {
  if (p.paper.kind !== 'service-certificate') return BLANK;
  const f = p.paper.fields;
  return { documentId: f.documentId ? String(f.documentId) : '', document: f.document, claimForm: f.claimForm, servedOnPartyId: String(f.servedOnPartyId), method: f.method, stepOn: fromIsoDate(f.stepOn), stepAt: f.stepAt ?? '', place: f.place, servedBy: f.servedBy, position: f.position };
}

export function ServiceCertificates({ caseId, candidates }: { caseId: number; candidates: readonly BundleCandidate[] }) {
  const list = useQuery(hearthQuery('paper:list', { caseId }));
  const kase = useQuery(hearthQuery('case:get', { id: caseId }));
  const change = useChange({ caseId });
  const [editing, setEditing] = useState<{ id: number | null; form: Form } | null>(null);
  const [signedOn, setSignedOn] = useState(londonToday());
  const [said, setSaid] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const certificates = (list.data ?? []).filter((p) => p.paper.kind === 'service-certificate');
  const letters = candidates.filter((c) => c.kind === 'document' && c.defaultSection === 'correspondence');
  const parties = kase.data?.parties ?? [];
  const f = editing?.form ?? null;
  const set = (patch: Partial<Form>) => editing && setEditing({ ...editing, form: { ...editing.form, ...patch } });

  const save = (then?: (p: CourtPaperView) => void) => {
    if (!editing || !f) return;
    const stepOn = toIsoDate(f.stepOn);
    if (!f.method) return setProblem('Choose how the document was served.');
    if (!f.servedOnPartyId) return setProblem('Choose the person served.');
    if (!stepOn) return setProblem(`Enter the day it was ${SERVICE_STEP_WORDS[f.method]}, like 21/11/2026.`);
    setProblem(null);
    const fields = {
      documentId: f.documentId ? Number(f.documentId) : null,
      document: f.document,
      claimForm: f.claimForm,
      servedOnPartyId: Number(f.servedOnPartyId),
      method: f.method,
      stepOn,
      stepAt: TIMED_METHODS.includes(f.method) && f.stepAt.trim() ? f.stepAt.trim() : null,
      place: f.place,
      servedBy: f.servedBy,
      position: f.position,
    };
    void change.run('paper:save', { caseId, paperId: editing.id, paper: { kind: 'service-certificate', fields } }, (p) => {
      setEditing({ id: p.id, form: formOf(p) });
      setSaid(p.deemed ? `Certificate draft saved. Deemed served on ${fromIsoDate(p.deemed.on)}: ${p.deemed.why}` : 'Certificate draft saved.');
      then?.(p);
    });
  };
  const finalise = () => {
    const day = toIsoDate(signedOn);
    if (!day) return setProblem('Enter the date the certificate is signed, like 21/11/2026.');
    save((p) =>
      void change.run('paper:finalise', { caseId, paperId: p.id, signedOn: day }, (done) => {
        setEditing(null);
        setSaid(`${done.title} finalised: deemed served on ${done.deemed ? fromIsoDate(done.deemed.on) : 'the day shown'}. It is locked and goes into the bundle’s correspondence.`);
      }),
    );
  };

  return (
    <section className="panel" aria-labelledby="service-h">
      <h2 id="service-h">Certificates of service</h2>
      {certificates.length === 0 && <p>No certificate of service yet. Record one for each document served (N215).</p>}
      {certificates.length > 0 && (
        <ul className="plain-list">
          {certificates.map((c) => (
            <li key={c.id}>
              {c.title} — {c.status === 'final' ? 'finalised' : 'draft'}
              {c.deemed ? `, deemed served on ${fromIsoDate(c.deemed.on)} (${c.deemed.rule})` : ''}{' '}
              {c.status === 'draft' && (
                <Button small variant="secondary" onClick={() => setEditing({ id: c.id, form: formOf(c) })}>
                  Edit this certificate
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {!editing && (
        <Button variant="secondary" onClick={() => setEditing({ id: null, form: BLANK })}>
          Record a certificate of service
        </Button>
      )}
      {editing && f && (
        <div className="statement-editor">
          <SelectField
            id="service-document"
            label="The document served"
            value={f.documentId}
            options={[{ value: '', label: 'A court paper or another document (name it below)' }, ...letters.map((l) => ({ value: l.key.slice(2), label: l.title }))]}
            onChange={(documentId) => set({ documentId, document: letters.find((l) => l.key === `d:${documentId}`)?.title ?? f.document })}
          />
          <TextField id="service-what" label="What was served, as the certificate names it" hint="For example: the claim form, the draft order and the witness statement in support." value={f.document} onChange={(document) => set({ document })} />
          <CheckboxField id="service-claim-form" label="It includes the claim form (the application for an injunction): deemed served under CPR 6.14" checked={f.claimForm} onChange={(claimForm) => set({ claimForm })} />
          <SelectField
            id="service-on"
            label="The person served"
            value={f.servedOnPartyId}
            options={[{ value: '', label: 'Choose…' }, ...parties.map((p) => ({ value: String(p.id), label: `${p.anonymous || !p.name ? 'Name not known' : p.name} (${labelOf(PARTY_ROLES, p.role).toLowerCase()})` }))]}
            onChange={(servedOnPartyId) => set({ servedOnPartyId })}
          />
          <RadioGroup id="service-method" legend="How it was served" options={SERVICE_METHODS.map((m) => ({ code: m, label: SERVICE_METHOD_WORDS[m] }))} value={f.method} onChange={(method) => set({ method })} />
          {f.method && (
            <>
              <TextField id="service-place" label={SERVICE_PLACE_WORDS[f.method]} value={f.place} onChange={(place) => set({ place })} />
              <DateField id="service-on-day" label={`Day it was ${SERVICE_STEP_WORDS[f.method]}`} value={f.stepOn} onChange={(stepOn) => set({ stepOn })} />
              {TIMED_METHODS.includes(f.method) && <TextField id="service-at" label={`Time it was ${SERVICE_STEP_WORDS[f.method]} (hh:mm)`} hint="Before 4.30pm on a business day it is served that day; otherwise the next business day (CPR 6.26)." width="short" value={f.stepAt} onChange={(stepAt) => set({ stepAt })} />}
            </>
          )}
          <TextField id="service-by" label="Name of the person who served it (they sign the certificate)" value={f.servedBy} onChange={(servedBy) => set({ servedBy })} />
          <TextField id="service-position" label="Their position or office" value={f.position} onChange={(position) => set({ position })} />
          <div className="button-row">
            <Button variant="secondary" onClick={() => save()} busy={change.busy}>
              Save the certificate draft
            </Button>
            <Button variant="secondary" onClick={() => setEditing(null)}>
              Close
            </Button>
          </div>
          <DateField id="service-signed" label="Date the certificate is signed" value={signedOn} onChange={setSignedOn} />
          <div className="button-row">
            <Button onClick={finalise} busy={change.busy}>
              Finalise the certificate
            </Button>
          </div>
        </div>
      )}
      {(problem ?? change.error) && (
        <Notice tone="error" live>
          <p>{problem ?? change.error}</p>
        </Notice>
      )}
      <p role="status">{said}</p>
    </section>
  );
}
