// The setup.py package-env generates (Scenario 2: `python setup.py` after `git clone` recreates the environment, or
// says what the machine lacks and where to run instead). The script itself is setup-py-script.ts; this module fills in
// the project's data and decides whether an existing setup.py may be replaced.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { MachineRequirements } from '../config/config.js';
import type { PackagingFile } from '../env/model.js';
import { codespacesMachines } from '../machine/codespaces.js';
import { pythonSpecifier } from '../machine/python-spec.js';
import { formatGb } from '../machine/units.js';
import type { FileEdit, LeftAlone } from './model.js';
import { setupPyMarker, setupPyScript } from './setup-py-script.js';

export { setupPyMarker } from './setup-py-script.js';

export interface SetupPyOptions {
  /** Distribution name; made a valid one (`my project` → `my-project`). */
  name: string;
  version?: string;
  /** python_requires; default: the record's python (a bare `3.11` means `>=3.11`). */
  pythonRequires?: string;
  requirements?: MachineRequirements;
  /** `owner/name`, for the Codespaces link when the clone's origin is not on github.com. */
  repository?: string;
  /** Workflow file offered with `gh workflow run` when the machine falls short (`train.yml`). */
  trainWorkflow?: string;
  /** Where the bootstrap goes: `setup.py`, or `bootstrap.py` beside a pyproject.toml that builds the project. */
  file?: string;
}

/** A Python literal for JSON-like data. JSON string escapes are all valid in Python string literals. */
export function pythonLiteral(value: unknown): string {
  if (value === undefined || value === null) return 'None';
  if (value === true) return 'True';
  if (value === false) return 'False';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`no Python literal for ${value}`);
    return String(value);
  }
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(pythonLiteral).join(', ')}]`;
  return `{${Object.entries(value as Record<string, unknown>)
    .map(([k, v]) => `${JSON.stringify(k)}: ${pythonLiteral(v)}`)
    .join(', ')}}`;
}

/** PEP 508 names: letters, digits and `._-`, starting and ending with a letter or digit. */
export function distributionName(name: string): string {
  return name.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[._-]+|[._-]+$/g, '') || 'project';
}

/** One `key: value` per line, so that a regenerated file's reasons can name what changed. */
function pythonDict(name: string, entries: [string, unknown][]): string {
  if (!entries.length) return `${name} = {}`;
  return [`${name} = {`, ...entries.map(([k, v]) => `    ${JSON.stringify(k)}: ${pythonLiteral(v)},`), '}'].join('\n');
}

export function renderSetupPy(options: SetupPyOptions): string {
  const record = options.requirements ?? {};
  const pythonRequires = options.pythonRequires ?? (record.python ? pythonSpecifier(record.python) : undefined);
  const data = [
    '# What package-env recorded when it generated this file.',
    pythonDict('PROJECT', [
      ['name', distributionName(options.name)],
      ['version', options.version ?? '0.1.0'],
      ['python_requires', pythonRequires],
      ['repository', options.repository],
      ['train_workflow', options.trainWorkflow],
    ]),
    '# The requirements record (.github/ml-hub.yml `requirements:`): memory and disk in bytes.',
    pythonDict(
      'RECORDED_REQUIREMENTS',
      (['cpus', 'memory', 'disk', 'gpu', 'python'] as const).filter((k) => record[k] !== undefined).map((k) => [k, record[k]]),
    ),
    '# GitHub Codespaces machine types, smallest first: name, cores, GB of RAM, GB of storage.',
    'CODESPACES_MACHINES = [',
    ...codespacesMachines.map((m) => `    (${pythonLiteral(m.name)}, ${m.cpus}, ${m.memoryGb}, ${m.storageGb}),`),
    ']',
  ].join('\n');
  // A function replacement: `$&` and friends in the data must stay literal.
  return setupPyScript.replace('@@DATA@@', () => data);
}

export function isGeneratedSetupPy(text: string): boolean {
  return text.split(/\r?\n/, 5).some((line) => line.startsWith(setupPyMarker));
}

/** What the record asks for, in words, for the reasons line. */
export function describeRequirements(r: MachineRequirements): string {
  const parts: string[] = [];
  if (r.cpus) parts.push(`${r.cpus} CPU cores`);
  if (r.memory) parts.push(`${formatGb(r.memory, 'up')} GB memory`);
  if (r.disk) parts.push(`${formatGb(r.disk, 'up')} GB free disk`);
  if (r.gpu) parts.push(`${r.gpu} NVIDIA GPU${r.gpu === 1 ? '' : 's'}`);
  if (r.python) parts.push(`Python ${pythonSpecifier(r.python)}`);
  return parts.join(', ');
}

function readIfExists(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** The lines of the recorded data that differ: `"python_requires": ">=3.10"` → `">=3.11"`. */
function dataChanges(before: string, after: string): string[] {
  const data = (text: string) => {
    const entries = new Map<string, string>();
    let block = '';
    for (const line of text.split(/\r?\n/)) {
      const open = /^([A-Z_]+) = \{\}?$/.exec(line);
      if (open) block = line.endsWith('{}') ? '' : open[1]!;
      else if (line === '}') block = '';
      else if (block) {
        const m = /^\s+"([^"]+)": (.*),$/.exec(line);
        if (m) entries.set(`${block === 'PROJECT' ? '' : 'requirements.'}${m[1]}`, m[2]!);
      }
    }
    return entries;
  };
  const was = data(before);
  const now = data(after);
  const reasons: string[] = [];
  for (const key of new Set([...was.keys(), ...now.keys()])) {
    const a = was.get(key) ?? 'None';
    const b = now.get(key) ?? 'None';
    if (a !== b) reasons.push(`${key}: ${a} → ${b}`);
  }
  return reasons;
}

/** The project's name from what its packaging files call it, else the folder's name. */
function projectName(root: string, files: PackagingFile[]): string {
  const order = ['pyproject', 'setup.cfg', 'mlproject', 'conda'];
  for (const kind of order) {
    const named = files.find((f) => f.kind === kind && f.name);
    if (named?.name) return named.name;
  }
  return path.basename(path.resolve(root));
}

/**
 * setup.py for the project at `root`: generated when absent, regenerated when it carries ml-hub's marker, left alone
 * when hand-written. Undefined when the generated file is already current.
 */
export function planSetupPy(root: string, files: PackagingFile[], options: Partial<SetupPyOptions> = {}): FileEdit | LeftAlone | undefined {
  const file = options.file ?? 'setup.py';
  const before = readIfExists(path.join(root, file));
  if (before !== undefined && !isGeneratedSetupPy(before)) {
    return { path: file, reason: `${file} is hand-written (no "${setupPyMarker}" line), so package-env leaves it as it is` };
  }
  if (before === undefined && file === 'setup.py') {
    // pip builds from pyproject.toml's [project] (or setup.cfg's options) already; a second source of dependencies
    // would contradict it.
    const owner = files.find(
      (f) => (f.kind === 'pyproject' || f.kind === 'setup.cfg') && f.dependencies.some((d) => d.group === 'main' && !d.constraintOnly),
    );
    if (owner) return { path: file, reason: `${owner.path} already declares what \`pip install .\` installs; a generated setup.py would compete with it` };
  }
  const python = options.requirements?.python ?? files.find((f) => f.python)?.python?.specifier;
  const pythonRequires = options.pythonRequires ?? (python ? pythonSpecifier(python) : undefined);
  const { file: _file, ...data } = options;
  const after = renderSetupPy({ ...data, name: options.name ?? projectName(root, files), pythonRequires });
  if (after === before) return undefined;
  if (before === undefined) {
    const record = options.requirements ? describeRequirements(options.requirements) : '';
    return {
      path: file,
      after,
      reasons: [
        file === 'setup.py'
          ? 'generated setup.py: `pip install .` installs requirements.txt; `python setup.py` checks this machine and recreates the environment'
          : `generated ${file}: \`python ${file}\` checks this machine and recreates the environment (not setup.py: pyproject.toml's [build-system] builds the project)`,
        ...(record ? [`checks for ${record}`] : []),
      ],
    };
  }
  const changes = dataChanges(before, after);
  return { path: file, before, after, reasons: changes.length ? changes.map((c) => `${file} ${c}`) : [`regenerated ${file} with this version of ml-hub`] };
}
