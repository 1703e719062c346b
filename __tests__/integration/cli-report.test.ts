// `ml-hub runs` and `ml-hub report` from the committed CLI bundle, on copies of the MLflow fixture stores.

import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repoRoot } from '../harness/run-action.js';

const cli = path.join(repoRoot, 'dist', 'cli', 'index.js');
const fixtures = path.join(repoRoot, '__tests__', 'fixtures', 'mlflow');

function mlHub(cwd: string, ...args: string[]) {
  const env = { ...process.env };
  delete env.MLFLOW_TRACKING_URI;
  const result = spawnSync(process.execPath, [cli, ...args], { cwd, env, encoding: 'utf8', maxBuffer: 256 << 20 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function copyOf(store: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'cli-report-'));
  cpSync(path.join(fixtures, store), dir, { recursive: true });
  return dir;
}

/** truth.json minus what MLflow's export adds around the model. */
function truth(store: string): unknown {
  const { experiments, runs, logged_models } = JSON.parse(readFileSync(path.join(fixtures, store, 'truth.json'), 'utf8'));
  return { experiments, runs, logged_models };
}

describe.each(['file-store', 'sqlite'])('the %s fixture', (store) => {
  test('ml-hub runs --json prints the model shaped like truth.json, and equal to it', () => {
    const dir = copyOf(store);
    const { code, stdout, stderr } = mlHub(dir, 'runs', '--json');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const printed = JSON.parse(stdout);
    expect(Object.keys(printed)).toEqual(['experiments', 'runs', 'logged_models']);
    const expected = truth(store) as { runs: { run_name: string; model_inputs: string[] }[] };
    if (store === 'sqlite') {
      // As in the differential test: the database links baseline-linear to its logged model as an input, which
      // MLflow 3.6's export does not show.
      const baseline = printed.runs.find((r: { run_name: string }) => r.run_name === 'baseline-linear');
      expect(baseline.model_inputs).toEqual(['m-097c3bea7cdc4d81a8a3afc3516dc8be']);
      baseline.model_inputs = [];
    }
    expect(printed).toEqual(expected);
  });

  test('ml-hub report --out writes summary.md, runs.json and the dashboard', () => {
    const dir = copyOf(store);
    const out = path.join(dir, 'report');
    const { code, stdout, stderr } = mlHub(dir, 'report', '--out', out, '--experiment', 'wine-quality-rf', '--metric', 'val/rmse');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^wine-quality-rf: 6 runs; best baseline-linear \([0-9a-f]{32}\) val\/rmse = 0\.4915$/m);
    const summary = readFileSync(path.join(out, 'summary.md'), 'utf8');
    expect(summary).toContain('## 📈 wine-quality-rf');
    expect(summary).toContain('```mermaid');
    const json = JSON.parse(readFileSync(path.join(out, 'runs.json'), 'utf8'));
    expect(json.experiments).toEqual([expect.objectContaining({ name: 'wine-quality-rf', metric: 'val/rmse', direction: 'min' })]);
    expect(json.runs).toHaveLength(6);
    expect(json.runs[0].metric_history).toBeUndefined();
    expect(existsSync(path.join(out, 'dashboard', 'index.html'))).toBe(true);
  });
});

test('ml-hub report fails with exit 1 when a regression rule fails, 2 on bad usage', () => {
  const dir = copyOf('file-store');
  const failed = mlHub(dir, 'report', '--out', path.join(dir, 'r'), '--experiment', 'wine-quality-rf', '--baseline', '9c307a716d694d7fa29c9056ca6298c8', '--fail-on-regression', 'val/rmse:+2%', '--no-dashboard');
  expect(failed.code).toBe(1);
  expect(failed.stderr).toMatch(/^regression: val\/rmse regressed: it rose by 9\.91%, more than \+2% allows: candidate rf-depth8-leaf4 \(bba66f802be94b59a0e185234f820f3f\) = 0\.5402, baseline baseline-linear \(9c307a716d694d7fa29c9056ca6298c8\) = 0\.4915$/m);
  expect(existsSync(path.join(dir, 'r', 'dashboard'))).toBe(false);
  expect(mlHub(dir, 'report').stderr).toMatch(/report: where to\? usage: ml-hub report \[STORE\] --out DIR/);
  expect(mlHub(dir, 'report', 'nowhere', '--out', 'x')).toMatchObject({ code: 2, stderr: expect.stringMatching(/^ml-hub: runs|^ml-hub: report: nowhere: nothing at/) });
  expect(mlHub(dir, 'runs', 'nowhere').code).toBe(2);
});

test('ml-hub report warns, as the action does, when a rule cannot be checked: no baseline, or a metric a run lacks', () => {
  const dir = copyOf('file-store');
  const unchecked = mlHub(dir, 'report', '--out', path.join(dir, 'r'), '--experiment', 'wine-quality-rf', '--fail-on-regression', 'val/rmse:+2%', '--no-dashboard');
  expect(unchecked.code).toBe(0);
  expect(unchecked.stderr).toMatch(/^warning: wine-quality-rf: fail-on-regression not checked: no baseline was named \(--baseline\)$/m);
  const skipped = mlHub(dir, 'report', '--out', path.join(dir, 's'), '--experiment', 'wine-quality-rf', '--baseline', '9c307a716d694d7fa29c9056ca6298c8', '--fail-on-regression', 'no/such-metric:+2%', '--no-dashboard');
  expect(skipped.stderr).toMatch(/^warning: wine-quality-rf: .*no\/such-metric/m);
});
