// MLflow projects. MLproject (YAML) names the project and its environment: `python_env` (a python_env.yaml, parsed
// here so it keeps its kind whatever its name), `conda_env` (a conda file, left to the loader as an include) or
// `docker_env` (an image, whose packages are out of reach). python_env.yaml gives the interpreter, build_dependencies
// (group `build`) and dependencies, which may pull in requirements files with `-r`.

import { LocatedError } from '../diagnostics.js';
import type { FileReader, IndexOptions, PackagingFile } from './model.js';
import { PackagingFileBuilder } from './packaging-file.js';
import { addPep508Dependency } from './pep508-dependency.js';
import { isMap, isScalar, isSeq, mapEntries, scalarText, YamlDocument } from './yaml-document.js';
import type { Node } from 'yaml';

export interface MlprojectParameter {
  name: string;
  /** MLflow parameter type: `string` (the default), `float`, `path`, `uri`... */
  type: string;
  /** As YAML reads it; absent when there is none. */
  default?: string | number | boolean;
}

export interface MlprojectEntryPoint {
  name: string;
  command: string;
  parameters: MlprojectParameter[];
}

function readYaml(b: PackagingFileBuilder, text: string): YamlDocument | undefined {
  try {
    return YamlDocument.parse(b.file.path, text, b.format);
  } catch (error) {
    if (!(error instanceof LocatedError)) throw error;
    b.file.diagnostics.push(error.toDiagnostic());
    return undefined;
  }
}

export function parseMlproject(file: string, text: string, reader: FileReader): PackagingFile[] {
  const b = new PackagingFileBuilder(file, 'mlproject', 'mlproject');
  const doc = readYaml(b, text);
  if (!doc) return [b.file];
  if (doc.root !== undefined && !isMap(doc.root)) {
    b.report('error', 'schema', 'MLproject must be a mapping of fields', doc.line(doc.root));
    return [b.file];
  }
  const fields = mapEntries(doc.root);
  const name = scalarText(fields.get('name')?.value);
  if (name !== undefined) b.file.name = name;

  const environments = ['python_env', 'conda_env', 'docker_env'].filter((k) => fields.has(k));
  if (environments.length > 1) {
    const second = doc.line(fields.get(environments[1]!));
    b.report('error', 'schema', `MLflow allows one environment, not ${environments.join(' and ')}`, second);
  }
  const extra: PackagingFile[] = [];
  for (const key of ['python_env', 'conda_env']) {
    const pair = fields.get(key);
    if (!pair) continue;
    const target = scalarText(pair.value);
    if (target === undefined) {
      b.report('error', 'schema', `${key} must be the path of a file`, doc.line(pair));
      continue;
    }
    const included = b.include(target, doc.line(pair.value));
    // conda files are left to the loader; a python_env is parsed here so that it keeps its kind.
    if (key !== 'python_env' || included === undefined || included === file) continue;
    const content = reader.read(included);
    if (content !== undefined) extra.push(parsePythonEnv(included, content, reader)[0]!);
  }
  const docker = fields.get('docker_env');
  if (docker) {
    const image = scalarText(mapEntries(docker.value ?? undefined).get('image')?.value);
    const message = image
      ? `the project runs in the docker image ${image}; the packages inside it are not read`
      : 'docker_env must name an image';
    b.report('notice', 'docker-env', message, doc.line(docker));
  }
  return [b.file, ...extra];
}

/**
 * The entry points of an MLproject, for dispatching runs: `parameters` in both MLflow forms (`alpha: float` and
 * `alpha: {type: float, default: 0.1}`). Entry points without a command string are left out. Throws LocatedError
 * for malformed YAML.
 */
export function readMlprojectEntryPoints(text: string, file = 'MLproject'): MlprojectEntryPoint[] {
  const doc = YamlDocument.parse(file, text, 'mlproject');
  const entryPoints: MlprojectEntryPoint[] = [];
  for (const [name, pair] of mapEntries(mapEntries(doc.root).get('entry_points')?.value ?? undefined)) {
    const fields = mapEntries(pair.value ?? undefined);
    const command = scalarText(fields.get('command')?.value);
    if (command === undefined) continue;
    const parameters: MlprojectParameter[] = [];
    for (const [parameter, spec] of mapEntries(fields.get('parameters')?.value ?? undefined)) {
      const shorthand = scalarText(spec.value);
      if (shorthand !== undefined) {
        parameters.push({ name: parameter, type: shorthand });
        continue;
      }
      const specFields = mapEntries(spec.value ?? undefined);
      const type = scalarText(specFields.get('type')?.value) ?? 'string';
      const value = specFields.get('default')?.value;
      const fallback = isScalar(value) ? value.value : undefined;
      const usable = typeof fallback === 'string' || typeof fallback === 'number' || typeof fallback === 'boolean';
      parameters.push({ name: parameter, type, ...(usable ? { default: fallback } : {}) });
    }
    entryPoints.push({ name, command, parameters });
  }
  return entryPoints;
}

export function parsePythonEnv(file: string, text: string, _reader: FileReader): PackagingFile[] {
  const b = new PackagingFileBuilder(file, 'python-env', 'python-env');
  const doc = readYaml(b, text);
  if (!doc) return [b.file];
  if (doc.root !== undefined && !isMap(doc.root)) {
    b.report('error', 'schema', 'python_env.yaml must be a mapping of fields', doc.line(doc.root));
    return [b.file];
  }
  const fields = mapEntries(doc.root);
  const python = fields.get('python');
  if (python) {
    const written = scalarText(python.value);
    if (written === undefined) b.report('error', 'schema', 'python must be a version', doc.line(python));
    else {
      const line = doc.line(python);
      if (isScalar(python.value) && typeof python.value.value === 'number' && String(python.value.value) !== written) {
        const message = `YAML reads python: ${written} as the number ${python.value.value}: write python: "${written}"`;
        b.report('warning', 'unquoted-version', message, line);
      }
      b.file.python = { specifier: written.trim(), file, line };
    }
  }
  readList(b, doc, fields.get('build_dependencies')?.value, 'build');
  readList(b, doc, fields.get('dependencies')?.value, 'main');
  return [b.file];
}

/** A list of requirement lines, as MLflow writes them to a requirements file for pip. */
function readList(b: PackagingFileBuilder, doc: YamlDocument, node: Node | null | undefined, group: string): void {
  if (node === undefined || node === null) return;
  if (!isSeq(node)) {
    b.report('error', 'schema', `${group === 'build' ? 'build_dependencies' : 'dependencies'} must be a list`, doc.line(node));
    return;
  }
  for (const item of node.items as Node[]) {
    const line = doc.line(item);
    const text = scalarText(item)?.replace(/(^|\s)#.*$/, '').trim();
    if (text === undefined) b.report('error', 'schema', 'each dependency must be a requirement string', line);
    else if (text.startsWith('-')) pipOption(b, text, line);
    else if (text) addPep508Dependency(b, text, line, group);
  }
}

const includeOptions = new Set(['-r', '--requirement', '-c', '--constraint']);
const indexOptions: Record<string, keyof Omit<IndexOptions, 'noIndex'>> = {
  '-i': 'indexUrl',
  '--index-url': 'indexUrl',
  '--extra-index-url': 'extraIndexUrls',
  '-f': 'findLinks',
  '--find-links': 'findLinks',
  '--trusted-host': 'trustedHosts',
};

/** `-r file`, `-c file`, index options; other pip options are not about which packages are installed. */
function pipOption(b: PackagingFileBuilder, text: string, line: number): void {
  const m = /^(--?[A-Za-z][A-Za-z-]*)(?:\s*=\s*|\s+|$)(.*)$/.exec(text);
  if (!m) {
    b.report('error', 'requirement', `"${text}" is neither a requirement nor a pip option`, line);
    return;
  }
  const option = m[1]!;
  const value = m[2]!.trim();
  if (includeOptions.has(option) && value) {
    b.include(value, line);
    return;
  }
  const field = indexOptions[option];
  if (field || option === '--no-index') {
    const index = (b.file.index ??= { extraIndexUrls: [], findLinks: [], noIndex: false, trustedHosts: [] });
    if (option === '--no-index') index.noIndex = true;
    else if (!value) b.report('error', 'requirement', `${option} needs a value`, line);
    else if (field === 'indexUrl') index.indexUrl = value;
    else index[field!].push(value);
    return;
  }
  b.report('notice', 'pip-option', `pip option ${option} is not read`, line);
}
