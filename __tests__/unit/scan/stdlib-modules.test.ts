import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { STDLIB_MINORS, isStdlibModule, stdlibModules, stdlibVersionFor } from '../../../shared/scan/stdlib-modules.js';

const run = promisify(execFile);

/** The interpreter's own `major.minor` and `sys.stdlib_module_names`. */
async function askPython(python: string): Promise<{ version: string; names: string[] }> {
  const { stdout } = await run(python, [
    '-c',
    'import sys, json; print(json.dumps(["%d.%d" % sys.version_info[:2], sorted(sys.stdlib_module_names)]))',
  ]);
  const [version, names] = JSON.parse(stdout) as [string, string[]];
  return { version, names };
}

/** Other CPython builds on this machine (pyenv), 3.10 and later, which have sys.stdlib_module_names. */
function pyenvInterpreters(): string[] {
  const versions = path.join(process.env.PYENV_ROOT ?? path.join(homedir(), '.pyenv'), 'versions');
  if (!existsSync(versions)) return [];
  return readdirSync(versions)
    .filter((v) => /^3\.(1\d)\.\d+$/.test(v))
    .map((v) => path.join(versions, v, 'bin', 'python3'))
    .filter((python) => existsSync(python));
}

describe('stdlib module lists', () => {
  // python3 is CPython 3.11 on the development machines and CI.
  test("the machine's python3 agrees exactly with the list for its version", async () => {
    const { version, names } = await askPython('python3');
    expect([...stdlibModules(version)].sort()).toEqual(names);
  });

  test.each(pyenvInterpreters())('%s agrees exactly with the list for its version', async (python) => {
    const { version, names } = await askPython(python);
    expect([...stdlibModules(version)].sort()).toEqual(names);
  });

  test('modules added and removed across versions', () => {
    expect(isStdlibModule('tomllib', '3.10')).toBe(false);
    expect(isStdlibModule('tomllib', '3.11')).toBe(true);
    for (const module of ['graphlib', 'zoneinfo']) {
      expect(isStdlibModule(module, '3.8')).toBe(false);
      expect(isStdlibModule(module, '3.9')).toBe(true);
    }
    for (const module of ['distutils', 'imp', 'asynchat', 'asyncore', 'smtpd']) {
      expect(isStdlibModule(module, '3.11')).toBe(true);
      expect(isStdlibModule(module, '3.12')).toBe(false);
    }
    // PEP 594's dead batteries, and lib2to3, left in 3.13.
    const pep594 = ['aifc', 'audioop', 'cgi', 'cgitb', 'chunk', 'crypt', 'imghdr', 'mailcap', 'msilib', 'nis', 'nntplib',
      'ossaudiodev', 'pipes', 'sndhdr', 'spwd', 'sunau', 'telnetlib', 'uu', 'xdrlib', 'lib2to3'];
    for (const module of pep594) {
      expect(isStdlibModule(module, '3.12')).toBe(true);
      expect(isStdlibModule(module, '3.13')).toBe(false);
    }
    expect(isStdlibModule('binhex', '3.10')).toBe(true);
    expect(isStdlibModule('binhex', '3.11')).toBe(false);
    for (const module of ['formatter', 'parser', 'symbol']) {
      expect(isStdlibModule(module, '3.9')).toBe(true);
      expect(isStdlibModule(module, '3.10')).toBe(false);
    }
    expect(isStdlibModule('dummy_threading', '3.8')).toBe(true);
    expect(isStdlibModule('dummy_threading', '3.9')).toBe(false);
    for (const module of ['annotationlib', 'compression']) {
      expect(isStdlibModule(module, '3.13')).toBe(false);
      expect(isStdlibModule(module, '3.14')).toBe(true);
    }
  });

  test('modules present in every version stay present', () => {
    for (const minor of STDLIB_MINORS) {
      for (const module of ['os', 'sys', 'json', 'asyncio', 'typing', 'sqlite3', 'tkinter', 'winreg', '__future__']) {
        expect(isStdlibModule(module, `3.${minor}`)).toBe(true);
      }
    }
  });

  test('private modules are stdlib only when CPython ships them', () => {
    expect(isStdlibModule('_thread', '3.11')).toBe(true);
    expect(isStdlibModule('_collections_abc', '3.8')).toBe(true);
    expect(isStdlibModule('_tokenize', '3.10')).toBe(false);
    expect(isStdlibModule('_tokenize', '3.11')).toBe(true);
    expect(isStdlibModule('_pytest', '3.11')).toBe(false);
    expect(isStdlibModule('_utils', '3.11')).toBe(false);
  });

  test('a submodule counts as its top-level module', () => {
    expect(isStdlibModule('os.path', '3.11')).toBe(true);
    expect(isStdlibModule('xml.etree.ElementTree', '3.8')).toBe(true);
    expect(isStdlibModule('concurrent.futures', '3.14')).toBe(true);
    expect(isStdlibModule('sklearn.ensemble', '3.11')).toBe(false);
    // Only the top-level name matters: `json5` is not `json`, `ospath` is not `os`.
    expect(isStdlibModule('json5', '3.11')).toBe(false);
    expect(isStdlibModule('', '3.11')).toBe(false);
  });

  test('patch versions and versions outside 3.8–3.14', () => {
    expect(stdlibModules('3.11.7')).toBe(stdlibModules('3.11'));
    expect(stdlibModules('3.14.0rc1')).toBe(stdlibModules('3.14'));
    expect(stdlibModules('3.7')).toBe(stdlibModules('3.8'));
    expect(stdlibModules('2.7')).toBe(stdlibModules('3.8'));
    expect(stdlibModules('3.20')).toBe(stdlibModules('3.14'));
    expect(() => stdlibModules('latest')).toThrow('not a Python version');
  });
});

describe('stdlibVersionFor', () => {
  test.each([
    [undefined, '3.14'],
    ['', '3.14'],
    ['  ', '3.14'],
    ['not a version', '3.14'],
    ['*', '3.8'],
    ['>=3.9', '3.9'],
    ['>= 3.9', '3.9'],
    ['>=3.9.2', '3.9'],
    ['>3.9', '3.9'],
    ['3.11', '3.11'],
    ['3.11.4', '3.11'],
    ['3.12.*', '3.12'],
    ['==3.12.*', '3.12'],
    ['~=3.10', '3.10'],
    ['~=3.10.2', '3.10'],
    ['>=3.8,<3.12', '3.8'],
    ['<3.12, >=3.10', '3.10'],
    ['>=3.8,!=3.8.*', '3.9'],
    ['>=3.8 <3.12', '3.8'],
    ['^3.10', '3.10'],
    ['~3.11', '3.11'],
    ['^3.12 || ^3.9', '3.9'],
    ['=3.10', '3.10'],
    ['python>=3.10', '3.10'],
    ['python-3.11.9', '3.11'],
    // Outside the covered range: clamp toward the versions it admits.
    ['3.7', '3.8'],
    ['<3.8', '3.8'],
    ['2.7', '3.8'],
    ['>=3.15', '3.14'],
    ['>=4', '3.14'],
  ])('%j → %s', (specifier, expected) => {
    expect(stdlibVersionFor(specifier)).toBe(expected);
  });
});
