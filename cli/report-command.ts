// ml-hub report [STORE] --out DIR [--experiment X]… [--metric M] [--direction min|max] [--params P]… [--top N]
//   [--baseline SPEC] [--fail-on-regression RULES] [--no-dashboard] [--max-runs N]
// The publish-metrics report, locally: DIR/summary.md (the job summary's Markdown), DIR/runs.json and
// DIR/dashboard/index.html. Exit 1 when a --fail-on-regression rule fails; exit 2 when the store cannot be read, or when
// the rules cannot be evaluated on what was read (errors reading it, no runs): the gate fails closed. A rule that
// cannot be checked (no baseline, a metric a run lacks) is a warning, as in the action.

import path from 'node:path';
import { formatDiagnostic } from '../shared/diagnostics.js';
import { storeReadingHeap } from '../shared/heap-tuning.js';
import { BaselineSpecError, parseBaselineSpec, type BaselineSpec } from '../shared/report/baseline.js';
import { metricValue } from '../shared/report/experiment-report.js';
import type { Direction } from '../shared/report/metric-direction.js';
import { formatMetric } from '../shared/report/metric-values.js';
import { publishMetrics } from '../shared/report/publish-metrics.js';
import { directionsFor, parseRegressionRules, RegressionRuleError, type RegressionRule } from '../shared/report/regression-gate.js';
import { exitCodes, parseCommandArgs, UsageError } from './cli-support.js';
import { maxRunsOption, openCommandStore, unreadableStoreError } from './open-store.js';

export async function reportCommand(args: string[]): Promise<number> {
  storeReadingHeap();
  const { values, positionals } = parseCommandArgs(
    args,
    {
      out: { type: 'string' },
      experiment: { type: 'string', multiple: true },
      metric: { type: 'string' },
      direction: { type: 'string' },
      params: { type: 'string', multiple: true },
      top: { type: 'string' },
      baseline: { type: 'string' },
      'fail-on-regression': { type: 'string' },
      'no-dashboard': { type: 'boolean' },
      'max-runs': { type: 'string' },
    },
    'report',
  );
  if (!values.out) throw new UsageError('report: where to? usage: ml-hub report [STORE] --out DIR');
  const direction = values.direction as Direction | undefined;
  if (direction !== undefined && direction !== 'min' && direction !== 'max') throw new UsageError('report: --direction must be min or max');
  const top = values.top === undefined ? 5 : Number(values.top);
  if (!Number.isInteger(top) || top < 1) throw new UsageError('report: --top must be a whole number of runs, 1 or more');
  let baseline: BaselineSpec | undefined;
  let rules: RegressionRule[];
  try {
    baseline = parseBaselineSpec(values.baseline ?? '');
    rules = parseRegressionRules(values['fail-on-regression'] ?? '', directionsFor(values.metric, direction));
  } catch (error) {
    if (error instanceof BaselineSpecError || error instanceof RegressionRuleError) throw new UsageError(`report: --${error.message}`);
    throw error;
  }

  const out = path.resolve(values.out);
  const dashboard = !values['no-dashboard'];
  const store = openCommandStore('report', positionals[0], maxRunsOption('report', values['max-runs']));
  const published = await publishMetrics(store, {
    experiments: values.experiment,
    metric: values.metric,
    direction,
    params: values.params,
    top,
    baseline,
    baselineContext: { repoDir: process.cwd() },
    rules,
    settings: { baseline: '--baseline', baselineMarkdown: '`--baseline`', experiments: '--experiment' },
    outDir: out,
    displayRoot: process.cwd(),
    elsewhere: 'runs.json and the dashboard',
    dashboard,
  });
  if (published.unreadable) throw unreadableStoreError('report', published.unreadable);
  const { reports, regressions, blocker, diagnostics, warnings, dashboardPath } = published;
  for (const d of diagnostics) console.error(formatDiagnostic(d));
  for (const w of warnings) console.error(`${w.level}: ${w.message}`);

  for (const r of reports) {
    const best = r.best && r.metric ? `best ${r.best.runName} (${r.best.runId}) ${r.metric.key} = ${formatMetric(metricValue(r.best, r.metric.key)!)}` : 'no run to rank';
    console.log(`${r.experiment.name}: ${r.runs.length} runs; ${best}`);
  }
  console.log(`Wrote ${path.join(out, 'summary.md')}, ${path.join(out, 'runs.json')}${dashboardPath ? ` and ${dashboardPath}` : ''}`);
  for (const r of regressions) console.error(`regression: ${r.message}`);
  if (blocker) {
    console.error(`ml-hub report: ${blocker}`);
    return exitCodes.usage;
  }
  return regressions.length > 0 ? exitCodes.findings : exitCodes.ok;
}
