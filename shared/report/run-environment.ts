// What a run says about the environment it ran in: the commit MLflow records (`mlflow.source.git.commit`), the
// environment hash detect-env computes when a workflow passes it on as a tag (`ml-hub.env-hash`, or
// `MLHUB_ENV_HASH` as an environment-variable-style tag), and a logged `requirements.txt` (MLflow logs one with every
// model). Two runs with the same hash ran with the same declared dependencies.

import type { Run } from '../mlflow/model.js';
import { commitTag } from './baseline.js';

export const envHashTags = ['ml-hub.env-hash', 'MLHUB_ENV_HASH'] as const;

export interface RunEnvironment {
  commit?: string;
  envHash?: string;
  /** Artifact path of the requirements file, shortest first (`requirements.txt` before `model/requirements.txt`). */
  requirements?: string;
}

export function runEnvironment(run: Run): RunEnvironment {
  const env: RunEnvironment = {};
  const commit = run.tags.get(commitTag)?.trim();
  if (commit) env.commit = commit;
  for (const tag of envHashTags) {
    const hash = run.tags.get(tag)?.trim();
    if (hash) {
      env.envHash = hash;
      break;
    }
  }
  const requirements = run.artifacts
    .filter((a) => !a.isDir && /(^|\/)requirements\.txt$/.test(a.path))
    .sort((a, b) => a.path.split('/').length - b.path.split('/').length || a.path.length - b.path.length)[0];
  if (requirements) env.requirements = requirements.path;
  return env;
}

export function hasEnvironment(env: RunEnvironment): boolean {
  return env.commit !== undefined || env.envHash !== undefined || env.requirements !== undefined;
}
