import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { applyEdits } from '../../../shared/package/atomic-write.js';
import { addedMarker } from '../../../shared/package/edit-requirements.js';
import { planPackageEnv } from '../../../shared/package/plan-package-env.js';
import { renderPlanMarkdown } from '../../../shared/package/render-plan.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.join(here, '../../..');
const fixtures = path.join(here, '../../fixtures/package');

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A temporary project: a copy of `from` (if given) plus `files`. */
function project(from: string | undefined, files: Record<string, string> = {}): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ml-hub-package-env-'));
  made.push(dir);
  if (from) cpSync(from, dir, { recursive: true });
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

/** An executable that answers readInterpreterMetadata as a Python with these distributions would. */
function fakePython(dir: string, versions: Record<string, string>): string {
  const answer = {
    pythonVersion: '3.11.7',
    distributions: Object.entries(versions).map(([name, version]) => ({ name, normalized: name, version, importNames: [name === 'scikit-learn' ? 'sklearn' : name] })),
  };
  const file = path.join(dir, 'fake-python');
  writeFileSync(file, `#!/bin/sh\ncat <<'JSON'\n${JSON.stringify(answer)}\nJSON\n`);
  chmodSync(file, 0o755);
  return file;
}

const read = (dir: string, file: string) => readFileSync(path.join(dir, file), 'utf8');
const wineQuality = path.join(repo, 'examples/wine-quality');
const wineRequirements = readFileSync(path.join(wineQuality, 'requirements.txt'), 'utf8');

describe('the wine-quality example', () => {
  test('plans matplotlib and seaborn into both files, numpy into environment.yml (requests, unused, is not copied), and a setup.py', async () => {
    const dir = project(wineQuality);
    const { report, plan } = await planPackageEnv({ root: dir, env: {} });
    expect(report.undeclared.map((u) => u.module)).toEqual(['matplotlib', 'seaborn']);
    expect(plan.edits.map((e) => [e.path, e.before === undefined ? 'new' : 'edited'])).toEqual([
      ['requirements.txt', 'edited'],
      ['environment.yml', 'edited'],
      ['setup.py', 'new'],
    ]);
    const [requirements, environment] = plan.edits;
    expect(requirements!.after).toBe(`${wineRequirements}${addedMarker}\nmatplotlib\nseaborn\n`);
    expect(requirements!.reasons).toEqual(['added matplotlib (imported at train.py:10, train.py:13)', 'added seaborn (imported at random_forest.ipynb:28)']);
    expect(environment!.after).toBe(
      [
        'name: wine-quality',
        'channels:',
        '  - conda-forge',
        'dependencies:',
        '  - python=3.10',
        '  - pandas>=2.0',
        "  - scikit-learn=1.2    # conda: any 1.2.x, which requirements.txt's ==1.3.2 excludes",
        '  - matplotlib',
        '  - numpy>=1.24',
        '  - seaborn',
        '  - pip',
        '  - pip:',
        '      - mlflow>=2.10',
        '',
      ].join('\n'),
    );
    expect(environment!.reasons).toEqual([
      'added matplotlib (imported at train.py:10, train.py:13)',
      'added numpy>=1.24 (declared at requirements.txt:5)',
      'added seaborn (imported at random_forest.ipynb:28)',
    ]);
    expect(plan.added.map((a) => `${a.file}: ${a.ecosystem} ${a.name}${a.specifier}`)).toEqual([
      'requirements.txt: pypi matplotlib',
      'requirements.txt: pypi seaborn',
      'environment.yml: conda matplotlib',
      'environment.yml: conda numpy>=1.24',
      'environment.yml: conda seaborn',
    ]);
    expect(plan.keptUnused).toEqual([{ name: 'requests', file: 'requirements.txt', line: 8 }]);
    expect(plan.removed).toEqual([]);
    expect(plan.leftAlone).toEqual([]);
    expect(renderPlanMarkdown(plan, report)).toContain('| conflict | `scikit-learn` |');
  });

  test('applied, then planned again: nothing more to do', async () => {
    const dir = project(wineQuality);
    const first = await planPackageEnv({ root: dir, env: {} });
    await applyEdits(dir, first.plan.edits);
    const second = await planPackageEnv({ root: dir, env: {} });
    expect(second.plan.edits).toEqual([]);
    expect(second.report.undeclared.filter((u) => u.locations.some((l) => l.file !== 'setup.py'))).toEqual([]);
    expect(second.report.outOfSync).toEqual([]);
    expect(read(dir, 'requirements.txt')).toBe(first.plan.edits[0]!.after);
  });

  test('with an interpreter, additions are pinned to its versions; with prune, requests goes and is not copied', async () => {
    const dir = project(wineQuality);
    const python = fakePython(dir, { matplotlib: '3.8.2', seaborn: '0.13.1', 'scikit-learn': '1.3.2' });
    const { plan } = await planPackageEnv({ root: dir, env: {}, python, prune: true, targets: ['requirements.txt', 'environment.yml'] });
    expect(plan.edits[0]!.after).toBe(`${wineRequirements.replace('requests>=2.31\n', '')}${addedMarker}\nmatplotlib==3.8.2\nseaborn==0.13.1\n`);
    expect(plan.edits[1]!.after).toContain('  - matplotlib==3.8.2\n  - numpy>=1.24\n  - seaborn==0.13.1\n  - pip\n  - pip:\n      - mlflow>=2.10\n');
    expect(plan.edits[1]!.after).not.toContain('requests');
    expect(plan.removed).toEqual([{ name: 'requests', specifier: '>=2.31', ecosystem: 'pypi', file: 'requirements.txt', because: 'no code imports it' }]);
    expect(plan.keptUnused).toEqual([]);
    expect(plan.edits[0]!.reasons).toContain(`added seaborn==0.13.1 (imported at random_forest.ipynb:28; version installed in ${python})`);
  });

  test('the settings choose the pin style; targets limit the files', async () => {
    const dir = project(wineQuality, { '.github/ml-hub.yml': 'package-env:\n  pin: lower-bound\n  targets: [requirements.txt]\n' });
    const python = fakePython(dir, { matplotlib: '3.8.2', seaborn: '0.13.1' });
    const { plan } = await planPackageEnv({ root: dir, env: {}, python });
    expect(plan.edits.map((e) => e.path)).toEqual(['requirements.txt']);
    expect(plan.edits[0]!.after).toBe(`${wineRequirements}${addedMarker}\nmatplotlib>=3.8.2\nseaborn>=0.13.1\n`);
    expect(plan.leftAlone).toEqual([]); // environment.yml lacks numpy, but the targets leave it out
    const exact = await planPackageEnv({ root: dir, env: {}, python, pin: 'exact' });
    expect(exact.plan.edits[0]!.after).toContain('matplotlib==3.8.2\n');
  });
});

describe('files package-env does not write', () => {
  test('pip-compile output: requirements.in gets the addition, requirements.txt is left to pip-compile', async () => {
    const dir = project(path.join(fixtures, 'pip-compile'), { 'analysis.py': 'import numpy\nimport pandas\nimport seaborn\n' });
    const { plan } = await planPackageEnv({ root: dir, env: {}, targets: ['requirements.in', 'requirements.txt'] });
    expect(plan.edits.map((e) => [e.path, e.after])).toEqual([['requirements.in', `${read(dir, 'requirements.in')}${addedMarker}\nseaborn\n`]]);
    expect(plan.leftAlone).toEqual([{ path: 'requirements.txt', reason: 'pip-compile header: re-run pip-compile instead, after package-env edits requirements.in' }]);
  });

  test('hash-pinned requirements are left alone, with the reason', async () => {
    const dir = project(path.join(fixtures, 'hash-pinned'), { 'analysis.py': 'import numpy, pandas, seaborn\n' });
    const { plan } = await planPackageEnv({ root: dir, env: {}, targets: ['requirements.txt'] });
    expect(plan.edits).toEqual([]);
    expect(plan.leftAlone).toEqual([{ path: 'requirements.txt', reason: 'hash-pinned: every requirement has --hash: re-run pip-compile --generate-hashes instead' }]);
  });

  test('an exported environment and a malformed one are left alone; the requirements file is still edited', async () => {
    for (const [fixture, reason] of [
      ['exported', /^written by `conda env export`/],
      ['malformed', /^malformed: environment\.yml:4: /],
    ] as const) {
      const dir = project(path.join(fixtures, fixture), { 'requirements.txt': 'numpy\n', 'analysis.py': 'import numpy\nimport seaborn\n' });
      const { report, plan } = await planPackageEnv({ root: dir, env: {}, targets: ['requirements.txt', 'environment.yml'] });
      expect(plan.edits.map((e) => [e.path, e.after])).toEqual([['requirements.txt', `numpy\n${addedMarker}\nseaborn\n`]]);
      expect(plan.leftAlone).toEqual([{ path: 'environment.yml', reason: expect.stringMatching(reason) }]);
      if (fixture === 'malformed') expect(report.diagnostics).toContainEqual(expect.objectContaining({ code: 'conda/syntax', file: 'environment.yml', line: 4 }));
    }
  });

  test('a file kind it does not edit gets a left-alone line naming the packages to add by hand', async () => {
    const dir = project(undefined, {
      'pyproject.toml': '[project]\nname = "svc"\nversion = "1"\ndependencies = ["pandas>=2"]\n',
      'requirements.txt': 'pandas>=2\nnumpy\n',
      'svc.py': 'import pandas\nimport numpy\n',
    });
    const { plan } = await planPackageEnv({ root: dir, env: {} });
    expect(plan.edits).toEqual([]);
    expect(plan.leftAlone).toEqual([
      { path: 'pyproject.toml', reason: 'package-env does not edit pyproject files; declare numpy there by hand' },
      { path: 'setup.py', reason: 'pyproject.toml already declares what `pip install .` installs; a generated setup.py would compete with it' },
    ]);
  });
});

describe('conda projects', () => {
  test('a conda-only project gets a requirements.txt that agrees with environment.yml', async () => {
    const dir = project(undefined, {
      'environment.yml': 'name: vision\nchannels:\n  - pytorch\n  - conda-forge\ndependencies:\n  - python=3.11\n  - pytorch=2.1\n  - numpy>=1.24\n  - pip\n  - pip:\n      - timm==0.9.12\n',
      'train.py': 'import torch\nimport numpy as np\nimport timm\nimport seaborn\n',
    });
    const { plan } = await planPackageEnv({ root: dir, env: {}, targets: ['requirements.txt', 'environment.yml'] });
    expect(plan.edits.map((e) => [e.path, e.before === undefined, e.after])).toEqual([
      ['requirements.txt', true, `${addedMarker}\nnumpy>=1.24\nseaborn\ntimm==0.9.12\ntorch==2.1.*\n`],
      ['environment.yml', false, read(dir, 'environment.yml').replace('  - numpy>=1.24\n', '  - numpy>=1.24\n  - seaborn\n')],
    ]);
  });

  test('the conda file MLproject names is created when missing, with the declared Python', async () => {
    const dir = project(undefined, {
      MLproject: 'name: churn\nconda_env: conda.yaml\nentry_points:\n  main:\n    command: "python train.py"\n',
      '.python-version': '3.11\n',
      'requirements.txt': 'pandas>=2.0\nscikit-learn==1.3.2\n',
      'train.py': 'import pandas\nimport sklearn\nimport xgboost\n',
    });
    const { plan } = await planPackageEnv({ root: dir, env: {}, targets: ['requirements.txt', 'conda.yaml'] });
    expect(plan.edits.map((e) => [e.path, e.after])).toEqual([
      ['requirements.txt', `pandas>=2.0\nscikit-learn==1.3.2\n${addedMarker}\nxgboost\n`],
      ['conda.yaml', 'name: churn\nchannels:\n  - conda-forge\ndependencies:\n  - python=3.11\n  - pandas>=2.0\n  - scikit-learn==1.3.2\n  - py-xgboost\n'],
    ]);
  });

  test('an environment whose pip section reads requirements.txt gets its additions through it', async () => {
    const dir = project(path.join(fixtures, 'pip-include'));
    const { plan } = await planPackageEnv({ root: dir, env: {}, targets: ['requirements.txt', 'environment.yml'] });
    expect(plan.edits.map((e) => [e.path, e.after])).toEqual([['requirements.txt', `pandas>=2.0\n${addedMarker}\nseaborn\n`]]);
  });
});

test('a requirements record in the settings plans the dev container; a bad package-env setting is reported', async () => {
  const dir = project(wineQuality, { '.github/ml-hub.yml': 'requirements:\n  cpus: 4\n  memory: 16GB\npackage-env:\n  pin: tight\n' });
  const { report, plan } = await planPackageEnv({ root: dir, env: {} });
  expect(plan.edits.map((e) => e.path)).toEqual(['requirements.txt', 'environment.yml', 'setup.py', '.devcontainer/devcontainer.json']);
  expect(report.diagnostics).toContainEqual(
    expect.objectContaining({ code: 'config/invalid', file: '.github/ml-hub.yml', message: 'package-env: pin must be one of exact, compatible, lower-bound, none, got "tight"' }),
  );
});
