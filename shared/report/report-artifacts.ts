// The report as files (summary.md, runs.json, the dashboard) and, when asked, the runs' own artifacts, written into one
// folder (actions/publish-metrics uploads it; the CLI leaves it). Run artifacts are read through the store (which refuses `..` and
// symlinks leaving it), bounded per file and in total, and kept to names GitHub's artifact service accepts.

import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isInside, writeFileInside, type FileContent } from '../contained-path.js';
import { artifactPathSegments } from '../mlflow/artifacts.js';
import type { Run } from '../mlflow/model.js';
import type { MlflowStore } from '../mlflow/store.js';
import { globToRegExp } from './name-glob.js';

/** Characters the artifact service refuses in a file path (NTFS's), per @actions/artifact. */
const refusedInPath = /[":<>|*?\r\n]/;

/**
 * Writes `files` (relative `/`-separated path → content) under `dir`; a path leaving `dir`, by name or through a
 * symlink, is refused, and so is a file there that is a symlink.
 */
export function writeFiles(dir: string, files: Map<string, FileContent>): void {
  const root = resolve(dir);
  for (const [path, content] of files) {
    const target = resolve(root, ...path.split('/'));
    if (!isInside(root, target) || target === root) throw new Error(`refusing to write ${JSON.stringify(path)} outside ${root}`);
    writeFileInside(root, target, content);
  }
}

export interface RunArtifactOptions {
  /** Artifact path globs (`**` for all; `*` stays within a folder). */
  patterns: string[];
  /** Files larger than this many bytes are skipped. */
  maxFileSize: number;
  /** Copying stops adding files past this many bytes in all. */
  maxTotalSize: number;
}

export interface SkippedArtifact {
  runId: string;
  path: string;
  reason: string;
}

export interface CopiedArtifacts {
  files: number;
  bytes: number;
  skipped: SkippedArtifact[];
}

/** Copies the matching artifacts of `runs` into `dir/<run id>/<artifact path>`. */
export async function copyRunArtifacts(store: MlflowStore, runs: Run[], dir: string, options: RunArtifactOptions): Promise<CopiedArtifacts> {
  const root = resolve(dir);
  const matchers = options.patterns.map((p) => globToRegExp(p, { slashes: true }));
  const result: CopiedArtifacts = { files: 0, bytes: 0, skipped: [] };
  for (const run of runs) {
    for (const entry of run.artifacts) {
      if (entry.isDir || !matchers.some((m) => m.test(entry.path))) continue;
      const skip = (reason: string) => result.skipped.push({ runId: run.runId, path: entry.path, reason });
      if (refusedInPath.test(entry.path)) {
        skip('its name has a character GitHub artifacts refuse (" : < > | * ?)');
        continue;
      }
      if (entry.fileSize !== null && entry.fileSize > options.maxFileSize) {
        skip(`${entry.fileSize} bytes, over the ${options.maxFileSize}-byte limit per file`);
        continue;
      }
      if (entry.fileSize !== null && result.bytes + entry.fileSize > options.maxTotalSize) {
        skip(`the ${options.maxTotalSize}-byte limit for all run artifacts was reached`);
        continue;
      }
      let segments: string[];
      let data: Buffer;
      try {
        segments = artifactPathSegments(entry.path, run.runId);
        data = await store.readArtifact(run.runId, entry.path);
      } catch (error) {
        skip((error as Error).message);
        continue;
      }
      // The listing's size may be stale or missing (REST); hold the limits to the bytes actually read.
      if (data.length > options.maxFileSize) {
        skip(`${data.length} bytes, over the ${options.maxFileSize}-byte limit per file`);
        continue;
      }
      if (result.bytes + data.length > options.maxTotalSize) {
        skip(`the ${options.maxTotalSize}-byte limit for all run artifacts was reached`);
        continue;
      }
      const target = resolve(root, run.runId, ...segments);
      try {
        if (!isInside(root, target)) throw new Error('its path leaves the report folder');
        writeFileInside(root, target, data);
      } catch (error) {
        skip((error as Error).message);
        continue;
      }
      result.files++;
      result.bytes += data.length;
    }
  }
  return result;
}

/** Every file under `dir`, absolute. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

/** Validates an artifact name as the artifact service would, with the reason in words. */
export function artifactNameProblem(name: string): string | undefined {
  if (!name.trim()) return 'it is empty';
  const bad = /[":<>|*?\r\n\\/]/.exec(name);
  return bad ? `it contains ${JSON.stringify(bad[0])}, which GitHub artifact names may not` : undefined;
}
