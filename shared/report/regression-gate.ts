// `fail-on-regression`: rules like `val/rmse:+2%` (fail when the candidate's val/rmse is more than 2% above the
// baseline's) or `accuracy:-0.01` (fail when accuracy fell by more than 0.01), comma- or line-separated.
// The sign says which change is worse: `+` a rise, `-` a fall. Without a sign the metric's direction decides (the
// `direction` input for the ranking metric, else a guess from the name: a rise is worse for a loss). A percentage is
// relative to the baseline's value; a plain number is absolute.

import { formatDiagnostic, type Diagnostic } from '../diagnostics.js';
import type { Run } from '../mlflow/model.js';
import { chooseDirection, guessDirection, type Direction } from './metric-direction.js';
import { formatMetric } from './metric-values.js';

export interface RegressionRule {
  /** As written, for messages. */
  text: string;
  metric: string;
  /** The change that counts as worse. */
  worse: 'rise' | 'fall';
  tolerance: number;
  relative: boolean;
}

/** A rule that cannot be read: the message quotes it and says what a rule looks like. */
export class RegressionRuleError extends Error {}

const shape = 'expected <metric>:<tolerance> such as val/rmse:+2% or accuracy:-0.01';

/**
 * Parses the input. `directionOf` settles unsigned rules: for the ranking metric the caller passes the `direction`
 * input; other metrics fall back to their name.
 */
export function parseRegressionRules(text: string, directionOf: (metric: string) => Direction | undefined = guessDirection): RegressionRule[] {
  const rules: RegressionRule[] = [];
  for (const raw of text.split(/[\n,]/)) {
    const item = raw.trim();
    if (!item || item.startsWith('#')) continue;
    // The last colon separates: metric keys may hold colons themselves.
    const colon = item.lastIndexOf(':');
    if (colon <= 0) throw new RegressionRuleError(`fail-on-regression "${item}": ${shape}`);
    const metric = item.slice(0, colon).trim();
    const limit = item.slice(colon + 1).trim();
    const m = /^([+-])?\s*(\d+(?:\.\d+)?|\.\d+)(?:e([+-]?\d+))?\s*(%)?$/i.exec(limit);
    if (!metric || !m) throw new RegressionRuleError(`fail-on-regression "${item}": "${limit}" is not a tolerance; ${shape}`);
    const tolerance = Number(`${m[2]}${m[3] !== undefined ? `e${m[3]}` : ''}`);
    if (!Number.isFinite(tolerance)) throw new RegressionRuleError(`fail-on-regression "${item}": "${limit}" is too large a tolerance; ${shape}`);
    let worse: 'rise' | 'fall';
    if (m[1]) {
      worse = m[1] === '+' ? 'rise' : 'fall';
    } else {
      const direction = directionOf(metric);
      if (!direction) {
        throw new RegressionRuleError(
          `fail-on-regression "${item}": cannot tell whether a rise or a fall of ${metric} is worse; write ${metric}:+${limit} (a rise is worse) or ${metric}:-${limit} (a fall is worse)`,
        );
      }
      worse = direction === 'min' ? 'rise' : 'fall';
    }
    rules.push({ text: item, metric, worse, tolerance, relative: m[4] === '%' });
  }
  return rules;
}

/** Unsigned rules on the ranking metric follow the `direction` input; every other metric its name. */
export function directionsFor(rankingMetric: string | undefined, direction: Direction | undefined): (metric: string) => Direction | undefined {
  return (metric) => (metric === rankingMetric && direction ? chooseDirection(metric, direction).direction : guessDirection(metric));
}

export interface RegressionResult {
  rule: RegressionRule;
  candidate: Run;
  baseline: Run;
  candidateValue: number | undefined;
  baselineValue: number | undefined;
  /** `regressed`: over the tolerance; `ok`: within it; `skipped`: a value is missing. */
  outcome: 'regressed' | 'ok' | 'skipped';
  message: string;
}

const who = (run: Run) => `${run.runName || 'run'} (${run.runId})`;

export function checkRegressions(rules: RegressionRule[], candidate: Run, baseline: Run): RegressionResult[] {
  return rules.map((rule) => {
    const c = candidate.latestMetrics.get(rule.metric)?.value;
    const b = baseline.latestMetrics.get(rule.metric)?.value;
    const result = (outcome: RegressionResult['outcome'], message: string): RegressionResult => ({
      rule,
      candidate,
      baseline,
      candidateValue: c,
      baselineValue: b,
      outcome,
      message,
    });
    const pair = `candidate ${who(candidate)} = ${c === undefined ? 'not logged' : formatMetric(c)}, baseline ${who(baseline)} = ${b === undefined ? 'not logged' : formatMetric(b)}`;
    if (c === undefined || b === undefined || !Number.isFinite(b)) {
      return result('skipped', `${rule.metric}: not compared (${pair})`);
    }
    // A candidate that ended in NaN or an infinity diverged: that is worse than any finite baseline.
    if (!Number.isFinite(c)) return result('regressed', `${rule.metric} regressed to ${formatMetric(c)} (limit ${rule.text}): ${pair}`);
    const change = c - b;
    const worseBy = rule.worse === 'rise' ? change : -change;
    const allowed = rule.relative ? (Math.abs(b) * rule.tolerance) / 100 : rule.tolerance;
    const amount = rule.relative
      ? b === 0
        ? `${formatMetric(Math.abs(change))} from 0`
        : `${((Math.abs(change) / Math.abs(b)) * 100).toFixed(2)}%`
      : formatMetric(Math.abs(change));
    const verb = change > 0 ? 'rose' : 'fell';
    if (worseBy > allowed) return result('regressed', `${rule.metric} regressed: it ${verb} by ${amount}, more than ${rule.text.slice(rule.text.lastIndexOf(':') + 1).trim()} allows: ${pair}`);
    return result('ok', change === 0 ? `${rule.metric} unchanged: ${pair}` : `${rule.metric} ${verb} by ${amount}, within the limit: ${pair}`);
  });
}

/**
 * What keeps the store's content from deciding the gate, or undefined: errors while reading it (the candidate or the
 * baseline may be among the runs that could not be read) or no run at all in the reported experiments. The gate then
 * fails closed: missing data never passes it.
 */
export function gateBlocker(runCount: number, diagnostics: Diagnostic[]): string | undefined {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) {
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more errors)` : '';
    return `fail-on-regression could not be evaluated: the store was not read completely: ${formatDiagnostic(errors[0]!)}${more}`;
  }
  if (runCount === 0) return 'fail-on-regression could not be evaluated: no run was read from the store in the reported experiments';
  return undefined;
}

/**
 * The `regressed` output: `true` when a rule failed; `false` with no rules, or when every rule was compared in every
 * reported experiment and none failed; `unknown` when the gate could not decide (a blocker, an experiment without a
 * baseline or candidate, a metric one of the two runs did not log).
 */
export function regressedOutput(rules: RegressionRule[], results: RegressionResult[], decided: boolean): 'true' | 'false' | 'unknown' {
  if (rules.length === 0) return 'false';
  if (results.some((r) => r.outcome === 'regressed')) return 'true';
  return decided && results.length > 0 && results.every((r) => r.outcome === 'ok') ? 'false' : 'unknown';
}
