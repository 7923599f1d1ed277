import { parseItemKey } from '../../shared/domain/bundle-model';
import { hearingCentreName } from '../../shared/court/hearing-centres';
import { injunctionOf } from '../../shared/domain/injunction';
import { paginate } from '../../shared/bundles/pagination';
import { AppError } from '../../shared/result';
import type {
  BundleDetail,
  BundleManifest,
  BundlePlan,
  BundlePreview,
  BundleSources,
  BundleWarning,
  IndexRow,
  TriageReport,
} from '../../shared/schemas/bundles';
import type { ReadableDB, WritableDB } from '../db/connection';
import { appendAudit } from '../security/audit';
import { publish } from '../events/bus';
import { LAWFUL_BASIS } from '../../shared/schemas/disclosures';
import { caseIdOfRecord } from '../db/queries/case-locate';
import { readEvidenceBytes } from '../evidence/store';
import { getRedaction, readRedactedCopy } from '../evidence/redactions/store';
import { readDocumentFile } from '../documents/store';
import { compose } from './compose';
import { BASE_BUNDLE_KEY, type LateBase } from './engine/protocol';
import { buildInWorker, CancelledError, measureInWorker, prewarm, triageInWorker, type FileReader, type WorkerRun } from './host';
import type { BuildResult } from './engine/protocol';
import type { JobOwner, JobRegistry, StopReason } from '../jobs/registry';
import { candidates, caseWarnings, defaultPlan, loadCaseData, type CaseData } from './sources';
import { hearsayReasonOptions } from './hearsay-reasons';
import { refuseUnlessPreflightPasses } from './preflight/service';
import { refuseUnreviewed } from './review/refuse';
import { refuseUndecidedBoxes } from './review/exhibit-boxes';
import { decisionsOfCase } from '../review/store';
import { abandonBundle, abandonStale, appendPiece, finishBundle, getBundle, insertBundle, listBundles, PIECE, readBundlePart } from './store';

/**
 * The bundle services behind the bundle:* channels and `hearth bundle` (issue 7). Dispatch has already
 * authorised the case (main/ipc/record-access.ts); these read it, lay it out in the worker, run the
 * build as a job that the screen polls, and keep the result in the encrypted database.
 */
export interface Builder {
  id: number;
  username: string;
  displayName: string;
}

/** The bundles being built in this process (abandonStale leaves their records alone). */
const building = new Set<number>();

export function bundleSources(db: WritableDB, caseId: number, now: Date, builder: Builder): BundleSources {
  abandonStale(db, caseId, building, now.toISOString());
  const data = loadCaseData(db, caseId, now, builder);
  const all = candidates(data);
  const warnings = caseWarnings(data, all);
  // The builder is opening: have a worker loaded by the time it asks for page numbers. Not when the case
  // cannot have a bundle yet (an error below): a refused build starts no worker (issue 15).
  if (!warnings.some((w) => w.severity === 'error')) prewarm();
  const inj = data.injunction ? injunctionOf(data.injunction.details) : null;
  return {
    caseId,
    ref: data.header.ref,
    partnerName: data.header.partnerName,
    respondent: data.respondent && !data.respondent.anonymous ? data.respondent.name : null,
    court: inj ? hearingCentreName(inj.court) : '',
    claimNumber: inj?.claimNumber ?? '',
    hearingAt: data.hearingAt,
    injunction:
      data.injunction && inj
        ? { actionId: data.injunction.id, withoutNotice: inj.withoutNotice, powerOfArrest: inj.legacyPowerOfArrest || inj.terms.some((t) => t.powerOfArrest), exclusion: inj.homeExclusion !== null, youthCourt: inj.youthCourt }
        : null,
    redaction: { applies: data.redaction.applies, people: data.redaction.people.map((p) => ({ label: p.named ? p.name || p.label : p.label, role: p.role, named: p.named, partyId: p.partyId })) },
    candidates: all,
    defaultPlan: defaultPlan(data, all),
    warnings,
    bundles: listBundles(db, caseId),
    hearsayReasons: hearsayReasonOptions(data),
  };
}

/** The bundle late additions are appended to (B14): its record, checked. */
function lateBase(db: ReadableDB, caseId: number, bundleId: number): LateBase {
  const base = getBundle(db, bundleId);
  if (!base || base.summary.caseId !== caseId) throw new AppError('not-found', 'There is no such bundle on this case.');
  if (base.summary.status !== 'ready' || !base.manifest) throw new AppError('conflict', 'Late additions can only go on a bundle that finished building.');
  const m = base.manifest;
  const rows: IndexRow[] = m.sections.flatMap((s) => [
    { level: 'section' as const, tab: s.tab, key: s.kind, title: s.title, date: null, start: s.start, end: s.end, indexPage: 1 },
    ...s.documents.map((d) => ({ level: 'document' as const, tab: d.tab, key: d.key, title: d.title, date: d.date, start: d.start, end: d.end, indexPage: 1 })),
  ]);
  return { bundleId, pageCount: m.pageCount, cover: m.cover, index: m.index, rows, sectionCount: m.sections.length, manifest: m };
}

/** For late additions the plan's items become one "Late additions" section; nothing already in the bundle. */
function latePlan(plan: BundlePlan, base: LateBase): BundlePlan {
  const existing = new Set(base.rows.map((r) => r.key));
  const items = plan.sections.flatMap((s) => s.items);
  const again = items.filter((k) => existing.has(k));
  if (again.length) throw new AppError('bad-input', 'Some of the late additions are already in the bundle. Choose only new items.');
  if (!items.length) throw new AppError('bad-input', 'Choose at least one late addition.');
  return { ...plan, sections: [{ kind: 'late', items }] };
}

export interface Prepared {
  data: CaseData;
  all: ReturnType<typeof candidates>;
  plan: BundlePlan;
  late: LateBase | null;
  composed: ReturnType<typeof compose>;
}

export function prepare(db: ReadableDB, caseId: number, plan: BundlePlan, now: Date, builder: Builder, lateTo: number | null, mode: 'append' | 'separate'): Prepared {
  const data = loadCaseData(db, caseId, now, builder);
  const all = candidates(data);
  const base = lateTo !== null && mode === 'append' ? lateBase(db, caseId, lateTo) : null;
  if (lateTo !== null && mode === 'separate') lateBase(db, caseId, lateTo); // it must exist and be finished
  const effective = base ? latePlan(plan, base) : plan;
  const composed = compose(data, effective, all, { now, late: base, ...(lateTo !== null && mode === 'separate' ? { title: 'Supplementary bundle' } : {}) });
  return { data, all, plan: effective, late: base, composed };
}

function limitWarnings(plan: BundlePlan, pages: number, bytes: number | null, estimated: boolean): BundleWarning[] {
  const w: BundleWarning[] = [];
  if (pages > plan.pageLimit) {
    w.push({ code: 'page-limit', severity: 'warning', key: null, message: `The bundle ${estimated ? 'will have' : 'has'} ${pages} pages, more than the ${plan.pageLimit} set for this court (B18). Ask whether the court wants it split, or take out what the hearing does not need.` });
  }
  if (bytes !== null && bytes > plan.sizeLimitMb * 1024 * 1024) {
    const mb = (bytes / (1024 * 1024)).toFixed(1);
    w.push({ code: 'size-limit', severity: 'warning', key: null, message: `The bundle ${estimated ? 'will be about' : 'is'} ${mb} MB, more than ${plan.sizeLimitMb} MB: too big to e-mail to a justice.gov.uk address (B12). Send it another way, or ask the court.` });
  }
  return w;
}

export async function previewBundle(db: ReadableDB, caseId: number, plan: BundlePlan, now: Date, builder: Builder, lateTo: number | null = null): Promise<BundlePreview> {
  const p = prepare(db, caseId, plan, now, builder, lateTo, 'append');
  const measured = await measureInWorker(p.composed.job, readerFor(db, caseId, lateTo));
  const sections = p.composed.job.sections.map((s) => ({ kind: s.kind, title: s.title, items: s.items.map((i) => ({ key: i.key, title: i.title, date: i.date })) }));
  const pag = paginate({
    coverPages: measured.coverPages,
    capacity: measured.capacity,
    sections,
    measures: measured.measures,
    ...(p.late ? { startAt: p.late.pageCount + 1, firstSectionPosition: p.late.sectionCount } : {}),
  });
  const bytes = p.composed.job.sections.flatMap((s) => s.items).reduce((n, i) => n + (i.source.kind === 'file' ? i.source.size : 6000), 0);
  return {
    rows: pag.rows,
    coverPages: measured.coverPages,
    indexPages: p.late ? p.late.index.end - p.late.index.start + 1 : pag.indexPages,
    totalPages: pag.totalPages,
    fileName: p.composed.fileName,
    measures: measured.measures,
    capacity: measured.capacity,
    warnings: [...p.composed.warnings, ...limitWarnings(p.plan, pag.totalPages, bytes, true)],
  };
}

/** Bytes for the worker: evidence and documents of this case only, and the bundle late additions go on. */
function readerFor(db: ReadableDB, caseId: number, lateTo: number | null): FileReader {
  return (key) => {
    if (!db.open) return null;
    if (key === BASE_BUNDLE_KEY) return lateTo === null ? null : readBundlePart(db, lateTo, 'pdf');
    const parsed = parseItemKey(key);
    if (!parsed || parsed.kind === 'generated') return null;
    if (parsed.kind === 'evidence') {
      if (caseIdOfRecord(db, 'evidence', parsed.id) !== caseId) return null;
      // A redacted exhibit is read as its redacted copy (compose only plans one made against today's list).
      return getRedaction(db, parsed.id)?.copy ? readRedactedCopy(db, parsed.id) : readEvidenceBytes(db, parsed.id);
    }
    return caseIdOfRecord(db, 'document', parsed.id) === caseId ? (readDocumentFile(db, parsed.id, 'pdf')?.bytes ?? null) : null;
  };
}

export async function triageEvidence(db: ReadableDB, caseId: number, now: Date, builder: Builder): Promise<TriageReport> {
  const data = loadCaseData(db, caseId, now, builder);
  const items = data.evidence
    .filter((e) => e.type === 'pdf' || e.type === 'jpeg' || e.type === 'png')
    .map((e) => {
      // The check reads what a bundle would: an exhibit's redacted copy (a PDF) when it has one.
      const copy = data.exhibitRedactions.get(e.id)?.copy;
      return { key: `e:${e.id}`, exhibitLabel: e.exhibitLabel, fileName: data.redaction.text(e.fileName), fileType: copy ? 'pdf' : (e.type as 'pdf' | 'jpeg' | 'png'), sha256AtIntake: copy?.sha256 ?? e.sha256 };
    });
  const people = data.redaction.applies ? data.redaction.identifiers : [];
  const checked = items.length ? await triageInWorker(items, people, readerFor(db, caseId, null)) : [];
  const warnings: BundleWarning[] = data.evidence
    .filter((e) => !(e.type === 'pdf' || e.type === 'jpeg' || e.type === 'png'))
    .map((e) => ({ code: 'no-pages', severity: 'info' as const, key: `e:${e.id}`, message: `${e.exhibitLabel} (“${data.redaction.text(e.fileName)}”) cannot go in a bundle: ${e.unusableReason ?? 'it has no pages'}.` }));
  return { items: checked, warnings };
}

/** Where a build runs: the registry it reports to, and whose it is. */
export interface BuildOwner {
  jobs: JobRegistry;
  owner: JobOwner;
}

/**
 * `commit` writes the bundle's record: dispatch passes the request's ctx.commit, so the record and the
 * request's audit event commit together before the worker starts (issue 13). The build is a job of the
 * registry (main/jobs/): its progress and cancel are job:status and job:cancel.
 */
export function startBuild(
  where: BuildOwner,
  db: WritableDB,
  caseId: number,
  plan: BundlePlan,
  now: Date,
  builder: Builder,
  lateTo: number | null,
  mode: 'append' | 'separate',
  commit: (write: () => number) => number = (write) => write(),
): { jobId: string; bundleId: number } {
  if (where.jobs.running('bundle-build').some((j) => j.caseId === caseId)) throw new AppError('conflict', 'A bundle for this case is already being built. Wait for it to finish, or cancel it.');
  const p = prepare(db, caseId, plan, now, builder, lateTo, mode);
  // What the builder screen shows as errors stops a build however it is asked for (B24: the youth
  // offending team consulted before an application on notice against someone under 18).
  const blocking = caseWarnings(p.data, p.all).filter((w) => w.severity === 'error');
  if (blocking.length) throw new AppError('guard', blocking.map((w) => w.message).join(' '));
  // Issue 15: the application and draft order wait until the pre-flight check passes.
  refuseUnlessPreflightPasses(db, p.data, p.plan);
  // Issue 16 §3: every passage that identifies someone withheld has been reviewed, as it now reads.
  refuseUnreviewed(p);
  // Issue 16: and every box proposed on the plan's exhibits over such a detail has been accepted or rejected.
  refuseUndecidedBoxes(db, p.data, p.plan, p.data.redaction, decisionsOfCase(db, caseId));
  const at = now.toISOString();
  const bundleId = commit(() => insertBundle(db, { caseId, letter: plan.letter, fileName: p.composed.fileName, basedOn: lateTo, plan, by: builder.id, at }));
  let run: WorkerRun<BuildResult> | null = null;
  let stopped: StopReason | null = null;
  const job = where.jobs.start({
    kind: 'bundle-build',
    owner: where.owner,
    caseId,
    access: 'legal.register',
    total: 1,
    message: 'Starting',
    stop: (reason) => {
      stopped = reason;
      run?.cancel();
    },
  });
  building.add(bundleId);
  let seq = 0;
  // The build ends after bundle:build has answered, so its end is audited on its own, in the same
  // transaction as the bundle record it finishes or abandons (issue 13).
  const audited = (outcome: 'ok' | 'failed', detail: Record<string, string | number | null>, write: (at: string) => void) => {
    const at = new Date().toISOString();
    db.transaction(() => {
      write(at);
      appendAudit(db, { at, userId: builder.id, username: builder.username, action: 'bundle:buildEnded', target: `case:${p.data.header.ref}`, outcome, detail: { bundleId, ...detail } });
    }).immediate();
  };
  const end = (state: 'failed' | 'cancelled', error: string | null) => {
    building.delete(bundleId);
    job.ended(state, error ?? 'The build was cancelled. Nothing was kept.');
    if (!db.open) return;
    try {
      audited('failed', { state }, (at) => abandonBundle(db, bundleId, state, error, at));
    } catch {
      // Nothing could be written (a full disk, say): the record stays 'building' and the next look at
      // this case's bundles marks it abandoned (abandonStale).
    }
  };
  run = buildInWorker(p.composed.job, {
    read: readerFor(db, caseId, lateTo),
    chunk: (bytes) => {
      if (!db.open) {
        // Locked mid-build: the database has gone, so stop; the record is tidied up next time.
        run?.cancel();
        return;
      }
      appendPiece(db, bundleId, 'pdf', seq++, bytes);
    },
    progress: (done, total, stage) => job.progress(done, total, stage),
  });
  run.result.then(
    (result) => {
      if (!db.open) return end('failed', LOCKED);
      try {
        audited('ok', { state: 'done', pages: result.manifest.pageCount, sha256: result.sha256 }, (at) => {
          for (let o = 0, s = 0; o < result.docx.length; o += PIECE, s += 1) appendPiece(db, bundleId, 'index-docx', s, result.docx.subarray(o, o + PIECE));
          const warnings = [...p.composed.warnings, ...result.manifest.warnings, ...limitWarnings(p.plan, result.manifest.pageCount, result.size, false)];
          const manifest: BundleManifest = { ...result.manifest, excluded: p.composed.excluded, warnings };
          finishBundle(db, bundleId, { manifest, pageCount: result.manifest.pageCount, size: result.size, sha256: result.sha256, warnings, at });
          // Issue 21: a built bundle goes to the court and is served on the parties; it is about everyone on the case.
          publish(db, {
            kind: 'information-disclosed',
            what: 'bundle',
            title: `Court bundle ${plan.letter} (${result.manifest.pageCount} pages)`,
            caseId,
            source: `bundle:${bundleId}`,
            partyIds: p.data.parties.map((x) => x.id),
            recipient: 'The court, and the parties it is served on',
            lawfulBasis: LAWFUL_BASIS.bundle,
            approvedBy: builder.id,
            at,
          });
        });
        lastTiming = result.timing;
        building.delete(bundleId);
        const summary = getBundle(db, bundleId)!.summary;
        job.progress(result.manifest.pageCount, result.manifest.pageCount, 'Done');
        job.ended('done', 'Done', { kind: 'bundle', bundle: summary });
      } catch (error) {
        end('failed', `The bundle could not be saved: ${(error as Error).message}`);
      }
    },
    (error: Error) => {
      if (!(error instanceof CancelledError)) return end('failed', error.message);
      end(stopped === 'lock' || !db.open ? 'failed' : 'cancelled', stopped === 'lock' || !db.open ? LOCKED : null);
    },
  );
  return { jobId: job.id, bundleId };
}

const LOCKED = 'The workspace was locked before the bundle was saved.';

/** The phases of the last build (for npm run bench). */
export let lastTiming: Record<string, number> = {};

export function bundleDetail(db: WritableDB, bundleId: number): BundleDetail & { caseId: number } {
  const b = getBundle(db, bundleId);
  if (!b) throw new AppError('not-found', 'There is no such bundle.');
  return { summary: b.summary, manifest: b.manifest, plan: b.plan, caseId: b.summary.caseId };
}

export function bundleContent(db: ReadableDB, bundleId: number, part: 'pdf' | 'index-docx'): { fileName: string; mediaType: string; bytes: Uint8Array } {
  const b = getBundle(db, bundleId);
  if (!b) throw new AppError('not-found', 'There is no such bundle.');
  if (b.summary.status !== 'ready') throw new AppError('conflict', 'This bundle did not finish building, so there is no file to open.');
  const bytes = readBundlePart(db, bundleId, part);
  const fileName = part === 'pdf' ? b.summary.fileName : b.summary.fileName.replace(/\.pdf$/, ' - index.docx');
  return { fileName, mediaType: part === 'pdf' ? 'application/pdf' : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', bytes: new Uint8Array(bytes) };
}

export { listBundles };
