import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { bundleFileName } from '../../../../shared/bundles/file-name';
import { SECTION_TITLES } from '../../../../shared/domain/bundle-model';
import { paginate } from '../../../../shared/bundles/pagination';
import type { BundlePlan } from '../../../../shared/schemas/bundles';
import { callChannel } from '../../api/hearth';
import { HearthError, hearthQuery, scope } from '../../api/queries';
import { useDebounced } from '../../hooks/useDebounced';
import { Heading } from '../../ui/Heading';
import { Notice } from '../../ui/Notice';
import { fromIsoDate, toIsoDate } from '../../../../shared/time/input';
import { DateField } from '../../ui/DateField';
import { TextField } from '../../ui/TextField';
import { BuildPanel } from './BuildPanel';
import { BundleHistory } from './BundleHistory';
import { BUNDLES_HREF } from './routes';
import { useBuildJob } from './hooks/useBuildJob';
import { IndexPreview } from './IndexPreview';
import { OfficerStatement } from './OfficerStatement';
import { HearsayReason } from './HearsayReason';
import { WitnessStatements } from './WitnessStatements';
import { CaseSummary } from './CaseSummary';
import { ServiceCertificates } from './ServiceCertificates';
import { PlanEditor } from './PlanEditor';
import { PreflightPanel } from './PreflightPanel';
import { TriagePanel } from './TriagePanel';
import { RedactionReviewPanel } from './review/RedactionReviewPanel';
import { policyWords } from '../../../../shared/domain/policy-paragraphs';

/**
 * The bundle builder for one case (issue 7 §2): choose and order the sections and their items (drag, or
 * the move buttons from the keyboard), see the index with its page numbers before building, build with
 * progress and cancel, and save the PDF and the Word index. Page numbers are worked out here with the
 * same pagination the build uses (shared/bundles/pagination.ts), from measures main takes once per
 * change of contents; reordering needs no round trip.
 */

/** Items and the sections they are in: what changes the measures (an exhibit gets a sheet, a statement does not). */
const contentsKey = (plan: BundlePlan) =>
  plan.sections
    .map((s) => `${s.kind}:${[...s.items].sort().join(',')}`)
    .sort()
    .join('|');

export function BundleBuilder({ caseId }: { caseId: number }) {
  const loaded = useQuery(hearthQuery('bundle:sources', { caseId }));
  // The plan follows the case's default until the person changes it; then their changes are kept.
  const [edited, setEdited] = useState<BundlePlan | null>(null);
  const plan = edited ?? loaded.data?.defaultPlan ?? null;
  const [announcement, setAnnouncement] = useState('');
  // The hearing date as typed (21/11/2026); the plan holds the day once it is one.
  const [hearingText, setHearingText] = useState<string | null>(null);
  const { job, start, cancel, reset } = useBuildJob(caseId);
  const preflight = useQuery(hearthQuery('bundle:preflight', { caseId }));
  // Issue 16 §3: how many passages the redaction review still has (null until it is worked out).
  const [toReview, setToReview] = useState<number | null>(null);
  const onReviewCount = useCallback((n: number | null) => setToReview(n), []);

  // Measures from main when the contents change (not when they are only reordered), a moment after.
  const asked = useDebounced(plan, 150);
  const previewQuery = useQuery({
    queryKey: [...scope.case(caseId), 'bundle:preview', asked ? contentsKey(asked) : ''],
    queryFn: async () => {
      const r = await callChannel('bundle:preview', { caseId, plan: asked! });
      if (!r.ok) throw new HearthError(r.error);
      return r.value;
    },
    enabled: asked !== null,
    placeholderData: keepPreviousData,
  });
  const preview = previewQuery.data ?? null;
  const previewError = previewQuery.isError ? previewQuery.error.message : null;

  const sources = loaded.data ?? null;
  const titles = useMemo(() => new Map((preview?.rows ?? []).map((r) => [r.key, r.title])), [preview]);
  const dates = useMemo(() => new Map((preview?.rows ?? []).map((r) => [r.key, r.date])), [preview]);
  const pagination = useMemo(() => {
    if (!plan || !preview || !sources) return null;
    const byKey = new Map(sources.candidates.map((c) => [c.key, c]));
    const known = plan.sections.every((s) => s.items.every((k) => preview.measures[k]));
    if (!known) return null;
    return paginate({
      coverPages: preview.coverPages,
      capacity: preview.capacity,
      measures: preview.measures,
      sections: plan.sections.map((s) => ({ kind: s.kind, title: SECTION_TITLES[s.kind], items: s.items.map((k) => ({ key: k, title: titles.get(k) ?? byKey.get(k)?.title ?? k, date: dates.get(k) ?? null })) })),
    });
  }, [plan, preview, sources, titles, dates]);

  if (loaded.isPending) return <p>Loading the case…</p>;
  if (loaded.isError) {
    return (
      <>
        <Heading>Court bundle</Heading>
        <Notice tone="error" title="The bundle builder could not open this case">
          <p>{loaded.error.message}</p>
        </Notice>
        <p>
          <a href={BUNDLES_HREF}>Back to the injunction cases</a>
        </p>
      </>
    );
  }
  const s = loaded.data;
  if (!plan) return null;
  const blocking = s.warnings.filter((w) => w.severity === 'error');
  const fileName = bundleFileName({ claimNumber: s.claimNumber, fallbackRef: s.ref, shortName: plan.shortName, letter: plan.letter, hearingDate: plan.hearingDate, extension: 'pdf' });
  const building = job.state === 'starting' || job.state === 'running';
  const empty = plan.sections.every((x) => x.items.length === 0);
  const change = (next: BundlePlan, said?: string) => {
    setEdited(next);
    if (said) setAnnouncement(said);
  };
  const limitWarnings = pagination && pagination.totalPages > plan.pageLimit ? [`The bundle will have ${pagination.totalPages} pages, more than the ${plan.pageLimit} set for this court (B18). Ask whether the court wants it split, or take out what the hearing does not need.`] : [];

  return (
    <>
      <div className="page__header">
        <p>
          <a href={BUNDLES_HREF}>Court bundles</a>
        </p>
        <Heading title={`Bundle for ${s.ref}`}>{`Court bundle for ${s.ref}`}</Heading>
        <p>
          {s.partnerName} v {s.respondent ?? 'Persons unknown'}
          {s.court && ` – ${s.court}`}
          {s.claimNumber ? ` – claim ${s.claimNumber}` : ' – no claim number yet'}
        </p>
      </div>

      {s.warnings.map((w, i) => (
        <Notice key={`${w.code}-${i}`} tone={w.severity === 'error' ? 'error' : w.severity === 'warning' ? 'warning' : 'info'}>
          <p>{policyWords(w.message)}</p>
        </Notice>
      ))}

      <section className="panel bundle-settings" aria-labelledby="bundle-settings-h">
        <h2 id="bundle-settings-h">The bundle</h2>
        <div className="bundle-settings__fields">
          <TextField id="bundle-letter" label="Bundle letter" width="short" value={plan.letter} onChange={(v) => change({ ...plan, letter: v.toUpperCase().slice(0, 4) })} />
          <TextField id="bundle-short-name" label="Short case name" value={plan.shortName} onChange={(v) => change({ ...plan, shortName: v.slice(0, 80) })} />
          <DateField
            id="bundle-hearing"
            label="Hearing date (like 21/11/2026)"
            hint={null}
            value={hearingText ?? fromIsoDate(plan.hearingDate ?? '')}
            onChange={(v) => {
              setHearingText(v);
              change({ ...plan, hearingDate: toIsoDate(v) });
            }}
            error={hearingText?.trim() && !toIsoDate(hearingText) ? 'Enter the hearing date like 21/11/2026, or leave it empty.' : null}
          />
        </div>
        <p className="bundle-file-name">
          File name: <span className="mono">{fileName}</span>
        </p>
      </section>

      <OfficerStatement caseId={caseId} />

      <WitnessStatements caseId={caseId} people={s.redaction.people} />

      <CaseSummary caseId={caseId} />

      <ServiceCertificates caseId={caseId} candidates={s.candidates} />

      <div className="bundle-layout">
        <PlanEditor sources={s} plan={plan} pagination={pagination} titles={titles} onChange={change} disabled={building} />
        <IndexPreview pagination={pagination} loading={!pagination && !previewError} error={previewError} coverPages={preview?.coverPages ?? 1} />
      </div>

      {plan.sections.some((x) => x.items.includes('g:hearsay-notice')) && <HearsayReason plan={plan} options={s.hearsayReasons} onChange={change} />}

      <PreflightPanel caseId={caseId} />

      <TriagePanel caseId={caseId} />

      {asked && <RedactionReviewPanel caseId={caseId} plan={asked} candidates={s.candidates} onCount={onReviewCount} />}

      <BuildPanel
        job={job}
        fileName={fileName}
        blocking={blocking.length > 0 || empty || toReview !== 0 || (preflight.data?.blocked === true && plan.sections.some((x) => x.items.includes('g:application') || x.items.includes('g:draft-order')))}
        warnings={[...(toReview ? [`${toReview === 1 ? 'One passage, exhibit box or exhibit still being read' : `${toReview} passages, exhibit boxes or exhibits still being read`} about someone withheld from the court ${toReview === 1 ? 'waits' : 'wait'} for review: finish them above before building.`] : []), ...limitWarnings, ...(preview?.warnings ?? []).filter((w) => w.code !== 'page-limit').map((w) => w.message)]}
        onBuild={() => void start({ caseId, plan })}
        onCancel={() => void cancel()}
        onReset={reset}
      />

      <BundleHistory caseId={caseId} sources={s} bundles={s.bundles} plan={plan} onLateBuild={(input) => void start(input)} disabled={building} />

      <div className="visually-hidden" aria-live="polite">
        {announcement}
      </div>
    </>
  );
}


