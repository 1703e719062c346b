// ml-hub runs [STORE] [--json]: every experiment and run an MLflow store holds, read into the one Runs model. --json
// prints it in the shape of MLflow's own export (the fixtures' truth.json), full metric histories included.

import { formatDiagnostic } from '../diagnostics.js';
import { toTruthJson } from '../mlflow/model.js';
import { exitCodes, parseCommandArgs } from './cli-support.js';
import { openCommandStore, readCommandStore } from './open-store.js';

/** JSON.stringify writes -0 as 0; MLflow's export (and truth.json) keeps `-0.0`, so the sign survives here too. */
const negativeZero = '\u0000-0.0';
function truthJsonText(value: unknown): string {
  const text = JSON.stringify(value, (_key, v: unknown) => (Object.is(v, -0) ? negativeZero : v), 2);
  return text.replaceAll(JSON.stringify(negativeZero), '-0.0');
}

export async function runsCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, { json: { type: 'boolean' } }, 'runs');
  const store = openCommandStore('runs', positionals[0]);
  const { model, diagnostics } = await readCommandStore('runs', store);
  for (const d of diagnostics) console.error(formatDiagnostic(d));

  if (values.json) {
    console.log(truthJsonText(toTruthJson(model)));
    return exitCodes.ok;
  }
  const names = new Map(model.experiments.map((e) => [e.experimentId, e.name]));
  console.log(`${model.store.kind} store ${model.store.location}: ${model.experiments.length} experiments, ${model.runs.length} runs`);
  for (const run of model.runs) {
    const deleted = run.lifecycleStage === 'deleted' ? ' (deleted)' : '';
    const metrics = [...run.latestMetrics.values()].slice(0, 4).map((m) => `${m.key}=${m.value}`).join(' ');
    console.log(`${names.get(run.experimentId) ?? run.experimentId}\t${run.runId}\t${run.status}${deleted}\t${run.runName}\t${metrics}`);
  }
  return exitCodes.ok;
}
