import { useState } from 'react';
import type { DocumentView, PreviewOutput, TemplateChoice } from '../../../../shared/schemas/documents';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { SelectField } from '../../ui/SelectField';
import { useChange } from '../../hooks/useChange';
import { useDraft } from '../../hooks/useDraft';
import { DraftOffer } from '../../ui/DraftOffer';
import { BatchMaker } from './BatchMaker';
import { FixLink } from './FixLink';
import { LetterReview } from './LetterReview';
import { saveFile } from '../../ui/saveFile';
import { PreviewPane } from './PreviewPane';
import { SavedNotice } from './SavedNotice';
import { SlotFields } from './SlotFields';
import { UnfitList } from './UnfitList';
import { VariantFields } from './VariantFields';

interface Props {
  caseId: number;
  templates: readonly TemplateChoice[];
}

const slotValues = (t: TemplateChoice | undefined) => Object.fromEntries((t?.slots ?? []).map((s) => [s.id, s.value]));

/**
 * Making a document: choose a template that fits the case and who it goes to, fill in the slots, preview
 * it (as the files will read), then save it: stored, hashed, in the chronology, deadlines updated.
 */
export function DocumentMaker({ caseId, templates }: Props) {
  const fitting = templates.filter((t) => t.fits);
  const [templateId, setTemplateId] = useState('');
  const template = fitting.find((t) => t.id === templateId);
  const [recipient, setRecipient] = useState(0);
  const [slots, setSlots] = useState<Record<string, string>>({});
  const [variant, setVariant] = useState({ largePrint: false, easyRead: false });
  const [preview, setPreview] = useState<PreviewOutput | null>(null);
  const [saved, setSaved] = useState<DocumentView | null>(null);
  // Issue 16: a letter the guard stops can have its passages reviewed instead of being rewritten.
  const [reviewing, setReviewing] = useState(false);
  const submit = useChange();
  const option = template?.recipients[recipient];
  // The letter's slots are kept as a draft as they are typed (issue 17), with the template and recipient.
  const kept = useDraft({
    form: 'letter',
    caseId,
    values: { templateId, recipient, slots, variant },
    restore: (v) => {
      setTemplateId(v.templateId);
      setRecipient(v.recipient);
      setSlots(v.slots);
      setVariant(v.variant);
    },
    label: 'letter',
  });

  const choose = (id: string) => {
    const t = fitting.find((x) => x.id === id);
    setTemplateId(id);
    setRecipient(0);
    setSlots(slotValues(t));
    setVariant({ largePrint: t?.recipients[0]?.largePrint ?? false, easyRead: t?.recipients[0]?.easyRead ?? false });
    setPreview(null);
    setSaved(null);
    setReviewing(false);
    // What went wrong with the last template says nothing about this one.
    submit.clearError();
  };
  const chooseRecipient = (i: number) => {
    setRecipient(i);
    setReviewing(false);
    setVariant({ largePrint: template?.recipients[i]?.largePrint ?? false, easyRead: template?.recipients[i]?.easyRead ?? false });
    setPreview(null);
    submit.clearError();
  };
  const request = () => ({ caseId, templateId, partyId: option?.partyId ?? null, actionId: option?.actionId ?? null, referralId: option?.referralId ?? null, slots, ...variant });

  const showPreview = (p: PreviewOutput) => {
    setPreview(p);
    if (p.refusal?.message.includes('Review what identifies people')) setReviewing(true);
  };
  const doPreview = () => void submit.run('document:preview', request(), showPreview);
  // Once every passage is reviewed the letter reads as decided: preview it again to make it.
  const previewAgain = () => void submit.run('document:preview', request(), setPreview);
  const openPdf = () => void submit.run('document:draftPdf', request(), saveFile);
  const save = () =>
    void submit.run('document:generate', request(), (doc) => {
      kept.submitted();
      setSaved(doc);
      setPreview(null);
    });

  return (
    <section className="panel doc-maker" aria-labelledby="doc-maker-heading">
      <h2 id="doc-maker-heading">Make a letter or document</h2>
      <DraftOffer what="letter" draft={kept} />
      <SelectField
        id="doc-template"
        label="Template"
        value={templateId}
        onChange={choose}
        options={[{ value: '', label: 'Choose a template' }, ...fitting.map((t) => ({ value: t.id, label: t.title }))]}
        hint={template?.description ?? 'Only the templates that fit this case are offered.'}
      />
      <UnfitList templates={templates.filter((t) => !t.fits)} />
      {template && template.recipient !== 'residents' && (
        <SelectField id="doc-recipient" label={template.recipient === 'court' ? 'Who makes the statement' : 'Who it goes to'} value={String(recipient)} onChange={(v) => chooseRecipient(Number(v))} options={template.recipients.map((r, i) => ({ value: String(i), label: r.label }))} />
      )}
      {template && (
        <>
          <SlotFields slots={template.slots} values={slots} onChange={(id, value) => (setSlots((s) => ({ ...s, [id]: value })), setPreview(null))} />
          <VariantFields recipient={template.recipient === 'residents' ? undefined : option} variants={template.variants} {...variant} onChange={(v) => (setVariant(v), setPreview(null))} />
          <div className="button-row">
            <Button variant={preview ? 'secondary' : 'primary'} busy={submit.busy && !preview} busyLabel="Preparing…" onClick={doPreview}>
              Preview
            </Button>
          </div>
        </>
      )}
      <div aria-live="polite">
        {submit.error && (
          <Notice tone="error" title="That did not work">
            <p>{submit.error}</p>
            <FixLink error={submit.error} />
          </Notice>
        )}
        {saved && <SavedNotice document={saved} />}
      </div>
      {preview && reviewing && template && <LetterReview request={request()} onAllReviewed={previewAgain} />}
      {preview && template && <PreviewPane preview={preview} busy={submit.busy} canSave={template.recipient !== 'residents'} onOpenPdf={openPdf} onSave={save} />}
      {preview && template?.recipient === 'residents' && !preview.refusal && <BatchMaker request={{ caseId, templateId, slots, ...variant }} onMade={kept.submitted} />}
    </section>
  );
}
