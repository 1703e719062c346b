import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { LocatedError } from '../../../shared/diagnostics.js';
import { openStore } from '../../../shared/mlflow/detect-store.js';

const fixtures = join(fileURLToPath(import.meta.url), '..', '..', '..', 'fixtures', 'mlflow');
const fileStore = join(fixtures, 'file-store');
const sqlite = join(fixtures, 'sqlite');

test.each([
  ['an mlruns folder', join(fileStore, 'mlruns'), 'file', join(fileStore, 'mlruns')],
  ['a file: URI', pathToFileURL(join(fileStore, 'mlruns')).href, 'file', join(fileStore, 'mlruns')],
  ['a project folder with a file store', fileStore, 'file', join(fileStore, 'mlruns')],
  // mlruns/ beside mlflow.db holds only the database's artifacts (no experiment meta.yaml): the database is the store.
  ['a project folder with mlflow.db', sqlite, 'sqlite', join(sqlite, 'mlflow.db')],
  ['a .db path', join(sqlite, 'mlflow.db'), 'sqlite', join(sqlite, 'mlflow.db')],
  ['sqlite:////absolute', `sqlite:///${join(sqlite, 'mlflow.db')}`, 'sqlite', join(sqlite, 'mlflow.db')],
  ['an http URL', 'http://127.0.0.1:5000/', 'rest', 'http://127.0.0.1:5000'],
  ['an https URL with a path', 'https://mlflow.example.com/tracking', 'rest', 'https://mlflow.example.com/tracking'],
])('%s', (_, input, kind, location) => {
  const store = openStore(input);
  expect(store.kind).toBe(kind);
  expect(store.location).toBe(location);
});

test('sqlite:///relative is relative to cwd; MLFLOW_TRACKING_URI is used when no argument is given', () => {
  expect(openStore('sqlite:///mlflow.db', { cwd: sqlite }).location).toBe(join(sqlite, 'mlflow.db'));
  expect(openStore(undefined, { env: { MLFLOW_TRACKING_URI: 'sqlite:///mlflow.db' }, cwd: sqlite }).kind).toBe('sqlite');
  expect(openStore(undefined, { cwd: fileStore }).kind).toBe('file');
});

test('unsupported schemes, missing paths and empty folders are LocatedErrors naming the input', () => {
  expect(() => openStore('postgresql://db/mlflow')).toThrow(LocatedError);
  expect(() => openStore('databricks')).toThrow(/no MLflow store|nothing at/);
  expect(() => openStore(join(fixtures, 'does-not-exist'))).toThrow(/nothing at/);
  expect(() => openStore('sqlite://')).toThrow(/in-memory/);
  expect(() => openStore(join(fixtures, 'rest-samples'))).toThrow(/no MLflow store here/);
  expect(() => openStore(join(fixtures, 'README.md'))).toThrow(/not an SQLite database/);
});

describe('a project folder holding both a file store and a database', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'mlflow-detect-'));
    cpSync(join(fileStore, 'mlruns'), join(dir, 'mlruns'), { recursive: true });
    cpSync(join(sqlite, 'mlflow.db'), join(dir, 'mlflow.db'));
    mkdirSync(join(dir, 'empty'));
    writeFileSync(join(dir, 'empty', 'mlflow.db'), '');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('reads mlruns/ as MLflow does by default, and says so in a notice', async () => {
    const store = openStore(dir);
    expect(store.kind).toBe('file');
    const { diagnostics } = await store.read({ artifacts: false });
    expect(diagnostics).toEqual([expect.objectContaining({ severity: 'notice', code: 'mlflow/store-choice', file: 'mlruns' })]);
    expect(openStore(join(dir, 'mlflow.db')).kind).toBe('sqlite');
  });

  test('an empty .db file still goes to the SQLite reader, which reports it', async () => {
    const { diagnostics } = await openStore(join(dir, 'empty')).read();
    expect(diagnostics).toEqual([expect.objectContaining({ severity: 'error', code: 'mlflow/db-schema', file: 'mlflow.db' })]);
  });
});
