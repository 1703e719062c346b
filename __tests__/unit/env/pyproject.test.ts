import { parsePyproject } from '../../../shared/env/pyproject.js';
import { fixtureReader, fixtureText, memoryReader, summary } from './packaging-fixtures.js';

const parse = (text: string, file = 'pyproject.toml') => {
  const files = parsePyproject(file, text, memoryReader());
  expect(files).toHaveLength(1);
  return files[0]!;
};

describe('a Poetry pyproject.toml', () => {
  const file = parsePyproject('pyproject.toml', fixtureText('pyproject-poetry', 'pyproject.toml'), fixtureReader('pyproject-poetry'))[0]!;

  test('name, python from the python dependency, explicit source as an extra index', () => {
    expect(file.kind).toBe('pyproject');
    expect(file.name).toBe('speech-lab');
    expect(file.python).toEqual({ specifier: '>=3.10,<4.0', file: 'pyproject.toml', line: 10 });
    expect(file.index).toEqual({
      extraIndexUrls: ['https://download.pytorch.org/whl/cu121'],
      findLinks: [],
      noIndex: false,
      trustedHosts: [],
    });
    expect(file.includes).toEqual([]);
  });

  test('constraints in PEP 440, table forms, multiple constraints, groups and extras', () => {
    expect(file.dependencies.map(summary)).toEqual([
      'pyproject.toml:52 build poetry-core>=1.0.0',
      'pyproject.toml:11 main torch>=2.1,<2.2',
      'pyproject.toml:12 main torchaudio>=2.1,<2.2',
      'pyproject.toml:13 main transformers[torch,sentencepiece]>=4.35.2,<5.0.0',
      'pyproject.toml:15 main numpy<1.25 ; python_version < "3.11"',
      'pyproject.toml:16 main numpy>=1.26,<2.0 ; python_version >= "3.11"',
      'pyproject.toml:18 main librosa==0.10.*',
      'pyproject.toml:19 main soundfile',
      'pyproject.toml:21 main whisper @ git+https://github.com/openai/whisper.git@v20231117',
      'pyproject.toml:22 main local-utils @ ../local-utils (editable)',
      'pyproject.toml:23 main protobuf>=3.20,<5.0',
      'pyproject.toml:41 dev black>=23.11,<24.0',
      'pyproject.toml:31 dev pytest>=7.4,<8.0',
      'pyproject.toml:32 dev ruff==0.1.6',
      'pyproject.toml:38 notebooks jupyterlab>=4.0,<5.0',
      'pyproject.toml:20 diarization pyannote-audio>=3.0,<4.0',
      "pyproject.toml:24 gpu tensorrt==8.6.1 ; sys_platform == 'linux'",
    ]);
  });

  test('an "or" constraint is widened with a notice; [tool.ml-hub] is not read', () => {
    expect(file.diagnostics).toEqual([
      {
        severity: 'notice',
        code: 'pyproject/or-constraint',
        message:
          'protobuf: PEP 440 has no "or", so "^3.20 || ^4.24" is checked as ">=3.20,<5.0", which also admits the versions between its alternatives',
        file: 'pyproject.toml',
        line: 23,
      },
    ]);
  });
});

describe('a PEP 621 + PEP 735 pyproject.toml', () => {
  const file = parsePyproject('pyproject.toml', fixtureText('pyproject-pep621', 'pyproject.toml'), fixtureReader('pyproject-pep621'))[0]!;

  test('requires-python and name', () => {
    expect(file.name).toBe('tabnet-lightning');
    expect(file.python).toEqual({ specifier: '>=3.9,<3.13', file: 'pyproject.toml', line: 9 });
  });

  test('build requirements, dependencies, extras and groups with include-group resolved', () => {
    expect(file.dependencies.map(summary)).toEqual([
      'pyproject.toml:2 build setuptools>=68',
      'pyproject.toml:2 build setuptools-scm>=8',
      'pyproject.toml:2 build wheel',
      'pyproject.toml:13 main torch>=2.0',
      'pyproject.toml:14 main lightning>=2.1,<2.3',
      'pyproject.toml:15 main pandas',
      'pyproject.toml:16 main scikit-learn>=1.2 ; python_version >= "3.10"',
      'pyproject.toml:17 main hydra-core==1.3.2',
      'pyproject.toml:21 tracking mlflow>=2.8',
      'pyproject.toml:21 tracking wandb',
      'pyproject.toml:23 onnx onnx>=1.15',
      "pyproject.toml:24 onnx onnxruntime-gpu>=1.16 ; sys_platform == 'linux'",
      'pyproject.toml:31 test pytest>=7.4',
      'pyproject.toml:31 test pytest-xdist',
      'pyproject.toml:32 lint ruff==0.4.4',
      'pyproject.toml:32 lint mypy>=1.8',
      'pyproject.toml:31 dev pytest>=7.4',
      'pyproject.toml:31 dev pytest-xdist',
      'pyproject.toml:32 dev ruff==0.4.4',
      'pyproject.toml:32 dev mypy>=1.8',
      'pyproject.toml:36 dev ipykernel',
    ]);
    expect(file.diagnostics).toEqual([]);
  });
});

describe('pyproject.toml details', () => {
  test('malformed TOML is a syntax diagnostic at the line smol-toml reports', () => {
    const file = parse('[project]\nname = "x"\ndependencies = [\n  "a",\n  "b"\n  "c",\n]\n');
    expect(file.dependencies).toEqual([]);
    expect(file.diagnostics).toMatchObject([{ severity: 'error', code: 'pyproject/syntax', file: 'pyproject.toml', line: 6 }]);
  });

  test('dynamic dependencies from files become includes, relative to the pyproject', () => {
    const file = parse(
      [
        '[project]',
        'name = "x"',
        'dynamic = ["dependencies", "optional-dependencies"]',
        '[tool.setuptools.dynamic]',
        'dependencies = { file = ["requirements.in"] }',
        'optional-dependencies.dev = { file = "requirements-dev.txt" }',
      ].join('\n'),
      'svc/pyproject.toml',
    );
    expect(file.includes).toEqual(['svc/requirements.in', 'svc/requirements-dev.txt']);
    expect(file.diagnostics).toEqual([]);
  });

  test('dynamic dependencies with no known source get a notice at the dynamic entry', () => {
    const file = parse('[project]\nname = "x"\ndynamic = [\n  "version",\n  "dependencies",\n]\n');
    expect(file.diagnostics).toMatchObject([{ severity: 'notice', code: 'pyproject/dynamic-dependencies', line: 5 }]);
  });

  test('dependencies both declared and dynamic is an error', () => {
    const file = parse('[project]\ndynamic = ["dependencies"]\ndependencies = ["a"]\n');
    expect(file.diagnostics).toMatchObject([{ severity: 'error', code: 'pyproject/schema', line: 3 }]);
  });

  test('include-group cycles and unknown groups are reported at the include', () => {
    const file = parse(
      ['[dependency-groups]', 'a = ["x", {include-group = "b"}]', 'b = [', '  "y",', '  {include-group = "A"},', ']', 'c = [{include-group = "nope"}]'].join('\n'),
    );
    expect(file.diagnostics.map((d) => [d.code, d.line, d.message])).toEqual([
      ['pyproject/dependency-group-cycle', 5, 'dependency groups include each other: a → b → a'],
      ['pyproject/unknown-dependency-group', 7, 'dependency group "c" includes "nope", which does not exist'],
    ]);
    expect(file.dependencies.map(summary)).toEqual([
      'pyproject.toml:2 a x',
      'pyproject.toml:4 a y',
      'pyproject.toml:4 b y',
    ]);
  });

  test('bad requirements and wrong types are errors at their own lines; the rest is read', () => {
    const file = parse(['[project]', 'dependencies = [', '  "ok",', '  "not ok!",', '  3,', ']', 'requires-python = 3'].join('\n'));
    expect(file.dependencies.map(summary)).toEqual(['pyproject.toml:3 main ok']);
    expect(file.diagnostics.map((d) => [d.code, d.line])).toEqual([
      ['pyproject/schema', 7],
      ['pyproject/requirement', 4],
      ['pyproject/schema', 5],
    ]);
  });

  test('Poetry: bad constraints, unknown extras and optional dependencies no extra names', () => {
    const file = parse(
      [
        '[tool.poetry.dependencies]',
        'python = ">=3.9 || <3"',
        'a = "^x"',
        'b = { version = "^1", optional = true }',
        'c = { git = "git@github.com:org/c.git", branch = "main" }',
        '[tool.poetry.extras]',
        'e = ["zzz"]',
      ].join('\n'),
    );
    expect(file.dependencies.map(summary)).toEqual(['pyproject.toml:5 main c @ git+ssh://git@github.com/org/c.git@main']);
    expect(file.python?.specifier).toBe('');
    expect(file.diagnostics.map((d) => [d.code, d.line])).toEqual([
      ['pyproject/or-constraint', 2],
      ['pyproject/constraint', 3],
      ['pyproject/unknown-extra-dependency', 7],
      ['pyproject/unused-optional', 4],
    ]);
  });

  test('Poetry 2: [project] dependencies win over [tool.poetry.dependencies]', () => {
    const file = parse(['[project]', 'dependencies = ["a>=1"]', 'requires-python = ">=3.10"', '[tool.poetry.dependencies]', 'python = "^3.9"', 'a = { source = "internal" }'].join('\n'));
    expect(file.dependencies.map(summary)).toEqual(['pyproject.toml:2 main a>=1']);
    expect(file.python?.specifier).toBe('>=3.10');
  });

  test('uv and PDM development dependencies', () => {
    const file = parse(['[tool.uv]', 'dev-dependencies = ["pytest"]', '[tool.pdm.dev-dependencies]', 'lint = ["ruff"]'].join('\n'));
    expect(file.dependencies.map(summary)).toEqual(['pyproject.toml:2 dev pytest', 'pyproject.toml:4 lint ruff']);
  });
});
