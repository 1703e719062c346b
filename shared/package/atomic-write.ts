// Writes a plan's edits all or nothing. Each new text goes to a temporary file in its target's folder (a rename
// within one file system is atomic), and every original is kept as a hard link until all renames succeeded: a
// failure anywhere puts back every file already replaced, so the project is left exactly as it was. A process killed
// between those steps (kill -9, a cancelled job on a self-hosted runner) leaves its temporary and backup files
// behind; the next write removes those, and only those: ml-hub's own names, in the folders it writes.

import { randomBytes } from 'node:crypto';
import * as nodeFs from 'node:fs/promises';
import path from 'node:path';
import { isInside } from '../contained-path.js';
import type { FileEdit } from './model.js';

/** The file operations applyEdits uses; tests pass one that fails on purpose. */
export type FileSystem = Pick<typeof nodeFs, 'readdir' | 'lstat' | 'realpath' | 'readFile' | 'writeFile' | 'chmod' | 'stat' | 'rename' | 'link' | 'copyFile' | 'unlink' | 'mkdir' | 'rmdir'>;

export class ApplyEditsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ApplyEditsError';
  }
}

interface Target {
  edit: FileEdit;
  /** Real path to write (a symlink inside the root is written through, so the link stays a link). */
  file: string;
  /** Folders that do not exist yet, outermost first. */
  missingDirs: string[];
  temp?: string;
  backup?: string;
  replaced?: boolean;
}

const errorText = (e: unknown) => (e as Error).message;
const sibling = (file: string, kind: 'tmp' | 'orig') => path.join(path.dirname(file), `.${path.basename(file)}.ml-hub-${randomBytes(6).toString('hex')}.${kind}`);
/** The names `sibling` makes: `.<file>.ml-hub-<12 hex>.tmp|orig`. */
const siblingName = /^\.(.+)\.ml-hub-[0-9a-f]{12}\.(tmp|orig)$/;

/**
 * Removes the temporary and backup files an interrupted earlier write left in `dirs`. A backup is kept only when the
 * file it backs up is gone, since it is then the one copy left; otherwise the file holds its old or its new text, and
 * the plan was made from that.
 */
async function removeStaleSiblings(fs: FileSystem, dirs: readonly string[]): Promise<void> {
  for (const dir of new Set(dirs)) {
    const names = await fs.readdir(dir).catch(() => [] as string[]);
    for (const name of names) {
      const match = siblingName.exec(name);
      if (!match) continue;
      const full = path.join(dir, name);
      if (!(await fs.lstat(full).then((s) => s.isFile(), () => false))) continue;
      if (match[2] === 'orig' && !(await fs.lstat(path.join(dir, match[1]!)).then(() => true, () => false))) continue;
      await fs.unlink(full).catch(() => undefined);
    }
  }
}

/** The real path an edit writes, refusing paths that leave the root by name or through a symlink. */
async function resolveTarget(fs: FileSystem, realRoot: string, edit: FileEdit): Promise<Target> {
  const relative = edit.path;
  const normal = path.posix.normalize(relative);
  if (!relative || relative.includes('\\') || path.posix.isAbsolute(relative) || normal === '.' || normal === '..' || normal.startsWith('../') || normal !== relative.replace(/^\.\//, '')) {
    throw new ApplyEditsError(`refusing to write ${JSON.stringify(relative)}: not a plain path inside the project`);
  }
  let current = realRoot;
  const parts = normal.split('/');
  for (let i = 0; i < parts.length; i++) {
    const next = path.join(current, parts[i]!);
    let stat;
    try {
      stat = await fs.lstat(next);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw new ApplyEditsError(`cannot write ${relative}: ${errorText(e)}`);
      const missing = parts.slice(i, -1).map((_, j) => path.join(current, ...parts.slice(i, i + j + 1)));
      return { edit, file: path.join(current, ...parts.slice(i)), missingDirs: missing };
    }
    if (stat.isSymbolicLink()) {
      let real: string;
      try {
        real = await fs.realpath(next);
      } catch {
        throw new ApplyEditsError(`refusing to write ${relative}: ${parts.slice(0, i + 1).join('/')} is a symlink to nothing`);
      }
      if (!isInside(realRoot, real)) throw new ApplyEditsError(`refusing to write ${relative}: ${parts.slice(0, i + 1).join('/')} is a symlink leading outside the project`);
      current = real;
    } else {
      current = next;
    }
  }
  return { edit, file: current, missingDirs: [] };
}

/** The file must still be what the plan was made from; someone may have edited it since. */
async function checkUnchanged(fs: FileSystem, target: Target): Promise<void> {
  let current: string | undefined;
  try {
    current = await fs.readFile(target.file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw new ApplyEditsError(`cannot replace ${target.edit.path}: ${errorText(e)}`);
  }
  if (current !== target.edit.before) {
    const what = target.edit.before === undefined ? 'it exists now' : current === undefined ? 'it was deleted' : 'it changed';
    throw new ApplyEditsError(`${target.edit.path} is not what the plan was made from (${what}); plan again`);
  }
}

/** Puts every replaced file back, then removes what was created; returns what could not be undone. */
async function rollBack(fs: FileSystem, targets: readonly Target[], createdDirs: readonly string[]): Promise<string[]> {
  const problems: string[] = [];
  for (const t of [...targets].reverse()) {
    try {
      if (t.replaced && t.backup) await fs.rename(t.backup, t.file);
      else if (t.replaced) await fs.unlink(t.file);
      else if (t.backup) await fs.unlink(t.backup);
    } catch (e) {
      problems.push(`${t.edit.path}: ${errorText(e)}${t.backup ? ` (the original is kept at ${t.backup})` : ''}`);
    }
    if (t.temp && !t.replaced) await fs.unlink(t.temp).catch(() => undefined);
  }
  for (const dir of [...createdDirs].reverse()) await fs.rmdir(dir).catch(() => undefined);
  return problems;
}

/**
 * Writes every edit (paths relative to `root`) or none: on any failure each file is left as it was and the error
 * says which edit failed. Refuses paths outside the root, symlinks that lead out of it, and files that changed since
 * the plan was made (their text differs from `before`).
 */
export async function applyEdits(root: string, edits: readonly FileEdit[], fs: FileSystem = nodeFs): Promise<void> {
  const realRoot = await fs.realpath(root);
  const targets: Target[] = [];
  for (const edit of edits) targets.push(await resolveTarget(fs, realRoot, edit));
  const files = targets.map((t) => t.file);
  const twice = files.find((f, i) => files.indexOf(f) !== i);
  if (twice) throw new ApplyEditsError(`two edits write ${path.relative(realRoot, twice)}`);
  await removeStaleSiblings(fs, targets.filter((t) => t.missingDirs.length === 0).map((t) => path.dirname(t.file)));

  const createdDirs: string[] = [];
  try {
    for (const t of targets) {
      for (const dir of t.missingDirs) {
        if (createdDirs.includes(dir)) continue;
        await fs.mkdir(dir);
        createdDirs.push(dir);
      }
      const mode = t.edit.before === undefined ? undefined : await fs.stat(t.file).then((s) => s.mode & 0o7777, () => undefined);
      t.temp = sibling(t.file, 'tmp');
      await fs.writeFile(t.temp, t.edit.after, { encoding: 'utf8', flag: 'wx' });
      if (mode !== undefined) await fs.chmod(t.temp, mode);
    }
    for (const t of targets) {
      await checkUnchanged(fs, t);
      if (t.edit.before !== undefined) {
        t.backup = sibling(t.file, 'orig');
        await fs.link(t.file, t.backup).catch(() => fs.copyFile(t.file, t.backup!, nodeFs.constants.COPYFILE_EXCL));
      }
      await fs.rename(t.temp!, t.file);
      t.replaced = true;
    }
  } catch (e) {
    const problems = await rollBack(fs, targets, createdDirs);
    const message = e instanceof ApplyEditsError ? e.message : `writing the edits failed: ${errorText(e)}`;
    throw new ApplyEditsError(
      problems.length ? `${message}; restoring failed for ${problems.join('; ')}` : `${message}; no file was changed`,
    );
  }
  for (const t of targets) if (t.backup) await fs.unlink(t.backup).catch(() => undefined);
}
