// The run a report compares against, named by the user as
//   <run id> | run:<run id>     that run
//   tag:<key>=<value>           the latest run (by start time) whose tag <key> is <value>
//   branch:<name>               the latest run of a branch: logged at its head commit or the nearest ancestor of it
//   base                        the same for the change's base commit (pull request base, push `before`)
// Runs know their commit from MLflow's `mlflow.source.git.commit` tag; git maps commits to the branch's history
// (`git rev-list`, nearest first), so a run logged on any earlier commit of the branch still counts, the nearest one
// winning and the latest start time breaking ties.

import { git, resolveCommit, tryGit } from '../git/git.js';
import type { Run } from '../mlflow/model.js';

export const commitTag = 'mlflow.source.git.commit';

export type BaselineSpec =
  | { kind: 'run'; runId: string }
  | { kind: 'tag'; key: string; value: string }
  | { kind: 'branch'; name: string }
  | { kind: 'base' };

/** A baseline the user wrote that means nothing: the message says what forms there are. */
export class BaselineSpecError extends Error {}

export function parseBaselineSpec(text: string): BaselineSpec | undefined {
  const spec = text.trim();
  if (spec === '') return undefined;
  if (spec === 'base') return { kind: 'base' };
  const forms = 'expected a run id, run:<id>, tag:<key>=<value>, branch:<name> or base';
  if (spec.startsWith('branch:')) {
    const name = spec.slice('branch:'.length).trim();
    if (!name) throw new BaselineSpecError(`baseline "${spec}": no branch name; ${forms}`);
    return { kind: 'branch', name };
  }
  if (spec.startsWith('tag:')) {
    const body = spec.slice('tag:'.length);
    const eq = body.indexOf('=');
    if (eq < 0 || body.slice(0, eq).trim() === '') throw new BaselineSpecError(`baseline "${spec}": a tag baseline needs a key and a value (tag:stage=production)`);
    return { kind: 'tag', key: body.slice(0, eq).trim(), value: body.slice(eq + 1).trim() };
  }
  const runId = spec.startsWith('run:') ? spec.slice('run:'.length).trim() : spec;
  if (!/^[\w-]+$/.test(runId)) throw new BaselineSpecError(`baseline "${spec}": ${forms}`);
  return { kind: 'run', runId };
}

export interface BaselineContext {
  /** A git checkout holding the commits runs were logged at (the workspace). */
  repoDir?: string;
  /** What `base` names: the pull request's base commit or the push's `before`. */
  baseCommit?: string;
  /** Every run read, for a run-id baseline that lives in another experiment. */
  allRuns: Run[];
}

export interface PickedBaseline {
  run: Run | undefined;
  /** Why there is none, or something to know about the choice. */
  note?: string;
}

export interface BaselinePicker {
  /** What the baseline is, for the report: `the latest run of main (a1b2c3d or an ancestor)`. */
  label: string;
  pick(runs: Run[]): PickedBaseline;
}

/** The most commits of history searched for a run's commit. */
const historyDepth = 10_000;

const latestFirst = (a: Run, b: Run) => (b.startTime ?? -Infinity) - (a.startTime ?? -Infinity);

export async function prepareBaseline(spec: BaselineSpec, context: BaselineContext): Promise<BaselinePicker> {
  switch (spec.kind) {
    case 'run': {
      const run = context.allRuns.find((r) => r.runId === spec.runId);
      return {
        label: `run ${spec.runId}`,
        pick: (runs) => {
          if (!run) return { run: undefined, note: `no run ${spec.runId} in the store` };
          const elsewhere = !runs.includes(run);
          return { run, note: elsewhere ? `the baseline run ${spec.runId} belongs to another experiment` : undefined };
        },
      };
    }
    case 'tag':
      return {
        label: `the latest run tagged ${spec.key}=${spec.value}`,
        pick: (runs) => {
          const run = runs.filter((r) => r.tags.get(spec.key) === spec.value).sort(latestFirst)[0];
          return { run, note: run ? undefined : `no run is tagged ${spec.key}=${spec.value}` };
        },
      };
    case 'branch':
    case 'base':
      return commitBaseline(spec, context);
  }
}

async function commitBaseline(spec: { kind: 'branch'; name: string } | { kind: 'base' }, context: BaselineContext): Promise<BaselinePicker> {
  const what = spec.kind === 'branch' ? `branch ${spec.name}` : 'the base commit';
  const none = (note: string): BaselinePicker => ({ label: `the latest run of ${what}`, pick: () => ({ run: undefined, note }) });
  if (!context.repoDir) return none(`no git checkout to find ${what} in`);
  const dir = context.repoDir;

  let head: string | undefined;
  if (spec.kind === 'base') {
    if (!context.baseCommit) return none('this event has no base commit (only pull requests and pushes do); name a baseline instead');
    head = await resolveCommit(dir, context.baseCommit);
    if (!head) return none(`the base commit ${context.baseCommit.slice(0, 12)} is not in the checkout and could not be fetched`);
  } else {
    head = await branchCommit(dir, spec.name);
    if (!head) return none(`no branch ${spec.name} in the checkout (fetched from origin too)`);
  }

  const history = (await git(dir, ['rev-list', `--max-count=${historyDepth}`, head])).split('\n').filter(Boolean);
  const order = new Map(history.map((sha, i) => [sha.toLowerCase(), i]));
  const shallow = (await tryGit(dir, ['rev-parse', '--is-shallow-repository']))?.trim() === 'true';
  const name = spec.kind === 'branch' ? spec.name : 'the base';
  const label = `the latest run of ${name} (commit ${head.slice(0, 7)} or an ancestor)`;

  const position = (run: Run): number | undefined => {
    const commit = run.tags.get(commitTag)?.trim().toLowerCase();
    if (!commit || !/^[0-9a-f]{7,40}$/.test(commit)) return undefined;
    const exact = order.get(commit);
    if (exact !== undefined || commit.length === 40) return exact;
    const i = history.findIndex((sha) => sha.startsWith(commit));
    return i < 0 ? undefined : i;
  };

  return {
    label,
    pick: (runs) => {
      let best: Run | undefined;
      let bestAt = Infinity;
      for (const run of runs) {
        const at = position(run);
        if (at === undefined) continue;
        if (at < bestAt || (at === bestAt && best && latestFirst(run, best) < 0)) {
          best = run;
          bestAt = at;
        }
      }
      if (best) return { run: best };
      const tagged = runs.some((r) => r.tags.has(commitTag));
      let note = tagged
        ? `no run was logged at ${name}'s commit ${head.slice(0, 7)} or an ancestor of it`
        : `no run records its commit (MLflow sets ${commitTag} when it runs inside a git checkout)`;
      if (tagged && shallow) note += '; the checkout is shallow, so older commits are unknown: use actions/checkout with fetch-depth: 0';
      return { run: undefined, note };
    },
  };
}

/** The commit a branch name points at: the remote-tracking branch first (what CI has), then a local one, then a fetch. */
async function branchCommit(dir: string, name: string): Promise<string | undefined> {
  const verify = async (ref: string) => (await tryGit(dir, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]))?.trim() || undefined;
  const candidates = [`refs/remotes/origin/${name}`, `refs/heads/${name}`, `refs/tags/${name}`];
  for (const ref of candidates) {
    const sha = await verify(ref);
    if (sha) return sha;
  }
  if (name.startsWith('-')) return undefined;
  await tryGit(dir, ['fetch', '--no-tags', '--quiet', 'origin', `+refs/heads/${name}:refs/remotes/origin/${name}`]);
  return verify(`refs/remotes/origin/${name}`);
}
