import { EVIDENCE_TYPES, labelOf } from '../../../../../shared/domain/vocabulary';
import { formatDateUK } from '../../../../../shared/time/london';
import type { EvidenceView } from '../../../../../shared/schemas/cases';
import { Button } from '../../../components/Button';
import { formatBytes } from '../../../format/bytes';
import { HashValue } from './HashValue';
import { isImage } from './blobs';

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
    <div className="table-wrap">
      <table className="table evidence-table">
        <caption className="visually-hidden">Evidence on the case</caption>
        <thead>
          <tr>
            <th scope="col">Exhibit</th>
            <th scope="col">File</th>
            <th scope="col">Source and date obtained</th>
            <th scope="col">SHA-256</th>
            <th scope="col">
              <span className="visually-hidden">Open</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {evidence.map((e) => (
            <tr key={e.id}>
              <th scope="row" className="nowrap">
                {e.exhibitLabel}
              </th>
              <td>
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
              </td>
              <td>
                {e.source}
                <span className="cell-note">Obtained {formatDateUK(e.obtainedOn)}</span>
              </td>
              <td>
                <HashValue sha256={e.sha256} label={e.exhibitLabel} />
              </td>
              <td>
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
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
