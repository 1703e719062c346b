// setup-env's pipeline: read the record, check the machine against the requirements (failing before anything is
// built), plan, restore from the cache, build or reconcile, remove from a restored venv what the record does not list,
// verify installed versions, save to the cache. The action is a shell around it; nothing here reads inputs or prints
// workflow commands.

import { execFile } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { checkRequirements, probeMachine, type MachineFacts, type ProbeOptions } from '../machine/probe.js';
import { readInterpreterMetadata, type InstalledDistribution } from '../scan/interpreter-metadata.js';
import { findBaseInterpreter, type BaseInterpreter } from './base-interpreter.js';
import { cacheKeys, type CacheKeys } from './cache-key.js';
import type { EnvCache } from './env-cache.js';
import { findProgram } from './find-program.js';
import { installSteps, requirementFiles, uninstallStep, type InstallStep } from './install-environment.js';
import { readMarkerEnvironment } from './markers.js';
import { condaTools, planEnvironment, type CondaTool, type EnvironmentPlan, type ManagerChoice } from './plan-environment.js';
import { describePythonRequirement, pythonMeets, pythonSeries } from '../env/python-version.js';
import { installerDistributions, recordClosure, unnamedDeclaration } from './record-closure.js';
import { readRecord, type ProjectRecord } from './read-record.js';
import { runProgram } from './run-program.js';
import { environmentLayout, runnerOs, type EnvironmentLayout } from './venv-layout.js';
import { verifyEnvironment, type Verification } from './verify-environment.js';

export interface SetupLog {
  info(message: string): void;
  warning(message: string): void;
  /** Runs one program step; `write` carries the program's output to the log. */
  step(step: InstallStep, run: (write: (chunk: string) => void) => Promise<void>): Promise<void>;
}

export interface SetupOptions {
  /** The project folder. */
  root: string;
  /** Where the environment goes (absolute). */
  prefix: string;
  manager: ManagerChoice;
  /** The interpreter a venv is built from; python3/python on PATH when absent. */
  python?: string;
  /** The hash detect-env reported; compared with the one computed here. */
  envHash?: string;
  checkMachine: boolean;
  /** Where built environments are kept; undefined builds without a cache. */
  cache?: EnvCache;
  /** A folder for generated requirements files. */
  scratch: string;
  /** The process environment: PATH for finding programs, and what the installers inherit. */
  env: Record<string, string | undefined>;
  platform?: NodeJS.Platform;
  arch?: string;
  /** Called once the record is read, before anything can fail on it: the action annotates its problems here. */
  onRecord?: (record: ProjectRecord) => void;
  /** Machine facts; probeMachine by default (tests inject facts). */
  probe?: (options: ProbeOptions) => Promise<MachineFacts>;
  log: SetupLog;
}

export type CacheOutcome = 'hit' | 'partial' | 'miss' | 'off';

export interface SetupResult {
  record: ProjectRecord;
  plan: EnvironmentPlan;
  layout: EnvironmentLayout;
  base?: BaseInterpreter;
  keys: CacheKeys;
  cache: CacheOutcome;
  /** The key restored from, on a hit or partial hit. */
  restoredKey?: string;
  saved: boolean;
  /** The prefix held an environment before this run (not from the cache), and was reconciled. */
  reused: boolean;
  /** Distributions the restored environment held and the record does not list, removed. */
  removed: InstalledDistribution[];
  verification: Verification;
  /** The installed interpreter's version. */
  pythonVersion: string;
  facts?: MachineFacts;
}

/** What stops the build: the machine or the interpreter does not meet the record, or the prefix is unusable. */
export class SetupError extends Error {}

function availableTools(env: Record<string, string | undefined>, platform: NodeJS.Platform): { uv?: string; conda?: { tool: CondaTool; path: string } } {
  const uv = findProgram('uv', env, platform);
  for (const tool of condaTools) {
    const found = findProgram(tool, env, platform);
    if (found) return { uv, conda: { tool, path: found } };
  }
  return { uv };
}

/** Whether the prefix's interpreter starts: a venv restored where its base interpreter is gone does not. */
function interpreterRuns(python: string, env: Record<string, string | undefined>): Promise<boolean> {
  return new Promise((resolve) => {
    if (!existsSync(python)) return resolve(false);
    execFile(python, ['-c', 'import sys'], { env, timeout: 60_000, windowsHide: true }, (error) => resolve(!error));
  });
}

const isEmptyOrAbsent = (dir: string) => !existsSync(dir) || readdirSync(dir).length === 0;

export async function setupEnvironment(options: SetupOptions): Promise<SetupResult> {
  const { root, log, env } = options;
  const platform = options.platform ?? process.platform;
  const os = runnerOs(platform);
  const record = readRecord(root, env);
  options.onRecord?.(record);
  if (options.envHash && options.envHash !== record.envHash) {
    log.warning(
      `env-hash ${options.envHash.slice(0, 16)}… (given) differs from ${record.envHash.slice(0, 16)}… computed from the packaging files at this commit: ` +
        'the environment is built from these files and keyed and tagged with their hash',
    );
  }

  const tools = availableTools(env, platform);
  const plan = planEnvironment(record.files, options.manager, { uv: tools.uv !== undefined, conda: tools.conda?.tool });
  for (const note of plan.notes) log.info(note);
  const layout = environmentLayout(options.prefix, os, plan.manager === 'conda' ? 'conda' : 'venv');

  // The interpreter first (its version is a machine fact), then everything the machine must offer, before any build.
  const base =
    plan.manager === 'conda'
      ? undefined
      : await findBaseInterpreter(options.python, platform, {
          accepts: (version) => plan.python.every((p) => pythonMeets(version, p) !== false),
          series: pythonSeries(plan.python.map((p) => p.specifier)),
          toolCache: env.RUNNER_TOOL_CACHE,
        });
  let facts: MachineFacts | undefined;
  if (options.checkMachine) {
    if (!record.requirements) log.info('No requirements record (`requirements:` in .github/ml-hub.yml or [tool.ml-hub]): nothing to check the machine against.');
    else {
      facts = await (options.probe ?? probeMachine)({ diskPath: nearestExisting(layout.prefix), ...(base && { python: base.executable }) });
      const check = checkRequirements(facts, record.requirements);
      if (!check.ok) {
        throw new SetupError(`This machine does not meet the requirements in ${record.requirementsSource}:\n${check.shortfalls.map((s) => `  - ${s}`).join('\n')}`);
      }
      log.info(`This machine meets the requirements in ${record.requirementsSource}.`);
    }
  }
  if (base) {
    const unmet = plan.python.filter((p) => pythonMeets(base.version, p) === false);
    if (unmet.length) {
      throw new SetupError(
        `${base.executable} is Python ${base.version}, and the record asks for ${unmet.map(describePythonRequirement).join(' and ')}: ` +
          `${options.python ? '' : 'no matching python3.X on PATH or in the runner tool cache either: '}set up that Python before this step (actions/setup-python) or pass it as the \`python\` input`,
      );
    }
  }

  const pythonForKey = base?.version ?? plan.python[0]?.specifier ?? '';
  const keys = cacheKeys({ os, arch: options.arch ?? process.arch, manager: plan.manager, python: pythonForKey, envHash: record.envHash });

  // A prefix that already holds an environment (a self-hosted runner's leftover, a `prefix` reused on purpose) is
  // reconciled in place; restoring a cache entry over it would mix two environments.
  let cacheOutcome: CacheOutcome = options.cache ? 'miss' : 'off';
  let restoredKey: string | undefined;
  let reused = false;
  if (!isEmptyOrAbsent(layout.prefix)) {
    if (!existsSync(layout.python)) throw new SetupError(`prefix ${layout.prefix} exists and holds no environment (no ${path.basename(layout.python)} where one belongs): choose an empty or new folder`);
    reused = true;
    log.info(`${layout.prefix} already holds an environment: installing the record into it${options.cache ? ' (the cache is not restored over it)' : ''}.`);
  } else if (options.cache) {
    // Another record's environment can be cleaned down to this record only when every declaration has a name.
    const unnamed = unnamedDeclaration(record.files);
    const restoreKeys = unnamed ? [] : keys.restoreKeys;
    log.info(`Cache key ${keys.key}; ${restoreKeys.length ? `restore key ${restoreKeys.join(', ')}` : 'no restore key'}; cache: ${options.cache.description}.`);
    if (unnamed && keys.restoreKeys.length) log.info(`No partial hits: ${unnamed} installs a package the record does not name, so what another record left could not be told apart from it.`);
    restoredKey = await options.cache.restore([layout.prefix], keys.key, restoreKeys).catch((error: unknown) => {
      // A cache that fails is a miss: the build does not depend on it.
      log.warning(`Could not restore from the cache: ${(error as Error).message}`);
      rmSync(layout.prefix, { recursive: true, force: true });
      return undefined;
    });
    if (restoredKey && !(await interpreterRuns(layout.python, env))) {
      log.warning(`The environment restored from ${restoredKey} does not start (its base interpreter is gone?): building a new one.`);
      rmSync(layout.prefix, { recursive: true, force: true });
      restoredKey = undefined;
    }
    if (restoredKey) cacheOutcome = restoredKey === keys.key ? 'hit' : 'partial';
    log.info(
      cacheOutcome === 'hit'
        ? `Cache hit: restored ${layout.prefix} from ${restoredKey}.`
        : cacheOutcome === 'partial'
          ? `Partial cache hit: restored ${layout.prefix} from ${restoredKey} (another record); installing the record over it and removing what it does not list.`
          : 'Cache miss: building the environment.',
    );
  }

  if (cacheOutcome !== 'hit') {
    const steps = installSteps(plan, {
      root,
      layout,
      basePython: base?.executable,
      uv: tools.uv,
      condaTool: tools.conda?.path,
      existing: reused || cacheOutcome === 'partial',
      requirements: requirementFiles(plan, options.scratch),
    });
    for (const step of steps) await log.step(step, (write) => runProgram(step, { env: installerEnv(env), write }));
  }

  if (!(await interpreterRuns(layout.python, env))) throw new SetupError(`the environment was built, but ${layout.python} does not start`);
  const [firstRead, markers] = await Promise.all([readInterpreterMetadata(layout.python), readMarkerEnvironment(layout.python)]);
  let installed = firstRead;
  const installer = plan.manager === 'conda' ? undefined : installerDistributions(plan.manager, installed.pythonVersion);

  // pip and uv never remove what a requirements file stopped listing: a venv from the cache (another record's on a
  // partial hit, or an entry an older ml-hub saved) is made to hold the record and nothing else. A reused prefix is
  // the workflow's own and is only reported on.
  let removed: InstalledDistribution[] = [];
  if (installer && (cacheOutcome === 'hit' || cacheOutcome === 'partial')) {
    const closure = recordClosure(record.files, installed, markers, installer);
    const step = closure.known ? uninstallStep(plan, { root, layout, uv: tools.uv }, closure.extraneous.map((d) => d.name)) : undefined;
    if (closure.known && step) {
      await log.step(step, (write) => runProgram(step, { env: installerEnv(env), write }));
      removed = closure.extraneous;
      installed = await readInterpreterMetadata(layout.python);
    }
  }
  const verification = verifyEnvironment(record.files, installed, markers, installer);

  // An environment of unknown origin (one the prefix already held), or one still holding what the record does not
  // list, is not shared with other runs.
  let saved = false;
  if (verification.extraneous.length > 0 && cacheOutcome === 'partial') log.warning('Not saved to the cache: the environment still holds packages the record does not list.');
  else if (options.cache && cacheOutcome !== 'hit' && !reused) {
    try {
      saved = await options.cache.save([layout.prefix], keys.key);
      log.info(saved ? `Saved ${layout.prefix} to the cache as ${keys.key}.` : `Not saved: the cache already has ${keys.key} or refused it.`);
    } catch (error) {
      log.warning(`Could not save ${layout.prefix} to the cache: ${(error as Error).message}`);
    }
  }
  return { record, plan, layout, base, keys, cache: cacheOutcome, restoredKey, saved, reused, removed, verification, pythonVersion: installed.pythonVersion, facts };
}

/** pip should neither ask nor nag; whatever else the workflow set (index URLs, proxies) still applies. */
function installerEnv(env: Record<string, string | undefined>): Record<string, string | undefined> {
  return { ...env, PIP_NO_INPUT: '1', PIP_DISABLE_PIP_VERSION_CHECK: '1' };
}

function nearestExisting(dir: string): string {
  let current = dir;
  while (!existsSync(current)) {
    const parent = path.dirname(current);
    if (parent === current) break;
    current = parent;
  }
  return current;
}
