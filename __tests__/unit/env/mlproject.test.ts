import { LocatedError } from '../../../shared/diagnostics.js';
import { parseMlproject, parsePythonEnv, readMlprojectEntryPoints } from '../../../shared/env/mlproject.js';
import { fixtureReader, fixtureText, memoryReader, summary } from './packaging-fixtures.js';

describe('an MLflow project with a python_env', () => {
  const files = parseMlproject('MLproject', fixtureText('mlflow-python-env', 'MLproject'), fixtureReader('mlflow-python-env'));

  test('MLproject names the project and includes python_env.yaml, parsed as a python env', () => {
    expect(files.map((f) => [f.path, f.kind])).toEqual([
      ['MLproject', 'mlproject'],
      ['python_env.yaml', 'python-env'],
    ]);
    expect(files[0]!.name).toBe('wine-quality');
    expect(files[0]!.includes).toEqual(['python_env.yaml']);
    expect(files[0]!.dependencies).toEqual([]);
    expect(files[0]!.diagnostics).toEqual([]);
  });

  test('python_env.yaml: python, build dependencies, dependencies, -r include and index option', () => {
    const env = files[1]!;
    expect(env.python).toEqual({ specifier: '3.10.13', file: 'python_env.yaml', line: 2 });
    expect(env.dependencies.map(summary)).toEqual([
      'python_env.yaml:4 build pip==23.3.1',
      'python_env.yaml:5 build setuptools',
      'python_env.yaml:6 build wheel==0.41.3',
      'python_env.yaml:8 main mlflow>=2.8,<3',
      'python_env.yaml:9 main scikit-learn==1.3.2',
      'python_env.yaml:10 main pandas',
    ]);
    expect(env.includes).toEqual(['requirements.txt']);
    expect(env.index).toEqual({ extraIndexUrls: ['https://pypi.internal.example.com/simple'], findLinks: [], noIndex: false, trustedHosts: [] });
    expect(env.diagnostics).toEqual([]);
  });

  test('entry points with both parameter forms', () => {
    expect(readMlprojectEntryPoints(fixtureText('mlflow-python-env', 'MLproject'))).toEqual([
      {
        name: 'main',
        command: 'python train.py --alpha {alpha} --l1-ratio {l1_ratio} --max-iter {max_iter}',
        parameters: [
          { name: 'alpha', type: 'float', default: 0.5 },
          { name: 'l1_ratio', type: 'float', default: 0.1 },
          { name: 'max_iter', type: 'int' },
        ],
      },
      {
        name: 'validate',
        command: 'python validate.py {data_path} --strict {strict}',
        parameters: [
          { name: 'data_path', type: 'path', default: 'data/wine-quality.csv' },
          { name: 'strict', type: 'string', default: true },
        ],
      },
    ]);
  });
});

test('an MLflow project with a conda env leaves conda.yaml to the loader as an include', () => {
  const files = parseMlproject('models/churn/MLproject', fixtureText('mlflow-conda', 'MLproject'), memoryReader());
  expect(files).toHaveLength(1);
  expect(files[0]!.name).toBe('churn-model');
  expect(files[0]!.includes).toEqual(['models/churn/conda.yaml']);
});

test('an MLflow project in a docker image gets a notice, and no include', () => {
  const [file] = parseMlproject('MLproject', fixtureText('mlflow-docker', 'MLproject'), memoryReader());
  expect(file!.includes).toEqual([]);
  expect(file!.diagnostics).toEqual([
    {
      severity: 'notice',
      code: 'mlproject/docker-env',
      message: 'the project runs in the docker image mlflow-docker-example-environment:1.0; the packages inside it are not read',
      file: 'MLproject',
      line: 2,
    },
  ]);
});

describe('broken MLflow files', () => {
  test('malformed YAML is a syntax error at its line', () => {
    const [file] = parseMlproject('MLproject', 'name: x\nentry_points:\n  main: [\n', memoryReader());
    expect(file!.diagnostics).toMatchObject([{ severity: 'error', code: 'mlproject/syntax', file: 'MLproject', line: 4 }]);
    expect(() => readMlprojectEntryPoints('name: x\nentry_points:\n  main: [\n')).toThrow(LocatedError);
  });

  test('two environments is an error', () => {
    const [file] = parseMlproject('MLproject', 'python_env: a.yaml\nconda_env: b.yaml\n', memoryReader());
    expect(file!.diagnostics).toMatchObject([{ code: 'mlproject/schema', line: 2 }]);
  });

  test('an unquoted python version that YAML reads as another number is a warning', () => {
    const [env] = parsePythonEnv('python_env.yaml', 'python: 3.10\ndependencies:\n  - numpy\n  - {a: 1}\n  - "bad req!"\n  - --no-deps\n', memoryReader());
    expect(env!.python?.specifier).toBe('3.10');
    expect(env!.dependencies.map(summary)).toEqual(['python_env.yaml:3 main numpy']);
    expect(env!.diagnostics.map((d) => [d.code, d.line])).toEqual([
      ['python-env/unquoted-version', 1],
      ['python-env/schema', 4],
      ['python-env/requirement', 5],
      ['python-env/pip-option', 6],
    ]);
  });
});
