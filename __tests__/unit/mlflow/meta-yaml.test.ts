import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { LocatedError } from '../../../shared/diagnostics.js';
import { lineOfKey, parseMetaYaml } from '../../../shared/mlflow/meta-yaml.js';

const fixtures = join(fileURLToPath(import.meta.url), '..', '..', '..', 'fixtures', 'mlflow');

function metaFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) metaFiles(path, out);
    else if (name === 'meta.yaml') out.push(path);
  }
  return out;
}

test('every meta.yaml MLflow wrote reads the same through the line reader and the full YAML 1.1 parser', () => {
  const files = metaFiles(join(fixtures, 'file-store', 'mlruns'));
  expect(files.length).toBeGreaterThan(20);
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    expect({ ...parseMetaYaml(text, file) }).toEqual(parse(text, { version: '1.1' }));
  }
});

test.each([
  ['hex run id starting with digits', 'run_id: 2116a29350e5485d995d83586e6d6eda\n', { run_id: '2116a29350e5485d995d83586e6d6eda' }],
  ['quoted id', "experiment_id: '0'\n", { experiment_id: '0' }],
  ['quote inside quotes', "name: 'it''s'\n", { name: "it's" }],
  ['YAML 1.1 boolean word', 'name: on\n', { name: true }],
  ['YAML 1.1 octal', 'v: 017\n', { v: 15 }],
  ['0o is not octal in 1.1', 'v: 0o17\n', { v: '0o17' }],
  // PyYAML floats need a point: a run name 1e5 is a string (its writer leaves it unquoted).
  ['no float without a point', 'run_name: 1e5\n', { run_name: '1e5' }],
  ['y is not a boolean to PyYAML', 'user_id: y\n', { user_id: 'y' }],
  ['escaped unicode', 'run_name: "run-\\U0001F680"\n', { run_name: 'run-🚀' }],
  ['null and empty', 'end_time: null\ndeleted_time:\n', { end_time: null, deleted_time: null }],
])('%s', (_, text, expected) => {
  expect({ ...parseMetaYaml(text, 'meta.yaml') }).toEqual(expected);
});

test('a truncated meta.yaml is a LocatedError on its file and line; a non-mapping too', () => {
  expect(() => parseMetaYaml('name: x\nschema: \'{"a": \n', 'm.yaml')).toThrow(LocatedError);
  try {
    parseMetaYaml('a: 1\nb: [1, 2\n', 'm.yaml');
  } catch (error) {
    expect(error).toMatchObject({ code: 'mlflow/meta-yaml', file: 'm.yaml', line: expect.any(Number) });
  }
  expect(() => parseMetaYaml('- 1\n- 2\n', 'm.yaml')).toThrow(/expected a mapping/);
  expect(lineOfKey('a: 1\nstatus: 9\n', 'status')).toBe(2);
});
