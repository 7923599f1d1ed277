import { useState } from 'react';
import type { DocumentView } from '../../../../../shared/schemas/documents';
import { sentPhrase } from '../../../../../shared/schemas/sending';
import { formatDate, formatDateTime } from '../../../../../shared/time/format';
import { Button } from '../../../ui/Button';
import { Notice } from '../../../ui/Notice';
import { printDocument, printForPost } from './print';
import { RecordReturnedDialog } from './RecordReturnedDialog';
import { RecordSentDialog } from './RecordSentDialog';
import { newJobId, WindowProgress } from './WindowProgress';

export interface SendingMessage {
  tone: 'success' | 'error';
  text: string;
}

/** Where a made letter stands: ready to send, sent how and when, or returned post, in words. */
export function SendingState({ document: d }: { document: DocumentView }) {
  if (d.state === 'ready') return <span className="tag tag--warning">Ready to send</span>;
  const s = d.sending!;
  const sent = s.how === 'not-recorded' ? `Sent ${formatDate(d.sentOn ?? s.at)}` : `Sent ${formatDateTime(s.at)} ${sentPhrase(s.how, s.howDetail)}`;
  if (d.state === 'sent') return <span>{sent}</span>;
  return (
    <>
      <span className="tag tag--error">Returned post</span> {formatDate(d.returned!.on)}: {d.returned!.reason}
      <br />
      <span className="secondary-text">{sent}</span>
    </>
  );
}

/**
 * The sending buttons of a made letter (issue 17): "Record as sent…" and "Print" while it is ready (and,
 * for a batch, its address labels or its letters set for window envelopes); "Record returned post…" once sent. Each opens its dialog; what happened is said in a live notice.
 */
export function SendingActions({ document: d, small = true, onMessage }: { document: DocumentView; small?: boolean; onMessage?: (m: SendingMessage | null) => void }) {
  const [dialog, setDialog] = useState<'sent' | 'returned' | null>(null);
  const [own, setOwn] = useState<SendingMessage | null>(null);
  // In a table the message goes above it (onMessage), where it has room; elsewhere it is shown here.
  const setMessage = onMessage ?? setOwn;
  const message = onMessage ? null : own;
  const done = (text: string) => {
    setDialog(null);
    setMessage({ tone: 'success', text });
  };
  // A batch's letters for window envelopes are laid out in the background: its progress and Cancel show meanwhile.
  const [windowJob, setWindowJob] = useState<string | null>(null);
  const batch = d.recipientCount > 1;
  const print = async (layout?: 'labels' | 'window') => {
    const jobId = layout === 'window' && batch ? newJobId() : null;
    setWindowJob(jobId);
    const problem = await (layout ? printForPost(d.id, layout, jobId ?? undefined) : printDocument(d.id));
    setWindowJob(null);
    setMessage(problem ? { tone: 'error', text: problem } : null);
  };
  return (
    <>
      <div className="row-actions">
        {d.state === 'ready' && (
          <>
            <Button small={small} onClick={() => setDialog('sent')} aria-label={`Record ${d.title} for ${d.recipientDescription} as sent`}>
              Record as sent…
            </Button>
            <Button small={small} variant="secondary" onClick={() => void print()} aria-label={`Print ${d.title} for ${d.recipientDescription}`}>
              Print
            </Button>
            {batch && (
              <>
                <Button small={small} variant="secondary" onClick={() => void print('labels')} aria-label={`Print address labels for ${d.title} (${d.recipientCount} addresses)`}>
                  Address labels
                </Button>
                <Button small={small} variant="secondary" disabled={windowJob !== null} onClick={() => void print('window')} aria-label={`Print ${d.title} for window envelopes`}>
                  For window envelopes
                </Button>
              </>
            )}
          </>
        )}
        {d.state === 'sent' && (
          <Button small={small} variant="secondary" onClick={() => setDialog('returned')} aria-label={`Record ${d.title} for ${d.recipientDescription} as returned post`}>
            Record returned post…
          </Button>
        )}
      </div>
      {windowJob && <WindowProgress jobId={windowJob} title={d.title} />}
      {message && (
        <Notice tone={message.tone} live>
          <p>{message.text}</p>
        </Notice>
      )}
      {dialog === 'sent' && <RecordSentDialog document={d} onDone={done} onCancel={() => setDialog(null)} />}
      {dialog === 'returned' && <RecordReturnedDialog document={d} onDone={done} onCancel={() => setDialog(null)} />}
    </>
  );
}
