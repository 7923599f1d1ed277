import type { DocumentFormat, DocumentView } from '../../../../shared/schemas/documents';
import { useQuery } from '@tanstack/react-query';
import { hearth } from '../../api/hearth';
import { hearthQuery } from '../../api/queries';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { saveFile } from '../../ui/saveFile';
import { SendingActions, SendingState } from './sending/SendingActions';

/** Downloads a stored document's file (audited as an export; the hash is checked before it leaves). */
export async function downloadDocument(id: number, format: DocumentFormat): Promise<string | null> {
  const r = await hearth.document.export({ id, format });
  if (!r.ok) return r.error.message;
  saveFile(r.value);
  return null;
}

/**
 * After making a letter: it is stored and *ready to send* (issue 17); it meets its deadline once it is
 * recorded as sent. Reads the letter from the case's list, so its state follows the sending.
 */
export function SavedNotice({ document: made }: { document: DocumentView }) {
  const list = useQuery(hearthQuery('document:list', { caseId: made.caseId }));
  const d = list.data?.find((x) => x.id === made.id) ?? made;
  const court = d.recipientRole === 'court';
  return (
    <Notice tone="success" title={court || d.state !== 'ready' ? 'Saved' : 'Saved: ready to send'} live>
      <p>
        “{d.title}” for {d.recipientDescription} is stored on the case and in its chronology.
        {!court && (d.state === 'ready' ? ' Print it or send it, then record how and when it went: that is what meets its deadline.' : ' ')}
        {!court && d.state !== 'ready' && <SendingState document={d} />}
      </p>
      {!court && <SendingActions document={d} small={false} />}
      <div className="button-row button-row--tight">
        <Button small variant="secondary" onClick={() => void downloadDocument(d.id, 'pdf')}>
          Download the PDF
        </Button>
        <Button small variant="secondary" onClick={() => void downloadDocument(d.id, 'docx')}>
          Download the Word file
        </Button>
      </div>
    </Notice>
  );
}
