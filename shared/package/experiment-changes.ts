// What MLflow wrote since the last commit (the seed's "Found 3 environment files modified in /mlruns/ … Do you want
// to package them?"): new runs, runs that logged more metric values, artifacts with their sizes, a changed mlflow.db,
// and the files GitHub will warn about or refuse, with the Git LFS patterns that would carry them instead.
// Everything comes from the real git: `git status --porcelain -z` for what changed, `git diff --numstat` for metric
// lines, `git ls-tree -l` for sizes at the last commit.

import { lstat, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { git, tryGit } from '../git/git.js';
import { cell, code } from '../text/markdown.js';
import { formatSize } from '../text/units.js';

/** GitHub warns above 50 MiB and rejects pushes with a file above 100 MiB. */
export const githubWarnSize = 50 * 2 ** 20;
export const githubLimitSize = 100 * 2 ** 20;

/** Where MLflow keeps local tracking data, relative to the project root. */
export const defaultStores = ['mlruns', 'mlartifacts', 'mlflow.db'];

const emptyTree = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';

export interface RunRef {
  store: string;
  experiment: string;
  run: string;
  /** `run_name` from the run's meta.yaml. */
  name?: string;
}

export interface NewRun extends RunRef {
  /** Metric values logged (lines in its metric files) and artifact files. */
  metricValues: number;
  artifacts: number;
}

export interface MetricChange extends RunRef {
  metrics: { key: string; added: number; removed: number }[];
  added: number;
}

export type FileStatus = 'added' | 'modified' | 'deleted';

export interface ArtifactChange {
  /** Root-relative, `/` separators. */
  path: string;
  status: FileStatus;
  /** Bytes now (0 when deleted) and at the last commit (undefined when new). */
  size: number;
  before?: number;
  run?: RunRef;
}

export interface LargeFile {
  path: string;
  size: number;
  /** `warn`: over 50 MiB, GitHub warns; `reject`: over 100 MiB, GitHub refuses the push. */
  limit: 'warn' | 'reject';
  /** Already stored with Git LFS (its `filter` attribute is `lfs`). */
  lfs: boolean;
}

export interface ExperimentChanges {
  newRuns: NewRun[];
  deletedRuns: RunRef[];
  /** Runs from before the last commit that logged more metric values. */
  metricChanges: MetricChange[];
  artifacts: ArtifactChange[];
  database?: { path: string; status: FileStatus; before?: number; after?: number };
  /** Other changed files: params, tags, meta.yaml of existing runs and experiments, the registry. */
  otherFiles: string[];
  large: LargeFile[];
  /** `git lfs track` patterns for the large files not yet in LFS. */
  lfsPatterns: string[];
  /** Stores that exist but .gitignore keeps out of git. */
  ignored: string[];
}

interface Changed {
  path: string;
  status: FileStatus;
}

/** `git status --porcelain -z` entries under the stores, made root-relative. */
async function changedFiles(root: string, prefix: string, stores: string[]): Promise<Changed[]> {
  const out = await git(root, ['status', '--porcelain', '-z', '--untracked-files=all', '--no-renames', '--', ...stores]);
  const fields = out.split('\0');
  const changed: Changed[] = [];
  for (let i = 0; i < fields.length; i++) {
    const entry = fields[i]!;
    if (entry.length < 4) continue;
    const xy = entry.slice(0, 2);
    // Porcelain paths are relative to the repository's top, whatever the working directory.
    const full = entry.slice(3);
    if (/[RC]/.test(xy)) i++; // the source path follows (only when renames slip through)
    const file = full.startsWith(prefix) ? full.slice(prefix.length) : full;
    const status: FileStatus = xy === '??' || xy.includes('A') ? 'added' : xy.includes('D') ? 'deleted' : 'modified';
    changed.push({ path: file, status });
  }
  return changed;
}

/** Lines added and removed per tracked file, against the last commit (or nothing, before the first commit). */
async function lineCounts(root: string, base: string, stores: string[]): Promise<Map<string, { added: number; removed: number }>> {
  const out = await git(root, ['diff', '--numstat', '-z', '--no-renames', '--relative', base, '--', ...stores]);
  const counts = new Map<string, { added: number; removed: number }>();
  for (const record of out.split('\0')) {
    const m = /^(\d+|-)\t(\d+|-)\t(.*)$/s.exec(record);
    if (m) counts.set(m[3]!, { added: m[1] === '-' ? 0 : Number(m[1]), removed: m[2] === '-' ? 0 : Number(m[2]) });
  }
  return counts;
}

/** Blob sizes at the last commit, root-relative. */
async function committedSizes(root: string, stores: string[]): Promise<Map<string, number>> {
  const out = (await tryGit(root, ['ls-tree', '-r', '-l', '-z', 'HEAD', '--', ...stores])) ?? '';
  const sizes = new Map<string, number>();
  for (const record of out.split('\0')) {
    const m = /^\d+ blob [0-9a-f]+ +(\d+)\t(.*)$/s.exec(record);
    if (m) sizes.set(m[2]!, Number(m[1]));
  }
  return sizes;
}

async function sizeOf(file: string): Promise<number | undefined> {
  try {
    const s = await lstat(file);
    return s.isFile() ? s.size : undefined;
  } catch {
    return undefined;
  }
}

async function countLines(file: string): Promise<number> {
  try {
    const text = await readFile(file, 'utf8');
    return text.split('\n').filter((l) => l.trim()).length;
  } catch {
    return 0;
  }
}

async function runName(root: string, ref: RunRef): Promise<string | undefined> {
  try {
    const meta: unknown = parseYaml(await readFile(path.join(root, ref.store, ref.experiment, ref.run, 'meta.yaml'), 'utf8'));
    const name = (meta as { run_name?: unknown } | null)?.run_name;
    return typeof name === 'string' && name ? name : undefined;
  } catch {
    return undefined;
  }
}

/** Experiment-level folders inside `mlruns/<experiment>/` that are not runs. */
const experimentFolders = new Set(['tags', 'models', 'datasets', 'traces', 'meta.yaml']);

type Place =
  | { kind: 'database' }
  | { kind: 'run-meta'; run: RunRef }
  | { kind: 'metric'; run: RunRef; key: string }
  | { kind: 'artifact'; run?: RunRef }
  | { kind: 'other' };

/** Where a store file sits in MLflow's file-store layout (`mlruns/<experiment>/<run>/{meta.yaml,metrics,artifacts,…}`). */
function classify(file: string): Place {
  const parts = file.split('/');
  const [store, experiment, run, area] = parts;
  if (parts.length === 1) return { kind: 'database' };
  const isRun = experiment !== undefined && run !== undefined && !experiment.startsWith('.') && experiment !== 'models' && !experimentFolders.has(run);
  const ref = isRun ? { store: store!, experiment: experiment!, run: run! } : undefined;
  if (ref && parts.length === 4 && area === 'meta.yaml') return { kind: 'run-meta', run: ref };
  if (ref && area === 'metrics' && parts.length > 4) return { kind: 'metric', run: ref, key: parts.slice(4).join('/') };
  // mlartifacts/ holds only artifacts; in mlruns/ they sit under an artifacts/ folder (runs and logged models alike).
  if (store === 'mlartifacts' || parts.slice(0, -1).includes('artifacts')) return { kind: 'artifact', run: ref && area === 'artifacts' ? ref : undefined };
  return { kind: 'other' };
}

const runKey = (r: RunRef) => `${r.store}/${r.experiment}/${r.run}`;

/** A `git lfs track` pattern for a large file: its extension under the store's artifact folders, else its path. */
export function lfsPatternFor(file: string): string {
  const parts = file.split('/');
  if (parts.length === 1) return file;
  const ext = path.posix.extname(parts[parts.length - 1]!);
  if (!ext) return file;
  if (parts[0] === 'mlartifacts') return `mlartifacts/**/*${ext}`;
  return parts.includes('artifacts') ? `${parts[0]}/**/artifacts/**/*${ext}` : `${parts[0]}/**/*${ext}`;
}

/**
 * What changed under the MLflow stores of the project at `root` (a git work tree, or a folder inside one) since the
 * last commit, including files not yet added.
 */
export async function experimentChanges(root: string, stores: string[] = defaultStores): Promise<ExperimentChanges> {
  const prefix = (await git(root, ['rev-parse', '--show-prefix'])).trim();
  const base = (await tryGit(root, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}']))?.trim() || emptyTree;
  const [changed, lines, committed, ignoredOut] = await Promise.all([
    changedFiles(root, prefix, stores),
    lineCounts(root, base, stores),
    committedSizes(root, stores),
    // --no-index: a store committed before .gitignore named it still keeps its new runs out.
    tryGit(root, ['check-ignore', '--no-index', '--', ...stores]),
  ]);

  const result: ExperimentChanges = { newRuns: [], deletedRuns: [], metricChanges: [], artifacts: [], otherFiles: [], large: [], lfsPatterns: [], ignored: [] };
  const newRuns = new Map<string, NewRun>();
  const metricRuns = new Map<string, MetricChange>();
  const metricFiles: { run: RunRef; key: string; file: Changed }[] = [];
  const artifactFiles: { file: Changed; run?: RunRef }[] = [];
  const current = new Map<string, number | undefined>();

  await Promise.all(changed.map(async (c) => current.set(c.path, c.status === 'deleted' ? undefined : await sizeOf(path.join(root, c.path)))));

  for (const c of changed) {
    const place = classify(c.path);
    switch (place.kind) {
      case 'database':
        result.database = { path: c.path, status: c.status, before: committed.get(c.path), after: current.get(c.path) };
        break;
      case 'run-meta':
        if (c.status === 'added') newRuns.set(runKey(place.run), { ...place.run, metricValues: 0, artifacts: 0 });
        else if (c.status === 'deleted') result.deletedRuns.push(place.run);
        else result.otherFiles.push(c.path);
        break;
      case 'metric':
        metricFiles.push({ run: place.run, key: place.key, file: c });
        break;
      case 'artifact':
        artifactFiles.push({ file: c, run: place.run });
        break;
      default:
        result.otherFiles.push(c.path);
    }
  }

  for (const { run, key, file } of metricFiles) {
    const counted = lines.get(file.path) ?? { added: file.status === 'added' ? await countLines(path.join(root, file.path)) : 0, removed: 0 };
    const fresh = newRuns.get(runKey(run));
    if (fresh) {
      fresh.metricValues += counted.added;
      continue;
    }
    if (!counted.added && !counted.removed) continue;
    const entry = metricRuns.get(runKey(run)) ?? { ...run, metrics: [], added: 0 };
    entry.metrics.push({ key, ...counted });
    entry.added += counted.added;
    metricRuns.set(runKey(run), entry);
  }
  result.metricChanges = [...metricRuns.values()].filter((m) => m.added > 0);
  // Only removed lines (a rewritten history) still count as a change, but not as "new metrics".
  for (const m of metricRuns.values()) if (m.added === 0) result.otherFiles.push(...m.metrics.map((k) => `${m.store}/${m.experiment}/${m.run}/metrics/${k.key}`));

  for (const { file, run } of artifactFiles) {
    const fresh = run && newRuns.get(runKey(run));
    if (fresh && file.status !== 'deleted') fresh.artifacts++;
    result.artifacts.push({ path: file.path, status: file.status, size: current.get(file.path) ?? 0, before: committed.get(file.path), run });
  }
  result.newRuns = [...newRuns.values()];
  const names = new Map<string, Promise<string | undefined>>();
  const refs: RunRef[] = [...result.newRuns, ...result.deletedRuns, ...result.metricChanges, ...result.artifacts.flatMap((a) => (a.run ? [a.run] : []))];
  await Promise.all(
    refs.map(async (r) => {
      if (!names.has(runKey(r))) names.set(runKey(r), runName(root, r));
      r.name = await names.get(runKey(r));
    }),
  );

  const large = changed.filter((c) => (current.get(c.path) ?? 0) > githubWarnSize);
  if (large.length) {
    const attrs = (await tryGit(root, ['check-attr', '-z', 'filter', '--', ...large.map((c) => c.path)])) ?? '';
    const fields = attrs.split('\0');
    const lfs = new Set<string>();
    for (let i = 0; i + 2 < fields.length; i += 3) if (fields[i + 2] === 'lfs') lfs.add(fields[i]!);
    for (const c of large) {
      const size = current.get(c.path)!;
      result.large.push({ path: c.path, size, limit: size > githubLimitSize ? 'reject' : 'warn', lfs: lfs.has(c.path) });
    }
    result.lfsPatterns = [...new Set(result.large.filter((l) => !l.lfs).map((l) => lfsPatternFor(l.path)))];
  }
  // check-ignore answers for paths that do not exist too; only a store that is there is worth a warning.
  const ignored = (ignoredOut ?? '').split('\n').filter(Boolean);
  result.ignored = (await Promise.all(ignored.map(async (s) => ((await lstat(path.join(root, s)).catch(() => undefined)) ? s : undefined)))).filter(
    (s): s is string => s !== undefined,
  );
  return result;
}


const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function shortRun(r: RunRef): string {
  return `${r.run.slice(0, 8)}${r.name ? ` "${r.name}"` : ''}`;
}

/** The one-line summary both renderings start with; undefined when nothing changed. */
export function summarizeExperimentChanges(changes: ExperimentChanges): string | undefined {
  const items: string[] = [];
  if (changes.newRuns.length) items.push(count(changes.newRuns.length, 'new run'));
  if (changes.metricChanges.length) items.push(`${count(changes.metricChanges.length, 'run')} with new metrics`);
  const kept = changes.artifacts.filter((a) => a.status !== 'deleted');
  if (kept.length) items.push(`${count(kept.length, 'artifact')} (${formatSize(kept.reduce((s, a) => s + a.size, 0))})`);
  const removed = changes.artifacts.length - kept.length;
  if (removed) items.push(count(removed, 'deleted artifact'));
  if (changes.deletedRuns.length) items.push(count(changes.deletedRuns.length, 'deleted run'));
  if (changes.otherFiles.length) items.push(count(changes.otherFiles.length, 'other changed file'));
  const folders = [...new Set([...changes.newRuns, ...changes.deletedRuns, ...changes.metricChanges].map((r) => r.store)
    .concat(changes.artifacts.map((a) => a.path.split('/')[0]!), changes.otherFiles.map((f) => f.split('/')[0]!)))]
    .sort()
    .map((s) => `${s}/`);
  let line = items.length ? `Found ${items.join(', ')} in ${folders.join(' and ')}` : '';
  const db = changes.database;
  if (db) {
    const what =
      db.status === 'added' ? `new ${db.path} (${formatSize(db.after ?? 0)})`
      : db.status === 'deleted' ? `${db.path} deleted`
      : `${db.path} changed (${formatSize(db.before ?? 0)} → ${formatSize(db.after ?? 0)})`;
    line = line ? `${line}; ${what}` : `Found ${what}`;
  }
  return line ? `${line}.` : undefined;
}

function largeAdvice(l: LargeFile): string {
  const size = formatSize(l.size);
  if (l.lfs) return `${l.path} is ${size}; it is stored with Git LFS already.`;
  return l.limit === 'reject'
    ? `${l.path} is ${size}: GitHub rejects pushes with files over 100 MiB.`
    : `${l.path} is ${size}: GitHub warns about files over 50 MiB.`;
}

/** What the CLI prints. */
export function renderExperimentChanges(changes: ExperimentChanges): string {
  const lines: string[] = [];
  for (const ignored of changes.ignored) lines.push(`${ignored} is ignored by .gitignore: git will not package it.`);
  const summary = summarizeExperimentChanges(changes);
  if (!summary) {
    lines.push('No changes in the MLflow stores since the last commit.');
    return lines.join('\n') + '\n';
  }
  lines.push(summary);
  for (const r of changes.newRuns) {
    lines.push(`  - new run ${shortRun(r)} in experiment ${r.experiment}: ${count(r.metricValues, 'metric value')}, ${count(r.artifacts, 'artifact')}`);
  }
  for (const r of changes.metricChanges) {
    lines.push(`  - run ${shortRun(r)}: +${count(r.added, 'metric value')} (${r.metrics.map((m) => m.key).join(', ')})`);
  }
  for (const r of changes.deletedRuns) lines.push(`  - deleted run ${shortRun(r)} in experiment ${r.experiment}`);
  const large = changes.large.filter((l) => !l.lfs);
  for (const l of changes.large) lines.push(`! ${largeAdvice(l)}`);
  if (large.length) {
    lines.push('  Track them with Git LFS before committing:');
    for (const pattern of changes.lfsPatterns) lines.push(`    git lfs track ${JSON.stringify(pattern)}`);
  }
  return lines.join('\n') + '\n';
}

const tableLimit = 50;

/** The same, as markdown for the job summary or a pull request body. */
export function renderExperimentChangesMarkdown(changes: ExperimentChanges): string {
  const out: string[] = ['### MLflow changes since the last commit', ''];
  for (const ignored of changes.ignored) out.push(`> [!NOTE]\n> ${code(ignored)} is ignored by .gitignore, so git will not package it.\n`);
  const summary = summarizeExperimentChanges(changes);
  if (!summary) return [...out, 'No changes in the MLflow stores.', ''].join('\n');
  out.push(summary, '');
  const rows: string[][] = [
    ...changes.newRuns.map((r) => [code(r.run.slice(0, 8)), cell(r.name ?? ''), cell(r.experiment), `new: ${count(r.metricValues, 'metric value')}, ${count(r.artifacts, 'artifact')}`]),
    ...changes.metricChanges.map((r) => [code(r.run.slice(0, 8)), cell(r.name ?? ''), cell(r.experiment), cell(`+${count(r.added, 'metric value')} (${r.metrics.map((m) => m.key).join(', ')})`)]),
    ...changes.deletedRuns.map((r) => [code(r.run.slice(0, 8)), cell(r.name ?? ''), cell(r.experiment), 'deleted']),
  ];
  if (rows.length) {
    out.push('| Run | Name | Experiment | Change |', '| --- | --- | --- | --- |', ...rows.slice(0, tableLimit).map((r) => `| ${r.join(' | ')} |`));
    if (rows.length > tableLimit) out.push('', `_…and ${rows.length - tableLimit} more runs._`);
    out.push('');
  }
  if (changes.artifacts.length) {
    out.push('| Artifact | Size | Change |', '| --- | --- | --- |');
    for (const a of changes.artifacts.slice(0, tableLimit)) out.push(`| ${code(a.path)} | ${formatSize(a.size)} | ${a.status} |`);
    if (changes.artifacts.length > tableLimit) out.push('', `_…and ${changes.artifacts.length - tableLimit} more artifacts._`);
    out.push('');
  }
  if (changes.large.length) {
    out.push('> [!WARNING]', ...changes.large.map((l) => `> ${cell(largeAdvice(l))}`));
    if (changes.lfsPatterns.length) out.push('>', '> Track them with Git LFS before committing:', '>', '> ```sh', ...changes.lfsPatterns.map((p) => `> git lfs track ${JSON.stringify(p)}`), '> ```');
    out.push('');
  }
  return out.join('\n');
}
