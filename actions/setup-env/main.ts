// setup-env: on the runner that trains, checks the machine against the requirements record, recreates the recorded
// environment (cached by OS, architecture, Python and env hash), verifies installed versions against the record, and
// hands the environment to later steps: its interpreter in MLHUB_PYTHON and on PATH, its hash in MLHUB_ENV_HASH.

import * as core from '@actions/core';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { showCall } from '../../shared/setup-env/run-program.js';
import { setupEnvironment, type SetupLog, type SetupResult } from '../../shared/setup-env/setup-environment.js';
import { describeCheck, describeDistributions, isProblem, renderVerificationMarkdown } from '../../shared/setup-env/verify-environment.js';
import type { ManagerChoice } from '../../shared/setup-env/plan-environment.js';
import { booleanInput, choiceInput, projectPathInput, workspacePath } from '../common/inputs.js';
import { emitAnnotations } from '../common/annotate.js';
import { runAction } from '../common/run-action.js';
import { chooseCache } from './cache-store.js';
import { info, relayProgramOutput } from '../common/log.js';
import { cell, code } from '../../shared/report/markdown.js';


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

function summary(result: SetupResult, cacheNote: string): string {
  const { plan, layout } = result;
  const built =
    plan.manager === 'conda'
      ? `${plan.tool} from ${code(plan.file)}`
      : `${plan.manager === 'uv' ? 'uv' : 'venv + pip'} from ${plan.sources.map((s) => code(s.kind === 'file' ? s.path : s.from)).join(', ') || 'no packaging file'}`;
  const removed = result.removed.length ? ` and removed what it does not list (${cell(describeDistributions(result.removed))})` : '';
  const cache = {
    hit: `hit (${code(result.restoredKey ?? '')})${removed}`,
    partial: `partial hit: restored ${code(result.restoredKey ?? '')}, then installed the record over it${removed}${result.saved ? `; saved as ${code(result.keys.key)}` : ''}`,
    miss: `miss${result.saved ? `; saved as ${code(result.keys.key)}` : ''}`,
    off: cacheNote,
  }[result.cache];
  const rows = [
    ['Environment', code(layout.prefix)],
    ['Built with', built],
    ['Python', `${cell(result.pythonVersion)} (${code(layout.python)})`],
    ['Env hash', code(result.record.envHash)],
    ['Cache', cache],
  ];
  const table = ['| | |', '| --- | --- |', ...rows.map(([k, v]) => `| ${k} | ${v} |`)].join('\n');
  return `### ml-hub setup-env\n\n${table}\n\n#### Installed versions against the record\n\n${renderVerificationMarkdown(result.verification)}\n`;
}

void runAction(async () => {
  const root = projectPathInput('path');
  const manager = choiceInput('manager', ['auto', 'venv', 'uv', 'conda'] as const satisfies readonly ManagerChoice[]) ?? 'auto';
  const prefixInput = core.getInput('prefix').trim();
  // An absolute prefix is the workflow's choice; a relative one must stay in the workspace, symlinks followed.
  const prefix = !prefixInput ? path.join(runnerTemp(), 'ml-hub-env') : path.isAbsolute(prefixInput) ? path.resolve(prefixInput) : workspacePath('prefix', prefixInput);
  const useCache = booleanInput('cache');

  let cacheNote = 'off (`cache: false`)';
  let cache;
  if (useCache) {
    const chosen = chooseCache(process.env);
    if ('cache' in chosen) cache = chosen.cache;
    else {
      cacheNote = chosen.unavailable;
      info(chosen.unavailable);
    }
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
    onRecord: (record) =>
      emitAnnotations(
        record.diagnostics.filter((d) => d.severity === 'error').map((d) => ({ level: 'error' as const, title: `ml-hub: ${d.code}`, message: d.message, file: d.file, line: d.line })),
        root,
      ),
  });

  const problems = result.verification.checks.filter(isProblem);
  const { extraneous } = result.verification;
  emitAnnotations(
    [
      ...problems.map((c) => ({ level: 'warning' as const, title: `Installed version differs from the record: ${c.name}`, message: describeCheck(c), file: c.file, line: c.line })),
      ...(extraneous.length
        ? [{ level: 'warning' as const, title: 'Installed but not in the record', message: `${result.layout.prefix} holds packages the record neither declares nor requires: ${describeDistributions(extraneous)}` }]
        : []),
    ],
    root,
  );
  if (result.removed.length) info(`Removed what the record does not list: ${describeDistributions(result.removed)}.`);

  const envHash = result.record.envHash;
  core.setOutput('python-path', result.layout.python);
  core.setOutput('env-hash', envHash);
  core.setOutput('cache-hit', String(result.cache === 'hit'));
  core.setOutput('manager', result.plan.manager);
  core.setOutput('env-path', result.layout.prefix);
  core.exportVariable('MLHUB_ENV_HASH', envHash);
  core.exportVariable('MLHUB_PYTHON', result.layout.python);
  // What activation would set, so `pip`, `uv pip` and conda-aware tools in later steps find the environment too.
  core.exportVariable(result.plan.manager === 'conda' ? 'CONDA_PREFIX' : 'VIRTUAL_ENV', result.layout.prefix);
  for (const dir of [...result.layout.binDirs].reverse()) core.addPath(dir);

  await core.summary.addRaw(summary(result, cacheNote)).write();
  info(
    `ml-hub setup-env: ${result.plan.manager} environment at ${result.layout.prefix} (Python ${result.pythonVersion}), cache ${result.cache}, ` +
      `${problems.length ? `${problems.length} version difference(s) from the record` : 'versions match the record'}` +
      `${extraneous.length ? `, ${extraneous.length} installed package(s) not in the record` : ''}.`,
  );
});
