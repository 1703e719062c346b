// ml-hub train [PATH] [--workflow W] [--ref R] [--entry-point E] [-P k=v]… [--runner L] [--wait] [--timeout 2h]
// The dispatch-training action from a terminal: the repository is the clone's `origin`, the token comes from
// GITHUB_TOKEN, GH_TOKEN or the GitHub CLI, and `--wait` follows the run here and prints its results.

import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import { parseDocument } from 'yaml';
import { readRequirements, type MachineRequirements } from '../config/config.js';
import { formatDiagnostic } from '../diagnostics.js';
import { NoRunnerFitsError } from '../dispatch/choose-runner.js';
import { dispatchRun } from '../dispatch/dispatch-run.js';
import { formatDuration, parseDuration } from '../dispatch/duration.js';
import { EntryPointError } from '../dispatch/entry-point.js';
import { parseGitHubRemote, type GitHubRemote } from '../dispatch/github-remote.js';
import { PackError } from '../dispatch/pack-inputs.js';
import { parseParameterArgs } from '../dispatch/parameters.js';
import { prepareDispatch, SettingsError } from '../dispatch/prepare-dispatch.js';
import { fetchReportSummary } from '../dispatch/relay-results.js';
import { describeJob, RunTimeoutError, waitForRun } from '../dispatch/wait-for-run.js';
import { tryGit } from '../git/git.js';
import { createGitHubClient } from '../github/client.js';
import { exitCodes, parseCommandArgs, UsageError } from './cli-support.js';

const run = promisify(execFile);

async function repository(root: string, given?: string): Promise<GitHubRemote> {
  if (given) {
    const [owner, repo, extra] = given.split('/');
    if (!owner || !repo || extra !== undefined) throw new UsageError(`train: --repo must be OWNER/NAME, got ${given}`);
    return { host: 'github.com', owner, repo, apiUrl: 'https://api.github.com' };
  }
  const origin = (await tryGit(root, ['remote', 'get-url', 'origin']))?.trim();
  if (!origin) throw new UsageError('train: this clone has no `origin` remote; pass --repo OWNER/NAME');
  const remote = parseGitHubRemote(origin);
  if (!remote) throw new UsageError(`train: origin (${origin}) is not a GitHub repository address; pass --repo OWNER/NAME`);
  return remote;
}

/** GITHUB_TOKEN, GH_TOKEN, else what `gh auth login` stored for the host. */
async function token(host: string): Promise<string> {
  const fromEnv = process.env.GITHUB_TOKEN || process.env.GH_TOKEN;
  if (fromEnv) return fromEnv;
  try {
    const { stdout } = await run('gh', ['auth', 'token', '--hostname', host], { encoding: 'utf8' });
    if (stdout.trim()) return stdout.trim();
  } catch {
    // Not installed or not logged in: said below.
  }
  throw new UsageError(`train: no token: set GITHUB_TOKEN or GH_TOKEN, or run \`gh auth login --hostname ${host}\` (the token needs the repo and workflow scopes, or actions: write)`);
}

/** The checked-out branch; GitHub runs what it has, so commits not pushed yet are pointed out. */
async function currentBranch(root: string): Promise<string> {
  const branch = (await tryGit(root, ['rev-parse', '--abbrev-ref', 'HEAD']))?.trim();
  if (!branch || branch === 'HEAD') throw new UsageError('train: HEAD is detached; pass --ref BRANCH');
  const ahead = (await tryGit(root, ['rev-list', '--count', '@{upstream}..HEAD']))?.trim();
  if (ahead && ahead !== '0') console.error(`warning: ${ahead} commit(s) on ${branch} are not pushed; the run uses the branch as GitHub has it.`);
  return branch;
}

function requirementsOption(text: string | undefined): MachineRequirements | undefined {
  if (!text) return undefined;
  const doc = parseDocument(text);
  const problems: string[] = doc.errors.map((e) => e.message.split('\n')[0]!);
  const requirements = problems.length ? undefined : readRequirements(doc.toJS({ maxAliasCount: 10 }), (m) => problems.push(m));
  if (problems.length || !requirements) throw new UsageError(`train: --requirements: ${problems.join('; ')}`);
  return requirements;
}

export async function trainCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    args,
    {
      workflow: { type: 'string' },
      ref: { type: 'string' },
      'entry-point': { type: 'string', short: 'e' },
      param: { type: 'string', short: 'P', multiple: true },
      runner: { type: 'string' },
      requirements: { type: 'string' },
      'env-hash': { type: 'string' },
      config: { type: 'string' },
      repo: { type: 'string' },
      wait: { type: 'boolean' },
      timeout: { type: 'string' },
      'results-artifact': { type: 'string' },
    },
    'train',
  );
  if (positionals.length > 1) throw new UsageError('train: expected at most one PATH');
  const root = positionals[0] ?? '.';
  if (!existsSync(root)) throw new UsageError(`train: ${root} does not exist`);
  const workflow = values.workflow ?? 'train.yml';
  let timeoutMs: number;
  let parameters;
  try {
    timeoutMs = parseDuration(values.timeout ?? '6h');
    parameters = parseParameterArgs(values.param ?? []);
  } catch (error) {
    throw new UsageError(`train: ${(error as Error).message}`);
  }

  let prepared;
  try {
    prepared = prepareDispatch({
      root,
      configPath: values.config,
      entryPoint: values['entry-point'] ?? 'main',
      parameters,
      envHash: values['env-hash'],
      runner: values.runner,
      requirements: requirementsOption(values.requirements),
      env: process.env,
    });
  } catch (error) {
    if (error instanceof SettingsError) {
      for (const d of error.diagnostics) console.error(formatDiagnostic(d));
      throw new UsageError('train: fix the settings before a runner can be chosen');
    }
    if (error instanceof NoRunnerFitsError || error instanceof EntryPointError || error instanceof PackError) throw new UsageError(`train: ${error.message}`);
    throw error;
  }
  for (const d of prepared.diagnostics) console.error(formatDiagnostic(d));
  for (const w of prepared.choice.warnings) console.error(`warning: ${w}`);
  for (const n of prepared.notes) console.error(`note: ${n}`);
  console.log(prepared.choice.explanation.replace(/`/g, ''));

  const remote = await repository(root, values.repo);
  const client = createGitHubClient(await token(remote.host), {
    baseUrl: process.env.GITHUB_API_URL || remote.apiUrl,
    log: { info: () => {}, warning: (m) => console.error(`warning: ${m}`) },
  });
  const pollScale = Number(process.env.ML_HUB_GITHUB_WAIT_SCALE) || 1;
  const ref = values.ref ?? (await currentBranch(root));
  const { owner, repo } = remote;

  const dispatched = await dispatchRun({ client, owner, repo, workflow, ref, inputs: prepared.packed.inputs, correlationId: prepared.correlationId, pollScale, log: (l) => console.error(l) });
  console.log(`Started ${workflow} on ${ref} in ${owner}/${repo}: ${dispatched.htmlUrl}`);
  if (!values.wait) return exitCodes.ok;

  const started = Date.now();
  let finished;
  try {
    finished = await waitForRun({ client, owner, repo, runId: dispatched.id, timeoutMs, pollScale, log: (l) => console.log(l) });
  } catch (error) {
    if (error instanceof RunTimeoutError) {
      console.error(error.message);
      return exitCodes.findings;
    }
    throw error;
  }
  console.log(`Run ${finished.id} finished: ${finished.conclusion} after ${formatDuration(Date.now() - started)} — ${finished.htmlUrl}`);
  for (const job of finished.jobs.filter((j) => j.conclusion && j.conclusion !== 'success' && j.conclusion !== 'skipped')) console.log(`  ${describeJob(job)}`);

  const artifactName = values['results-artifact'] ?? 'publish-metrics';
  const results = await fetchReportSummary({ client, owner, repo, runId: finished.id, runUrl: finished.htmlUrl, artifactName });
  if (results.found) console.log(`\n${results.summary.trimEnd()}\n\n(from ${results.artifact.url})`);
  else console.error(`note: results not shown: ${results.reason}`);
  return finished.conclusion === 'success' || finished.conclusion === 'neutral' ? exitCodes.ok : exitCodes.findings;
}
