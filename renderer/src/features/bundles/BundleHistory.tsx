import { useState } from 'react';
import { formatDateTime } from '../../../../shared/time/format';
import type { ChannelInput } from '../../../../shared/ipc/contract';
import type { BundlePlan, BundleSources, BundleSummary } from '../../../../shared/schemas/bundles';
import { hearth } from '../../api/hearth';
import { Button } from '../../ui/Button';
import { CheckboxField } from '../../ui/CheckboxField';
import { DataTable, HiddenHeader } from '../../ui/DataTable';
import { Notice } from '../../ui/Notice';
import { RadioGroup } from '../../ui/RadioGroup';
import { formatBytes } from '../../ui/formatBytes';
import { saveBundlePart } from './saveBundlePart';

const LATE_MODES = [
  { code: 'append', label: 'At the end of this bundle, numbered on from its last page (the usual way)' },
  { code: 'separate', label: 'In a separate supplementary bundle numbered from 1 (if the court asks for that)' },
] as const;

const STATUS: Record<BundleSummary['status'], string> = { building: 'Building', ready: 'Ready', failed: 'Failed', cancelled: 'Cancelled' };

interface Props {
  caseId: number;
  sources: BundleSources;
  bundles: BundleSummary[];
  plan: BundlePlan;
  onLateBuild: (input: ChannelInput<'bundle:build'>) => void;
  disabled: boolean;
}

/** Bundles built for this case, to save again, and late additions to one of them (B14). */
export function BundleHistory({ caseId, sources, bundles, plan, onLateBuild, disabled }: Props) {
  const [error, setError] = useState<string | null>(null);
  const [late, setLate] = useState<{ bundle: BundleSummary; inBundle: Set<string>; chosen: Set<string>; mode: 'append' | 'separate' } | null>(null);
  if (!bundles.length) return null;
  const save = async (id: number, part: 'pdf' | 'index-docx') => setError(await saveBundlePart(id, part));
  const openLate = async (bundle: BundleSummary) => {
    const r = await hearth.bundle.get({ bundleId: bundle.id });
    if (!r.ok) return setError(r.error.message);
    const inBundle = new Set((r.value.manifest?.sections ?? []).flatMap((s) => s.documents.map((d) => d.key)));
    setLate({ bundle, inBundle, chosen: new Set(), mode: 'append' });
  };
  const candidates = late ? sources.candidates.filter((c) => c.usable && c.kind !== 'generated' && !late.inBundle.has(c.key)) : [];
  const buildLate = () => {
    if (!late) return;
    const items = candidates.filter((c) => late.chosen.has(c.key));
    const sections = late.mode === 'append' ? [{ kind: 'late' as const, items: items.map((c) => c.key) }] : [...new Set(items.map((c) => c.defaultSection))].map((kind) => ({ kind, items: items.filter((c) => c.defaultSection === kind).map((c) => c.key) }));
    onLateBuild({ caseId, plan: { ...plan, letter: late.mode === 'separate' ? `${late.bundle.letter}1` : late.bundle.letter, sections }, lateAdditionsTo: late.bundle.id, lateMode: late.mode });
    setLate(null);
  };
  return (
    <section className="panel bundle-history" aria-labelledby="history-h">
      <h2 id="history-h">Bundles built for this case</h2>
      <DataTable
        caption="Bundles built for this case"
        captionHidden
        rows={bundles}
        rowKey={(b) => b.id}
        columns={[
          {
            header: 'Bundle',
            rowHeader: true,
            cell: (b) => (
              <>
                {b.fileName}
                {b.basedOn && <span className="bundle-sub">Late additions to an earlier bundle</span>}
              </>
            ),
          },
          { header: 'Status', cell: (b) => STATUS[b.status] },
          { header: 'Pages', cell: (b) => (b.pageCount ? `${b.pageCount} (${formatBytes(b.size ?? 0)})` : '–') },
          {
            header: 'Built',
            cell: (b) => (
              <>
                {formatDateTime(b.startedAt)}
                <span className="bundle-sub">by {b.builtBy}</span>
              </>
            ),
          },
          {
            header: <HiddenHeader>Files</HiddenHeader>,
            cell: (b) => (
              <>
                {b.status === 'ready' && (
                  <span className="row-actions">
                    <Button small variant="secondary" aria-label={`Save ${b.fileName}`} onClick={() => void save(b.id, 'pdf')}>
                      PDF
                    </Button>
                    <Button small variant="secondary" aria-label={`Save the index of ${b.fileName}`} onClick={() => void save(b.id, 'index-docx')}>
                      Index
                    </Button>
                    <Button small variant="secondary" disabled={disabled} aria-label={`Add late additions to ${b.fileName}`} onClick={() => void openLate(b)}>
                      Late additions
                    </Button>
                  </span>
                )}
                {b.status === 'failed' && b.warnings[0] && <span className="bundle-sub">{b.warnings[0].message}</span>}
              </>
            ),
          },
        ]}
      />
      {late && (
        <fieldset className="bundle-late">
          <legend>Late additions to {late.bundle.fileName}</legend>
          {candidates.length === 0 ? (
            <p>Everything on the case that can go in a bundle is already in this one.</p>
          ) : (
            candidates.map((c) => (
              <CheckboxField
                key={c.key}
                id={`late-${c.key}`}
                label={c.title}
                checked={late.chosen.has(c.key)}
                onChange={(on) => {
                  const chosen = new Set(late.chosen);
                  if (on) chosen.add(c.key);
                  else chosen.delete(c.key);
                  setLate({ ...late, chosen });
                }}
              />
            ))
          )}
          <RadioGroup
            id="late-mode"
            legend="Where the late additions go"
            options={LATE_MODES}
            value={late.mode}
            onChange={(mode) => setLate({ ...late, mode })}
          />
          <div className="row-actions">
            <Button disabled={late.chosen.size === 0 || disabled} onClick={buildLate}>
              Build with the late additions
            </Button>
            <Button variant="secondary" onClick={() => setLate(null)}>
              Cancel
            </Button>
          </div>
        </fieldset>
      )}
      {error && (
        <Notice tone="error" title="That did not work" live>
          <p>{error}</p>
        </Notice>
      )}
    </section>
  );
}
