// FileReaders over a working tree and over a git commit. Both refuse paths that leave the root.

import { execFileSync } from 'node:child_process';
import { readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import type { FileProblem, FileReader } from './model.js';

/** Packaging files are small; anything bigger is not one (and reading it could exhaust memory). */
const maxPackagingFileBytes = 8 * 1024 * 1024;

/** Normalises a root-relative path; undefined when it escapes the root (`../x`, absolute paths). */
export function insideRoot(relative: string): string | undefined {
  const normal = path.posix.normalize(relative.replace(/\\/g, '/'));
  if (normal.startsWith('../') || normal === '..' || path.posix.isAbsolute(normal)) return undefined;
  return normal.replace(/^\.\//, '');
}

/** The 1-based line of the first byte that is not UTF-8, or undefined when `bytes` is valid UTF-8. */
export function firstInvalidUtf8Line(bytes: Buffer, text = bytes.toString('utf8')): number | undefined {
  // Decoding replaces each bad sequence with U+FFFD: re-encoded, the text differs from the bytes first there.
  const again = Buffer.from(text, 'utf8');
  if (again.equals(bytes)) return undefined;
  let at = 0;
  while (at < bytes.length && bytes[at] === again[at]) at++;
  let line = 1;
  for (let i = 0; i < at; i++) if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) line++;
  return line;
}

const mib = (bytes: number): string => `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;

export function workingTreeReader(root: string): FileReader {
  const realRoot = realpathSync(root);
  const problems = new Map<string, FileProblem>();
  return {
    read(relative) {
      const inside = insideRoot(relative);
      if (inside === undefined) return undefined;
      const full = path.join(realRoot, inside);
      try {
        const real = realpathSync(full);
        if (real !== realRoot && !real.startsWith(realRoot + path.sep)) return undefined; // a symlink leading out
        const stat = statSync(real);
        if (!stat.isFile()) return undefined;
        if (stat.size > maxPackagingFileBytes) {
          const message = `${inside} was skipped: it is ${mib(stat.size)}, more than the ${mib(maxPackagingFileBytes)} a packaging file may have`;
          problems.set(inside, { kind: 'too-large', message });
          return undefined;
        }
        const bytes = readFileSync(real);
        const text = bytes.toString('utf8');
        const line = firstInvalidUtf8Line(bytes, text);
        if (line !== undefined) {
          const message = `${inside}:${line} is not valid UTF-8 (the first invalid byte is on this line): ml-hub reads it with those bytes replaced and never edits it, so that no byte is lost; save it as UTF-8 to have package-env edit it`;
          problems.set(inside, { kind: 'not-utf8', message, line });
        } else {
          problems.delete(inside);
        }
        return text;
      } catch {
        return undefined;
      }
    },
    problem(relative) {
      const inside = insideRoot(relative);
      if (inside === undefined) return undefined;
      if (!problems.has(inside)) this.read(inside);
      return problems.get(inside);
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
