import { loadEnvironment } from '../../../shared/env/load-environment.js';
import type { PackagingFile } from '../../../shared/env/model.js';
import { PlanError, planEnvironment, requirementLines, type EnvironmentPlan } from '../../../shared/setup-env/plan-environment.js';

function record(files: Record<string, string>): PackagingFile[] {
  return loadEnvironment(Object.keys(files), { read: (p) => files[p] }, { env: {} }).files;
}

const environmentYml = 'name: wine\ndependencies:\n  - python=3.11\n  - numpy\n';
const pyproject = '[project]\nname = "wine"\nrequires-python = ">=3.10"\ndependencies = ["pandas>=2", "torch ; sys_platform == \'linux\'"]\n[project.optional-dependencies]\ndev = ["pytest"]\n';

describe('planEnvironment', () => {
  test('a conda file and a conda tool on PATH make a conda environment from that file', () => {
    const plan = planEnvironment(record({ 'environment.yml': environmentYml, 'requirements.txt': 'numpy\n' }), 'auto', { uv: true, conda: 'micromamba' });
    expect(plan).toEqual({ manager: 'conda', tool: 'micromamba', file: 'environment.yml', python: [{ specifier: '3.11', file: 'environment.yml', line: 3 }], notes: [] });
  });

  test("MLflow's conda.yaml counts as the conda file", () => {
    const plan = planEnvironment(record({ 'conda.yaml': environmentYml }), 'auto', { uv: false, conda: 'conda' });
    expect(plan).toMatchObject({ manager: 'conda', file: 'conda.yaml' });
  });

  test('without a conda tool, requirements.txt in a venv, with a note saying why', () => {
    const plan = planEnvironment(record({ 'environment.yml': environmentYml, 'requirements.txt': 'numpy\n' }), 'auto', { uv: false });
    expect(plan).toEqual<EnvironmentPlan>({
      manager: 'venv',
      sources: [{ kind: 'file', path: 'requirements.txt' }],
      python: [{ specifier: '3.11', file: 'environment.yml', line: 3 }],
      notes: ['environment.yml needs conda, mamba or micromamba, and none is on PATH: using requirements.txt in a virtual environment instead'],
    });
  });

  test('a conda file alone, with no conda tool, cannot be recreated: the message says what to do', () => {
    expect(() => planEnvironment(record({ 'environment.yml': environmentYml }), 'auto', { uv: true })).toThrow(
      new PlanError('environment.yml needs conda, mamba or micromamba, and none is on PATH; set one up before this step, or record the pip packages in requirements.txt'),
    );
  });

  test('uv on PATH builds the venv with uv, unless manager: venv says pip', () => {
    const files = record({ 'requirements.txt': 'numpy\n' });
    expect(planEnvironment(files, 'auto', { uv: true }).manager).toBe('uv');
    expect(planEnvironment(files, 'venv', { uv: true }).manager).toBe('venv');
    expect(planEnvironment(files, 'auto', { uv: false }).manager).toBe('venv');
  });

  test('asking for a manager that is not there fails naming it', () => {
    const files = record({ 'requirements.txt': 'numpy\n' });
    expect(() => planEnvironment(files, 'uv', { uv: false })).toThrow('manager uv: uv is not on PATH');
    expect(() => planEnvironment(files, 'conda', { uv: false, conda: 'conda' })).toThrow('manager conda: the project has no conda environment file');
    expect(() => planEnvironment(record({ 'environment.yml': environmentYml }), 'conda', { uv: false })).toThrow('manager conda: none of mamba, conda, micromamba is on PATH');
  });

  test('manager: venv with a conda tool on PATH still builds a venv from requirements.txt', () => {
    const plan = planEnvironment(record({ 'environment.yml': environmentYml, 'requirements.txt': 'numpy\n' }), 'venv', { uv: false, conda: 'conda' });
    expect(plan).toMatchObject({ manager: 'venv', sources: [{ kind: 'file', path: 'requirements.txt' }], notes: [] });
  });

  test('requirements.txt comes before every other format', () => {
    const plan = planEnvironment(record({ 'requirements.txt': 'numpy\n', 'pyproject.toml': pyproject, Pipfile: '[packages]\nrequests = "*"\n' }), 'auto', { uv: false });
    expect(plan).toMatchObject({ sources: [{ kind: 'file', path: 'requirements.txt' }] });
  });

  test("pyproject.toml alone: its main dependencies become a requirements file; extras and build requirements stay out", () => {
    const plan = planEnvironment(record({ 'pyproject.toml': pyproject }), 'auto', { uv: false });
    expect(plan).toEqual<EnvironmentPlan>({
      manager: 'venv',
      sources: [{ kind: 'generated', from: 'pyproject.toml', lines: ['pandas>=2', "torch ; sys_platform == 'linux'"] }],
      python: [{ specifier: '>=3.10', file: 'pyproject.toml', line: 3 }],
      notes: [],
    });
  });

  test('Pipfile.lock wins over Pipfile, with its exact versions and its index', () => {
    const lock = JSON.stringify({
      _meta: { sources: [{ name: 'corp', url: 'https://pypi.corp.example/simple', verify_ssl: true }] },
      default: { numpy: { version: '==1.26.4' } },
      develop: { pytest: { version: '==8.0.0' } },
    });
    const plan = planEnvironment(record({ Pipfile: '[packages]\nnumpy = "*"\n', 'Pipfile.lock': lock }), 'auto', { uv: false });
    expect(plan).toMatchObject({ sources: [{ kind: 'generated', from: 'Pipfile.lock', lines: ['--index-url https://pypi.corp.example/simple', 'numpy==1.26.4'] }] });
  });

  test('a pyproject.toml that declares nothing is passed over for setup.py', () => {
    const plan = planEnvironment(record({ 'pyproject.toml': '[tool.black]\nline-length = 100\n', 'setup.py': 'from setuptools import setup\nsetup(name="w", install_requires=["scipy<2"])\n' }), 'auto', { uv: false });
    expect(plan).toMatchObject({ sources: [{ kind: 'generated', from: 'setup.py', lines: ['scipy<2'] }] });
  });

  test('nothing declared: an interpreter-only venv, and a note', () => {
    expect(planEnvironment([], 'auto', { uv: false })).toEqual({ manager: 'venv', sources: [], python: [], notes: ['no packaging file declares packages to install: the environment holds only the interpreter'] });
  });
});

describe('requirementLines', () => {
  test('extras, direct references, editable paths and markers as pip reads them', () => {
    const [file] = record({
      'pyproject.toml': '[project]\nname = "w"\ndependencies = ["Scikit_Learn[alldeps]>=1.3,<2", "tool @ https://example.com/tool-1.0-py3-none-any.whl ; python_version < \'3.12\'"]\n',
    });
    expect(requirementLines(file!)).toEqual(['Scikit_Learn[alldeps]>=1.3,<2', "tool @ https://example.com/tool-1.0-py3-none-any.whl ; python_version < '3.12'"]);
  });
});
