import { useState } from 'react';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { formatBytes } from '../../ui/formatBytes';
import { saveBundlePart } from './saveBundlePart';
import type { JobState } from './hooks/useBuildJob';
import { policyWords } from '../../../../shared/domain/policy-paragraphs';

interface Props {
  job: JobState;
  fileName: string;
  blocking: boolean;
  warnings: string[];
  onBuild: () => void;
  onCancel: () => void;
  onReset: () => void;
}

/** Build, with progress and cancel (issue 7 §2), then save what was built. */
export function BuildPanel({ job, fileName, blocking, warnings, onBuild, onCancel, onReset }: Props) {
  const [saveError, setSaveError] = useState<string | null>(null);
  const running = job.state === 'running' ? job.progress : null;
  const finished = job.state === 'finished' ? job.progress : null;
  const built = finished?.state === 'done' && finished.result?.kind === 'bundle' ? finished.result.bundle : null;
  const save = async (bundleId: number, part: 'pdf' | 'index-docx') => setSaveError(await saveBundlePart(bundleId, part));
  return (
    <section className="panel bundle-build" aria-labelledby="build-h">
      <h2 id="build-h">Build</h2>
      {warnings.map((w) => (
        <Notice key={w} tone="warning">
          <p>{w}</p>
        </Notice>
      ))}
      {(job.state === 'idle' || job.state === 'error') && (
        <>
          {job.state === 'error' && (
            <Notice tone="error" title="The bundle could not be built" live>
              <p>{job.message}</p>
            </Notice>
          )}
          <Button onClick={onBuild} disabled={blocking} aria-describedby="build-file">
            Build the bundle
          </Button>
          <p id="build-file" className="bundle-hint">
            Makes {fileName} and its index as a Word document, kept in the workspace.
          </p>
        </>
      )}
      {job.state === 'starting' && <p role="status">Starting the build…</p>}
      {running && (
        <div className="bundle-progress">
          <label htmlFor="bundle-progress-bar">Building the bundle</label>
          <progress id="bundle-progress-bar" max={Math.max(1, running.total)} value={Math.min(running.done, running.total)}>
            {running.done} of {running.total} pages
          </progress>
          <p role="status" className="bundle-progress__stage">
            {running.total > 1 ? `${running.done} of ${running.total} pages. ` : ''}
            {running.message}
          </p>
          <Button variant="secondary" onClick={onCancel}>
            Cancel the build
          </Button>
        </div>
      )}
      {built && (
        <Notice tone="success" title={`Bundle ${built.letter} is ready`} live>
          <p>
            {built.fileName}: {built.pageCount} pages, {formatBytes(built.size ?? 0)}.
          </p>
          {built.warnings.map((w, i) => (
            <p key={i}>{policyWords(w.message)}</p>
          ))}
          <div className="row-actions">
            <Button onClick={() => void save(built.id, 'pdf')}>Save the bundle (PDF)</Button>
            <Button variant="secondary" onClick={() => void save(built.id, 'index-docx')}>
              Save the index (Word)
            </Button>
            <Button variant="secondary" onClick={onReset}>
              Build again
            </Button>
          </div>
        </Notice>
      )}
      {finished && finished.state === 'cancelled' && (
        <Notice tone="info" title="The build was cancelled" live>
          <p>Nothing was kept. Change the plan and build again when you are ready.</p>
          <Button variant="secondary" onClick={onReset}>
            Start again
          </Button>
        </Notice>
      )}
      {finished && finished.state === 'failed' && (
        <Notice tone="error" title="The bundle could not be built" live>
          <p>{finished.message}</p>
          <Button variant="secondary" onClick={onReset}>
            Start again
          </Button>
        </Notice>
      )}
      {saveError && (
        <Notice tone="error" title="The file could not be saved" live>
          <p>{saveError}</p>
        </Notice>
      )}
    </section>
  );
}
