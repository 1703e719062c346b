// setup-env: on the runner that trains, checks the machine against the requirements record, recreates the recorded
// environment (cached by OS, architecture, Python and env hash), verifies installed versions against the record, and
// hands the environment to later steps: its interpreter in MLHUB_PYTHON and on PATH, its hash in MLHUB_ENV_HASH.

import * as core from '@actions/core';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { showCall } from '../../shared/setup-env/run-program.js';
import { setupEnvironment, type SetupLog } from '../../shared/setup-env/setup-environment.js';
import { renderSetupSummary, setupHeadline, verificationAnnotations } from '../../shared/setup-env/render-setup.js';
import { describeDistributions } from '../../shared/setup-env/verify-environment.js';
import type { ManagerChoice } from '../../shared/setup-env/plan-environment.js';
import { booleanInput, choiceInput, projectPathInput, workspacePath } from '../common/inputs.js';
import { emitAnnotations, emitDiagnostics } from '../common/annotate.js';
import { runAction } from '../common/run-action.js';
import { chooseCache } from './cache-store.js';
import { info, relayProgramOutput } from '../common/log.js';

const runnerTemp = () => process.env.RUNNER_TEMP || tmpdir();

/** Installer output goes to the log between stop-commands markers, so nothing a package prints becomes a workflow command. */
const log: SetupLog = {
  info,
  warning: (message) => core.warning(message),
  step: (step, run) =>
    core.group(step.title, async () => {
      info(`$ ${showCall(step)}`);
      await relayProgramOutput(run);
    }),
};

void runAction(async () => {
  const root = projectPathInput('path');
  const manager = choiceInput('manager', ['auto', 'venv', 'uv', 'conda'] as const satisfies readonly ManagerChoice[]) ?? 'auto';
  const prefixInput = core.getInput('prefix').trim();
  // An absolute prefix is the workflow's choice; a relative one must stay in the workspace, symlinks followed.
  const prefix = !prefixInput ? path.join(runnerTemp(), 'ml-hub-env') : path.isAbsolute(prefixInput) ? path.resolve(prefixInput) : workspacePath('prefix', prefixInput);
  const useCache = booleanInput('cache');

  let cacheNote = 'off (`cache: false`)';
  let cache;
  const chosen = useCache ? chooseCache(process.env) : undefined;
  if (chosen && 'cache' in chosen) cache = chosen.cache;
  else if (chosen) {
    cacheNote = chosen.unavailable;
    info(chosen.unavailable);
  }

  const result = await setupEnvironment({
    root,
    prefix,
    manager,
    python: core.getInput('python').trim() || undefined,
    envHash: core.getInput('env-hash').trim() || undefined,
    checkMachine: booleanInput('check-machine'),
    cache,
    scratch: path.join(runnerTemp(), 'ml-hub-setup-env'),
    env: process.env,
    log,
    // A file pip will choke on is pointed at before the install fails on it.
    onRecord: (record) => emitDiagnostics(record.diagnostics.filter((d) => d.severity === 'error'), root),
  });

  emitAnnotations(verificationAnnotations(result), root);
  if (result.removed.length) info(`Removed what the record does not list: ${describeDistributions(result.removed)}.`);

  core.setOutput('python-path', result.layout.python);
  core.setOutput('env-hash', result.record.envHash);
  core.setOutput('cache-hit', String(result.cache === 'hit'));
  core.setOutput('manager', result.plan.manager);
  core.setOutput('env-path', result.layout.prefix);
  core.exportVariable('MLHUB_ENV_HASH', result.record.envHash);
  core.exportVariable('MLHUB_PYTHON', result.layout.python);
  // What activation would set, so `pip`, `uv pip` and conda-aware tools in later steps find the environment too.
  core.exportVariable(result.plan.manager === 'conda' ? 'CONDA_PREFIX' : 'VIRTUAL_ENV', result.layout.prefix);
  for (const dir of [...result.layout.binDirs].reverse()) core.addPath(dir);

  await core.summary.addRaw(renderSetupSummary(result, cacheNote)).write();
  info(setupHeadline(result));
});
