// publishMetrics(), the pipeline behind the publish-metrics action and `ml-hub report`, on copies of the MLflow fixture
// stores: what it writes, what it warns about and in which order, how the gate decides, and what the comment port changes.

import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openStore } from '../../../shared/mlflow/detect-store.js';
import { publishMetrics, type PublishedMetrics, type PublishOptions } from '../../../shared/report/publish-metrics.js';
import { parseRegressionRules } from '../../../shared/report/regression-gate.js';

const fixtures = path.resolve('__tests__/fixtures/mlflow');
const baselineRun = '9c307a716d694d7fa29c9056ca6298c8';
const candidateRun = 'bba66f802be94b59a0e185234f820f3f';
const settings = { baseline: 'input baseline', baselineMarkdown: 'the `baseline` input', experiments: 'input experiments' };

function copyOf(store: 'file-store' | 'sqlite'): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'publish-metrics-'));
  cpSync(path.join(fixtures, store), dir, { recursive: true });
  return dir;
}

async function publish(dir: string, options: Partial<PublishOptions> = {}, store = 'mlruns') {
  return publishMetrics(openStore(path.join(dir, store)), {
    rules: [],
    settings,
    outDir: path.join(dir, 'out'),
    displayRoot: dir,
    elsewhere: 'runs.json and the dashboard',
    dashboard: false,
    ...options,
  });
}

function published(result: Awaited<ReturnType<typeof publishMetrics>>): PublishedMetrics {
  if (result.unreadable) throw new Error(`unreadable: ${result.unreadable.message}`);
  return result;
}

describe.each([
  ['file-store', 'mlruns'],
  ['sqlite', 'mlflow.db'],
] as const)('the %s fixture', (fixture, store) => {
  test('the report folder holds the summary it returns, runs.json and the dashboard', async () => {
    const dir = copyOf(fixture);
    const result = published(await publish(dir, { experiments: ['wine-quality-rf'], metric: 'val/rmse', dashboard: true }, store));
    const out = path.join(dir, 'out');
    expect(readFileSync(path.join(out, 'summary.md'), 'utf8')).toBe(result.summary);
    expect(result.summary).toMatch(/^# 📈 MLflow runs\n\n<sub>6 runs in 1 experiment from the (file|SQLite) store `(mlruns|mlflow\.db)`<\/sub>\n\n/);
    expect(result.summary).toContain('## 📈 wine-quality-rf');
    expect(result.best?.run.runName).toBe('baseline-linear');
    expect(result.best?.value).toBeCloseTo(0.4915, 4);
    const json = JSON.parse(readFileSync(path.join(out, 'runs.json'), 'utf8'));
    expect(json.experiments.map((e: { name: string }) => e.name)).toEqual(['wine-quality-rf']);
    expect(json.runs).toHaveLength(6);
    expect(result.dashboardPath).toBe(path.join(out, 'dashboard', 'index.html'));
    expect(readFileSync(result.dashboardPath!, 'utf8')).toMatch(/^<!doctype html>/i);
    expect(result.warnings).toEqual([]);
    expect(result.runCount).toBe(6);
  });
});

test('the gate: a rule over its tolerance regresses, and the summary lists the outcome', async () => {
  const dir = copyOf('file-store');
  const result = published(
    await publish(dir, { experiments: ['wine-quality-rf'], baseline: { kind: 'run', runId: baselineRun }, rules: parseRegressionRules('val/rmse:+2%') }),
  );
  expect(result.regressions.map((r) => [r.candidate.runId, r.baseline.runId])).toEqual([[candidateRun, baselineRun]]);
  expect(result.regressions[0]!.message).toMatch(/^val\/rmse regressed: it rose by 9\.91%, more than \+2% allows/);
  expect(result.decided).toBe(true);
  expect(result.blocker).toBeUndefined();
  expect(result.summary).toMatch(/\*\*Regression gate\*\*\n\n- ❌ wine-quality-rf: val/);
  expect(JSON.parse(readFileSync(path.join(dir, 'out', 'runs.json'), 'utf8')).regressions).toHaveLength(1);
});

test('warnings come in order, named with the shell\'s settings: an unmatched pattern, then a rule that cannot be checked', async () => {
  const dir = copyOf('file-store');
  const result = published(
    await publish(dir, { experiments: ['wine-quality-rf', 'no-such-*'], rules: parseRegressionRules('val/rmse:+2%'), settings: { ...settings, experiments: '--experiment', baseline: '--baseline' } }),
  );
  expect(result.warnings).toEqual([
    { level: 'warning', title: 'ml-hub: experiments', message: '--experiment: "no-such-*" matches no experiment in the store' },
    { level: 'warning', title: 'ml-hub: regression gate', message: 'wine-quality-rf: fail-on-regression not checked: no baseline was named (--baseline)' },
  ]);
  expect(result.decided).toBe(false);
});

test('an empty store: a warning without rules; with rules the gate is blocked instead', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'publish-metrics-empty-'));
  mkdirSync(path.join(dir, 'mlruns', '.trash'), { recursive: true });
  const plain = published(await publish(dir));
  expect(plain.warnings).toEqual([{ level: 'warning', title: 'ml-hub: no runs', message: 'No run to report in the store.' }]);
  const gated = published(await publish(dir, { rules: parseRegressionRules('val/rmse:+2%') }));
  expect(gated.warnings).toEqual([]);
  expect(gated.blocker).toBe('fail-on-regression could not be evaluated: no run was read from the store in the reported experiments');
  expect(gated.summary).toContain('- ⛔ fail-on-regression could not be evaluated');
});

test('an unreadable store is reported as such, and the report folder is not touched', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'publish-metrics-unreadable-'));
  writeFileSync(path.join(dir, 'mlflow.db'), '');
  let prepared = false;
  const result = await publish(dir, { prepareOutDir: () => (prepared = true) }, 'mlflow.db');
  expect(result.unreadable?.message).toMatch(/no experiments table/);
  expect(prepared).toBe(false);
  expect(existsSync(path.join(dir, 'out'))).toBe(false);
});

test('the comment port runs before the summary, which says when the comment could not be written', async () => {
  const dir = copyOf('file-store');
  const seen: string[] = [];
  const result = published(
    await publish(dir, {
      experiments: ['wine-quality-rf'],
      comment: async (reports, view) => {
        seen.push(`${reports.map((r) => r.experiment.name).join()} | ${view.elsewhere} | ${view.runLink === undefined}`);
        return { url: 'https://github.example/c/1', warnings: [{ level: 'notice', title: 'ml-hub: pull request comment', message: 'refused' }], failed: 'The token may not comment.' };
      },
    }),
  );
  expect(seen).toEqual(['wine-quality-rf | runs.json and the dashboard | true']);
  expect(result.commentUrl).toBe('https://github.example/c/1');
  expect(result.warnings).toEqual([{ level: 'notice', title: 'ml-hub: pull request comment', message: 'refused' }]);
  expect(result.summary).toContain('> [!NOTE]\n> The pull request comment could not be written: The token may not comment. The report is here instead.');
});

test('run artifacts of the reported runs are copied, bounded per file, and what was left out is a notice', async () => {
  const dir = copyOf('file-store');
  const result = published(await publish(dir, { experiments: ['wine-quality-rf'], runArtifacts: { patterns: ['**'], maxFileSize: 200 } }));
  expect(result.copied!.files).toBeGreaterThan(0);
  expect(result.copied!.skipped.length).toBeGreaterThan(0);
  expect(result.copied!.skipped.every((s) => /over the 200-byte limit per file/.test(s.reason))).toBe(true);
  expect(result.warnings.at(-1)).toEqual({
    level: 'notice',
    title: 'ml-hub: run artifacts',
    message: `${result.copied!.skipped.length} run artifact files were left out of the report (size limits or names); the log lists them.`,
  });
  expect(existsSync(path.join(dir, 'out', 'run-artifacts'))).toBe(true);
});

test('a dashboard that cannot be written where it must go is an error, not a warning about drawing it', async () => {
  const dir = copyOf('file-store');
  const elsewhere = mkdtempSync(path.join(tmpdir(), 'publish-metrics-elsewhere-'));
  mkdirSync(path.join(dir, 'out'));
  symlinkSync(elsewhere, path.join(dir, 'out', 'dashboard'));
  await expect(publish(dir, { experiments: ['wine-quality-rf'], dashboard: true })).rejects.toThrow(/outside/);
  expect(existsSync(path.join(elsewhere, 'index.html'))).toBe(false);
});
