// publish-metrics' inputs, read and checked before anything is read from the store: a mistake in the workflow file is
// one clear error line, not a half-published report.

import { parseSize } from '../../shared/text/units.js';
import { LocatedError } from '../../shared/diagnostics.js';
import { openStore } from '../../shared/mlflow/detect-store.js';
import { DEFAULT_MAX_RUNS } from '../../shared/mlflow/rest-store.js';
import type { MlflowStore } from '../../shared/mlflow/store.js';
import * as core from '@actions/core';
import { BaselineSpecError, parseBaselineSpec, type BaselineSpec } from '../../shared/report/baseline.js';
import type { Direction } from '../../shared/report/metric-direction.js';
import { directionsFor, parseRegressionRules, RegressionRuleError, type RegressionRule } from '../../shared/report/regression-gate.js';
import { artifactNameProblem } from '../../shared/report/report-artifacts.js';
import { booleanInput, choiceInput, InputError, listInput } from '../common/inputs.js';
import { info } from '../common/log.js';

export interface PublishInputs {
  store: string | undefined;
  experiments: string[];
  metric: string | undefined;
  direction: Direction | undefined;
  params: string[];
  top: number;
  /** Undefined: none given (the shell may still default to `base` on pull requests). */
  baseline: BaselineSpec | undefined;
  rules: RegressionRule[];
  comment: boolean;
  token: string;
  upload: boolean;
  artifactName: string;
  /** Artifact path globs of run artifacts to include; empty for none. */
  runArtifacts: string[];
  maxArtifactSize: number;
  /** Runs a tracking server read keeps, newest first. */
  maxRuns: number;
  dashboard: boolean;
}


/** `10MB`, `512 KiB`, `1048576` → bytes (a bare number is bytes). */
export function sizeInput(name: string, fallback: string): number {
  const text = core.getInput(name) || fallback;
  const size = parseSize(text, 'B');
  if (size === undefined) throw new InputError(`input ${name}: expected a size such as 10MB, 512KiB or 1048576, got "${text}"`);
  return Math.floor(size);
}

export function readInputs(): PublishInputs {
  const metric = core.getInput('metric').trim() || undefined;
  const direction = choiceInput('direction', ['min', 'max'] as const);
  const topText = core.getInput('top').trim() || '5';
  const top = Number(topText);
  if (!Number.isInteger(top) || top < 1) throw new InputError(`input top: expected a whole number of runs (1 or more), got "${topText}"`);

  const maxRunsText = core.getInput('max-runs').trim() || String(DEFAULT_MAX_RUNS);
  const maxRuns = Number(maxRunsText);
  if (!Number.isInteger(maxRuns) || maxRuns < 1) throw new InputError(`input max-runs: expected a whole number of runs (1 or more), got "${maxRunsText}"`);

  let baseline: BaselineSpec | undefined;
  let rules: RegressionRule[];
  try {
    baseline = parseBaselineSpec(core.getInput('baseline'));
    rules = parseRegressionRules(core.getInput('fail-on-regression'), directionsFor(metric, direction));
  } catch (error) {
    if (error instanceof BaselineSpecError || error instanceof RegressionRuleError) throw new InputError(`input ${error.message}`);
    throw error;
  }

  const artifactName = core.getInput('artifact-name').trim() || 'publish-metrics';
  const nameProblem = artifactNameProblem(artifactName);
  if (nameProblem) throw new InputError(`input artifact-name: "${artifactName}" cannot be used: ${nameProblem}`);

  const include = core.getInput('include-run-artifacts').trim();
  const runArtifacts = include === '' || include.toLowerCase() === 'false' ? [] : include.toLowerCase() === 'true' ? ['**'] : listInput('include-run-artifacts');

  return {
    store: core.getInput('store').trim() || undefined,
    experiments: listInput('experiments'),
    metric,
    direction,
    params: listInput('params'),
    top,
    baseline,
    rules,
    comment: booleanInput('comment'),
    token: core.getInput('token').trim(),
    upload: booleanInput('upload-artifacts'),
    artifactName,
    runArtifacts,
    maxArtifactSize: sizeInput('max-artifact-size', '10MB'),
    maxRuns,
    dashboard: booleanInput('dashboard'),
  };
}

/** The store the `store` input names (or MLFLOW_TRACKING_URI, or the workspace); one that is not there is an input error. */
export function openInputStore(inputs: PublishInputs, ws: string): MlflowStore {
  try {
    return openStore(inputs.store, { env: process.env, cwd: ws, displayRoot: ws, maxRuns: inputs.maxRuns, progress: info });
  } catch (error) {
    if (error instanceof LocatedError) throw new InputError(`input store: ${error.file}: ${error.message}`);
    throw error;
  }
}
