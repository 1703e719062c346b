// The few git questions ml-hub asks, through the real `git` with argument arrays.

import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

export async function git(cwd: string, args: string[]): Promise<string> {
  const { stdout } = await run('git', args, { cwd, maxBuffer: 256 << 20, encoding: 'utf8' });
  return stdout;
}

export async function tryGit(cwd: string, args: string[]): Promise<string | undefined> {
  try {
    return await git(cwd, args);
  } catch {
    return undefined;
  }
}

/**
 * Resolves a commit-ish to a full SHA. A shallow checkout (actions/checkout's default depth 1) lacks the base commit:
 * fetch just that commit once before giving up.
 */
export async function resolveCommit(dir: string, ref: string): Promise<string | undefined> {
  const verify = () => tryGit(dir, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  let sha = await verify();
  if (!sha && /^[0-9a-f]{40}$/i.test(ref)) {
    await tryGit(dir, ['fetch', '--no-tags', '--quiet', '--depth=1', 'origin', ref]);
    sha = await verify();
  }
  return sha?.trim() || undefined;
}

/** Paths, relative to `dir`, of the files under `dir` at `commit`. */
export async function filesAtCommit(dir: string, commit: string): Promise<string[]> {
  const out = await git(dir, ['ls-tree', '-r', '-z', '--name-only', commit, '--', '.']);
  return out.split('\0').filter(Boolean);
}

/** Paths, relative to `dir`, that differ between `commit` and the working tree. */
export async function changedSince(dir: string, commit: string): Promise<string[]> {
  const out = await git(dir, ['diff', '--name-only', '-z', '--no-renames', '--relative', commit, '--', '.']);
  return out.split('\0').filter(Boolean);
}

/** A file as it was at `commit`; `path` is relative to `dir` (git's `./` form). */
export async function showFile(dir: string, commit: string, path: string): Promise<Buffer | undefined> {
  return new Promise((resolve) => {
    execFile('git', ['show', `${commit}:./${path}`], { cwd: dir, encoding: 'buffer', maxBuffer: 64 << 20 }, (error, stdout) =>
      resolve(error ? undefined : stdout),
    );
  });
}
