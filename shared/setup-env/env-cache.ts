// Where built environments are kept between runs. The action uses GitHub's cache service (@actions/cache); tests use
// FolderCache, a folder that keeps entries the way the service does: immutable once saved, scoped to the cached
// paths (the service's "version"), matched by exact key, then newest prefix (matchCacheEntry).

import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { matchCacheEntry } from './cache-key.js';

export interface EnvCache {
  /** For the log: where entries live. */
  readonly description: string;
  /** Restores `paths` from the best entry; returns that entry's key, or undefined on a miss. */
  restore(paths: string[], key: string, restoreKeys: string[]): Promise<string | undefined>;
  /** Saves `paths` under `key`; false when the entry already exists or could not be written. */
  save(paths: string[], key: string): Promise<boolean>;
}

interface EntryMeta {
  key: string;
  created: number;
  paths: string[];
}

export class FolderCache implements EnvCache {
  readonly description: string;

  constructor(private readonly dir: string) {
    this.description = `the local cache folder ${dir}`;
  }

  /** Entries live under a hash of the paths, as the service scopes them. */
  private scope(paths: string[]): string {
    return path.join(this.dir, createHash('sha256').update(paths.join('\n')).digest('hex').slice(0, 16));
  }

  private entries(paths: string[]): (EntryMeta & { folder: string })[] {
    const scope = this.scope(paths);
    if (!existsSync(scope)) return [];
    return readdirSync(scope)
      .filter((name) => existsSync(path.join(scope, name, 'meta.json')))
      .map((name) => ({ ...(JSON.parse(readFileSync(path.join(scope, name, 'meta.json'), 'utf8')) as EntryMeta), folder: path.join(scope, name) }));
  }

  async restore(paths: string[], key: string, restoreKeys: string[]): Promise<string | undefined> {
    const entry = matchCacheEntry(this.entries(paths), key, restoreKeys);
    if (!entry) return undefined;
    paths.forEach((target, i) => {
      rmSync(target, { recursive: true, force: true });
      // verbatimSymlinks: a venv's bin/python links to its base interpreter, and must keep pointing there.
      cpSync(path.join(entry.folder, String(i)), target, { recursive: true, verbatimSymlinks: true });
    });
    return entry.key;
  }

  async save(paths: string[], key: string): Promise<boolean> {
    const existing = this.entries(paths);
    if (existing.some((e) => e.key === key)) return false;
    const scope = this.scope(paths);
    const folder = path.join(scope, createHash('sha256').update(key).digest('hex').slice(0, 16));
    const partial = `${folder}.partial-${process.pid}`;
    mkdirSync(partial, { recursive: true });
    paths.forEach((source, i) => cpSync(source, path.join(partial, String(i)), { recursive: true, verbatimSymlinks: true }));
    // Newer than every entry there, even within one millisecond: "newest" decides partial hits.
    const created = Math.max(Date.now(), ...existing.map((e) => e.created + 1));
    writeFileSync(path.join(partial, 'meta.json'), JSON.stringify({ key, created, paths } satisfies EntryMeta));
    renameSync(partial, folder);
    return true;
  }
}
