// ml-hub runs [STORE] [--json] [--max-runs N]: every experiment and run an MLflow store holds, read into the one Runs model. --json
// prints it in the shape of MLflow's own export (the fixtures' truth.json), full metric histories included, streamed:
// each run is read, written and dropped in turn, so memory does not grow with the number of runs.

import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { formatDiagnostic } from '../shared/diagnostics.js';
import { storeReadingHeap } from '../shared/heap-tuning.js';
import { truthExperiment, truthLoggedModel, truthRun } from '../shared/mlflow/model.js';
import type { RunStream } from '../shared/mlflow/store.js';
import { exitCodes, parseCommandArgs } from './cli-support.js';
import { maxRunsOption, openCommandStore, readCommandStore, streamCommandStore } from './open-store.js';

/** JSON.stringify writes -0 as 0; MLflow's export (and truth.json) keeps `-0.0`, so the sign survives here too. */
const negativeZero = '\u0000-0.0';
const negativeZeroJson = JSON.stringify(negativeZero);

/** `value` as JSON.stringify(…, 2) writes it `depth` levels down (every line after the first indented to match). */
function truthJsonText(value: unknown, depth: number): string {
  const text = JSON.stringify(value, (_key, v: unknown) => (Object.is(v, -0) ? negativeZero : v), 2).replaceAll(negativeZeroJson, '-0.0');
  // JSON strings hold no raw newline, so every newline is between tokens.
  return depth === 0 ? text : text.replaceAll('\n', `\n${'  '.repeat(depth)}`);
}

/** Writes through `out` in chunks, waiting whenever it asks to (backpressure), so nothing piles up in memory. */
class ChunkedWriter {
  private pending: string[] = [];
  private size = 0;

  constructor(private readonly out: Writable) {}

  async write(text: string): Promise<void> {
    this.pending.push(text);
    this.size += text.length;
    if (this.size >= 1 << 16) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.pending.length === 0) return;
    const chunk = this.pending.join('');
    this.pending = [];
    this.size = 0;
    if (!this.out.write(chunk)) await once(this.out, 'drain');
  }
}

/**
 * The store as truth.json text, top-level `experiments`, `runs`, `logged_models`: exactly what
 * `JSON.stringify(toTruthJson(model), …, 2)` gives for the whole model, written one entity at a time.
 */
export async function writeTruthJson(stream: RunStream, out: Writable): Promise<void> {
  const writer = new ChunkedWriter(out);
  const array = async (items: AsyncIterable<unknown> | Iterable<unknown>, last: boolean, name: string): Promise<void> => {
    let first = true;
    for await (const item of items) {
      await writer.write(`${first ? `  "${name}": [\n` : ',\n'}    ${truthJsonText(item, 2)}`);
      first = false;
    }
    await writer.write(`${first ? `  "${name}": []` : '\n  ]'}${last ? '\n' : ',\n'}`);
  };
  await writer.write('{\n');
  await array(stream.experiments.map(truthExperiment), false, 'experiments');
  await array(mapAsync(stream.runs(), (run) => truthRun(run)), false, 'runs');
  await array((await stream.loggedModels()).map(truthLoggedModel), true, 'logged_models');
  await writer.write('}\n');
  await writer.flush();
}

async function* mapAsync<T, U>(items: AsyncIterable<T>, fn: (item: T) => U): AsyncGenerator<U> {
  for await (const item of items) yield fn(item);
}

export async function runsCommand(args: string[]): Promise<number> {
  storeReadingHeap();
  const { values, positionals } = parseCommandArgs(args, { json: { type: 'boolean' }, 'max-runs': { type: 'string' } }, 'runs');
  const store = openCommandStore('runs', positionals[0], maxRunsOption('runs', values['max-runs']));

  if (values.json) {
    const stream = await streamCommandStore('runs', store);
    let reported = 0;
    const flushDiagnostics = (): void => {
      for (; reported < stream.diagnostics.length; reported++) console.error(formatDiagnostic(stream.diagnostics[reported]!));
    };
    flushDiagnostics();
    await writeTruthJson(stream, process.stdout);
    flushDiagnostics();
    return exitCodes.ok;
  }
  const { model, diagnostics } = await readCommandStore('runs', store);
  for (const d of diagnostics) console.error(formatDiagnostic(d));
  const names = new Map(model.experiments.map((e) => [e.experimentId, e.name]));
  console.log(`${model.store.kind} store ${model.store.location}: ${model.experiments.length} experiments, ${model.runs.length} runs`);
  for (const run of model.runs) {
    const deleted = run.lifecycleStage === 'deleted' ? ' (deleted)' : '';
    const metrics = [...run.latestMetrics.values()].slice(0, 4).map((m) => `${m.key}=${m.value}`).join(' ');
    console.log(`${names.get(run.experimentId) ?? run.experimentId}\t${run.runId}\t${run.status}${deleted}\t${run.runName}\t${metrics}`);
  }
  return exitCodes.ok;
}
