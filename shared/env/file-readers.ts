// FileReaders over a working tree and over a git commit. Both refuse paths that leave the root.

import { execFileSync } from 'node:child_process';
import { readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import type { FileReader } from './model.js';

/** Packaging files are small; anything bigger is not one (and reading it could exhaust memory). */
const maxPackagingFileBytes = 8 * 1024 * 1024;

/** Normalises a root-relative path; undefined when it escapes the root (`../x`, absolute paths). */
export function insideRoot(relative: string): string | undefined {
  const normal = path.posix.normalize(relative.replace(/\\/g, '/'));
  if (normal.startsWith('../') || normal === '..' || path.posix.isAbsolute(normal)) return undefined;
  return normal.replace(/^\.\//, '');
}

export function workingTreeReader(root: string): FileReader {
  const realRoot = realpathSync(root);
  return {
    read(relative) {
      const inside = insideRoot(relative);
      if (inside === undefined) return undefined;
      const full = path.join(realRoot, inside);
      try {
        const real = realpathSync(full);
        if (real !== realRoot && !real.startsWith(realRoot + path.sep)) return undefined; // a symlink leading out
        const stat = statSync(real);
        if (!stat.isFile() || stat.size > maxPackagingFileBytes) return undefined;
        return readFileSync(real, 'utf8');
      } catch {
        return undefined;
      }
    },
  };
}

/** Reads files as they were at `commit`; paths are relative to `dir` (the analysed root), as in the working tree. */
export function gitCommitReader(dir: string, commit: string): FileReader {
  return {
    read(relative) {
      const inside = insideRoot(relative);
      if (inside === undefined) return undefined;
      try {
        return execFileSync('git', ['show', `${commit}:./${inside}`], {
          cwd: dir,
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'ignore'],
          maxBuffer: maxPackagingFileBytes,
        });
      } catch {
        return undefined;
      }
    },
  };
}
