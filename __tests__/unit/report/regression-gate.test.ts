import type { Run } from '../../../shared/mlflow/model.js';
import { checkRegressions, directionsFor, gateBlocker, parseRegressionRules, regressedOutput, RegressionRuleError } from '../../../shared/report/regression-gate.js';

function run(name: string, id: string, metrics: Record<string, number>): Run {
  return {
    runId: id, experimentId: '1', runName: name, userId: 'sarah', status: 'FINISHED', startTime: 0, endTime: 1, lifecycleStage: 'active',
    artifactUri: '', parentRunId: null, params: new Map(), tags: new Map(),
    latestMetrics: new Map(Object.entries(metrics).map(([key, value]) => [key, { key, value, timestamp: 0, step: 0 }])),
    metricHistories: new Map(), datasetInputs: [], modelInputs: [], modelOutputs: [], artifacts: [],
  };
}

test('rules: relative and absolute, signed and by direction, several at once', () => {
  expect(parseRegressionRules('val/rmse:+2%, accuracy:-0.01\nf1:0.5 , loss:3%')).toEqual([
    { text: 'val/rmse:+2%', metric: 'val/rmse', worse: 'rise', tolerance: 2, relative: true },
    { text: 'accuracy:-0.01', metric: 'accuracy', worse: 'fall', tolerance: 0.01, relative: false },
    { text: 'f1:0.5', metric: 'f1', worse: 'fall', tolerance: 0.5, relative: false },
    { text: 'loss:3%', metric: 'loss', worse: 'rise', tolerance: 3, relative: true },
  ]);
  // Metric keys may hold colons: the last one separates.
  expect(parseRegressionRules('key with:colon:+1')[0]).toMatchObject({ metric: 'key with:colon', tolerance: 1 });
  expect(parseRegressionRules('')).toEqual([]);
  expect(parseRegressionRules('custom_score_x:1e-3', () => 'max')[0]).toMatchObject({ tolerance: 0.001, worse: 'fall' });
});

test('unsigned rules on the ranking metric follow the direction input', () => {
  expect(parseRegressionRules('mystery:1', directionsFor('mystery', 'max'))[0]!.worse).toBe('fall');
  expect(parseRegressionRules('val/rmse:1', directionsFor('val/rmse', 'max'))[0]!.worse).toBe('fall');
  expect(parseRegressionRules('val/rmse:1', directionsFor('other', 'max'))[0]!.worse).toBe('rise');
});

test('parse errors quote the rule and say what a rule looks like', () => {
  expect(() => parseRegressionRules('val/rmse')).toThrow(new RegressionRuleError('fail-on-regression "val/rmse": expected <metric>:<tolerance> such as val/rmse:+2% or accuracy:-0.01'));
  expect(() => parseRegressionRules('val/rmse:lots')).toThrow(/"lots" is not a tolerance/);
  expect(() => parseRegressionRules(':+2%')).toThrow(RegressionRuleError);
  expect(() => parseRegressionRules('epoch_time:5')).toThrow(/cannot tell whether a rise or a fall of epoch_time is worse; write epoch_time:\+5/);
});

const baseline = run('baseline-linear', '9c307a716d694d7fa29c9056ca6298c8', { 'val/rmse': 0.5, accuracy: 0.9, zero: 0 });

test('a regression names both runs and their values', () => {
  const candidate = run('rf-depth4', '676f0ad40aaf4604a873a1f5fc9dae51', { 'val/rmse': 0.52, accuracy: 0.88, zero: 0.1 });
  const [rmse, acc, zero] = checkRegressions(parseRegressionRules('val/rmse:+2%, accuracy:-0.05, zero:+1%'), candidate, baseline);
  expect(rmse!.outcome).toBe('regressed');
  expect(rmse!.message).toBe(
    'val/rmse regressed: it rose by 4.00%, more than +2% allows: candidate rf-depth4 (676f0ad40aaf4604a873a1f5fc9dae51) = 0.52, baseline baseline-linear (9c307a716d694d7fa29c9056ca6298c8) = 0.5',
  );
  expect(acc!.outcome).toBe('ok');
  expect(acc!.message).toMatch(/^accuracy fell by 0.02, within the limit/);
  // From a zero baseline, any worsening is over a relative limit.
  expect(zero!.outcome).toBe('regressed');
});

test('improvements pass whatever their size; missing values are skipped; a diverged candidate regressed', () => {
  const better = run('b', 'b1', { 'val/rmse': 0.1, accuracy: 0.99 });
  expect(checkRegressions(parseRegressionRules('val/rmse:+0%, accuracy:-0'), better, baseline).map((r) => r.outcome)).toEqual(['ok', 'ok']);
  const partial = run('p', 'p1', { accuracy: NaN });
  const [rmse, acc] = checkRegressions(parseRegressionRules('val/rmse:+2%, accuracy:-0.01'), partial, baseline);
  expect(rmse).toMatchObject({ outcome: 'skipped', message: expect.stringContaining('candidate p (p1) = not logged') });
  expect(acc).toMatchObject({ outcome: 'regressed', message: expect.stringContaining('regressed to NaN') });
});

test('the gate fails closed: read errors and an empty store block it; the output says unknown unless every rule compared', () => {
  const error = { severity: 'error' as const, code: 'mlflow/db-unreadable', message: 'cannot read table runs: database is locked', file: 'mlflow.db' };
  const warning = { ...error, severity: 'warning' as const };
  expect(gateBlocker(3, [warning])).toBeUndefined();
  expect(gateBlocker(3, [error, error])).toBe(
    'fail-on-regression could not be evaluated: the store was not read completely: mlflow.db: error: cannot read table runs: database is locked (and 1 more errors)',
  );
  expect(gateBlocker(0, [])).toMatch(/no run was read/);

  const rules = parseRegressionRules('val/rmse:+2%, r2:-0.1');
  const [ok, skipped] = checkRegressions(rules, run('c', 'c1', { 'val/rmse': 1 }), run('b', 'b1', { 'val/rmse': 1, r2: 0.5 }));
  expect([ok!.outcome, skipped!.outcome]).toEqual(['ok', 'skipped']);
  const [regressed] = checkRegressions(rules, run('c', 'c1', { 'val/rmse': 2 }), run('b', 'b1', { 'val/rmse': 1 }));
  expect(regressedOutput([], [], false)).toBe('false');
  expect(regressedOutput(rules, [ok!], true)).toBe('false');
  expect(regressedOutput(rules, [ok!, skipped!], true)).toBe('unknown');
  expect(regressedOutput(rules, [ok!], false)).toBe('unknown');
  expect(regressedOutput(rules, [], true)).toBe('unknown');
  expect(regressedOutput(rules, [regressed!, skipped!], false)).toBe('true');
});
