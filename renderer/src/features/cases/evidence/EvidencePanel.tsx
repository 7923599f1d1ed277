import { useState } from 'react';
import type { CaseView, EvidenceView } from '../../../../../shared/schemas/cases';
import { hearth } from '../../../api/hearth';
import { Button } from '../../../ui/Button';
import { Notice } from '../../../ui/Notice';
import { useSession } from '../../../hooks/useSession';
import { focusSoon } from '../../../ui/focus';
import { AddEvidenceForm } from './AddEvidenceForm';
import { blobUrlOf, saveFile } from '../../../ui/saveFile';
import { isImage } from './isImage';
import { EvidencePreview, type Preview } from './EvidencePreview';
import { EvidenceTable } from './EvidenceTable';
import { TranscriptForm } from './TranscriptForm';

interface Props {
  view: CaseView;
  onDone: (message: string) => void;
}

/** The exhibits: adding files, and opening them (images in the page, other files saved). Each opening is audited. */
export function EvidencePanel({ view, onDone }: Props) {
  const { can } = useSession();
  const [adding, setAdding] = useState(false);
  const [busyId, setBusyId] = useState<number | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [transcribing, setTranscribing] = useState<EvidenceView | null>(null);

  const open = async (item: EvidenceView) => {
    setBusyId(item.id);
    setError(null);
    const result = await hearth.evidence.content({ id: item.id });
    setBusyId(null);
    if (!result.ok) return setError(result.error.message);
    if (!isImage(result.value.type)) return saveFile(result.value);
    setPreview({ id: item.id, url: blobUrlOf(result.value), exhibit: item.exhibitLabel, fileName: item.fileName, description: item.description });
  };

  return (
    <section className="panel no-print" aria-labelledby="evidence-heading">
      <div className="panel__head">
        <h2 id="evidence-heading">Evidence</h2>
        {can('evidence.add') && !adding && (
          <Button
            id="add-evidence-button"
            small
            variant="secondary"
            onClick={() => {
              setAdding(true);
              focusSoon('add-evidence-heading');
            }}
          >
            Add evidence
          </Button>
        )}
      </div>
      {error && (
        <Notice tone="error" title="The file could not be opened" live>
          <p>{error}</p>
        </Notice>
      )}
      {view.evidence.length === 0 ? <p className="secondary-text">No evidence yet. Add photos, letters, recordings or documents as they come in.</p> : (
        <EvidenceTable
          evidence={view.evidence}
          busyId={busyId}
          onOpen={(e) => void open(e)}
          {...(can('evidence.add')
            ? {
                onTranscript: (e: EvidenceView) => {
                  setTranscribing(e);
                  focusSoon('evidence-transcript-heading');
                },
              }
            : {})}
        />
      )}
      {transcribing && (
        <TranscriptForm
          caseId={view.header.id}
          key={transcribing.id}
          item={transcribing}
          onCancel={() => setTranscribing(null)}
          onSaved={(message) => {
            setTranscribing(null);
            onDone(message);
          }}
        />
      )}
      {preview && <EvidencePreview preview={preview} onClose={() => setPreview(null)} />}
      {adding && (
        <AddEvidenceForm
          caseId={view.header.id}
          onCancel={() => {
            setAdding(false);
            focusSoon('add-evidence-button');
          }}
          onAdded={(message) => {
            setAdding(false);
            focusSoon('add-evidence-button');
            onDone(message);
          }}
        />
      )}
    </section>
  );
}
