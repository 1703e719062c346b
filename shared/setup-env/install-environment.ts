// The programs that build an environment from a plan, as argument arrays (setup-environment runs them in order).
//
//   venv   <python> -m venv <prefix>                       <env python> -m pip install -r <file>
//   uv     uv venv <prefix> --python <python>              uv pip install --python <env python> -r <file>
//   conda  conda|mamba env create -p <prefix> -f <file>    micromamba create -p <prefix> -f <file> -y
//
// Over an environment that is already there (a reused prefix), creation is skipped and the installs reconcile it:
// pip and uv install into it; conda and mamba run `env update --prune`, micromamba `install -f … -y`. What the record
// does not list is then removed from a restored venv (`pip uninstall -y`, `uv pip uninstall`).
// Installs run from the project folder, so paths in the recorded files (`--find-links wheels`, `-r base.txt`, `-e .`)
// mean what they mean when a person runs pip there.

import path from 'node:path';
import { writeFileInside } from '../contained-path.js';
import type { EnvironmentPlan } from './plan-environment.js';
import type { ProgramCall } from './run-program.js';
import type { EnvironmentLayout } from './venv-layout.js';

export interface InstallContext {
  /** The project folder. */
  root: string;
  layout: EnvironmentLayout;
  /** The interpreter a venv is built from (venv and uv). */
  basePython?: string;
  /** Resolved programs: uv, or the conda tool the plan names. */
  uv?: string;
  condaTool?: string;
  /** What pip or uv installs (from requirementFiles). */
  requirements: { file: string; from: string }[];
  /** The prefix already holds an environment to reconcile. */
  existing: boolean;
}

export interface InstallStep extends ProgramCall {
  /** What the step does, for the log. */
  title: string;
}

/** The files pip or uv installs, writing generated ones under `scratch`; paths as the installer is given them. */
export function requirementFiles(plan: EnvironmentPlan, scratch: string): { file: string; from: string }[] {
  if (plan.manager === 'conda') return [];
  return plan.sources.map((source) => {
    if (source.kind === 'file') return { file: source.path, from: source.path };
    const file = path.join(scratch, `${source.from.replace(/[^\w.-]+/g, '_')}-requirements.txt`);
    writeFileInside(scratch, file, `# The main dependencies of ${source.from}, written by ml-hub setup-env\n${source.lines.join('\n')}\n`);
    return { file, from: source.from };
  });
}

export function installSteps(plan: EnvironmentPlan, ctx: InstallContext): InstallStep[] {
  const { root, layout } = ctx;
  const at = (title: string, program: string, args: string[]): InstallStep => ({ title, program, args, cwd: root });
  if (plan.manager === 'conda') {
    const tool = ctx.condaTool ?? plan.tool;
    const file = path.resolve(root, plan.file);
    if (plan.tool === 'micromamba') {
      return ctx.existing
        ? [at(`Update ${layout.prefix} from ${plan.file}`, tool, ['install', '-p', layout.prefix, '-f', file, '-y'])]
        : [at(`Create ${layout.prefix} from ${plan.file}`, tool, ['create', '-p', layout.prefix, '-f', file, '-y'])];
    }
    return ctx.existing
      ? [at(`Update ${layout.prefix} from ${plan.file}`, tool, ['env', 'update', '-p', layout.prefix, '-f', file, '--prune'])]
      : [at(`Create ${layout.prefix} from ${plan.file}`, tool, ['env', 'create', '-p', layout.prefix, '-f', file])];
  }

  if (!ctx.basePython) throw new Error('a venv needs a base interpreter');
  const steps: InstallStep[] = [];
  const uv = ctx.uv ?? 'uv';
  if (!ctx.existing) {
    steps.push(
      plan.manager === 'uv'
        ? at(`Create ${layout.prefix}`, uv, ['venv', layout.prefix, '--python', ctx.basePython])
        : at(`Create ${layout.prefix}`, ctx.basePython, ['-m', 'venv', layout.prefix]),
    );
  }
  for (const { file, from } of ctx.requirements) {
    steps.push(
      plan.manager === 'uv'
        ? at(`Install ${from}`, uv, ['pip', 'install', '--python', layout.python, '-r', file])
        : at(`Install ${from}`, layout.python, ['-m', 'pip', 'install', '--disable-pip-version-check', '--no-input', '-r', file]),
    );
  }
  return steps;
}

/** Names a distribution can have (PEP 508): never an option to the uninstaller. */
const distributionName = /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?$/;

/** Removes `names` from a venv; undefined when there is nothing to remove. */
export function uninstallStep(plan: EnvironmentPlan, ctx: Pick<InstallContext, 'root' | 'layout' | 'uv'>, names: readonly string[]): InstallStep | undefined {
  const safe = names.filter((n) => distributionName.test(n));
  if (plan.manager === 'conda' || safe.length === 0) return undefined;
  const title = `Remove what the record does not list from ${ctx.layout.prefix}`;
  return plan.manager === 'uv'
    ? { title, program: ctx.uv ?? 'uv', args: ['pip', 'uninstall', '--python', ctx.layout.python, ...safe], cwd: ctx.root }
    : { title, program: ctx.layout.python, args: ['-m', 'pip', 'uninstall', '--disable-pip-version-check', '--no-input', '-y', ...safe], cwd: ctx.root };
}
