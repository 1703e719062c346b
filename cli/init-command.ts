// ml-hub init [PATH] [--force] [--create OWNER/NAME] [--private] [--actions-owner OWNER]
// Makes a folder an ml-hub repository: the suite's workflows, the settings file and .gitignore entries; with --create,
// a new GitHub repository (topics machine-learning and mlflow) set as `origin`.

import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { git, tryGit } from '../shared/git/git.js';
import { createGitHubClient } from '../shared/github/client.js';
import { CreateRepositoryError, createRepository } from '../shared/github/create-repository.js';
import { exitCodes, mlHubHome, parseCommandArgs, UsageError } from './cli-support.js';
import { ownerInWorkflows, ownerPlaceholder, scaffoldRepository } from './scaffold.js';

/** The GitHub owner of the ml-hub checkout this CLI runs from, which is where its actions live. */
async function ownerOfThisMlHub(): Promise<string | undefined> {
  const home = mlHubHome();
  const url = (await tryGit(home, ['remote', 'get-url', 'origin']))?.trim();
  return url ? /github\.com[:/]([^/]+)\/[^/]+?(?:\.git)?\/?$/i.exec(url)?.[1] : undefined;
}

/** Whether a remote URL names OWNER/NAME, in any of GitHub's URL forms. */
function pointsAt(url: string | undefined, fullName: string): boolean {
  return url !== undefined && new RegExp(`[:/]${fullName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:\\.git)?/?$`, 'i').test(url.trim());
}

export async function initCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    args,
    {
      force: { type: 'boolean' },
      create: { type: 'string' },
      private: { type: 'boolean' },
      'actions-owner': { type: 'string' },
    },
    'init',
  );
  if (positionals.length > 1) throw new UsageError('init: expected at most one PATH');
  const create = values.create;
  if (create !== undefined && !/^[A-Za-z0-9](?:[A-Za-z0-9-]*)\/[A-Za-z0-9._-]+$/.test(create)) throw new UsageError(`init: --create expects OWNER/NAME, got "${create}"`);
  if (values.private && create === undefined) throw new UsageError('init: --private goes with --create OWNER/NAME');
  const token = process.env.GITHUB_TOKEN || process.env.GH_TOKEN;
  if (create !== undefined && !token) {
    throw new UsageError('init: --create needs a GitHub token with the `repo` scope in GITHUB_TOKEN or GH_TOKEN (for example: GH_TOKEN=$(gh auth token) ml-hub init --create OWNER/NAME)');
  }

  const target = path.resolve(positionals[0] ?? '.');
  if (!existsSync(target)) {
    mkdirSync(target, { recursive: true });
    console.log(`created ${target}`);
  }
  let top = (await tryGit(target, ['rev-parse', '--show-toplevel']))?.trim();
  if (!top) {
    await git(target, ['init', '-q', '-b', 'main']);
    top = target;
    console.log(`initialized an empty git repository in ${target}`);
  } else if (path.resolve(top) !== target) {
    console.log(`${target} is inside the git repository ${top}; workflows run only from its top level, so ml-hub init writes there`);
  }

  const actionsOwner = values['actions-owner'] ?? ownerInWorkflows(top) ?? (await ownerOfThisMlHub());
  const results = await scaffoldRepository(top, { force: values.force ?? false, actionsOwner });
  for (const r of results) console.log(`  ${r.status.padEnd(13)} ${r.path}${r.detail ? ` (${r.detail})` : ''}`);
  if (!actionsOwner) {
    console.log(`note: the workflows say ${ownerPlaceholder}/ml-hub/…@v1; replace ${ownerPlaceholder} with the GitHub owner of ml-hub, or re-run with --force --actions-owner OWNER`);
  }

  if (create === undefined) return exitCodes.ok;
  const [owner, name] = create.split('/') as [string, string];
  const origin = (await tryGit(top, ['remote', 'get-url', 'origin']))?.trim();
  if (pointsAt(origin, create)) {
    console.log(`origin already points at ${create} (${origin}); not creating it again`);
    return exitCodes.ok;
  }
  const client = createGitHubClient(token!, { log: { info: () => {}, warning: (m) => console.error(`warning: ${m}`) } });
  let created;
  try {
    created = await createRepository(client, { owner, name, private: values.private ?? false });
  } catch (error) {
    if (!(error instanceof CreateRepositoryError)) throw error;
    console.error(`ml-hub init: ${error.message}`);
    return exitCodes.findings;
  }
  console.log(`created ${created.fullName} (${values.private ? 'private' : 'public'}, topics machine-learning, mlflow): ${created.htmlUrl}`);
  if (origin === undefined) {
    await git(top, ['remote', 'add', 'origin', created.cloneUrl]);
    console.log(`origin → ${created.cloneUrl}`);
  } else {
    await git(top, ['remote', 'set-url', 'origin', created.cloneUrl]);
    console.log(`origin → ${created.cloneUrl} (was ${origin})`);
  }
  console.log(`next: git add -A && git commit -m "Set up ml-hub" && git push -u origin HEAD`);
  return exitCodes.ok;
}
