// Run artifacts of a local store (file store or SQLite), found relative to the store we were given. MLflow records
// absolute locations of the machine that logged them (`file:///home/sarah/projects/x/mlruns/1/<run>/artifacts`); a
// clone of the repository has them elsewhere, so those paths are only ever used for their tail, mapped onto the store.
// Nothing is read outside the store root: `..` segments are refused and symlinks are followed only when they stay in.

import { lstatSync, readdirSync, readFileSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isInside } from '../contained-path.js';
import { LocatedError } from '../diagnostics.js';
import { compareCodePoints, type ArtifactEntry } from './model.js';

/** The real path of `path` when it exists and stays inside `root` (itself a real path); otherwise undefined. */
export function realPathInside(root: string, path: string): string | undefined {
  try {
    // Most paths asked about do not exist (runs without artifacts, tails of another machine's locations): one lstat
    // says so, where a failing realpath(3) walks every component (5,000 runs: 0.7 s).
    if (!lstatSync(path, { throwIfNoEntry: false })) return undefined;
    // The system's realpath(3): one call, where the JS version lstat()s every component (5,000 runs: seconds).
    const real = realpathSync.native(path);
    return isInside(root, real) ? real : undefined;
  } catch {
    return undefined;
  }
}

export interface ListProblem {
  /** Artifact path relative to the artifact root. */
  path: string;
  message: string;
}

/**
 * Recursive listing of an artifact directory as MLflow's `list_artifacts` walked depth first gives it: siblings in code
 * point order, directories with a null size. A missing directory lists as empty (a run without artifacts has none, and
 * git does not keep empty folders). Symlinks leaving `storeRoot` are skipped and reported.
 */
export function listArtifacts(
  dir: string,
  storeRoot: string,
  onProblem: (p: ListProblem) => void,
  /** The caller reached `dir`'s parent through real (non-symlink) folders of the store: skip resolving it again. */
  parentIsReal = false,
): ArtifactEntry[] {
  const out: ArtifactEntry[] = [];
  let start: string | undefined;
  if (parentIsReal) {
    try {
      start = lstatSync(dir).isDirectory() ? dir : realPathInside(storeRoot, dir);
    } catch {
      return out; // no artifacts folder: no artifacts
    }
  } else start = realPathInside(storeRoot, dir);
  if (start === undefined) return out;
  const visited = new Set<string>([start]);
  const walk = (realDir: string, prefix: string): void => {
    let entries: Dirent[];
    try {
      entries = readdirSync(realDir, { withFileTypes: true });
    } catch (error) {
      onProblem({ path: prefix || '.', message: `cannot list: ${(error as Error).message}` });
      return;
    }
    entries.sort((a, b) => compareCodePoints(a.name, b.name));
    for (const entry of entries) {
      const path = prefix ? `${prefix}/${entry.name}` : entry.name;
      const full = join(realDir, entry.name);
      let target = full;
      if (entry.isSymbolicLink()) {
        const real = realPathInside(storeRoot, full);
        if (real === undefined) {
          onProblem({ path, message: 'symlink leads outside the store (or nowhere); skipped' });
          continue;
        }
        target = real;
      }
      let stats;
      try {
        stats = statSync(target);
      } catch (error) {
        onProblem({ path, message: `cannot read: ${(error as Error).message}` });
        continue;
      }
      if (stats.isDirectory()) {
        out.push({ path, isDir: true, fileSize: null });
        if (visited.has(target)) continue; // a symlink back up the tree
        visited.add(target);
        walk(target, path);
      } else if (stats.isFile()) {
        out.push({ path, isDir: false, fileSize: stats.size });
      }
    }
  };
  walk(start, '');
  return out;
}

/** Splits and checks an artifact path given by a user (`summary/model_summary.txt`). Throws LocatedError when unsafe. */
export function artifactPathSegments(path: string, file: string): string[] {
  const segments = path.split('/').filter((s) => s !== '' && s !== '.');
  const bad = segments.find((s) => s === '..' || s.includes('\\') || s.includes('\0'));
  if (isAbsolute(path) || bad !== undefined || segments.length === 0) {
    throw new LocatedError('mlflow/artifact-path', `refusing artifact path ${JSON.stringify(path)}`, file);
  }
  return segments;
}

/**
 * Reads one artifact file under `artifactDir`. Throws LocatedError when the path is unsafe, leaves the store (through
 * a symlink), or does not name a readable file.
 */
export function readArtifactFile(artifactDir: string, path: string, storeRoot: string, file: string): Buffer {
  const segments = artifactPathSegments(path, file);
  const real = realPathInside(storeRoot, join(artifactDir, ...segments));
  if (real === undefined) {
    throw new LocatedError('mlflow/artifact-missing', `no artifact ${JSON.stringify(path)} in the store`, file);
  }
  if (!lstatSync(real).isFile()) {
    throw new LocatedError('mlflow/artifact-missing', `artifact ${JSON.stringify(path)} is not a file`, file);
  }
  return readFileSync(real);
}

/** Path segments of a recorded local location (`file:` URI, POSIX or Windows path); undefined for remote URIs. */
export function localPathSegments(location: string): string[] | undefined {
  let path = location;
  if (/^file:/i.test(location)) {
    try {
      path = fileURLToPath(location.replace(/^file:(?!\/\/)/i, 'file://'));
    } catch {
      // A Windows URI read on POSIX (file:///C:/…) or a malformed one: take its path part as written.
      path = location.replace(/^file:\/*/i, '/');
      try {
        path = decodeURIComponent(path);
      } catch {
        // a stray % stays as written
      }
    }
  } else if (/^[a-z][a-z0-9+.-]+:/i.test(location) && !/^[a-z]:[\\/]/i.test(location)) {
    return undefined; // s3:, gs:, dbfs:, http: … (one-letter schemes are Windows drives)
  }
  const segments = path.split(/[\\/]+/).filter((s) => s !== '' && s !== '.');
  // A recorded location is only ever mapped by its tail onto the store; `..` would make that tail climb out of it.
  return segments.includes('..') ? undefined : segments;
}

/**
 * Folders already asked about during one read of a store. Its runs share artifact roots, and most tails tried for a
 * recorded location lie under a folder that does not exist: that is answered from memory instead of by the system.
 */
export class KnownFolders {
  private readonly exists = new Map<string, boolean>();

  /** False when a folder above `path` is known to be missing, so that `path` cannot exist either. */
  mayExist(path: string): boolean {
    const parent = dirname(path);
    if (parent === path) return true;
    let known = this.exists.get(parent);
    if (known === undefined) {
      known = this.mayExist(parent) && statSync(parent, { throwIfNoEntry: false })?.isDirectory() === true;
      this.exists.set(parent, known);
    }
    return known;
  }
}

/**
 * Where a recorded location lives in the store: the longest tail of its path that exists as a directory under one of
 * `bases` (tried in order), keeping at least `minTail` segments so that a short tail cannot match something unrelated.
 */
export function mapRecordedLocation(
  segments: string[],
  bases: string[],
  storeRoot: string,
  minTail: number,
  folders = new KnownFolders(),
): string | undefined {
  for (let i = 0; i <= segments.length - minTail; i++) {
    for (const base of bases) {
      const candidate = join(base, ...segments.slice(i));
      if (!folders.mayExist(candidate)) continue;
      const real = realPathInside(storeRoot, candidate);
      if (real !== undefined && statSync(real).isDirectory()) return real;
    }
  }
  return undefined;
}

/** `path` relative to `from`, with `/` separators, for Diagnostic.file. */
export function displayPath(from: string, path: string): string {
  const rel = relative(from, path);
  return (rel === '' ? '.' : rel).split(sep).join('/');
}
