import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCondaEnvironment } from '../../../shared/env/conda.js';
import { condaToPypi } from '../../../shared/env/conda-names.js';
import { workingTreeReader } from '../../../shared/env/file-readers.js';
import type { Dependency, FileReader, PackagingFile } from '../../../shared/env/model.js';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/conda');
const reader = workingTreeReader(fixtures);

function parseFixture(file: string, env: Record<string, string | undefined> = {}): PackagingFile[] {
  return parseCondaEnvironment(file, reader.read(file)!, reader, { env });
}

const noFiles: FileReader = { read: () => undefined };
const parseText = (text: string) => parseCondaEnvironment('environment.yml', text, noFiles)[0]!;
const dep = (file: PackagingFile, normalized: string): Dependency | undefined => file.dependencies.find((d) => d.normalized === normalized);
const codes = (file: PackagingFile) => file.diagnostics.map((d) => `${d.code}@${d.line}`);
/** What this parser reports; the pip section's own findings are the requirements parser's to test. */
const condaDiagnostics = (file: PackagingFile) => file.diagnostics.filter((d) => d.code.startsWith('conda/'));

describe('the seed story environment.yml', () => {
  const [env, ...rest] = parseFixture('seed-story/environment.yml');

  test('name, channels and python', () => {
    expect(rest).toEqual([]);
    expect(env!.kind).toBe('conda');
    expect(env!.name).toBe('end-to-end-solutions');
    expect(env!.channels).toEqual(['python']);
    expect(env!.python).toEqual({ specifier: '3.7', file: 'seed-story/environment.yml', line: 5 });
    expect(dep(env!, 'python')).toBeUndefined();
  });

  test('conda dependencies keep their name, line and conda version spec', () => {
    const conda = env!.dependencies.filter((d) => d.ecosystem === 'conda');
    expect(conda.map((d) => [d.name, d.normalized, d.specifier, d.line, d.group])).toEqual([
      ['numpy', 'numpy', '1.9.*', 6, 'main'],
      ['pyTorch', 'pytorch', '2.8.*', 7, 'main'],
      ['tensorflow', 'tensorflow', '', 8, 'main'],
    ]);
    expect(condaToPypi(dep(env!, 'pytorch')!.normalized)).toBe('torch');
  });

  test('the pip section is a PyPI requirement at its YAML line', () => {
    const jtest = dep(env!, 'jtest')!;
    expect(jtest).toMatchObject({ name: 'jtest', ecosystem: 'pypi', specifier: '', file: 'seed-story/environment.yml', line: 10 });
  });

  test('conda warns that pip itself is not listed, and so do we', () => {
    expect(codes(env!)).toEqual(['conda/pip-not-listed@9']);
  });
});

test("MLflow's conda.yaml (keys sorted, lists not indented)", () => {
  const [env, ...rest] = parseFixture('mlflow-model/conda.yaml');
  expect(rest).toEqual([]);
  expect(env!.name).toBe('mlflow-env');
  expect(env!.channels).toEqual(['conda-forge']);
  expect(env!.python).toEqual({ specifier: '3.10.12', file: 'mlflow-model/conda.yaml', line: 4 });
  expect(env!.generated).toBeUndefined();
  expect(condaDiagnostics(env!)).toEqual([]);
  expect(env!.dependencies.map((d) => [d.ecosystem, d.normalized, d.specifier, d.line])).toEqual([
    ['conda', 'pip', '<=23.2.1', 5],
    ['pypi', 'mlflow', '==2.6.0', 7],
    ['pypi', 'cloudpickle', '==2.2.1', 8],
    ['pypi', 'numpy', '==1.25.2', 9],
    ['pypi', 'pandas', '==2.0.3', 10],
    ['pypi', 'scikit-learn', '==1.3.0', 11],
    ['pypi', 'scipy', '==1.11.2', 12],
  ]);
});

test('an exported environment (prefix, builds on every entry) is generated', () => {
  const [env] = parseFixture('exported/environment.yml');
  expect(env!.generated).toContain('conda env export');
  expect(env!.generated).toContain('/home/sarah/miniconda3/envs/wine-quality');
  expect(env!.name).toBe('wine-quality');
  expect(env!.channels).toEqual(['conda-forge', 'defaults']);
  expect(env!.python).toEqual({ specifier: '==3.10.12', file: 'exported/environment.yml', line: 18 });
  expect(dep(env!, 'numpy')).toMatchObject({ specifier: '==1.25.2', build: 'py310ha4c1d20_0', line: 15 });
  expect(dep(env!, '_libgcc_mutex')).toMatchObject({ specifier: '==0.1', build: 'conda_forge' });
  expect(dep(env!, 'mlflow')).toMatchObject({ ecosystem: 'pypi', specifier: '==2.6.0', line: 24 });
  expect(condaDiagnostics(env!)).toEqual([]);
});

test('builds pinned on every entry mark the file generated even without prefix', () => {
  const [env] = parseFixture('export-no-prefix/environment.yml');
  expect(env!.generated).toBe('every dependency pins a version and build string, as `conda env export` writes');
});

describe('every MatchSpec form in one file', () => {
  const [env] = parseFixture('forms/environment.yml');
  const spec = (name: string) => {
    const d = dep(env!, name)!;
    return { specifier: d.specifier, channel: d.channel, build: d.build, line: d.line };
  };

  test('each entry', () => {
    expect(env!.python).toMatchObject({ specifier: '>=3.9,<3.12', line: 10 });
    expect(spec('numpy')).toEqual({ specifier: '', channel: undefined, build: undefined, line: 11 });
    expect(spec('scipy')).toMatchObject({ specifier: '1.11.*', line: 12 });
    expect(spec('pandas')).toMatchObject({ specifier: '2.1.*' });
    expect(spec('scikit-learn')).toMatchObject({ specifier: '==1.3.2' });
    expect(spec('matplotlib-base')).toMatchObject({ specifier: '>=3.7,<4' });
    expect(spec('pyarrow')).toMatchObject({ specifier: '==14.0.1', build: 'py311h39c9aba_0' });
    expect(spec('h5py')).toMatchObject({ specifier: '==3.10.0', build: 'nompi_py311h3839ddf_100' });
    expect(spec('pytorch')).toMatchObject({ specifier: '2.1.*', channel: 'conda-forge' });
    expect(spec('cudatoolkit')).toMatchObject({ specifier: '11.8.*', channel: 'conda-forge' });
    expect(spec('xgboost')).toMatchObject({ specifier: '>=1.7', build: 'cuda*', line: 20 });
    expect(spec('opencv')).toMatchObject({ specifier: '>=4.8|<3' });
    expect(dep(env!, 'pyyaml')).toMatchObject({ name: 'PyYAML', ecosystem: 'conda' });
    expect(spec('pip')).toMatchObject({ specifier: '23.*' });
    expect(spec('libopencv')).toMatchObject({ specifier: '', line: 25 });
    expect(env!.channels).toEqual(['conda-forge', 'nodefaults']);
    expect(env!.generated).toBeUndefined();
  });

  test('a bad entry is a diagnostic at its line and column; the rest is still read', () => {
    expect(env!.diagnostics).toHaveLength(1);
    expect(env!.diagnostics[0]).toMatchObject({ severity: 'error', code: 'conda/matchspec', file: 'forms/environment.yml', line: 24, column: 10 });
    expect(env!.diagnostics[0]!.message).toContain("'numpy=1.9=py38_0=extra'");
    expect(env!.dependencies.filter((d) => d.normalized === 'numpy')).toHaveLength(1);
  });
});

test('the pip section reads -r files relative to the environment file, and index options', () => {
  const [env, ...included] = parseFixture('pip-include/environment.yml', {});
  expect(env!.includes).toEqual(['pip-include/requirements/base.txt']);
  expect(env!.index?.indexUrl).toBe('https://pypi.org/simple');
  expect(dep(env!, 'torch')).toMatchObject({ ecosystem: 'pypi', specifier: '==2.1.0', line: 10 });
  expect(env!.python?.specifier).toBe('3.11');
  expect(included.map((f) => f.path)).toEqual(['pip-include/requirements/base.txt']);
  expect(included[0]!.dependencies.map((d) => [d.normalized, d.specifier, d.line])).toEqual([
    ['requests', '>=2.31', 1],
    ['pyyaml', '==6.0.1', 2],
  ]);
});

test('`${VAR}` in the pip section is read as pip expands it and kept as written', () => {
  const text = 'dependencies:\n  - pip\n  - pip:\n      - --extra-index-url https://${PRIVATE_HOST}/simple\n      - torch==${TORCH}\n';
  const [env] = parseCondaEnvironment('environment.yml', text, noFiles, { env: { PRIVATE_HOST: 'pkgs.example.org', TORCH: '2.1.0' } });
  expect(env!.index?.extraIndexUrls).toEqual(['https://${PRIVATE_HOST}/simple']);
  expect(dep(env!, 'torch')).toMatchObject({ specifier: '==${TORCH}', line: 5 });
  expect(env!.diagnostics).toEqual([]);
});

test('malformed YAML is one syntax error at the line YAML stops', () => {
  const [env, ...rest] = parseFixture('broken/environment.yml');
  expect(rest).toEqual([]);
  expect(env!.dependencies).toEqual([]);
  expect(env!.diagnostics.length).toBeGreaterThan(0);
  for (const d of env!.diagnostics) {
    expect(d).toMatchObject({ severity: 'error', code: 'conda/syntax', file: 'broken/environment.yml' });
    expect(d.line).toBeGreaterThanOrEqual(6);
    expect(d.line).toBeLessThanOrEqual(8);
  }
});

describe('structure problems are diagnostics, never throws', () => {
  test.each<[string, string, string[]]>([
    ['an empty file', '# nothing yet\n', ['conda/empty@1']],
    ['a list at the top', '- numpy\n- scipy\n', ['conda/structure@1']],
    ['dependencies that are not a list', 'name: x\ndependencies: numpy\n', ['conda/structure@2']],
    ['a channel that is not a name', 'channels:\n  - {url: x}\n', ['conda/entry@2']],
    ['channels given as one string', 'channels: conda-forge\n', ['conda/structure@1']],
    ['an empty entry', 'dependencies:\n  -\n  - numpy\n', ['conda/entry@2']],
    ['a nested list', 'dependencies:\n  - [numpy, scipy]\n', ['conda/entry@2']],
    ['an installer conda does not run', 'dependencies:\n  - npm:\n      - left-pad\n', ['conda/entry@2']],
    ['a pip section that is not a list', 'dependencies:\n  - pip\n  - pip: jtest\n', ['conda/entry@3']],
    ['a pip entry that is a mapping', 'dependencies:\n  - pip\n  - pip:\n      - {a: b}\n', ['conda/entry@4']],
    ['a pip entry with an embedded newline', 'dependencies:\n  - pip\n  - pip:\n      - "jtest\\n-r other.txt"\n', ['conda/entry@4']],
    ['python declared twice', 'dependencies:\n  - python=3.10\n  - python=3.11\n', ['conda/duplicate-python@3']],
    ['a name that is not a string', 'name: [a, b]\n', ['conda/structure@1']],
  ])('%s', (_, text, expected) => {
    expect(codes(parseText(text))).toEqual(expected);
  });

  test('unknown keys and variables are kept without complaint', () => {
    const env = parseText('name: x\nvariables:\n  A: "1"\nchannel_priority: strict\nx-custom: yes\ndependencies:\n  - numpy\n');
    expect(env.diagnostics).toEqual([]);
    expect(env.dependencies.map((d) => d.name)).toEqual(['numpy']);
  });

  test('a bad quoted entry points at the column inside the quotes', () => {
    const env = parseText('dependencies:\n  - "numpy>=1.9,"\n');
    expect(env.diagnostics).toEqual([
      // The quote is at column 5, so `n` is at 6 and the dangling `,` spec starts at 11.
      expect.objectContaining({ code: 'conda/matchspec', line: 2, column: 11 }),
    ]);
  });

  test('numbers as entries keep their written text', () => {
    const env = parseText('dependencies:\n  - 1.10\n');
    expect(env.diagnostics).toEqual([]);
    expect(env.dependencies[0]).toMatchObject({ name: '1.10' });
  });
});

test('a key given twice is still a syntax error at its line (the duplicate check is ml-hub\'s linear one)', () => {
  const [env] = parseCondaEnvironment('environment.yml', 'name: a\ndependencies:\n  - numpy\nname: b\n', noFiles);
  expect(env!.diagnostics).toEqual([expect.objectContaining({ severity: 'error', code: 'conda/syntax', line: 4, message: 'Map keys must be unique' })]);
  const [merged] = parseCondaEnvironment('environment.yml', 'base: &b {x: 1}\nother:\n  <<: *b\n  <<: *b\ndependencies: [numpy]\n', noFiles);
  expect(merged!.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
});
