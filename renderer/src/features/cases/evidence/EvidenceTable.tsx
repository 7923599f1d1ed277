import { EVIDENCE_TYPES, labelOf } from '../../../../../shared/domain/vocabulary';
import { formatDateUK } from '../../../../../shared/time/london';
import type { EvidenceView } from '../../../../../shared/schemas/cases';
import { Button } from '../../../ui/Button';
import { DataTable, HiddenHeader } from '../../../ui/DataTable';
import { formatBytes } from '../../../ui/formatBytes';
import { HashValue } from './HashValue';
import { isImage } from './isImage';

interface Props {
  evidence: readonly EvidenceView[];
  busyId: number | null;
  onOpen: (item: EvidenceView) => void;
  /** Given to people who may add evidence: marking an exhibit hard to read and typing its transcript (B17). */
  onTranscript?: (item: EvidenceView) => void;
}

const hasPages = (e: EvidenceView) => e.type === 'pdf' || e.type === 'jpeg' || e.type === 'png';

/** The case's exhibits, with what a court bundle needs to know about each. */
export function EvidenceTable({ evidence, busyId, onOpen, onTranscript }: Props) {
  return (
    <DataTable
      className="evidence-table"
      caption="Evidence on the case"
      captionHidden
      rows={evidence}
      rowKey={(e) => e.id}
      columns={[
        { header: 'Exhibit', rowHeader: true, className: 'nowrap', cell: (e) => e.exhibitLabel },
        {
          header: 'File',
          cell: (e) => (
            <>
              <span className="evidence-table__name">{e.fileName}</span>
              <span className="cell-note">
                {labelOf(EVIDENCE_TYPES, e.type)}, {formatBytes(e.size)}
                {e.pageCount !== null && `, ${e.pageCount} page${e.pageCount === 1 ? '' : 's'}`}
              </span>
              {e.description && <span className="cell-note">{e.description}</span>}
              {!e.usableInBundle && <span className="cell-warning">Cannot go in a bundle: {e.unusableReason ?? 'no reason given'}</span>}
              {e.illegible &&
                (e.transcript ? (
                  <span className="cell-note">
                    Hard to read: typed transcript by {e.transcriptBy}
                    {e.transcriptAt && `, ${formatDateUK(e.transcriptAt.slice(0, 10))}`}
                  </span>
                ) : (
                  <span className="cell-warning">Hard to read: needs a typed transcript before it can go in a bundle</span>
                ))}
            </>
          ),
        },
        {
          header: 'Source and date obtained',
          cell: (e) => (
            <>
              {e.source}
              <span className="cell-note">Obtained {formatDateUK(e.obtainedOn)}</span>
            </>
          ),
        },
        { header: 'Fingerprint', cell: (e) => <HashValue sha256={e.sha256} label={e.exhibitLabel} /> },
        {
          header: <HiddenHeader>Open</HiddenHeader>,
          cell: (e) => (
            <div className="button-row button-row--tight">
              <Button small variant="secondary" busy={busyId === e.id} busyLabel="Opening…" onClick={() => onOpen(e)}>
                {isImage(e.type) ? 'Show' : 'Download'}
                <span className="visually-hidden"> exhibit {e.exhibitLabel}</span>
              </Button>
              {onTranscript && hasPages(e) && (
                <Button small variant="secondary" onClick={() => onTranscript(e)}>
                  Transcript<span className="visually-hidden"> of exhibit {e.exhibitLabel}</span>
                </Button>
              )}
            </div>
          ),
        },
      ]}
    />
  );
}
