// Cache keys for a built environment: `ml-hub-env-<os>-<arch>-py<version>-<envhash>` for a venv built with pip, with
// the manager named before the Python version for the others (`ml-hub-env-linux-x64-uv-py3.11.9-…`,
// `…-conda-py3.11-…`): a uv venv has no pip, and a conda prefix is laid out differently, so none may stand in for
// another.
//
// The Python version is the interpreter's full version for a venv (a venv links to its base interpreter, so one
// built on 3.11.8 is broken where only 3.11.9 exists) and the version the conda file declares for conda.
//
// Restore keys make partial hits. GitHub's cache looks for the exact key, then for the newest entry whose key starts
// with each restore key in turn (entries are also scoped to the cached paths, so only an environment at the same
// prefix can match). The one restore key of a venv is the key without the hash: a partial hit restores the newest
// environment built for the same OS, architecture, manager and Python from a *different* record. pip or uv then
// install the record over it (what is missing, versions that differ) and setup-env uninstalls what the record does not
// account for (record-closure.ts), which is much faster than a fresh build because most packages are already there.
// A conda environment has no restore key: conda's `--prune` does not reliably remove what a file dropped, and
// micromamba has none, so another record's conda environment is never the start of this one. `cache-hit` is true only
// for the exact key.

import type { RunnerOs } from './venv-layout.js';
import type { Manager } from './plan-environment.js';

export interface CacheKeyParts {
  os: RunnerOs;
  /** `process.arch`: x64, arm64. */
  arch: string;
  manager: Manager;
  /** `3.11.9` for a venv; the declared version (`3.11`, `>=3.10,<3.13`) or '' for conda. */
  python: string;
  envHash: string;
}

export interface CacheKeys {
  key: string;
  restoreKeys: string[];
}

/** GitHub refuses commas in keys and caps them at 512 characters; versions may hold `,` `<` `*` and spaces. */
const keyPart = (s: string) => s.replace(/[^A-Za-z0-9._+-]+/g, '_') || 'any';

export function cacheKeys(parts: CacheKeyParts): CacheKeys {
  const manager = parts.manager === 'venv' ? '' : `${parts.manager}-`;
  const base = `ml-hub-env-${parts.os}-${keyPart(parts.arch)}-${manager}py${keyPart(parts.python)}-`;
  return { key: `${base}${keyPart(parts.envHash)}`, restoreKeys: parts.manager === 'conda' ? [] : [base] };
}

/**
 * Which entry GitHub's cache would restore: the exact key, else the newest entry starting with the key, else for each
 * restore key in order the newest entry starting with it. The local cache double matches with this.
 */
export function matchCacheEntry<E extends { key: string; created: number }>(entries: readonly E[], key: string, restoreKeys: readonly string[]): E | undefined {
  const exact = entries.find((e) => e.key === key);
  if (exact) return exact;
  for (const prefix of [key, ...restoreKeys]) {
    const newest = entries.filter((e) => e.key.startsWith(prefix)).sort((a, b) => b.created - a.created)[0];
    if (newest) return newest;
  }
  return undefined;
}
