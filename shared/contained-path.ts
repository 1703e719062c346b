// Containment, decided on real paths: a path is inside a folder only when it stays inside after every symlink on the
// way is followed. A check on the text alone lets a committed symlink (`project -> /home/runner`) carry a write
// outside the workspace. Every place that writes what it was given a folder for goes through here.

import { closeSync, constants, lstatSync, mkdirSync, openSync, realpathSync, writeSync } from 'node:fs';
import path from 'node:path';

/** `target` leaves the folder it must stay in; the message names both. */
export class OutsideError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OutsideError';
  }
}

/** True when `p` is `root` or below it; both absolute and already real (lexical comparison). */
export function isInside(root: string, p: string): boolean {
  const rel = path.relative(root, p);
  return rel === '' || (!rel.startsWith(`..${path.sep}`) && rel !== '..' && !path.isAbsolute(rel));
}

/**
 * The real path of `p`, which may not exist yet: its deepest existing ancestor with every symlink followed, and the
 * rest as written. A symlink that leads nowhere cannot be resolved (writing to it would create its target), so it
 * throws.
 */
export function realPathOf(p: string): string {
  const absolute = path.resolve(p);
  const missing: string[] = [];
  let current = absolute;
  for (;;) {
    try {
      return path.join(realpathSync(current), ...missing.reverse());
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      if (isSymlink(current)) throw new OutsideError(`${absolute}: ${current} is a symbolic link to nothing`);
      const parent = path.dirname(current);
      if (parent === current) return absolute;
      missing.push(path.basename(current));
      current = parent;
    }
  }
}

function isSymlink(p: string): boolean {
  try {
    return lstatSync(p).isSymbolicLink();
  } catch {
    return false;
  }
}

/** The real path of `target` when it is inside the real path of `root`; throws OutsideError otherwise. */
export function containedPath(root: string, target: string): string {
  const realRoot = realPathOf(root);
  const real = realPathOf(target);
  if (!isInside(realRoot, real)) {
    const through = real === path.resolve(target) ? '' : ` (through a symbolic link, it is ${real})`;
    throw new OutsideError(`${target} is outside ${root}${through}`);
  }
  return real;
}

/**
 * Writes `content` to `target` when its folder is really inside `root`, creating the folders between. The file itself
 * must not be a symlink: a planted `summary.md -> ~/.bashrc` is refused, not written through.
 */
/** A file's content: text, bytes, or text in pieces (written as they come, never held whole). */
export type FileContent = string | Buffer | Iterable<string>;

export function writeFileInside(root: string, target: string, content: FileContent): void {
  const dir = containedPath(root, path.dirname(target));
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, path.basename(target));
  if (isSymlink(file)) throw new OutsideError(`refusing to write ${target}: it is a symbolic link`);
  // O_NOFOLLOW closes the gap between the check and the open where the platform has it.
  const fd = openSync(file, constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | (constants.O_NOFOLLOW ?? 0), 0o666);
  try {
    const pieces = typeof content === 'string' || Buffer.isBuffer(content) ? [content] : content;
    for (const piece of pieces) {
      const data = typeof piece === 'string' ? Buffer.from(piece, 'utf8') : piece;
      for (let written = 0; written < data.length; ) written += writeSync(fd, data, written, data.length - written);
    }
  } finally {
    closeSync(fd);
  }
}
