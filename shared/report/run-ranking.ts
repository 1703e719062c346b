// How runs are ranked, once, for every place that ranks them: the summary, the PR comment, the dashboard and the
// regression gate. Which metric ranks when the user names none (chooseMetric), which runs may rank (rankable), and the
// one order (compareRuns) with its tie-break rule, stated in the reports as `tieBreakRule`.

import { compareCodePoints, type Run } from '../mlflow/model.js';
import { guessDirection, isBetter, metricWords, type Direction } from './metric-direction.js';
import { isMeasured } from './metric-values.js';

/** Runs that may be the best: finished ones, and running ones (a notebook's run stays RUNNING until it ends). */
export function rankable(run: Run): boolean {
  return run.status === 'FINISHED' || run.status === 'RUNNING';
}

/** The latest value of `metric` in `run` when it can rank runs. */
export function metricValue(run: Run, metric: string): number | undefined {
  const value = run.latestMetrics.get(metric)?.value;
  return isMeasured(value) ? value : undefined;
}

/** The tie-break of compareRuns, in words for the reports. */
export const tieBreakRule = 'equal values go to the run that ended first, then the one that started first, then the lower run id';

/** Equal values: the run that got there first (earlier end, then earlier start; none last), then the lower run id. */
export function tieBreak(a: Run, b: Run): number {
  const end = (a.endTime ?? Infinity) - (b.endTime ?? Infinity);
  if (end) return end;
  const start = (a.startTime ?? Infinity) - (b.startTime ?? Infinity);
  if (start) return start;
  return compareCodePoints(a.runId, b.runId);
}

/** The one ranking order: better values first, runs without a value after them, ties by tieBreak. */
export function compareRuns(value: (run: Run) => number | undefined, direction: Direction): (a: Run, b: Run) => number {
  return (a, b) => {
    const va = value(a);
    const vb = value(b);
    if (va !== undefined && vb !== undefined) {
      if (va !== vb) return isBetter(va, vb, direction) ? -1 : 1;
    } else if (va !== vb) {
      return va === undefined ? 1 : -1;
    }
    return tieBreak(a, b);
  };
}

// ---- the automatic ranking metric -------------------------------------------------------------------------------

const validationWords = new Set(['val', 'valid', 'validation', 'eval', 'evaluation', 'test', 'holdout', 'dev']);
const trainWords = new Set(['train', 'training', 'trn']);

/**
 * Metric families in the order they are preferred: what the reader asks about (the error in the target's units, then
 * the classification scores) before the loss the optimiser saw. A name belongs to the family of its last known word.
 */
export const metricFamilies: readonly (readonly string[])[] = [
  ['rmse', 'rmsle'],
  ['mae', 'mape', 'smape'],
  ['mse', 'msle'],
  ['accuracy', 'acc', 'top1', 'top5'],
  ['f1', 'fscore'],
  ['auc', 'auroc', 'roc', 'auprc'],
  ['r2'],
  ['loss', 'losses', 'nll', 'logloss', 'perplexity', 'ppl', 'error', 'err'],
];

/** The rule chooseMetric follows, in words for the reports. */
export const metricChoiceRule = 'validation metrics with a history first, a train metric only when nothing else will do';

function familyIndex(words: string[]): number {
  for (let i = words.length - 1; i >= 0; i--) {
    const at = metricFamilies.findIndex((family) => family.includes(words[i]!));
    if (at >= 0) return at;
  }
  return metricFamilies.length;
}

/**
 * Every metric key of `runs`, the most telling first; the first is the ranking metric when the user names none (see
 * chooseMetric). Metrics that at least half as many ranked runs logged (with a measured value) as the most common one
 * come first, in tiers: a validation metric with a history; a validation metric with one value (`best_val_rmse`); any
 * other metric whose direction the name tells, with a history, then with one value; a train metric; last, metrics whose
 * direction the name does not tell. Within a tier: metricFamilies' order, then the more widely logged, then the name.
 */
export function preferredMetrics(runs: Run[]): string[] {
  const coverage = new Map<string, number>();
  const history = new Set<string>();
  for (const run of runs) {
    for (const key of run.latestMetrics.keys()) {
      if (!coverage.has(key)) coverage.set(key, 0);
      if (!rankable(run) || metricValue(run, key) === undefined) continue;
      coverage.set(key, coverage.get(key)! + 1);
      if ((run.metricHistories.get(key)?.values.length ?? 0) > 1) history.add(key);
    }
  }
  const widest = Math.max(0, ...coverage.values());
  const tier = (key: string, n: number): number => {
    if (n === 0) return 7;
    if (n * 2 < widest) return 6;
    if (!guessDirection(key)) return 5;
    const words = metricWords(key);
    // A train metric says how well the model fits what it saw, not how good it is: after every other known one.
    if (words.some((w) => trainWords.has(w))) return 4;
    return (words.some((w) => validationWords.has(w)) ? 0 : 2) + (history.has(key) ? 0 : 1);
  };
  const scored = [...coverage].map(([key, n]) => ({ key, n, tier: tier(key, n), family: familyIndex(metricWords(key)) }));
  scored.sort((a, b) => a.tier - b.tier || a.family - b.family || b.n - a.n || compareCodePoints(a.key, b.key));
  return scored.map((s) => s.key);
}

/** The metric that ranks `runs` when the user names none: the first of preferredMetrics that a ranked run measured. */
export function chooseMetric(runs: Run[]): string | undefined {
  const first = preferredMetrics(runs)[0];
  return first !== undefined && runs.some((r) => rankable(r) && metricValue(r, first) !== undefined) ? first : undefined;
}
