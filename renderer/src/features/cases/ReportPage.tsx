import { useState } from 'react';
import { Heading } from '../../ui/Heading';
import { Notice } from '../../ui/Notice';
import { useMyPartners } from '../../hooks/useMyPartners';
import { IntakeForm } from './intake/IntakeForm';
import { lastPartner } from './intake/lastPartner';
import { type SavedReport, SavedReportPage } from './intake/SavedReportPage';
import '../../styles/cases.css';

/** "Report an incident" (#/report): the guided report form, then what to do next. */
export function ReportPage() {
  const partners = useMyPartners();
  const [saved, setSaved] = useState<SavedReport | null>(null);
  const [round, setRound] = useState(0);

  if (saved) {
    return (
      <SavedReportPage
        saved={saved}
        onAnother={() => {
          setSaved(null);
          setRound((r) => r + 1);
        }}
      />
    );
  }
  const active = partners.data ?? [];
  const remembered = lastPartner();
  const initial = active.length === 1 ? active[0]!.code : (active.find((p) => p.code === remembered)?.code ?? '');
  return (
    <>
      <div className="page__header">
        <Heading>Report an incident</Heading>
        <p>Record what you know now. Only how and when it was reported, the partner, the kind of case and what happened are needed; everything else can be added to the case later.</p>
      </div>
      {partners.isPending && <p>Loading…</p>}
      {partners.isError && (
        <Notice tone="error" title="The form could not be opened">
          <p>{partners.error.message}</p>
        </Notice>
      )}
      {partners.isSuccess && <IntakeForm key={round} partners={active} initialPartner={initial} onSaved={setSaved} />}
    </>
  );
}
