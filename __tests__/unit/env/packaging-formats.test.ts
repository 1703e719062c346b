// The registry of packaging formats is consistent: every file discovery finds has a format with a parser that gives
// that kind back, names are unambiguous, and every precedence is a total order.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { KINDS } from '../../../cli/deps-command.js';
import { findPackagingFiles, packagingKindOf } from '../../../shared/env/discover-packaging.js';
import { definesEnvironment, formatOf, isPep751Lock, packagingFormats, venvSources } from '../../../shared/env/formats/index.js';
import type { PackagingFile } from '../../../shared/env/model.js';
import { runtimeSection } from '../../../shared/package/edit-manifest.js';

const emptyReader = { read: () => undefined };
const distinct = (values: readonly unknown[]) => new Set(values).size === values.length;

test('each format is registered under its own kind, once', () => {
  expect(distinct(packagingFormats.map((f) => f.kind))).toBe(true);
  for (const f of packagingFormats) expect(formatOf(f.kind)).toBe(f);
});

test("a format's names are found as that format at any depth, and no other format claims them", () => {
  const names = packagingFormats.flatMap((f) => f.names);
  expect(distinct(names)).toBe(true);
  for (const f of packagingFormats) {
    // A format declared inside Python sources (PEP 723) has no file name of its own.
    expect(f.names.length > 0).toBe(!f.inSource);
    for (const name of f.names) {
      expect(packagingKindOf(name)).toBe(f.kind);
      expect(packagingKindOf(`examples/x/${name}`)).toBe(f.kind);
      expect(packagingKindOf(`tests/fixtures/${name}`)).toBeUndefined();
      for (const other of packagingFormats) if (other !== f) expect(other.alsoNamed?.(name, []) ?? false).toBe(false);
    }
  }
});

test('names tools write are found, and each kind found has a parser that gives it back', () => {
  const written = {
    'requirements-dev.in': 'requirements',
    'requirements.lock': 'requirements',
    'requirements_test.txt': 'requirements',
    'constraints-py310.txt': 'requirements',
    'requirements/docs.txt': 'requirements',
    'requirements/runtime.txt': 'runtime.txt',
    'environment-gpu.yml': 'conda',
    'conda-cpu.yaml': 'conda',
    'environment.dev.yaml': 'conda',
  };
  for (const [p, kind] of Object.entries(written)) expect([p, packagingKindOf(p)]).toEqual([p, kind]);
  for (const found of findPackagingFiles([...Object.keys(written), ...packagingFormats.flatMap((f) => f.names)])) {
    // An empty settings.ini is not nbdev's (nothing names the library): it declares nothing and is not counted.
    const text = found.kind === 'nbdev' ? '[DEFAULT]\nlib_name = x\n' : '';
    const parsed = formatOf(found.kind).parse(found.path, text, emptyReader, {});
    expect(parsed[0]).toMatchObject({ path: found.path, kind: found.kind });
  }
});

test('files recognised and not read are not found as packaging files', () => {
  for (const p of ['pylock.toml', 'pylock.dev.toml', 'sub/pylock.toml']) {
    expect(isPep751Lock(p)).toBe(true);
    expect(packagingKindOf(p)).toBeUndefined();
  }
  for (const p of ['conda-lock.yml', 'notes.txt', 'poetry.lock', 'uv.lock']) expect(packagingKindOf(p)).toBeUndefined();
});

test('every precedence is a total order', () => {
  const python = packagingFormats.map((f) => f.pythonPrecedence);
  expect(distinct(python)).toBe(true);
  expect(python.every(Number.isInteger)).toBe(true);
  expect(distinct(packagingFormats.flatMap((f) => (f.venv ? [f.venv.precedence] : [])))).toBe(true);
  expect(distinct(packagingFormats.flatMap((f) => (f.packageEnv ? [f.packageEnv.precedence] : [])))).toBe(true);
  // The most specific statement of the interpreter wins over a range a manifest allows.
  expect(formatOf('python-version').pythonPrecedence).toBeLessThan(formatOf('runtime.txt').pythonPrecedence);
  expect(formatOf('runtime.txt').pythonPrecedence).toBeLessThan(formatOf('pyproject').pythonPrecedence);
});

test("setup-env's sources are root files discovery finds as their format, requirements files first", () => {
  expect(venvSources[0]).toEqual({ format: formatOf('requirements'), path: 'requirements.txt' });
  for (const { format, path: p } of venvSources) if (p !== undefined) expect(packagingKindOf(p)).toBe(format.kind);
});

test('a format that defines the environment by name does so under its usual name, and only for files it is found as', () => {
  const file = (p: string, kind: PackagingFile['kind'], generated?: string): PackagingFile => ({ path: p, kind, dependencies: [], includes: [], channels: [], diagnostics: [], ...(generated && { generated }) });
  for (const f of packagingFormats) {
    if (!(f.definesEnvironment instanceof RegExp)) continue;
    expect(definesEnvironment(file(`sub/${f.names[0]!}`, f.kind))).toBe(true);
    for (const other of packagingFormats) for (const name of other.names) if (f.definesEnvironment.test(name)) expect(other.kind).toBe(f.kind);
  }
  expect(definesEnvironment(file('requirements-dev.txt', 'requirements'))).toBe(false);
  expect(definesEnvironment(file('requirements.txt', 'requirements', 'pip-compile'))).toBe(false);
  expect(definesEnvironment(file('Pipfile.lock', 'pipfile.lock'))).toBe(false);
});

test("package-env's manifests are the formats it finds a runtime section in; the README lists deps --kind as the registry does", () => {
  const dependency = { name: 'a', normalized: 'a', ecosystem: 'pypi' as const, specifier: '', extras: [], editable: false, line: 2, group: 'main' };
  for (const f of packagingFormats) {
    const file = { path: f.names[0]!, kind: f.kind, dependencies: [{ ...dependency, file: f.names[0]! }] };
    expect([f.kind, runtimeSection(file, '[project]\ndependencies = ["a"]\n') !== undefined]).toEqual([f.kind, f.packageEnv?.edits === 'manifest']);
  }
  const readme = readFileSync(path.join(process.cwd(), 'README.md'), 'utf8');
  expect(readme).toContain(`\`--kind ${Object.keys(KINDS).join('\\|')}\``);
  expect(distinct(packagingFormats.flatMap((f) => (f.depsKind ? [f.depsKind] : [])))).toBe(true);
});
