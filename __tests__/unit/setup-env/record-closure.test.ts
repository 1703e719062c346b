import { loadEnvironment } from '../../../shared/env/load-environment.js';
import type { InterpreterMetadata } from '../../../shared/scan/interpreter-metadata.js';
import type { MarkerEnvironment } from '../../../shared/setup-env/markers.js';
import { installerDistributions, recordClosure } from '../../../shared/setup-env/record-closure.js';
import { renderVerificationMarkdown, verifyEnvironment } from '../../../shared/setup-env/verify-environment.js';

const record = (files: Record<string, string>) => loadEnvironment(Object.keys(files), { read: (p) => files[p] }, { env: {} }).files;
const markers: MarkerEnvironment = { sys_platform: 'linux', python_version: '3.11', python_full_version: '3.11.9', os_name: 'posix', platform_system: 'Linux' };

/** Installed distributions as `name: [version, ...Requires-Dist lines]`, spelled as their metadata spells them. */
function installed(dists: Record<string, [string, ...string[]]>): InterpreterMetadata {
  return {
    pythonVersion: '3.11.9',
    distributions: Object.entries(dists).map(([name, [version, ...requires]]) => ({ name, normalized: name.toLowerCase().replace(/[-_.]+/g, '-'), version, importNames: [], requires })),
  };
}

const extraneousNames = (files: Record<string, string>, dists: Record<string, [string, ...string[]]>, installer = ['pip', 'setuptools']) => {
  const closure = recordClosure(record(files), installed(dists), markers, installer);
  return closure.known ? closure.extraneous.map((d) => d.name) : closure.reason;
};

describe('recordClosure: what the record accounts for in a venv', () => {
  test('declared packages, what they require (transitively), and the installer are kept; the rest is extraneous', () => {
    expect(
      extraneousNames(
        { 'requirements.txt': 'pandas==2.2.0\n' },
        {
          pandas: ['2.2.0', 'numpy>=1.23', 'python-dateutil>=2.8.2', 'tzdata>=2022.7'],
          numpy: ['1.26.4'],
          'python-dateutil': ['2.9.0', 'six>=1.5'],
          six: ['1.16.0'],
          tzdata: ['2024.1'],
          pip: ['24.0'],
          setuptools: ['69.0'],
          seaborn: ['0.13.2', 'matplotlib'],
          matplotlib: ['3.8.0'],
        },
      ),
    ).toEqual(['seaborn', 'matplotlib']);
  });

  test('requirements follow markers evaluated here and the extras asked for, extra names compared normalised', () => {
    const dists: Record<string, [string, ...string[]]> = {
      Black: ['24.1', 'click>=8', 'tomli ; python_version < "3.11"', 'colorama ; platform_system == "Windows"', 'aiohttp ; extra == "D"', 'uvloop ; extra == "Jupyter_Extra"'],
      click: ['8.1'],
      tomli: ['2.0'],
      colorama: ['0.4'],
      aiohttp: ['3.9', 'yarl'],
      yarl: ['1.9'],
      uvloop: ['0.19'],
    };
    expect(extraneousNames({ 'requirements.txt': 'black\n' }, dists, [])).toEqual(['tomli', 'colorama', 'aiohttp', 'yarl', 'uvloop']);
    expect(extraneousNames({ 'requirements.txt': 'black[d,jupyter-extra]\n' }, dists, [])).toEqual(['tomli', 'colorama']);
  });

  test('a declaration whose marker excludes this platform keeps nothing; an unreadable marker keeps its package', () => {
    expect(extraneousNames({ 'requirements.txt': 'pywin32 ; sys_platform == "win32"\nodd ; platform_release == "6.1"\n' }, { pywin32: ['306'], odd: ['1.0'] }, [])).toEqual(['pywin32']);
  });

  test('constraints and dev groups keep nothing; every file of the record counts', () => {
    const files = {
      'requirements.txt': 'numpy\n-c constraints.txt\n',
      'constraints.txt': 'urllib3<2\n',
      'pyproject.toml': '[project]\nname = "w"\ndependencies = ["requests"]\n[project.optional-dependencies]\ndev = ["pytest"]\n',
    };
    expect(extraneousNames(files, { numpy: ['1.26'], urllib3: ['1.26'], requests: ['2.31', 'urllib3<3'], pytest: ['8.0'], idna: ['3.6'] }, [])).toEqual(['pytest', 'idna']);
  });

  test('a declaration without a name (`-e .`, a bare path) makes the closure unknown rather than a guess', () => {
    const pyproject = '[project]\nname = "wine"\n';
    expect(extraneousNames({ 'requirements.txt': 'numpy\n-e .\n', 'pyproject.toml': pyproject }, { numpy: ['1.26'], wine: ['0.1'] })).toBe('requirements.txt:2 (.) installs a package that has no name in the record');
    expect(extraneousNames({ 'requirements.txt': 'https://files.example/wine-0.1.tar.gz\n' }, { wine: ['0.1'] })).toBe(
      'requirements.txt:1 (https://files.example/wine-0.1.tar.gz) installs a package that has no name in the record',
    );
    // A name written before `@` is the distribution's own.
    expect(extraneousNames({ 'requirements.txt': 'wine @ https://files.example/wine-0.1.tar.gz\n' }, { wine: ['0.1'], old: ['1'] }, [])).toEqual(['old']);
  });

  test('the installer a new venv brings: pip, and setuptools before Python 3.12; uv brings nothing', () => {
    expect(installerDistributions('venv', '3.11.9')).toEqual(['pip', 'setuptools']);
    expect(installerDistributions('venv', '3.12.1')).toEqual(['pip']);
    expect(installerDistributions('uv', '3.11.9')).toEqual([]);
  });
});

describe('verifyEnvironment reports extraneous packages', () => {
  test('listed under the version table, and not looked for in a conda environment', () => {
    const files = record({ 'requirements.txt': 'numpy==1.26.4\n' });
    const v = verifyEnvironment(files, installed({ numpy: ['1.26.4'], otherpkg: ['2.0'] }), markers, ['pip']);
    expect(v.extraneous.map((d) => d.name)).toEqual(['otherpkg']);
    expect(renderVerificationMarkdown(v)).toContain(
      '**1 installed package(s) are not in the record** (neither declared nor required by what is declared):\n\n| Package | Installed |\n| --- | --- |\n| otherpkg | 2.0 |',
    );
    expect(verifyEnvironment(files, installed({ numpy: ['1.26.4'], otherpkg: ['2.0'] }), markers).extraneous).toEqual([]);
  });
});
