// Text artifacts (logs, summaries, configs, requirements) read through the store for the dashboard's viewer. Reading
// is async (a tracking server answers over HTTP) while rendering is not, so this runs first and the renderer takes the
// result. What is read is planned up front from the listed sizes, in run and path order, so the report is the same
// whatever order the reads finish in: each file shows at most `maxFileBytes`, the whole report at most
// `maxTotalBytes`, and files over `maxReadBytes` are not fetched at all.

import type { RunsModel } from '../../mlflow/model.js';
import type { MlflowStore } from '../../mlflow/store.js';
import { formatSize } from '../../text/units.js';

export type ArtifactContent = { kind: 'text'; text: string; truncated: boolean } | { kind: 'omitted'; reason: string };

export interface ArtifactContents {
  /** Run id → artifact path → content. Paths not present were not considered (directories). */
  byRun: Map<string, Map<string, ArtifactContent>>;
  /** Report-level notes, e.g. that the total budget ran out. */
  notes: string[];
}

export interface ArtifactTextLimits {
  /** Bytes of one file shown; the rest is cut and marked. Default 256 KiB. */
  maxFileBytes?: number;
  /** Files larger than this are not fetched. Default 8 MiB. */
  maxReadBytes?: number;
  /** Bytes of text in the whole report. Default 16 MiB. */
  maxTotalBytes?: number;
  /** Reads in flight at once. Default 8. */
  concurrency?: number;
}

/** Extensions that are never text; anything else is fetched and sniffed. */
const BINARY_EXTENSIONS = new Set(
  (
    'pkl pickle joblib npy npz pt pth ckpt safetensors h5 hdf5 keras onnx pb tflite bin parquet feather arrow avro orc ' +
    'zip gz tgz bz2 xz zst 7z tar whl egg jar so dll dylib exe db sqlite sqlite3 png jpg jpeg gif webp bmp tif tiff ' +
    'ico pdf mp3 wav flac ogg mp4 mov avi mkv webm woff woff2 ttf otf'
  ).split(' '),
);

const utf8 = new TextDecoder('utf-8', { fatal: true });

export async function collectArtifactTexts(
  model: RunsModel,
  store: Pick<MlflowStore, 'readArtifact'>,
  limits: ArtifactTextLimits = {},
): Promise<ArtifactContents> {
  const maxFile = limits.maxFileBytes ?? 256 * 1024;
  const maxRead = limits.maxReadBytes ?? 8 * 1024 * 1024;
  const maxTotal = limits.maxTotalBytes ?? 16 * 1024 * 1024;
  const byRun = new Map<string, Map<string, ArtifactContent>>();
  const notes: string[] = [];
  const planned: { runId: string; path: string; into: Map<string, ArtifactContent> }[] = [];
  let budget = maxTotal;
  let overBudget = 0;

  for (const run of model.runs) {
    if (!run.artifacts.some((a) => !a.isDir)) continue;
    const into = new Map<string, ArtifactContent>();
    byRun.set(run.runId, into);
    for (const entry of run.artifacts) {
      if (entry.isDir) continue;
      const size = entry.fileSize ?? 0;
      const ext = /\.([^./]+)$/.exec(entry.path)?.[1]?.toLowerCase();
      if (ext !== undefined && BINARY_EXTENSIONS.has(ext)) {
        into.set(entry.path, { kind: 'omitted', reason: 'binary file' });
      } else if (size > maxRead) {
        into.set(entry.path, { kind: 'omitted', reason: `too large to include (over ${formatSize(maxRead)})` });
      } else if (Math.min(size, maxFile) > budget) {
        into.set(entry.path, { kind: 'omitted', reason: 'the report’s artifact budget was used up' });
        overBudget++;
      } else {
        budget -= Math.min(size, maxFile);
        planned.push({ runId: run.runId, path: entry.path, into });
      }
    }
  }
  if (overBudget > 0) {
    notes.push(`${overBudget} text artifact(s) not included: the report keeps at most ${formatSize(maxTotal)} of them.`);
  }

  let next = 0;
  const worker = async (): Promise<void> => {
    for (let i = next++; i < planned.length; i = next++) {
      const { runId, path, into } = planned[i]!;
      try {
        into.set(path, decode(await store.readArtifact(runId, path), maxFile));
      } catch (error) {
        into.set(path, { kind: 'omitted', reason: `could not be read: ${(error as Error).message}` });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, limits.concurrency ?? 8) }, worker));
  return { byRun, notes };
}

/** UTF-8 text without NUL bytes, cut at a character boundary at `maxBytes`; anything else is binary. */
export function decode(bytes: Uint8Array, maxBytes: number): ArtifactContent {
  let end = Math.min(bytes.length, maxBytes);
  // Step back over continuation bytes (10xxxxxx) so that the cut does not split a character.
  if (end < bytes.length) while (end > 0 && (bytes[end]! & 0xc0) === 0x80) end--;
  const head = bytes.subarray(0, end);
  if (head.includes(0)) return { kind: 'omitted', reason: 'binary file' };
  try {
    return { kind: 'text', text: utf8.decode(head), truncated: end < bytes.length };
  } catch {
    return { kind: 'omitted', reason: 'binary file (not UTF-8 text)' };
  }
}

