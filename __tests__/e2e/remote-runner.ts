// The "remote runner" of the seed story's end-to-end test: what a GitHub runner does with a run of train.yml, done in
// the test process. It reads the committed train.yml and runs its steps in order — checkout at the dispatched commit,
// the workflow's own `Read the training request` script, setup-env through runAction with the step's `with:`, the
// workflow's own `Train` script with the environment's interpreter first on PATH, publish-metrics with the step's
// `with:` — so a change to train.yml's contract with dispatch-training shows up here.
//
// There is no PyPI in the test: pip is pointed at a local wheelhouse of stand-in wheels, one per declared
// distribution, at versions the record allows. A real runner installs the real packages from PyPI.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir, tmpdir } from 'node:os';
import path from 'node:path';
import YAML from 'yaml';
import { parseFileCommand } from '../harness/file-commands.js';
import { runAction, type ActionRun } from '../harness/run-action.js';

// ---------------------------------------------------------------------------------------------------------------------
// Interpreters

/** The first interpreter of Python `minor` (`3.10`) found where setup-python, pyenv or a distribution puts one. */
export function findPython(minor: string): string | undefined {
  const candidates = [`python${minor}`, `/usr/bin/python${minor}`, `/usr/local/bin/python${minor}`];
  const roots = [process.env.PYENV_ROOT, path.join(homedir(), '.pyenv')].filter((r): r is string => !!r).map((r) => path.join(r, 'versions'));
  // GitHub-hosted runners keep actions/setup-python's interpreters in the tool cache.
  roots.push(path.join(process.env.RUNNER_TOOL_CACHE ?? '/opt/hostedtoolcache', 'Python'));
  for (const root of roots) {
    if (!existsSync(root)) continue;
    for (const version of readdirSync(root).filter((v) => v.startsWith(`${minor}.`)).sort().reverse()) {
      candidates.push(path.join(root, version, 'bin', 'python3'), path.join(root, version, 'x64', 'bin', 'python3'));
    }
  }
  for (const candidate of candidates) {
    try {
      const [executable, version] = execFileSync(candidate, ['-c', 'import platform, sys; print(sys.executable); print(platform.python_version())'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      })
        .trim()
        .split('\n');
      if (version?.startsWith(`${minor}.`)) return executable;
    } catch {
      // not there, or a pyenv shim for a version that is not selected
    }
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------------------
// The wheelhouse standing in for PyPI

export interface StandInDistribution {
  /** The distribution name as the record declares it (`scikit-learn`). */
  name: string;
  version: string;
  /** The import package (`sklearn`). */
  module: string;
  /** Extra files of the import package: name → text. */
  files?: Record<string, string>;
}

/**
 * Builds a pure-Python wheel per distribution (a zip with the package, METADATA, WHEEL and RECORD, written by Python's
 * standard library) into a new folder, and returns it: pip installs from it with --no-index --find-links.
 */
export function buildWheelhouse(python: string, distributions: StandInDistribution[]): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'wheelhouse-'));
  const program = [
    'import base64, hashlib, json, re, sys, zipfile',
    'folder, dists = sys.argv[1], json.loads(sys.argv[2])',
    'for d in dists:',
    '    stem = re.sub(r"[-_.]+", "_", d["name"])',
    '    info = "%s-%s.dist-info" % (stem, d["version"])',
    '    files = {d["module"] + "/__init__.py": "VERSION = %r\\n" % d["version"]}',
    '    files.update({d["module"] + "/" + k: v for k, v in d.get("files", {}).items()})',
    '    files[info + "/METADATA"] = "Metadata-Version: 2.1\\nName: %s\\nVersion: %s\\n" % (d["name"], d["version"])',
    '    files[info + "/WHEEL"] = "Wheel-Version: 1.0\\nGenerator: ml-hub-e2e\\nRoot-Is-Purelib: true\\nTag: py3-none-any\\n"',
    '    files[info + "/top_level.txt"] = d["module"] + "\\n"',
    '    lines = []',
    '    with zipfile.ZipFile("%s/%s-%s-py3-none-any.whl" % (folder, stem, d["version"]), "w") as wheel:',
    '        for name, text in files.items():',
    '            data = text.encode()',
    '            digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()',
    '            lines.append("%s,sha256=%s,%d" % (name, digest, len(data)))',
    '            wheel.writestr(name, data)',
    '        wheel.writestr(info + "/RECORD", "\\n".join(lines + [info + "/RECORD,,"]) + "\\n")',
  ].join('\n');
  execFileSync(python, ['-c', program, folder, JSON.stringify(distributions)]);
  return folder;
}

/**
 * pip's own configuration variables: no index, the wheelhouse as the only place to find distributions, and an index
 * URL nothing listens on, so whatever the wheelhouse lacks fails at once instead of reaching out.
 */
export function offlinePip(wheelhouse: string): Record<string, string> {
  return { PIP_NO_INDEX: '1', PIP_FIND_LINKS: wheelhouse, PIP_INDEX_URL: 'http://127.0.0.1:9/simple', PIP_EXTRA_INDEX_URL: '', PIP_RETRIES: '0' };
}

// ---------------------------------------------------------------------------------------------------------------------
// train.yml

interface WorkflowStep {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  shell?: string;
  with?: Record<string, string>;
  env?: Record<string, string>;
}

interface Workflow {
  jobs: Record<string, { steps: WorkflowStep[] }>;
}

/** `${{ steps.<id>.outputs.<name> }}` and `${{ inputs.<name> }}`, the only expressions train.yml's steps hold. */
function evaluate(text: string, context: { inputs: Record<string, unknown>; steps: Record<string, Record<string, string>> }): string {
  return text.replace(/\$\{\{\s*(.*?)\s*\}\}/g, (whole, expression: string) => {
    const step = /^steps\.([\w-]+)\.outputs\.([\w-]+)$/.exec(expression);
    if (step) return context.steps[step[1]!]?.[step[2]!] ?? '';
    const input = /^inputs\.([\w-]+)$/.exec(expression);
    if (input) return String(context.inputs[input[1]!] ?? '');
    throw new Error(`the e2e remote runner cannot evaluate ${whole} in train.yml: teach it, or keep train.yml's steps simple`);
  });
}

export interface RemoteRun {
  /** The job's workspace: the clone at the dispatched commit. */
  workspace: string;
  /** RUNNER_TEMP of the job (setup-env's default prefix is under it). */
  runnerTemp: string;
  /** The outputs of train.yml's `request` step. */
  request: Record<string, string>;
  setupEnv: ActionRun;
  /** What the `Train` step printed. */
  trainOutput: string;
  publishMetrics: ActionRun;
}

export interface RemoteRunOptions {
  /** train.yml's text, as committed. */
  workflow: string;
  /** The bare repository to clone, and the commit the run is for (the run's head_sha). */
  gitUrl: string;
  sha: string;
  /** The run's workflow_dispatch inputs, as the double recorded them. */
  inputs: Record<string, unknown>;
  event: { name: string; payload: unknown };
  /** The interpreter actions/setup-python would have put on the runner's PATH. */
  python: string;
  /** Extra environment of every step: pip's configuration for the wheelhouse. */
  env: Record<string, string>;
  /** Puts the training's results into the workspace before the `Train` step (the fixture store stands in for them). */
  beforeTrain?: (workspace: string) => void;
}

const stepsOf = (workflow: string) => (YAML.parse(workflow) as Workflow).jobs.train!.steps;

function runScript(script: string, python: string, cwd: string, env: Record<string, string>): string {
  // `shell: python` is `python {0}` with the script in a file.
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'step-')), 'step.py');
  writeFileSync(file, script);
  return execFileSync(python, [file], { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Runs the `train` job of train.yml for one dispatched run, as a runner would. */
export async function runTrainJob(options: RemoteRunOptions): Promise<RemoteRun> {
  const steps = stepsOf(options.workflow);
  const workspace = mkdtempSync(path.join(tmpdir(), 'runner-work-'));
  const runnerTemp = mkdtempSync(path.join(tmpdir(), 'runner-temp-'));
  const context = { inputs: options.inputs, steps: {} as Record<string, Record<string, string>> };
  // What the runner's job environment holds for `run:` steps; PATH grows as steps add to GITHUB_PATH.
  const githubPath = path.join(runnerTemp, 'github_path');
  writeFileSync(githubPath, '');
  // GITHUB_ENV as the steps so far exported it.
  let exported: Record<string, string> = {};
  const jobEnv = (): Record<string, string> => {
    const added = readFileSync(githubPath, 'utf8').split('\n').filter(Boolean).reverse();
    return {
      ...(process.env as Record<string, string>),
      ...options.env,
      ...exported,
      PATH: [...added, path.dirname(options.python), process.env.PATH].join(path.delimiter),
      RUNNER_TEMP: runnerTemp,
      GITHUB_WORKSPACE: workspace,
      GITHUB_SHA: options.sha,
    };
  };
  let request: Record<string, string> | undefined;
  let setupEnv: ActionRun | undefined;
  let trainOutput: string | undefined;
  let publishMetrics: ActionRun | undefined;

  for (const step of steps) {
    const action = step.uses ? /(?:^|\/)ml-hub\/([a-z-]+)@/.exec(step.uses)?.[1] : undefined;
    const withInputs = Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, evaluate(String(v), context)]));
    if (step.uses?.startsWith('actions/checkout@')) {
      execFileSync('git', ['clone', '-q', options.gitUrl, workspace]);
      execFileSync('git', ['checkout', '-q', '--detach', options.sha], { cwd: workspace });
    } else if (step.id === 'request') {
      const output = path.join(runnerTemp, 'request-output');
      writeFileSync(output, '');
      const env = { ...jobEnv(), ...Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, evaluate(v, context)])), GITHUB_OUTPUT: output };
      runScript(step.run!, options.python, workspace, env);
      request = context.steps.request = parseFileCommand(readFileSync(output, 'utf8'));
    } else if (action === 'setup-env') {
      setupEnv = await runAction('setup-env', {
        workspace,
        inputs: withInputs,
        event: options.event,
        // The interpreter actions/setup-python gave the job is the `python3` on its PATH.
        env: { ...options.env, PATH: jobEnv().PATH!, RUNNER_TEMP: runnerTemp, GITHUB_PATH: githubPath, ACTIONS_CACHE_URL: '', ACTIONS_RESULTS_URL: '' },
        timeoutMs: 150_000,
      });
      if (setupEnv.exitCode !== 0) throw new Error(`setup-env failed on the remote runner:\n${setupEnv.stdout}\n${setupEnv.stderr}`);
      if (step.id) context.steps[step.id] = setupEnv.outputs;
      exported = { ...exported, ...setupEnv.exportedEnv };
    } else if (step.name === 'Train') {
      options.beforeTrain?.(workspace);
      const env = { ...jobEnv(), ...Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, evaluate(v, context)])) };
      // `shell: python` finds `python` on the job's PATH: setup-env put the environment's first.
      const python = execFileSync('python', ['-c', 'import sys; print(sys.executable)'], { env, encoding: 'utf8' }).trim();
      trainOutput = runScript(step.run!, python, workspace, env);
    } else if (action === 'publish-metrics') {
      publishMetrics = await runAction('publish-metrics', { workspace, inputs: withInputs, event: options.event, env: { ...exported, RUNNER_TEMP: runnerTemp }, timeoutMs: 120_000 });
      if (step.id) context.steps[step.id] = publishMetrics.outputs;
    } else {
      throw new Error(`train.yml has a step the e2e remote runner does not know: ${step.name ?? step.uses ?? step.run}`);
    }
  }
  if (!request || !setupEnv || trainOutput === undefined || !publishMetrics) throw new Error('train.yml lacks one of the steps the seed story needs');
  return { workspace, runnerTemp, request, setupEnv, trainOutput, publishMetrics };
}

/** Every file under `dir`, by its path relative to it: what actions/upload-artifact would put in the zip. */
export function folderFiles(dir: string, under = ''): Record<string, Uint8Array> {
  const files: Record<string, Uint8Array> = {};
  for (const name of readdirSync(path.join(dir, under))) {
    const rel = under ? `${under}/${name}` : name;
    if (statSync(path.join(dir, rel)).isDirectory()) Object.assign(files, folderFiles(dir, rel));
    else files[rel] = readFileSync(path.join(dir, rel));
  }
  return files;
}

/** A workflow_dispatch payload from GitHub's own examples, with this run's ref and inputs. */
export function dispatchEvent(ref: string, inputs: Record<string, unknown>): { name: string; payload: unknown } {
  const examples = createRequire(import.meta.url)('@octokit/webhooks-examples/api.github.com/index.json') as { name: string; examples: Record<string, unknown>[] }[];
  const payload = structuredClone(examples.find((e) => e.name === 'workflow_dispatch')!.examples[0]!);
  return { name: 'workflow_dispatch', payload: { ...payload, ref, inputs } };
}
