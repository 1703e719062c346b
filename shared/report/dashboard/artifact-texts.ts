// Text artifacts (logs, summaries, configs, requirements) and images (PNG, JPEG, SVG plots) read through the store for
// the dashboard's viewer; images travel as `data:` URIs (the page's CSP allows `img-src data:` and nothing else), each
// at most `maxImageBytes`, checked against its format's signature. Reading
// is async (a tracking server answers over HTTP) while rendering is not, so this runs first and the renderer takes the
// result. What is read is planned up front from the listed sizes, in run and path order, so the report is the same
// whatever order the reads finish in: each file shows at most `maxFileBytes`, the whole report at most
// `maxTotalBytes`, and files over `maxReadBytes` are not fetched at all.

import type { RunsModel } from '../../mlflow/model.js';
import type { MlflowStore } from '../../mlflow/store.js';
import { formatSize } from '../../text/units.js';

export type ArtifactContent =
  | { kind: 'text'; text: string; truncated: boolean }
  | { kind: 'image'; mime: ImageMime; base64: string }
  | { kind: 'omitted'; reason: string };

export type ImageMime = 'image/png' | 'image/jpeg' | 'image/svg+xml';

/** Image extensions previewed, by their MIME type. */
export const imageTypes: Record<string, ImageMime> = { png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', svg: 'image/svg+xml' };

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
  /** Largest image previewed, in bytes. Default 2 MiB. */
  maxImageBytes?: number;
  /** Reads in flight at once. Default 8. */
  concurrency?: number;
}

/** Extensions that are never text; anything else is fetched and sniffed. */
const BINARY_EXTENSIONS = new Set(
  (
    'pkl pickle joblib npy npz pt pth ckpt safetensors h5 hdf5 keras onnx pb tflite bin parquet feather arrow avro orc ' +
    'zip gz tgz bz2 xz zst 7z tar whl egg jar so dll dylib exe db sqlite sqlite3 gif webp bmp tif tiff ' +
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
  const maxImage = limits.maxImageBytes ?? 2 * 1024 * 1024;
  const byRun = new Map<string, Map<string, ArtifactContent>>();
  const notes: string[] = [];
  const planned: { runId: string; path: string; into: Map<string, ArtifactContent>; image?: ImageMime }[] = [];
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
      const image = ext === undefined ? undefined : imageTypes[ext];
      if (image) {
        // Base64 takes 4 bytes for 3.
        const cost = Math.ceil(size / 3) * 4;
        if (size > maxImage) {
          into.set(entry.path, { kind: 'omitted', reason: `image too large to preview (over ${formatSize(maxImage)})` });
        } else if (cost > budget) {
          into.set(entry.path, { kind: 'omitted', reason: 'the report’s artifact budget was used up' });
          overBudget++;
        } else {
          budget -= cost;
          planned.push({ runId: run.runId, path: entry.path, into, image });
        }
      } else if (ext !== undefined && BINARY_EXTENSIONS.has(ext)) {
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
    notes.push(`${overBudget} text or image artifact(s) not included: the report keeps at most ${formatSize(maxTotal)} of them.`);
  }

  let next = 0;
  const worker = async (): Promise<void> => {
    for (let i = next++; i < planned.length; i = next++) {
      const { runId, path, into, image } = planned[i]!;
      try {
        const bytes = await store.readArtifact(runId, path);
        into.set(path, image ? imageContent(bytes, image, maxImage) : decode(bytes, maxFile));
      } catch (error) {
        into.set(path, { kind: 'omitted', reason: `could not be read: ${(error as Error).message}` });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, limits.concurrency ?? 8) }, worker));
  return { byRun, notes };
}

/** An image as its base64, when its bytes are what its name says (PNG and JPEG signatures, an `<svg` element). */
export function imageContent(bytes: Uint8Array, mime: ImageMime, maxBytes: number): ArtifactContent {
  if (bytes.length > maxBytes) return { kind: 'omitted', reason: `image too large to preview (over ${formatSize(maxBytes)})` };
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  const ok =
    mime === 'image/png'
      ? starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)
      : mime === 'image/jpeg'
        ? starts(0xff, 0xd8, 0xff)
        : /<svg[\s>]/i.test(Buffer.from(bytes.subarray(0, 4096)).toString('utf8'));
  if (!ok) return { kind: 'omitted', reason: `not a valid ${mime.slice(6).replace('+xml', '').toUpperCase()} file` };
  return { kind: 'image', mime, base64: Buffer.from(bytes).toString('base64') };
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

