// A double with one repository whose history was pushed with real git, and a client pointed at it.

import { GitRepo } from '../../harness/git-repo.js';
import { startGitHubDouble, type GitHubDouble, type GitHubDoubleOptions, type RepoState } from '../../harness/github-double/index.js';
import { createGitHubClient, type GitHubClient, type GitHubClientOptions } from '../../../shared/github/client.js';

export const trainWorkflow = `name: Train
on:
  push:
    branches: [main]
  workflow_dispatch:
    inputs:
      epochs:
        required: true
        type: string
      model:
        type: choice
        options: [small, large]
        default: small
jobs:
  train:
    name: Train model
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Fit
        run: python train.py
  report:
    runs-on: ubuntu-latest
    steps:
      - run: |
          python report.py
          echo done
`;

export interface Seeded {
  double: GitHubDouble;
  repo: RepoState;
  local: GitRepo;
  client: GitHubClient;
  logs: string[];
  /** SHA of main as pushed. */
  main: string;
}

export async function seeded(options: GitHubDoubleOptions = {}, client: GitHubClientOptions = {}): Promise<Seeded> {
  const double = await startGitHubDouble(options);
  const repo = await double.state.createRepo('octo-org/wine-quality', { ownerType: 'Organization' });
  const local = GitRepo.init();
  local.write('train.py', 'print("training")\n');
  local.write('requirements.txt', 'scikit-learn==1.5.2\n');
  local.write('.github/workflows/train.yml', trainWorkflow);
  const main = local.commitAll('Initial model');
  local.git('push', '-q', repo.gitUrl, 'main');
  const logs: string[] = [];
  const log = { info: (m: string) => logs.push(m), warning: (m: string) => logs.push(m) };
  return { double, repo, local, main, logs, client: createGitHubClient('ghs_test-token', { baseUrl: double.url, log, waitScale: 0.001, ...client }) };
}

export const where = { owner: 'octo-org', repo: 'wine-quality' };
