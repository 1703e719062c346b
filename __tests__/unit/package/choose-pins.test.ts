import type { Dependency } from '../../../shared/env/model.js';
import { choosePin, pinFromVersion, readPackageEnvSettings, interpreterMayPin } from '../../../shared/package/choose-pins.js';
import { condaEntry, requirementLine, wantedFromDependency } from '../../../shared/package/package-entries.js';
import { condaToPep440, pep440ToCondaEntry } from '../../../shared/package/translate-specifier.js';

const dep = (fields: Partial<Dependency> & Pick<Dependency, 'name' | 'ecosystem'>): Dependency => ({
  normalized: fields.name.toLowerCase(),
  specifier: '',
  extras: [],
  editable: false,
  file: 'environment.yml',
  line: 7,
  group: 'main',
  ...fields,
});

describe('pin styles', () => {
  test.each([
    ['exact', '2.1.0+cu121', '==2.1.0+cu121'],
    ['compatible', '2.1.0+cu121', '~=2.1.0'],
    ['compatible', '7', '>=7'],
    ['lower-bound', '0.13.2', '>=0.13.2'],
    ['none', '0.13.2', ''],
  ] as const)('%s of %s is %j', (style, version, expected) => {
    expect(pinFromVersion(version, style)).toBe(expected);
  });
});

describe('choosePin', () => {
  const installed = new Map([['seaborn', '0.13.2'], ['scikit-learn', '1.3.2']]);

  test('with an interpreter: its installed version, in the style asked for', () => {
    expect(choosePin('seaborn', { style: 'exact', installed, declared: [] })).toEqual({ specifier: '==0.13.2', source: 'interpreter' });
    expect(choosePin('seaborn', { style: 'compatible', installed, declared: [] })).toEqual({ specifier: '~=0.13.2', source: 'interpreter' });
  });

  test('without one (or for a package it lacks): a constraint another file declares, translated from conda', () => {
    const declared = [{ pypi: 'scikit-learn', dependency: dep({ name: 'scikit-learn', ecosystem: 'conda', specifier: '1.2.*' }) }];
    expect(choosePin('scikit-learn', { style: 'none', declared })).toEqual({
      specifier: '==1.2.*',
      source: 'declared',
      declaredAt: { file: 'environment.yml', line: 7 },
    });
    expect(choosePin('matplotlib', { style: 'exact', installed, declared })).toEqual({ specifier: '', source: 'none' });
  });

  test('an installed version that a declared constraint excludes gives way to the constraint, so files agree', () => {
    const declared = [{ pypi: 'scikit-learn', dependency: dep({ name: 'scikit-learn', ecosystem: 'conda', specifier: '1.2.*' }) }];
    expect(choosePin('scikit-learn', { style: 'exact', installed, declared }).specifier).toBe('==1.2.*');
    const fits = [{ pypi: 'scikit-learn', dependency: dep({ name: 'scikit-learn', ecosystem: 'pypi', specifier: '>=1.3' }) }];
    expect(choosePin('scikit-learn', { style: 'exact', installed, declared: fits }).specifier).toBe('==1.3.2');
  });
});

describe('settings', () => {
  test('package-env: { pin, targets }', () => {
    expect(readPackageEnvSettings({ pin: 'compatible', targets: ['requirements.txt'] }, '.github/ml-hub.yml')).toEqual({
      settings: { pin: 'compatible', targets: ['requirements.txt'] },
      diagnostics: [],
    });
  });

  test('wrong values are diagnostics on the settings file', () => {
    const { settings, diagnostics } = readPackageEnvSettings({ pin: 'loose', targets: 'requirements.txt', prune: true }, '.github/ml-hub.yml');
    expect(settings).toEqual({});
    expect(diagnostics.map((d) => [d.file, d.message])).toEqual([
      ['.github/ml-hub.yml', 'package-env: pin must be one of exact, compatible, lower-bound, none, got "loose"'],
      ['.github/ml-hub.yml', 'package-env: targets must be a list of file paths'],
      ['.github/ml-hub.yml', 'package-env: unknown key prune'],
    ]);
  });
});

describe('between conda and PEP 440', () => {
  test.each([
    ['1.24.*', '==1.24.*'],
    ['==1.9', '==1.9'],
    ['>=1.2,<2', '>=1.2,<2'],
    ['', ''],
    ['>=1.8|<1.2', undefined],
    ['1.2*,>=1.2.1', '==1.2.*,>=1.2.1'],
  ])('conda %j is PEP 440 %j', (conda, pep440) => {
    expect(condaToPep440(conda)).toBe(pep440);
  });

  test.each([
    ['numpy', '==1.24.*', 'numpy=1.24'],
    ['numpy', '>=1.24,<2', 'numpy>=1.24,<2'],
    ['pytorch', '==2.1.0+cu121', 'pytorch==2.1.0'],
    ['scikit-learn', '~=1.3.2', 'scikit-learn~=1.3.2'],
    ['numpy', '', 'numpy'],
    ['numpy', '==dev', undefined],
  ])('%s %j is the conda entry %j', (name, specifier, entry) => {
    expect(pep440ToCondaEntry(name, specifier)).toBe(entry);
  });
});

describe('how a package is written on each side', () => {
  test('a PyPI package the conda table knows goes to conda under its conda name', () => {
    const torch = { pypi: 'torch', name: 'torch', extras: [], specifier: '>=2.1', because: 'imported at train.py:1' };
    expect(requirementLine(torch)).toEqual({ text: 'torch>=2.1', name: 'torch', specifier: '>=2.1', ecosystem: 'pypi' });
    expect(condaEntry(torch)).toEqual({ text: 'pytorch>=2.1', name: 'pytorch', specifier: '>=2.1', ecosystem: 'conda' });
  });

  test('a package the table does not know, or with extras, a marker or a URL, stays on the pip side', () => {
    expect(condaEntry({ pypi: 'requests', name: 'requests', extras: [], specifier: '', because: '' })).toBeUndefined();
    expect(condaEntry({ pypi: 'mlflow', name: 'mlflow', extras: ['extras'], specifier: '', because: '' })).toBeUndefined();
    const url = { pypi: 'tool', name: 'tool', extras: [], specifier: '', url: 'https://example.org/tool.whl', marker: 'python_version < "3.12"', because: '' };
    expect(requirementLine(url).text).toBe('tool @ https://example.org/tool.whl ; python_version < "3.12"');
  });

  test('a conda declaration copied to pip is translated; copied to conda it keeps its own spelling', () => {
    const wanted = wantedFromDependency(dep({ name: 'pytorch', ecosystem: 'conda', specifier: '2.1.*', channel: 'pytorch' }), 'declared at environment.yml:7');
    expect(requirementLine(wanted).text).toBe('torch==2.1.*');
    expect(condaEntry(wanted)?.text).toBe('pytorch::pytorch=2.1');
  });
});

describe('interpreterMayPin', () => {
  const at = (specifier: string) => ({ specifier, file: 'f', line: 1 });
  test.each([
    ['3.11.7', [], true],
    ['3.11.7', [at('3.11')], true], // conda python=3.11, .python-version
    ['3.8.10', [at('3.8.5')], true],
    ['3.12.1', [at('3.8.5')], false], // scipy from 3.12 needs Python >= 3.11: conda could not solve it
    ['3.11.7', [at('>=3.11')], true],
    ['3.12.1', [at('>=3.7')], false], // numpy 2 on a package that still supports 3.7
    ['3.10.2', [at('>=3.10,<3.13'), at('3.10')], true],
    ['3.11.7', [at('<4')], false], // no lower bound: any older Python is allowed
    ['3.9.1', [at('>=3.10')], false],
  ])('Python %s with %j: %s', (version, declared, ok) => {
    expect(interpreterMayPin(version, declared).ok).toBe(ok);
  });

  test('the reason names the declaration', () => {
    expect(interpreterMayPin('3.12.1', [{ specifier: '3.8.5', file: 'environment.yml', line: 6 }]).reason).toBe('the interpreter is Python 3.12.1, but environment.yml:6 declares Python 3.8.5');
  });
});
