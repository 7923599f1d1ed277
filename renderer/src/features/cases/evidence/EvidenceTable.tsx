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
}

/** The case's exhibits, with what a court bundle needs to know about each. */
export function EvidenceTable({ evidence, busyId, onOpen }: Props) {
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
              </td>
              <td>
                {e.source}
                <span className="cell-note">Obtained {formatDateUK(e.obtainedOn)}</span>
              </td>
              <td>
                <HashValue sha256={e.sha256} label={e.exhibitLabel} />
              </td>
              <td>
                <Button small variant="secondary" busy={busyId === e.id} busyLabel="Opening…" onClick={() => onOpen(e)}>
                  {isImage(e.type) ? 'Show' : 'Download'}
                  <span className="visually-hidden"> exhibit {e.exhibitLabel}</span>
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
