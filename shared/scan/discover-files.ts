// Finds the Python sources of a project: `.py` files and `.ipynb` notebooks. `.pyi` stubs are left out: they are never
// imported at run time, and their imports are typing-only. Honours every `.gitignore` in the tree (deeper files take
// precedence, `!` re-includes, as git does) and `.git/info/exclude`; skips environments and build output unless
// `defaultExcludes` is false. Files it cannot scan sensibly (links leaving the root, broken links) are listed in
// `skipped` with the reason, so that a report can say what was not looked at; binary and oversized files are found
// by the scan's own read (scan/scan-file.ts), not by a second one here.

import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { join, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';

export interface DiscoverOptions {
  /** Patterns in .gitignore syntax, relative to the root (`experiments/`, `*_old.py`, `/scripts/tmp_*.py`); always applied. */
  exclude?: string[];
  /** Skip `.git`, virtualenvs, `site-packages`, `node_modules`, caches and build output (default true). */
  defaultExcludes?: boolean;
  /** Honour `.gitignore` files and `.git/info/exclude` (default true). */
  gitignore?: boolean;
  /** Other files to list on the same walk (packaging files, CI workflows), by root-relative path; same exclusions. */
  collect?: (path: string) => boolean;
}

export interface SkippedFile {
  /** Relative to the root, `/` separators. */
  path: string;
  reason: string;
}

export interface DiscoveredFiles {
  /** Relative to the root, `/` separators, sorted. */
  files: string[];
  skipped: SkippedFile[];
  /** The files `collect` picked, sorted. */
  collected: string[];
}

/** Directories skipped by name alone. */
const EXCLUDED_DIRS = new Set([
  '.git', '.hg', '.svn', 'node_modules', '__pycache__', 'site-packages', '.tox', '.nox', '.eggs', '.ipynb_checkpoints',
  '.mypy_cache', '.pytest_cache', '.ruff_cache',
]);
/** Names virtualenvs usually get; these count as environments when they hold an activate script. */
const ENV_NAMES = new Set(['venv', '.venv', 'env', '.env', 'virtualenv', '.virtualenv']);
/** Build output names, skipped unless the folder is a Python package itself (`mypkg/build/__init__.py`). */
const BUILD_DIRS = new Set(['build', 'dist']);
/** Folders listed at once: enough to keep the thread pool busy without hoarding descriptors. */
const CONCURRENCY = 32;

/** One directory's ignore rules, matched against paths relative to that directory. */
interface Rules {
  dir: string;
  ignore: Ignore;
}

/** A folder still to list, relative to the root, with the ignore rules that apply above it. */
interface Folder {
  rel: string;
  name: string;
  chain: readonly Rules[];
}

/** Git's precedence: the deepest rules file with a verdict on the path decides; `!pattern` is a verdict too. */
function ignoredBy(chain: readonly Rules[], path: string): boolean {
  for (let k = chain.length - 1; k >= 0; k--) {
    const rules = chain[k]!;
    const result = rules.ignore.test(rules.dir ? path.slice(rules.dir.length + 1) : path);
    if (result.ignored) return true;
    if (result.unignored) return false;
  }
  return false;
}

async function readRules(file: string): Promise<Ignore | null> {
  try {
    return ignore({ ignorecase: false }).add(await readFile(file, 'utf8'));
  } catch {
    return null; // unreadable or missing: no rules
  }
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/** A folder holding a Python environment (venv, virtualenv, conda) rather than project code. */
async function isEnvironment(abs: string, name: string, names: ReadonlySet<string>): Promise<boolean> {
  if (names.has('pyvenv.cfg') || names.has('conda-meta')) return true;
  if (!ENV_NAMES.has(name)) return false;
  return (await exists(join(abs, 'bin', 'activate'))) || (await exists(join(abs, 'Scripts', 'activate')));
}

function candidate(name: string): boolean {
  return name.endsWith('.py') || name.endsWith('.ipynb');
}

/** Lists the `.py` and `.ipynb` files under `root` that the scanner should read. */
export async function discoverFiles(root: string, options: DiscoverOptions = {}): Promise<DiscoveredFiles> {
  const defaults = options.defaultExcludes !== false;
  const gitignore = options.gitignore !== false;
  const user = ignore({ ignorecase: false }).add(options.exclude ?? []);
  const realRoot = await realpath(root);
  const found: string[] = [];
  const collected: string[] = [];
  const skipped: SkippedFile[] = [];

  const skipFolder = (path: string, e: NodeJS.ErrnoException): null => {
    skipped.push({ path, reason: `folder cannot be read (${e.code ?? e.message})` });
    return null;
  };

  const rootChain: Rules[] = [];
  if (gitignore) {
    // Lowest precedence: below every .gitignore, as in git.
    const exclude = await readRules(join(root, '.git', 'info', 'exclude'));
    if (exclude) rootChain.push({ dir: '', ignore: exclude });
  }
  const excluded = (chain: readonly Rules[], path: string) => user.ignores(path) || (gitignore && ignoredBy(chain, path));

  // Folders wait in a worklist that CONCURRENCY walkers take from. A walker holds one listing at a time: a recursive
  // walk that awaits its subfolders keeps every listing of the tree alive until the walk ends (13,000 files: 35 MB
  // of garbage promoted to the old generation).
  const pending: Folder[] = [];
  const visit = async ({ rel, name, chain: parentChain }: Folder): Promise<void> => {
    const abs = rel ? join(root, rel) : root;
    const listing = readdir(abs, { withFileTypes: true });
    // An unreadable root is an error; an unreadable folder inside is reported and passed over.
    const entries = rel ? await listing.catch((e: NodeJS.ErrnoException) => skipFolder(rel, e)) : await listing;
    if (!entries) return;
    const names = new Set(entries.map((e) => e.name));
    if (defaults && rel) {
      if (BUILD_DIRS.has(name) && !names.has('__init__.py')) return;
      if (await isEnvironment(abs, name, names)) return;
    }
    let chain = parentChain;
    if (gitignore && names.has('.gitignore')) {
      const rules = await readRules(join(abs, '.gitignore'));
      if (rules) chain = [...parentChain, { dir: rel, ignore: rules }];
    }
    const links: string[] = [];
    for (const entry of entries) {
      const path = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (defaults && (EXCLUDED_DIRS.has(entry.name) || entry.name.endsWith('.egg-info'))) continue;
        if (!excluded(chain, `${path}/`)) pending.push({ rel: path, name: entry.name, chain });
      } else if (entry.isSymbolicLink()) {
        if (!excluded(chain, path)) links.push(path);
      } else if (entry.isFile()) {
        if (candidate(entry.name)) {
          if (!excluded(chain, path)) found.push(path);
        } else if (options.collect?.(path) && !excluded(chain, path)) collected.push(path);
      }
    }
    for (const path of links) await link(path);
  };
  let busy = 0;
  const idle: (() => void)[] = [];
  const wakeAll = () => {
    for (const wake of idle.splice(0)) wake();
  };
  const walker = async (): Promise<void> => {
    for (;;) {
      const folder = pending.pop();
      if (!folder) {
        if (busy === 0) return wakeAll(); // nothing queued and nobody listing: the walk is over
        await new Promise<void>((resolve) => idle.push(resolve));
        continue;
      }
      busy++;
      try {
        await visit(folder);
      } finally {
        busy--;
        wakeAll();
      }
    }
  };

  // Links are followed to files inside the root only. Links to folders are not followed: one inside the root points
  // at a folder walked where it lives, one outside leads away from the project (and maybe into a cycle).
  const link = async (path: string): Promise<void> => {
    const target = await realpath(join(root, path)).catch(() => null);
    if (target === null) {
      if (candidate(path)) skipped.push({ path, reason: 'broken symbolic link' });
      return;
    }
    const inside = target === realRoot || target.startsWith(realRoot + sep);
    const info = await stat(target).catch(() => null);
    if (!info) return;
    if (info.isDirectory()) {
      if (!inside) skipped.push({ path, reason: `symbolic link to a folder outside the root (${target})` });
    } else if (candidate(path)) {
      if (inside) found.push(path);
      else skipped.push({ path, reason: `symbolic link to a file outside the root (${target})` });
    }
  };

  await visit({ rel: '', name: '', chain: rootChain });
  await Promise.all(Array.from({ length: CONCURRENCY }, walker));

  skipped.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files: found.sort(), skipped, collected: collected.sort() };
}
