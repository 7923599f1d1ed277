import { useState } from 'react';
import type { z } from 'zod';
import type { BackupCreateOutput } from '../../../../shared/schemas/admin';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { formatBytes } from '../../ui/formatBytes';
import { useChange } from '../../hooks/useChange';

type BackupWritten = z.infer<typeof BackupCreateOutput>;

interface Props {
  /** The saved backup folder, or null when none is set. */
  folder: string | null;
}

/** An encrypted, verified copy of the workspace, written to the backup folder now. */
export function BackupNow({ folder }: Props) {
  const [written, setWritten] = useState<BackupWritten | null>(null);
  const submit = useChange();
  const backUp = () => {
    setWritten(null);
    void submit.run('backup:create', {}, setWritten);
  };

  return (
    <section className="panel" aria-labelledby="backup-heading">
      <h2 id="backup-heading">Back up now</h2>
      <p>
        Writes an encrypted copy of the whole workspace {folder ? <>to <code>{folder}</code></> : 'to the backup folder'}, then checks that the copy
        opens before giving it its name.
      </p>
      {!folder && <p>Set a backup folder above and save it first.</p>}
      <Button variant="secondary" busy={submit.busy} busyLabel="Backing up…" onClick={backUp}>
        Back up now
      </Button>
      <div aria-live="polite" className="result-area">
        {written && (
          <Notice tone="success" title="Backup written and checked">
            <dl className="definition-list">
              <dt>File</dt>
              <dd>
                <code>{written.path}</code>
              </dd>
              <dt>Size</dt>
              <dd>{formatBytes(written.bytes)}</dd>
            </dl>
          </Notice>
        )}
        {submit.error && (
          <Notice tone="error" title="The backup was not made">
            <p>{submit.error}</p>
          </Notice>
        )}
      </div>
    </section>
  );
}
