import { Button } from '../../ui/Button';

interface Props {
  onPdf: () => void;
  busy: boolean;
  disabled: boolean;
}

/** The board report: cover, summary, charts, tables and definitions, as a tagged A4 PDF. */
export function ExportBar({ onPdf, busy, disabled }: Props) {
  return (
    <div className="report-export">
      <Button onClick={onPdf} busy={busy} busyLabel="Preparing the board report…" disabled={disabled}>
        Download the board report (PDF)
      </Button>
      <p className="secondary-text">Aggregate figures only. Every export is recorded in the audit log.</p>
    </div>
  );
}
