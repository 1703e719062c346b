// The setup.py package-env generates (Scenario 2: `python setup.py` after `git clone` recreates the environment, or
// says what the machine lacks and where to run instead). The script itself is assets/bootstrap_setup.py, a real Python
// file (standard library only, Python 3.8+; CI compiles it, `__tests__/integration/setup-py-bootstrap.test.ts` runs
// it); this module puts the project's data between its `ml-hub data` lines and decides whether an existing setup.py may
// be replaced. ncc copies the file beside each bundle that imports this module.
//
// The script's machine check repeats shared/machine (units.ts, check-requirements.ts) and env/python-version.ts line for line,
// and its ml-hub.yml reader repeats config.ts's `requirements` rules; the tests compare both sides on the same inputs.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { MachineRequirements } from '../config/config.js';
import type { PackagingFile } from '../env/model.js';
import { codespacesMachines } from '../machine/codespaces.js';
import { requiredPythonSpecifier } from '../env/python-version.js';
import { formatGb } from '../machine/units.js';
import type { FileEdit, LeftAlone } from './model.js';

/** The line that marks a setup.py as generated, so that package-env may regenerate it. */
export const setupPyMarker = '# ml-hub: generated setup.py';

const scriptFile = 'assets/bootstrap_setup.py';
const dataBegin = '# ml-hub data begin';
const dataEnd = '# ml-hub data end\n';

/** The script around its stand-in data: what goes before the project's data, and what after. */
function loadScript(): { head: string; tail: string } {
  // ncc copies the file as it is only while it can parse this module: no `??=` and the like here (the bundle's test
  // in cli-package-env.test.ts compares what it writes with this module's output).
  const text = readFileSync(new URL('../../assets/bootstrap_setup.py', import.meta.url), 'utf8');
  const begin = text.indexOf(`\n${dataBegin}`) + 1;
  const end = text.indexOf(`\n${dataEnd}`, begin);
  if (!begin || end < 0) throw new Error(`${scriptFile}: no "${dataBegin}" … "${dataEnd.trim()}" lines around the project's data`);
  if (!isGeneratedSetupPy(text)) throw new Error(`${scriptFile}: no "${setupPyMarker}" line among the first lines`);
  return { head: text.slice(0, begin), tail: text.slice(end + 1 + dataEnd.length) };
}
let script: { head: string; tail: string } | undefined;

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
  const pythonRequires = options.pythonRequires ?? (record.python ? requiredPythonSpecifier(record.python) : undefined);
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
  if (!script) script = loadScript();
  return `${script.head}${data}\n${script.tail}`;
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
  if (r.python) parts.push(`Python ${requiredPythonSpecifier(r.python)}`);
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
  const pythonRequires = options.pythonRequires ?? (python ? requiredPythonSpecifier(python) : undefined);
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
