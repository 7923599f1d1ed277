import type { WithheldIdentifiers } from '../../../shared/disclosure/identifiers';
import type { GeneratedKey, SectionKind } from '../../../shared/domain/bundle-model';
import type { BundleManifest, IndexCapacity, IndexRow, ItemMeasure, TriageItem } from '../../../shared/schemas/bundles';
import type { MessagePort } from 'node:worker_threads';
import type { BundleContent } from './content';

/**
 * The messages between main and the bundle worker. Everything is structured-clone data; file bytes
 * travel as transferred Uint8Arrays, a batch at a time, when the worker asks for them.
 */
export type FileType = 'pdf' | 'jpeg' | 'png';

export type ItemSource =
  | { kind: 'generated'; generated: GeneratedKey }
  | {
      kind: 'file';
      fileType: FileType;
      fileName: string;
      sha256: string;
      /** Pages of the file itself (from intake); images are 1. */
      pages: number;
      size: number;
      /** The exhibit label stamped at the foot of each page, and whether an exhibit sheet comes first. */
      label: string | null;
      sheet: boolean;
      /** B17: a typed transcript (content.transcripts) follows the file's pages. */
      transcript?: boolean;
    };

export interface ResolvedItem {
  key: string;
  title: string;
  /** As printed in the index (dd/mm/yyyy), or null. */
  date: string | null;
  source: ItemSource;
  duplicateOf: string | null;
}

/** An item whose source is a PDF file: what main sends ahead (send-ahead.ts) and the worker opens ahead (read-ahead.ts). */
export type PdfItem = ResolvedItem & { source: Extract<ItemSource, { kind: 'file' }> & { fileType: 'pdf' } };
export const isPdfItem = (item: ResolvedItem): item is PdfItem => item.source.kind === 'file' && item.source.fileType === 'pdf';

export interface ResolvedSection {
  kind: SectionKind;
  title: string;
  items: ResolvedItem[];
}

/** B14: the bundle late additions are appended to. Its pages keep their numbers. */
export interface LateBase {
  bundleId: number;
  pageCount: number;
  cover: { start: number; end: number };
  index: { start: number; end: number };
  rows: IndexRow[];
  /** How many sections it has (the late section takes the next letter). */
  sectionCount: number;
  manifest: BundleManifest;
}

export interface BuildJob {
  content: BundleContent;
  sections: ResolvedSection[];
  fileName: string;
  info: { title: string; author: string; subject: string; createdAt: string };
  late: LateBase | null;
}

export interface MeasureResult {
  coverPages: number;
  capacity: IndexCapacity;
  measures: Record<string, ItemMeasure>;
}

export interface TriageRequestItem {
  key: string;
  exhibitLabel: string;
  fileName: string;
  fileType: FileType;
  sha256AtIntake: string;
}

export interface BuildResult {
  manifest: Omit<BundleManifest, 'excluded' | 'warnings'> & { warnings: BundleManifest['warnings'] };
  docx: Uint8Array;
  size: number;
  sha256: string;
  timing: Record<string, number>;
}

export type ToWorker =
  | { type: 'measure'; job: BuildJob }
  /** With a helper (engine/part.ts): the items it builds, and the port to it. */
  | { type: 'build'; job: BuildJob; helper?: { keys: string[]; port: MessagePort } }
  | { type: 'build-part'; job: BuildJob; keys: string[]; port: MessagePort }
  | { type: 'triage'; items: TriageRequestItem[]; people: WithheldIdentifiers[] }
  | { type: 'files'; files: { key: string; bytes: Uint8Array | null }[] }
  /** The plan's PDF files, sent while the preview is shown, to open before Build is pressed (read-ahead.ts). */
  | { type: 'ahead'; files: { item: ResolvedItem; bytes: Uint8Array }[] };

export type FromWorker =
  | { type: 'measured'; result: MeasureResult }
  | { type: 'need'; keys: string[] }
  | { type: 'chunk'; bytes: Uint8Array }
  | { type: 'progress'; done: number; total: number; stage: string }
  | { type: 'built'; result: BuildResult }
  | { type: 'part-done' }
  | { type: 'triaged'; items: TriageItem[] }
  | { type: 'failed'; message: string }
  /** The warm-up (engine/warm-up.ts) has ended: finished, or stopped by a build. */
  | { type: 'warmed'; ms: number; finished: boolean }
  /** The files sent ahead so far are all dealt with (opened, or left to the build): `handled` since the last preview. */
  | { type: 'aheadDone'; handled: number };

/** What a build needs from whoever started it (main, through the worker's messages; or the warm-up). */
export interface BuildIo {
  /** Asks main for file bytes by item key; resolves when they arrive (null for a file that is gone). */
  files(keys: string[]): Promise<Map<string, Uint8Array | null>>;
  chunk(bytes: Uint8Array): void;
  progress(done: number, total: number, stage: string): void;
}

/** The key the worker asks for to get the bundle late additions are appended to. */
export const BASE_BUNDLE_KEY = 'base-bundle';
