// Runs a committed action bundle the way the GitHub runner does: reads <action>/action.yml, resolves runs.main relative
// to it, fills INPUT_* from the given inputs and the metadata's defaults, writes the event payload to GITHUB_EVENT_PATH,
// and collects GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, GITHUB_ENV and the workflow commands printed on stdout.

import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';
import { parseWorkflowCommands, type WorkflowCommand } from './workflow-commands.js';
import { parseFileCommand } from './file-commands.js';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface ActionRunOptions {
  inputs?: Record<string, string>;
  /** Event name and payload (GITHUB_EVENT_NAME, GITHUB_EVENT_PATH). */
  event?: { name: string; payload: unknown };
  /** GITHUB_WORKSPACE and the step's working directory. */
  workspace: string;
  /** Extra environment (GITHUB_TOKEN, GITHUB_API_URL, …). */
  env?: Record<string, string>;
  timeoutMs?: number;
}

export interface ActionRun {
  exitCode: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  exportedEnv: Record<string, string>;
  summary: string;
  commands: WorkflowCommand[];
  /** Shorthands over `commands`. */
  annotations: WorkflowCommand[];
}

interface ActionMetadata {
  inputs?: Record<string, { default?: string; required?: boolean }>;
  runs: { using: string; main: string };
}

export function readActionMetadata(action: string): ActionMetadata {
  return YAML.parse(readFileSync(path.join(repoRoot, action, 'action.yml'), 'utf8')) as ActionMetadata;
}

/** The runner's name mangling: spaces to underscores, upper case; hyphens are kept (`INPUT_FAIL-ON`). */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

function gitHead(dir: string): string {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '0'.repeat(40);
  }
}

export async function runAction(action: string, options: ActionRunOptions): Promise<ActionRun> {
  const meta = readActionMetadata(action);
  const main = path.resolve(repoRoot, action, meta.runs.main);
  if (!existsSync(main)) throw new Error(`${action}/action.yml: runs.main ${meta.runs.main} does not exist (run npm run build)`);

  const temp = mkdtempSync(path.join(tmpdir(), `runner-${action}-`));
  const files = {
    output: path.join(temp, 'output'),
    summary: path.join(temp, 'summary'),
    env: path.join(temp, 'env'),
    path: path.join(temp, 'path'),
    state: path.join(temp, 'state'),
    event: path.join(temp, 'event.json'),
  };
  for (const f of [files.output, files.summary, files.env, files.path, files.state]) writeFileSync(f, '');
  const event = options.event ?? { name: 'workflow_dispatch', payload: {} };
  writeFileSync(files.event, JSON.stringify(event.payload));

  // GITHUB_SHA / GITHUB_REF as the runner derives them from the event.
  const payload = event.payload as {
    after?: string;
    ref?: string;
    number?: number;
    pull_request?: { merge_commit_sha?: string; head?: { sha?: string } };
  };
  const sha = payload.after ?? payload.pull_request?.merge_commit_sha ?? payload.pull_request?.head?.sha ?? gitHead(options.workspace);
  const ref = payload.ref ?? (payload.pull_request ? `refs/pull/${payload.number}/merge` : 'refs/heads/main');

  // Defaults may be expressions (`${{ github.token }}`): the runner evaluates them from the job's context.
  const context: Record<string, string> = {
    'github.token': options.env?.GITHUB_TOKEN ?? '',
    'github.workspace': options.workspace,
    'github.repository': options.env?.GITHUB_REPOSITORY ?? 'octo-org/wine-quality',
    'github.sha': sha,
    'github.ref': ref,
    'github.server_url': options.env?.GITHUB_SERVER_URL ?? 'https://github.com',
    'runner.temp': temp,
  };
  const evaluate = (value: string) =>
    value.replace(/\$\{\{\s*([\w.]+)\s*\}\}/g, (_, name: string) => {
      if (!(name in context)) throw new Error(`${action}/action.yml: the harness cannot evaluate \${{ ${name} }}`);
      return context[name]!;
    });
  const inputs: Record<string, string> = {};
  for (const [name, spec] of Object.entries(meta.inputs ?? {})) {
    if (spec.default !== undefined) inputs[inputVariable(name)] = evaluate(String(spec.default));
  }
  for (const [name, value] of Object.entries(options.inputs ?? {})) {
    if (!meta.inputs || !(name in meta.inputs)) throw new Error(`${action}/action.yml declares no input "${name}"`);
    inputs[inputVariable(name)] = value;
  }

  // Only what a runner provides: no INPUT_* or GITHUB_* leak in from the test process.
  const base = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !k.startsWith('INPUT_') && !k.startsWith('GITHUB_') && !k.startsWith('RUNNER_') && k !== 'NODE_OPTIONS'),
  );
  const env: Record<string, string> = {
    ...(base as Record<string, string>),
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_ACTION: action.replace(/-/g, '_'),
    GITHUB_EVENT_NAME: event.name,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_SHA: sha,
    GITHUB_REF: ref,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_ENV: files.env,
    GITHUB_PATH: files.path,
    GITHUB_STATE: files.state,
    GITHUB_REPOSITORY: 'octo-org/wine-quality',
    GITHUB_REPOSITORY_OWNER: 'octo-org',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'https://api.github.com',
    GITHUB_GRAPHQL_URL: 'https://api.github.com/graphql',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_RUN_NUMBER: '7',
    GITHUB_WORKFLOW: 'ml-hub',
    GITHUB_JOB: 'check',
    GITHUB_ACTOR: 'sarah',
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_TEMP: temp,
    RUNNER_TOOL_CACHE: path.join(temp, 'toolcache'),
    ...inputs,
    ...options.env,
  };

  const child = spawn(process.execPath, [main], { cwd: options.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const exitCode = await new Promise<number | null>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${action} did not finish within ${options.timeoutMs ?? 60000} ms\n${stdout}\n${stderr}`));
    }, options.timeoutMs ?? 60000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });

  const commands = parseWorkflowCommands(stdout);
  return {
    exitCode,
    stdout,
    stderr,
    outputs: parseFileCommand(readFileSync(files.output, 'utf8')),
    exportedEnv: parseFileCommand(readFileSync(files.env, 'utf8')),
    summary: readFileSync(files.summary, 'utf8'),
    commands,
    annotations: commands.filter((c) => c.command === 'error' || c.command === 'warning' || c.command === 'notice'),
  };
}
