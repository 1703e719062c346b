import { configuredTools, isToolFile, noxPrograms, programsIn, sphinxModules } from '../../../shared/drift/tool-uses.js';
import { declarationScopes, ownScope } from '../../../shared/drift/declaration-scope.js';
import { packagingKindOf } from '../../../shared/env/discover-packaging.js';
import type { PackagingFile } from '../../../shared/env/model.js';

test('the programs CI workflows, Makefiles, tox, Dockerfiles and MLproject run', () => {
  expect(isToolFile('.github/workflows/ci.yml')).toBe(true);
  expect(isToolFile('docs/Makefile')).toBe(true);
  expect(isToolFile('src/pkg/module.py')).toBe(false);
  const workflow = ['jobs:', '  lint:', '    steps:', '      - uses: actions/checkout@v4', '      - run: pre-commit run --all-files', '      - name: Test', '        run: |', '          python -m pytest -x', '          coverage report'].join('\n');
  expect(programsIn('.github/workflows/ci.yml', workflow)).toEqual(['pre-commit', 'python', 'pytest', 'coverage']);
  expect(programsIn('Makefile', 'style:\n\truff check .\n\t@black --check src\nall: style\n')).toEqual(['ruff', 'black']);
  expect(programsIn('tox.ini', '[testenv]\ncommands =\n    flake8 src\n    mypy src\n')).toEqual(['flake8', 'mypy']);
  expect(programsIn('Dockerfile', 'FROM python:3.11\nRUN pip install -r requirements.txt && gunicorn --version\nCMD ["uvicorn", "app:app"]\n')).toEqual(['pip', 'gunicorn', 'uvicorn']);
  expect(noxPrograms('@nox.session\ndef lint(session):\n    session.run("black", "--check", ".")\n')).toEqual(['black']);
});

test('tools a configuration configures, and the Sphinx extensions and theme docs/conf.py names', () => {
  expect(configuredTools('pyproject.toml', '[tool.black]\nline-length = 100\n[tool.isort]\n[[tool.mypy.overrides]]\n')).toEqual(['pyproject', 'black', 'isort', 'mypy']);
  expect(configuredTools('setup.cfg', '[flake8]\nmax-line-length = 100\n[tool:pytest]\naddopts = --cov=pkg\n')).toEqual(['setup', 'flake8', 'pytest', 'coverage']);
  expect(configuredTools('.pylintrc', undefined)).toEqual(['pylint']);
  expect(configuredTools('tasks.py', undefined)).toEqual(['invoke']);
  expect(configuredTools('.pre-commit-config.yaml', 'repos:\n  - repo: x\n    hooks:\n      - id: black\n')).toEqual(['pre-commit', 'black']);
  expect(sphinxModules("extensions = [\n    'sphinx.ext.autodoc',\n    \"myst_parser\",\n]\nextensions.append('nbsphinx')\nhtml_theme = 'pydata_sphinx_theme'\n")).toEqual([
    'sphinx.ext.autodoc',
    'myst_parser',
    'nbsphinx',
    'pydata_sphinx_theme',
  ]);
});

test('packaging files at any depth, by the names tools write; not in test data, templates or MLflow runs', () => {
  expect(packagingKindOf('projects/foo/setup.py')).toBe('setup.py');
  expect(packagingKindOf('docs/requirements.txt')).toBe('requirements');
  expect(packagingKindOf('requirements/fabric/test.txt')).toBe('requirements');
  expect(packagingKindOf('requirements-dev.in')).toBe('requirements');
  expect(packagingKindOf('requirements.lock')).toBe('requirements');
  expect(packagingKindOf('constraints-py310.txt')).toBe('requirements');
  expect(packagingKindOf('environment-gpu.yml')).toBe('conda');
  expect(packagingKindOf('conda-cpu.yaml')).toBe('conda');
  expect(packagingKindOf('conda-lock.yml')).toBeUndefined();
  expect(packagingKindOf('tests/fixtures/requirements.txt')).toBeUndefined();
  expect(packagingKindOf('{{cookiecutter.name}}/setup.py')).toBeUndefined();
  expect(packagingKindOf('mlruns/1/abc/artifacts/model/requirements.txt')).toBeUndefined();
  expect(packagingKindOf('notes.txt')).toBeUndefined();
});

test('a packaging file declares for the code below its folder; grouping folders stand for their parent; includes widen', () => {
  expect(ownScope('requirements.txt')).toBe('');
  expect(ownScope('requirements/fabric/test.txt')).toBe('');
  expect(ownScope('docs/requirements.txt')).toBe('docs');
  expect(ownScope('projects/a/ci/requirements.txt')).toBe('projects/a');
  const file = (path: string, includes: string[] = []): PackagingFile => ({ path, kind: 'requirements', dependencies: [], includes, channels: [], diagnostics: [] });
  const scopes = declarationScopes([file('requirements.txt', ['docs/base.txt']), file('docs/base.txt'), file('examples/a/requirements.txt')]);
  expect(Object.fromEntries(scopes)).toEqual({ 'requirements.txt': '', 'docs/base.txt': '', 'examples/a/requirements.txt': 'examples/a' });
});
