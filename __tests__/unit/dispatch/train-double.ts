// A GitHub double holding a repository with a training workflow that declares ml-hub's dispatch inputs, a client
// pointed at it, and (for tests that must not wait) a clock that moves only when the code under test sleeps.

import { GitRepo } from '../../harness/git-repo.js';
import { startGitHubDouble, type GitHubDouble, type GitHubDoubleOptions, type RepoState } from '../../harness/github-double/index.js';
import { createGitHubClient, type GitHubClient } from '../../../shared/github/client.js';

export const trainWorkflow = `name: Train
run-name: "Train \${{ inputs.ml-hub-correlation-id }}"
on:
  workflow_dispatch:
    inputs:
      ml-hub-params:
        description: The training request ml-hub packed
        required: true
        type: string
      ml-hub-correlation-id:
        description: Names the run so the dispatcher can find it
        type: string
        default: ''
      ml-hub-runs-on:
        description: runs-on as JSON
        type: string
        default: '"ubuntu-latest"'
permissions:
  contents: read
jobs:
  train:
    name: Train model
    runs-on: \${{ fromJSON(inputs.ml-hub-runs-on) }}
    steps:
      - uses: actions/checkout@v5
      - name: Fit
        run: python train.py
      - name: Publish metrics
        uses: octo-org/ml-hub/publish-metrics@v1
`;

export const where = { owner: 'octo-org', repo: 'wine-quality' };

/** A clock that only moves when `sleep` is awaited: waits take no time, and what waited is recorded. */
export class FakeClock {
  readonly sleeps: number[] = [];
  constructor(public now = Date.now()) {}
  clock = () => this.now;
  sleep = async (ms: number) => {
    this.sleeps.push(ms);
    this.now += ms;
  };
}

export interface TrainDouble {
  double: GitHubDouble;
  repo: RepoState;
  local: GitRepo;
  client: GitHubClient;
  /** What the client's retry and rate-limit plugins said. */
  logs: string[];
}

/** `files` are written into the repository (with the training workflow) and pushed to main. */
export async function trainDouble(options: GitHubDoubleOptions = {}, files: Record<string, string> = {}): Promise<TrainDouble> {
  const double = await startGitHubDouble(options);
  const repo = await double.state.createRepo('octo-org/wine-quality', { ownerType: 'Organization' });
  const local = GitRepo.init();
  local.write('train.py', 'print("training")\n');
  local.write('.github/workflows/train.yml', trainWorkflow);
  for (const [file, text] of Object.entries(files)) local.write(file, text);
  local.commitAll('Initial model');
  local.git('push', '-q', repo.gitUrl, 'main');
  const logs: string[] = [];
  const log = { info: (m: string) => logs.push(m), warning: (m: string) => logs.push(m) };
  return { double, repo, local, logs, client: createGitHubClient('ghs_test-token', { baseUrl: double.url, log, waitScale: 0.001 }) };
}
