// ml-hub train [PATH] [--workflow W] [--ref R] [--entry-point E] [-P k=v]… [--runner L] [--wait] [--timeout 2h]
// The dispatch-training action from a terminal: the repository is the clone's `origin`, the token comes from
// GITHUB_TOKEN, GH_TOKEN or the GitHub CLI, and `--wait` follows the run here and prints its results.

import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import { formatDiagnostic } from '../shared/diagnostics.js';
import { dispatchTraining, prepareTraining, TrainingSetupError, trainingSucceeded, type TrainingOptions } from '../shared/dispatch/dispatch-training.js';
import { formatDuration, parseDuration } from '../shared/text/units.js';
import { parseGitHubRemote, type GitHubRemote } from '../shared/dispatch/github-remote.js';
import { parseParameterArgs } from '../shared/dispatch/parameters.js';
import { describeJob } from '../shared/dispatch/wait-for-run.js';
import { tryGit } from '../shared/git/git.js';
import { createGitHubClient } from '../shared/github/client.js';
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
  let options: TrainingOptions;
  try {
    options = {
      root,
      workflow: values.workflow ?? 'train.yml',
      configPath: values.config,
      entryPoint: values['entry-point'] ?? 'main',
      parameters: parseParameterArgs(values.param ?? []),
      envHash: values['env-hash'],
      runner: values.runner,
      requirementsText: values.requirements,
      requirementsLabel: '--requirements',
      env: process.env,
      wait: values.wait ?? false,
      timeoutMs: parseDuration(values.timeout ?? '6h'),
      resultsArtifact: values['results-artifact'] ?? 'publish-metrics',
      pollScale: Number(process.env.ML_HUB_GITHUB_WAIT_SCALE) || 1,
      log: (line) => console.error(line),
      connect: async () => {
        const remote = await repository(root, values.repo);
        const client = createGitHubClient(await token(remote.host), {
          baseUrl: process.env.GITHUB_API_URL || remote.apiUrl,
          log: { info: () => {}, warning: (m) => console.error(`warning: ${m}`) },
        });
        return { client, owner: remote.owner, repo: remote.repo, ref: values.ref ?? (await currentBranch(root)) };
      },
      onDispatched: (run, { owner, repo, ref }) => console.log(`Started ${options.workflow} on ${ref} in ${owner}/${repo}: ${run.htmlUrl}`),
    };
  } catch (error) {
    throw new UsageError(`train: ${(error as Error).message}`);
  }

  let prepared;
  try {
    prepared = prepareTraining(options);
  } catch (error) {
    if (!(error instanceof TrainingSetupError)) throw error;
    if (!error.diagnostics.length) throw new UsageError(`train: ${error.message}`);
    for (const d of error.diagnostics) console.error(formatDiagnostic(d));
    throw new UsageError('train: fix the settings before a runner can be chosen');
  }
  for (const d of prepared.diagnostics) console.error(formatDiagnostic(d));
  for (const w of prepared.choice.warnings) console.error(`warning: ${w}`);
  for (const n of prepared.notes) console.error(`note: ${n}`);
  console.log(prepared.choice.explanation.replace(/`/g, ''));

  const { finished, timedOut, results } = await dispatchTraining(options, prepared);
  if (timedOut) {
    console.error(timedOut.message);
    return exitCodes.findings;
  }
  if (!finished) return exitCodes.ok;
  console.log(`Run ${finished.id} finished: ${finished.conclusion} after ${formatDuration(finished.elapsedMs)} — ${finished.htmlUrl}`);
  for (const job of finished.jobs.filter((j) => j.conclusion && j.conclusion !== 'success' && j.conclusion !== 'skipped')) console.log(`  ${describeJob(job)}`);
  if (results?.found) console.log(`\n${results.summary.trimEnd()}\n\n(from ${results.artifact.url})`);
  else if (results) console.error(`note: results not shown: ${results.reason}`);
  return trainingSucceeded(finished.conclusion) ? exitCodes.ok : exitCodes.findings;
}
