// A store read run by run (`MlflowStore.stream`, what `ml-hub runs --json` writes from) gives exactly what the whole
// read gives: the streamed truth.json text is byte for byte `JSON.stringify(toTruthJson(read()), …, 2)`.

import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { writeTruthJson } from '../../../cli/runs-command.js';
import { openFileStore } from '../../../shared/mlflow/file-store.js';
import { toTruthJson } from '../../../shared/mlflow/model.js';
import { openRestStore } from '../../../shared/mlflow/rest-store.js';
import { openSqliteStore } from '../../../shared/mlflow/sqlite-store.js';
import type { MlflowStore } from '../../../shared/mlflow/store.js';
import { FIXTURES, startServer, truthHandler, type TestServer } from '../../differential/mlflow-rest-server.js';

/** The text `ml-hub runs --json` printed before it streamed: the whole model through one JSON.stringify. */
function wholeText(value: unknown): string {
  const sentinel = '\u0000-0.0';
  const text = JSON.stringify(value, (_k, v: unknown) => (Object.is(v, -0) ? sentinel : v), 2);
  return `${text.replaceAll(JSON.stringify(sentinel), '-0.0')}\n`;
}

async function streamedText(store: MlflowStore): Promise<string> {
  const out = new PassThrough({ highWaterMark: 1024 }); // small, so that backpressure is exercised
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  await writeTruthJson(await store.stream(), out);
  out.end();
  return Buffer.concat(chunks).toString('utf8');
}

let server: TestServer;
beforeAll(async () => {
  const truth = JSON.parse(readFileSync(join(FIXTURES, 'sqlite', 'truth.json'), 'utf8'));
  server = await startServer(truthHandler(truth, join(FIXTURES, 'sqlite'), '/home/sarah/projects/wine-quality-db/'));
});
afterAll(() => server.close());

const stores: [string, () => MlflowStore][] = [
  ['file store', () => openFileStore(join(FIXTURES, 'file-store', 'mlruns'))],
  ['SQLite', () => openSqliteStore(join(FIXTURES, 'sqlite', 'mlflow.db'))],
  ['tracking server', () => openRestStore(server.url)],
];

test.each(stores)('%s: the streamed truth.json equals the whole read, byte for byte', async (_name, open) => {
  const whole = await open().read();
  const text = await streamedText(open());
  expect(text).toBe(wholeText(toTruthJson(whole.model)));
  expect(JSON.parse(text).runs.length).toBe(whole.model.runs.length);
  const stream = await open().stream();
  for await (const _ of stream.runs()) void _;
  expect(new Set(stream.diagnostics.map((d) => JSON.stringify(d)))).toEqual(new Set(whole.diagnostics.map((d) => JSON.stringify(d))));
});

test('a store without runs streams the empty arrays JSON.stringify writes', async () => {
  const root = mkdtempSync(join(tmpdir(), 'stream-empty-'));
  cpSync(join(FIXTURES, 'file-store', 'mlruns', '0'), join(root, '0'), { recursive: true });
  writeFileSync(join(root, '0', 'meta.yaml'), "artifact_location: file:///x/0\nexperiment_id: '0'\nlifecycle_stage: active\nname: Default\n");
  const store = openFileStore(root);
  expect(await streamedText(store)).toBe(wholeText(toTruthJson((await store.read()).model)));
});
