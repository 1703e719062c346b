// Which recorded files an environment is recreated from, and with what. A conda environment when the record has a
// conda file (environment.yml, conda.yaml, MLproject's conda_env) and conda, mamba or micromamba is on PATH; otherwise
// a virtual environment filled from the first of requirements.txt, requirements.in, Pipfile.lock, Pipfile,
// pyproject.toml, setup.cfg, setup.py and MLproject's python_env.yaml that declares anything (each format's `venv`). pip reads requirements
// files itself (with their -r, -c and index options); the other formats are turned into a requirements file of their
// main dependencies, since pip cannot install "only the dependencies" of a pyproject.toml or a Pipfile.

import { condaFormat } from '../env/formats/conda.js';
import { venvSources } from '../env/formats/index.js';
import type { Dependency, PackagingFile, PythonRequirement } from '../env/model.js';

export type ManagerChoice = 'auto' | 'venv' | 'uv' | 'conda';
export type Manager = 'venv' | 'uv' | 'conda';
/** In the order ml-hub prefers them, the same as the generated setup.py. */
export const condaTools = ['mamba', 'conda', 'micromamba'] as const;
export type CondaTool = (typeof condaTools)[number];

export interface AvailableTools {
  uv: boolean;
  /** The preferred conda tool on PATH, if any. */
  conda?: CondaTool;
}

/** What pip or uv installs: a recorded requirements file as it is, or requirement lines made from another format. */
export type InstallSource = { kind: 'file'; path: string } | { kind: 'generated'; from: string; lines: string[] };

export type EnvironmentPlan =
  | { manager: 'venv' | 'uv'; sources: InstallSource[]; python: PythonRequirement[]; notes: string[] }
  | { manager: 'conda'; tool: CondaTool; file: string; python: PythonRequirement[]; notes: string[] };

/** The record cannot be recreated as asked; the message says what to change. */
export class PlanError extends Error {}

/** The conda file to build from: a root file by its usual name, else one an MLproject names. */
export function condaFileOf(files: readonly PackagingFile[]): PackagingFile | undefined {
  for (const name of condaFormat.names) {
    const found = files.find((f) => f.kind === 'conda' && f.path === name);
    if (found) return found;
  }
  return files.find((f) => f.kind === 'conda');
}

export function planEnvironment(files: readonly PackagingFile[], manager: ManagerChoice, tools: AvailableTools): EnvironmentPlan {
  const condaFile = condaFileOf(files);
  const notes: string[] = [];
  if (manager === 'conda' || (manager === 'auto' && condaFile && tools.conda)) {
    if (!condaFile) throw new PlanError('manager conda: the project has no conda environment file (environment.yml, conda.yaml or an MLproject conda_env)');
    if (!tools.conda) throw new PlanError(`manager conda: none of ${condaTools.join(', ')} is on PATH (set one up first, e.g. with mamba-org/setup-micromamba or conda-incubator/setup-miniconda)`);
    return { manager: 'conda', tool: tools.conda, file: condaFile.path, python: condaFile.python ? [condaFile.python] : [], notes };
  }
  if (manager === 'uv' && !tools.uv) throw new PlanError('manager uv: uv is not on PATH (set it up first, e.g. with astral-sh/setup-uv)');
  const chosen: Manager = manager === 'uv' || (manager === 'auto' && tools.uv) ? 'uv' : 'venv';

  const source = venvSource(files);
  if (condaFile && manager === 'auto') {
    if (!source) {
      throw new PlanError(`${condaFile.path} needs conda, mamba or micromamba, and none is on PATH; set one up before this step, or record the pip packages in requirements.txt`);
    }
    notes.push(`${condaFile.path} needs conda, mamba or micromamba, and none is on PATH: using ${source.from} in a virtual environment instead`);
  }
  if (!source) notes.push('no packaging file declares packages to install: the environment holds only the interpreter');
  return { manager: chosen, sources: source ? [source.source] : [], python: declaredPython(files), notes };
}

function venvSource(files: readonly PackagingFile[]): { source: InstallSource; from: string } | undefined {
  for (const { format, path } of venvSources) {
    const file = files.find((f) => f.kind === format.kind && (path === undefined || f.path === path));
    if (!file) continue;
    if (format.venv!.install === 'as-is') return { source: { kind: 'file', path: file.path }, from: file.path };
    const lines = requirementLines(file);
    if (lines.some((l) => !l.startsWith('--'))) return { source: { kind: 'generated', from: file.path, lines }, from: file.path };
  }
  return undefined;
}

/** Every Python version the record states, each with its place. */
function declaredPython(files: readonly PackagingFile[]): PythonRequirement[] {
  return files.filter((f) => f.python).map((f) => f.python!);
}

/** The main dependencies of a non-requirements file as a requirements file pip reads, index options first. */
export function requirementLines(file: PackagingFile): string[] {
  const lines: string[] = [];
  const index = file.index;
  if (index?.noIndex) lines.push('--no-index');
  if (index?.indexUrl) lines.push(`--index-url ${index.indexUrl}`);
  for (const url of index?.extraIndexUrls ?? []) lines.push(`--extra-index-url ${url}`);
  for (const link of index?.findLinks ?? []) lines.push(`--find-links ${link}`);
  for (const host of index?.trustedHosts ?? []) lines.push(`--trusted-host ${host}`);
  for (const d of file.dependencies) {
    if (d.group !== 'main' || d.ecosystem !== 'pypi' || d.constraintOnly || !d.name) continue;
    lines.push(requirementLine(d));
  }
  return lines;
}

export function requirementLine(d: Dependency): string {
  if (d.editable && d.url) return `-e ${d.url}`;
  const extras = d.extras.length ? `[${d.extras.join(',')}]` : '';
  const version = d.url ? ` @ ${d.url}` : d.specifier;
  // A space before `;` keeps it from being read as part of a URL.
  return `${d.name}${extras}${version}${d.marker ? ` ; ${d.marker}` : ''}`;
}
