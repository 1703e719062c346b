// ml-hub package-env [PATH] [--python PY] [--dry-run] [--diff] [--yes] [--prune] [--pin STYLE] [--optional-groups]
// The action's edits on a laptop: pinned from the active environment, written atomically, then what MLflow recorded
// since the last commit, offered for `git add`.

import { existsSync } from 'node:fs';
import { createInterface } from 'node:readline/promises';
import { formatDiagnostic } from '../shared/diagnostics.js';
import type { DriftReport } from '../shared/drift/model.js';
import { git } from '../shared/git/git.js';
import { experimentChanges, renderExperimentChanges, summarizeExperimentChanges, type ExperimentChanges } from '../shared/package/experiment-changes.js';
import type { PackagePlan, PinStyle } from '../shared/package/model.js';
import { packageEnv } from '../shared/package/package-env.js';
import { planHeadline, unifiedDiff } from '../shared/package/render-plan.js';
import { activePython } from './active-python.js';
import { exitCodes, parseCommandArgs, UsageError } from './cli-support.js';

const pinStyles = ['exact', 'compatible', 'lower-bound', 'none'];

/** The store folders (and database) with changes that git may take: not ignored, nothing over GitHub's limit. */
function stagedPaths(changes: ExperimentChanges): string[] {
  const paths = [
    ...changes.newRuns,
    ...changes.deletedRuns,
    ...changes.metricChanges,
  ].map((r) => r.store);
  paths.push(...changes.artifacts.map((a) => a.path.split('/')[0]!), ...changes.otherFiles.map((f) => f.split('/')[0]!));
  if (changes.database) paths.push(changes.database.path);
  return [...new Set(paths)].filter((p) => !changes.ignored.includes(p)).sort();
}

async function confirm(question: string): Promise<boolean> {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return /^y(es)?$/i.test((await rl.question(question)).trim());
  } finally {
    rl.close();
  }
}

/** What the plan will change and why, before anything is written. */
function printPlan(report: DriftReport, plan: PackagePlan, diff: boolean): void {
  for (const d of report.diagnostics) console.error(formatDiagnostic(d));
  console.log(`ml-hub package-env: ${planHeadline(plan)}`);
  for (const edit of plan.edits) {
    console.log(`${edit.path}${edit.before === undefined ? ' (new)' : ''}`);
    for (const reason of edit.reasons) console.log(`  ${reason}`);
    if (diff) console.log(unifiedDiff(edit).trimEnd());
  }
  if (plan.sourceOfTruth && plan.edits.length) console.log(`Runtime dependencies: ${[plan.sourceOfTruth, ...plan.inStep].join(', ')} (kept in step).`);
  if (plan.unpinned) console.log(`Not pinned: ${plan.unpinned}.`);
  const lines = [
    ...plan.notDeclared.map((n) => `${n.group ? `added to ${n.group} only` : 'not added'}: ${n.distribution} (import ${n.module} at ${n.locations.slice(0, 3).map((l) => `${l.file}:${l.line}`).join(', ')}): ${n.reason}`),
    ...plan.leftAlone.map((l) => `left alone: ${l.path}: ${l.reason}`),
    ...plan.keptUnused.map((k) => `kept, though nothing imports it: ${k.name} (${k.file}:${k.line}); --prune removes it`),
  ];
  // Each line once, however many findings lead to it.
  for (const line of new Set(lines)) console.log(line);
}

export async function packageEnvCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    args,
    {
      python: { type: 'string' },
      'dry-run': { type: 'boolean' },
      diff: { type: 'boolean' },
      yes: { type: 'boolean', short: 'y' },
      prune: { type: 'boolean' },
      pin: { type: 'string' },
      'optional-groups': { type: 'boolean' },
    },
    'package-env',
  );
  if (positionals.length > 1) throw new UsageError('package-env: expected at most one PATH');
  const root = positionals[0] ?? '.';
  if (!existsSync(root)) throw new UsageError(`package-env: ${root} does not exist`);
  if (values.pin !== undefined && !pinStyles.includes(values.pin)) throw new UsageError(`package-env: --pin must be one of ${pinStyles.join(', ')}`);

  const { python, why } = activePython(values.python);
  console.log(python ? `Pinning from ${python}: ${why}.` : `Pinning: ${why}.`);
  const { plan } = await packageEnv({
    root,
    python,
    prune: values.prune ?? false,
    pin: values.pin as PinStyle | undefined,
    optionalGroups: values['optional-groups'],
    dryRun: values['dry-run'],
    onPlanned: ({ report, plan }) => printPlan(report, plan, values.diff ?? false),
  });
  if (values['dry-run']) {
    console.log(plan.edits.length ? 'Dry run: nothing written.' : 'Nothing to write.');
    return exitCodes.ok;
  }
  if (plan.edits.length > 0) console.log(`Wrote ${plan.edits.map((e) => e.path).join(', ')}.`);

  const inGit = await git(root, ['rev-parse', '--is-inside-work-tree']).then(
    () => true,
    () => false,
  );
  if (!inGit) return exitCodes.ok;
  const changes = await experimentChanges(root);
  process.stdout.write(renderExperimentChanges(changes));
  const paths = stagedPaths(changes);
  if (!summarizeExperimentChanges(changes) || paths.length === 0) return exitCodes.ok;
  if (changes.large.some((l) => !l.lfs && l.limit === 'reject')) {
    console.log('Not staging them: GitHub would refuse the push; track the large files with Git LFS first (above), then git add them.');
    return exitCodes.ok;
  }
  const question = `Stage ${paths.join(', ')} with git add? [y/N] `;
  let stage = values.yes ?? false;
  if (!stage) {
    if (!process.stdin.isTTY) {
      console.log(`Not staging ${paths.join(', ')}: stdin is not a terminal to ask (pass --yes to stage, or git add them yourself).`);
      return exitCodes.ok;
    }
    stage = await confirm(question);
  }
  if (!stage) {
    console.log('Left unstaged.');
    return exitCodes.ok;
  }
  await git(root, ['add', '-A', '--', ...paths]);
  console.log(`Staged ${paths.join(', ')}.`);
  return exitCodes.ok;
}
