// Folders that a project's own configuration puts on sys.path, so that what sits in them is first-party: the
// package roots of setuptools (`package_dir`, `packages.find` `where`), Poetry (`packages` `from`), Hatch (wheel
// `packages`/`sources`), PDM (`package-dir`), maturin (`python-source`) and flit's `src/`, and the test roots of pytest
// (`rootdir`/`testpaths`/`pythonpath` in pytest.ini, tox.ini, setup.cfg, pyproject.toml). Each is read from the
// folder of a packaging file and applies to the code below that folder. Paths are root-relative, `/`-separated.

import { parse } from 'smol-toml';
import type { FileReader } from '../env/model.js';
import { readIni } from '../env/ini-file.js';
import { isTable, tomlGet, type TomlTable } from '../env/toml-document.js';
import { resolveInclude } from '../env/include-path.js';

const strings = (v: unknown): string[] => (typeof v === 'string' ? [v] : Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/** Root-relative folder of `relative` (as written in a file in `dir`), or undefined when it leaves the project. */
function under(dir: string, relative: string): string | undefined {
  const cleaned = relative.trim().replace(/\/+$/, '');
  if (cleaned === '' || cleaned === '.') return dir;
  return resolveInclude(dir ? `${dir}/x` : 'x', cleaned);
}

export interface ImportRoots {
  /** Where the project's packages live (`src`): code there is shipped. */
  packages: string[];
  /** What pytest puts on sys.path or collects from. */
  tests: string[];
}

function fromPyproject(text: string, tests: string[]): string[] {
  let data: TomlTable;
  try {
    data = parse(text);
  } catch {
    return []; // the packaging parser reports malformed TOML
  }
  const roots: string[] = [];
  const setuptools = tomlGet(data, ['tool', 'setuptools']);
  if (isTable(setuptools)) {
    const packageDir = tomlGet(setuptools, ['package-dir']);
    if (isTable(packageDir)) roots.push(...strings(packageDir['']));
    roots.push(...strings(tomlGet(setuptools, ['packages', 'find', 'where'])));
  }
  const poetry = tomlGet(data, ['tool', 'poetry', 'packages']);
  if (Array.isArray(poetry)) for (const p of poetry) if (isTable(p)) roots.push(...strings(p.from));
  for (const target of [['tool', 'hatch', 'build', 'targets', 'wheel'], ['tool', 'hatch', 'build']]) {
    for (const p of strings(tomlGet(data, [...target, 'packages']))) roots.push(p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '.');
    const sources = tomlGet(data, [...target, 'sources']);
    roots.push(...strings(sources));
    if (isTable(sources)) roots.push(...Object.keys(sources));
  }
  roots.push(...strings(tomlGet(data, ['tool', 'pdm', 'build', 'package-dir'])));
  roots.push(...strings(tomlGet(data, ['tool', 'maturin', 'python-source'])));
  if (isTable(tomlGet(data, ['tool', 'flit']))) roots.push('src');
  const pytest = tomlGet(data, ['tool', 'pytest', 'ini_options']);
  if (isTable(pytest)) for (const key of ['testpaths', 'pythonpath', 'rootdir']) tests.push(...strings(pytest[key]));
  return roots;
}

function fromIni(text: string, sections: string[], keys: string[]): string[] {
  const ini = readIni(text);
  const roots: string[] = [];
  for (const name of sections) {
    const section = ini.sections.get(name);
    if (!section) continue;
    for (const key of keys) {
      const option = section.options.get(key);
      if (!option) continue;
      for (const { text: value } of option.lines) {
        // `package_dir = =src` (one line or continued), `where = src`, `testpaths = tests integration`.
        const m = /^\s*=\s*(\S+)/.exec(value);
        if (key === 'package_dir') {
          if (m) roots.push(m[1]!);
        } else roots.push(...value.split(/[\s,]+/).filter(Boolean));
      }
    }
  }
  return roots;
}

function fromSetupPy(text: string): string[] {
  const roots: string[] = [];
  for (const m of text.matchAll(/package_dir\s*=\s*\{\s*(['"])\1\s*:\s*(['"])([^'"\n]*)\2/g)) roots.push(m[3]!);
  for (const m of text.matchAll(/find_(?:namespace_)?packages\(\s*(?:where\s*=\s*)?(['"])([^'"\n]+)\1/g)) roots.push(m[2]!);
  return roots;
}

const pytestKeys = ['testpaths', 'pythonpath', 'rootdir'];

/** The import roots declared by the configuration files in `dir` (root-relative, '' for the root). */
export function declaredImportRoots(dir: string, reader: FileReader): ImportRoots {
  const at = (name: string) => reader.read(dir ? `${dir}/${name}` : name);
  const packages: string[] = [];
  const tests: string[] = [];
  const pyproject = at('pyproject.toml');
  if (pyproject !== undefined) packages.push(...fromPyproject(pyproject, tests));
  const setupCfg = at('setup.cfg');
  if (setupCfg !== undefined) {
    packages.push(...fromIni(setupCfg, ['options'], ['package_dir']));
    packages.push(...fromIni(setupCfg, ['options.packages.find'], ['where']));
    tests.push(...fromIni(setupCfg, ['tool:pytest'], pytestKeys));
  }
  const setupPy = at('setup.py');
  if (setupPy !== undefined) packages.push(...fromSetupPy(setupPy));
  for (const ini of ['pytest.ini', 'tox.ini']) {
    const text = at(ini);
    if (text !== undefined) tests.push(...fromIni(text, ['pytest', 'tool:pytest'], pytestKeys));
  }
  const resolveAll = (found: string[]) => {
    const roots = new Set<string>();
    for (const r of found) {
      const resolved = under(dir, r);
      if (resolved !== undefined) roots.add(resolved === '.' ? '' : resolved);
    }
    return [...roots];
  };
  return { packages: resolveAll(packages), tests: resolveAll(tests) };
}
