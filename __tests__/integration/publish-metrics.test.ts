// publish-metrics as the runner runs it: the committed bundle, INPUT_* from action.yml, real pull_request payloads, a
// real git repository as the workspace holding a copy of each MLflow fixture store, and the GitHub double for the
// sticky comment.

import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { runAction, repoRoot, type ActionRun } from '../harness/run-action.js';
import { pullRequestEvent } from '../harness/events.js';
import { GitRepo } from '../harness/git-repo.js';
import { startGitHubDouble, type GitHubDouble } from '../harness/github-double/index.js';
import { mermaidBlocks } from '../harness/mermaid-check.js';

const fixtures = path.join(repoRoot, '__tests__', 'fixtures', 'mlflow');
const commitTag = 'mlflow.source.git.commit';
const wine = '229190340414769838';
const fileRuns = { baseline: '9c307a716d694d7fa29c9056ca6298c8', candidate: 'bba66f802be94b59a0e185234f820f3f' };

interface Workspace {
  repo: GitRepo;
  base: string;
  head: string;
}

/** main has `base`; the feature branch adds `head`. The store is copied in after, as CI's checkout would hold it. */
function workspace(copyStore: (dir: string) => void): Workspace {
  const repo = GitRepo.init();
  repo.write('README.md', '# wine quality\n');
  const base = repo.commitAll('base');
  repo.git('checkout', '-q', '-b', 'feature');
  repo.write('train.py', 'print("deeper trees")\n');
  const head = repo.commitAll('deeper trees');
  copyStore(repo.dir);
  return { repo, base, head };
}

/** A file store where baseline-linear ran at the base commit and rf-depth8-leaf4 at the head. */
function fileStoreWorkspace(): Workspace {
  const ws = workspace((dir) => cpSync(path.join(fixtures, 'file-store', 'mlruns'), path.join(dir, 'mlruns'), { recursive: true }));
  writeFileSync(path.join(ws.repo.dir, 'mlruns', wine, fileRuns.baseline, 'tags', commitTag), ws.base);
  writeFileSync(path.join(ws.repo.dir, 'mlruns', wine, fileRuns.candidate, 'tags', commitTag), ws.head);
  return ws;
}

/** The same with the SQLite store (mlflow.db and its artifact folder), tagged through SQL. */
function sqliteWorkspace(): Workspace {
  const ws = workspace((dir) => {
    cpSync(path.join(fixtures, 'sqlite', 'mlflow.db'), path.join(dir, 'mlflow.db'));
    cpSync(path.join(fixtures, 'sqlite', 'mlruns'), path.join(dir, 'mlruns'), { recursive: true });
  });
  const db = new DatabaseSync(path.join(ws.repo.dir, 'mlflow.db'));
  const tag = db.prepare('INSERT INTO tags (key, value, run_uuid) SELECT ?, ?, run_uuid FROM runs WHERE name = ?');
  tag.run(commitTag, ws.base, 'baseline-linear');
  tag.run(commitTag, ws.head, 'rf-depth8-leaf4');
  db.close();
  return ws;
}

function runIdByName(ws: Workspace, name: string): string {
  const db = new DatabaseSync(path.join(ws.repo.dir, 'mlflow.db'));
  const row = db.prepare('SELECT run_uuid FROM runs WHERE name = ?').get(name) as { run_uuid: string };
  db.close();
  return row.run_uuid;
}

async function doubleWithPullRequest(ws: Workspace, options: { readOnly?: boolean } = {}): Promise<{ double: GitHubDouble; number: number }> {
  const double = await startGitHubDouble();
  const repo = await double.state.createRepo('octo-org/wine-quality', { ownerType: 'Organization', settings: { readOnlyToken: options.readOnly ?? false } });
  ws.repo.git('push', '-q', repo.gitUrl, 'main', 'feature');
  const now = double.state.now();
  const number = repo.takeNumber();
  repo.pulls.push({
    number, id: double.state.nextId(), title: 'Deeper trees', body: null, state: 'open', draft: false, headRef: 'feature', baseRef: 'main',
    user: 'sarah', labels: [], requestedReviewers: [], requestedTeams: [], maintainerCanModify: true, createdAt: now, updatedAt: now, closedAt: null,
  });
  return { double, number };
}

function prEvent(ws: Workspace, number: number, fork = false) {
  const event = pullRequestEvent({ baseSha: ws.base, headSha: ws.head, number }) as { name: string; payload: { pull_request: { head: { repo: object } } } };
  if (fork) event.payload.pull_request.head.repo = { ...event.payload.pull_request.head.repo, fork: true, full_name: 'someone/wine-quality' };
  return event;
}

const env = (double: GitHubDouble) => ({ GITHUB_API_URL: double.url, GITHUB_TOKEN: 'ghs_x', ML_HUB_GITHUB_WAIT_SCALE: '0.01' });
const comments = '/repos/{owner}/{repo}/issues/{issue_number}/comments';
const comment = '/repos/{owner}/{repo}/issues/comments/{comment_id}';

function noStackTrace(run: ActionRun): void {
  expect(run.stdout + run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
}

describe('publish-metrics on a pull request, file store', () => {
  test('summary, outputs, report folder, and one sticky comment created then updated', async () => {
    const ws = fileStoreWorkspace();
    const { double, number } = await doubleWithPullRequest(ws);
    try {
      const inputs = { experiments: 'wine-quality-rf', metric: 'val/rmse', token: 'ghs_x' };
      const run = await runAction('publish-metrics', { workspace: ws.repo.dir, inputs, event: prEvent(ws, number), env: env(double) });
      noStackTrace(run);
      expect(run.exitCode).toBe(0);

      // The summary: best run, candidate (run at the head commit) against the base branch's run, a chart.
      expect(run.summary).toContain('# 📈 MLflow runs');
      expect(run.summary).toContain('## 📈 wine-quality-rf');
      expect(run.summary).toContain('Ranked by `val/rmse`, lower is better (guessed from the name; set `direction` to change).');
      expect(run.summary).toMatch(/🏆 Best: \*\*baseline-linear `9c307a71`\*\* 0\.4915/);
      expect(run.summary).toMatch(
        new RegExp(`⚖️ Candidate \\*\\*rf-depth8-leaf4 \`bba66f80\`\\*\\* \\(the best run of this commit \\(${ws.head.slice(0, 7)}\\)\\) 0\\.5402 vs baseline \\*\\*baseline-linear \`9c307a71\`\\*\\* \\(the latest run of the base \\(commit ${ws.base.slice(0, 7)} or an ancestor\\)\\) 0\\.4915: \\+9\\.91%, worse ⚠️`),
      );
      expect(run.summary).toMatch(/\| ↳ rf-depth4-leaf1 `676f0ad4` .*\| 0\.5412 \(\+10\.1%\) \|/);
      expect(run.summary).toContain(`\`${ws.head.slice(0, 7)}\``); // the environment column: the commit
      const charts = mermaidBlocks(run.summary);
      expect(charts[0]).toContain('title "val/rmse"');
      expect(run.summary).toContain('🟦 baseline-linear');
      expect(Buffer.byteLength(run.summary)).toBeLessThan(1024 * 1024);

      expect(run.outputs['best-run-id']).toBe(fileRuns.baseline);
      expect(Number(run.outputs['best-metric'])).toBeCloseTo(0.4915, 4);
      expect(run.outputs.regressed).toBe('false');
      const runs = JSON.parse(run.outputs.runs!) as { id: string; name: string; experiment: string; value: number | null }[];
      expect(runs.map((r) => r.name)).toEqual(['baseline-linear', 'rf-depth8-leaf4', 'rf-depth4-leaf1', 'rf-depth6-leaf2', 'rf-full-leaf1', 'rf-sweep']);
      expect(runs[5]!.value).toBeNull();

      // Outside a runner the report stays in a folder, and the step says so.
      const dir = run.outputs['report-path']!;
      expect(readFileSync(path.join(dir, 'summary.md'), 'utf8')).toContain('## 📈 wine-quality-rf');
      const json = JSON.parse(readFileSync(path.join(dir, 'runs.json'), 'utf8'));
      expect(json.experiments[0]).toMatchObject({ name: 'wine-quality-rf', metric: 'val/rmse', best: { run_id: fileRuns.baseline }, baseline: { run_id: fileRuns.baseline } });
      expect(run.outputs['dashboard-path']).toBe(path.join(dir, 'dashboard', 'index.html'));
      expect(existsSync(run.outputs['dashboard-path']!)).toBe(true);
      expect(run.annotations).toContainEqual(expect.objectContaining({ command: 'notice', message: expect.stringMatching(/no ACTIONS_RUNTIME_TOKEN\): the report was written to the folder/) }));
      expect(run.summary).toContain('no ACTIONS_RUNTIME_TOKEN');

      // The comment: created once, with its marker.
      expect(double.requestsTo('POST', comments).map((r) => r.status)).toEqual([201]);
      expect(double.requestsTo('PATCH', comment)).toEqual([]);
      const repo = double.state.repo('octo-org/wine-quality')!;
      expect(repo.comments).toHaveLength(1);
      // One comment per workflow and job (the harness runs workflow ml-hub, job check).
      expect(repo.comments[0]!.body.startsWith('<!-- ml-hub:publish-metrics:ml-hub:check -->\n')).toBe(true);
      expect(repo.comments[0]!.body).toContain('| Run | val/rmse ↓ (Δ vs 📌) |');
      expect(repo.comments[0]!.body).toContain('⚖️ Candidate **rf-depth8-leaf4');
      expect(run.outputs['comment-url']).toMatch(/#issuecomment-\d+$/);

      // A second run of the workflow updates it in place.
      const again = await runAction('publish-metrics', { workspace: ws.repo.dir, inputs, event: prEvent(ws, number), env: env(double) });
      expect(again.exitCode).toBe(0);
      expect(double.requestsTo('POST', comments)).toHaveLength(1);
      expect(double.requestsTo('PATCH', comment).map((r) => r.status)).toEqual([200]);
      expect(repo.comments).toHaveLength(1);
      expect(again.outputs['comment-url']).toBe(run.outputs['comment-url']);
      expect(double.violations).toEqual([]);
    } finally {
      await double.close();
    }
  });

  test('one comment per workflow and job holds every experiment; a step with its own artifact name has its own', async () => {
    const ws = fileStoreWorkspace();
    const { double, number } = await doubleWithPullRequest(ws);
    try {
      const run = await runAction('publish-metrics', { workspace: ws.repo.dir, inputs: { token: 'ghs_x', dashboard: 'false' }, event: prEvent(ws, number), env: env(double) });
      noStackTrace(run);
      expect(run.exitCode).toBe(0);
      const repo = double.state.repo('octo-org/wine-quality')!;
      expect(repo.comments).toHaveLength(1);
      const body = repo.comments[0]!.body;
      expect(body.startsWith('<!-- ml-hub:publish-metrics:ml-hub:check -->\n')).toBe(true);
      expect(body.match(/^## 📈 .+$/gm)).toEqual(['## 📈 edge-cases', '## 📈 wine-quality-rf']);
      // The edge cases' runs record no commit: the section says so, and how else to get a baseline.
      expect(body).toContain(
        '(commit ' + ws.base.slice(0, 7) + ' or an ancestor)): no run records its commit (MLflow sets mlflow.source.git.commit when it runs inside a git checkout). ' +
          'Or set the `baseline` input to a run id, `tag:KEY=VALUE`, `branch:NAME` or `base`.',
      );
      const other = await runAction('publish-metrics', {
        workspace: ws.repo.dir,
        inputs: { token: 'ghs_x', dashboard: 'false', experiments: 'edge-cases', 'artifact-name': 'edge-report' },
        event: prEvent(ws, number),
        env: env(double),
      });
      expect(other.exitCode).toBe(0);
      expect(repo.comments).toHaveLength(2);
      expect(repo.comments[1]!.body.startsWith('<!-- ml-hub:publish-metrics:ml-hub:check%2Fedge-report -->\n')).toBe(true);
      expect(repo.comments[0]!.body).toBe(body);
      expect(double.violations).toEqual([]);
    } finally {
      await double.close();
    }
  });

  test('a fork pull request (read-only token) falls back to the summary with a notice', async () => {
    const ws = fileStoreWorkspace();
    const { double, number } = await doubleWithPullRequest(ws, { readOnly: true });
    try {
      const run = await runAction('publish-metrics', {
        workspace: ws.repo.dir,
        inputs: { experiments: 'wine-quality-rf', token: 'ghs_x' },
        event: prEvent(ws, number, true),
        env: env(double),
      });
      noStackTrace(run);
      expect(run.exitCode).toBe(0);
      expect(double.requestsTo('POST', comments).map((r) => r.status)).toEqual([403]);
      const notice = run.annotations.find((a) => a.command === 'notice' && a.message.includes('pull request from a fork'));
      expect(notice?.message).toMatch(/GITHUB_TOKEN is read-only .* The report is in this job summary instead\.$/);
      expect(run.summary).toContain('> The pull request comment could not be written: Could not comment on #');
      expect(run.summary).toContain('## 📈 wine-quality-rf');
      expect(run.outputs['comment-url']).toBe('');
      expect(double.violations).toEqual([]);
    } finally {
      await double.close();
    }
  });
});

describe('publish-metrics on a pull request, SQLite store', () => {
  test('the regression gate fails naming both runs and their values', async () => {
    const ws = sqliteWorkspace();
    const { double, number } = await doubleWithPullRequest(ws);
    try {
      const run = await runAction('publish-metrics', {
        workspace: ws.repo.dir,
        inputs: { experiments: 'wine-*', 'fail-on-regression': 'val/rmse:+2%, r2:-0.5', comment: 'false', 'include-run-artifacts': 'summary/**', 'max-artifact-size': '1MB' },
        event: prEvent(ws, number),
        env: env(double),
      });
      noStackTrace(run);
      expect(run.exitCode).toBe(1);
      const candidate = runIdByName(ws, 'rf-depth8-leaf4');
      const baseline = runIdByName(ws, 'baseline-linear');
      const failure = run.commands.find((c) => c.command === 'error' && c.message.startsWith('Metrics regressed'));
      expect(failure?.message).toBe(
        `Metrics regressed (fail-on-regression): wine-quality-rf: val/rmse regressed: it rose by 9.91%, more than +2% allows: ` +
          `candidate rf-depth8-leaf4 (${candidate}) = 0.5402, baseline baseline-linear (${baseline}) = 0.4915`,
      );
      expect(run.outputs.regressed).toBe('true');
      // r2 was not logged by the baseline: a warning, not a failure.
      expect(run.annotations).toContainEqual(expect.objectContaining({ command: 'warning', message: expect.stringContaining('wine-quality-rf: r2: not compared') }));
      expect(run.summary).toContain('**Regression gate**');
      expect(run.summary).toMatch(/- ❌ wine-quality-rf: val\/rmse regressed/);
      expect(run.summary).toMatch(/🏆 Best: \*\*baseline-linear/);
      expect(mermaidBlocks(run.summary).length).toBeGreaterThan(0);
      expect(run.outputs['best-run-id']).toBe(baseline);
      // comment: false writes nothing to the pull request.
      expect(double.requests.filter((r) => r.method !== 'GET')).toEqual([]);
      expect(existsSync(path.join(run.outputs['report-path']!, 'runs.json'))).toBe(true);
      // The candidate's artifacts matching the glob, read through the store, are in the report.
      const copied = path.join(run.outputs['report-path']!, 'run-artifacts', candidate, 'summary', 'model_summary.txt');
      const db = new DatabaseSync(path.join(ws.repo.dir, 'mlflow.db'));
      const { experiment_id: experimentId } = db.prepare('SELECT experiment_id FROM runs WHERE run_uuid = ?').get(candidate) as { experiment_id: number };
      db.close();
      const original = path.join(ws.repo.dir, 'mlruns', String(experimentId), candidate, 'artifacts', 'summary', 'model_summary.txt');
      expect(readFileSync(copied)).toEqual(readFileSync(original));
      expect(existsSync(path.join(run.outputs['report-path']!, 'run-artifacts', candidate, 'feature_importances.json'))).toBe(false);
    } finally {
      await double.close();
    }
  });
});

describe('publish-metrics on what goes wrong', () => {
  test('a bad fail-on-regression rule is one clear input error', async () => {
    const ws = fileStoreWorkspace();
    const run = await runAction('publish-metrics', { workspace: ws.repo.dir, inputs: { 'fail-on-regression': 'val/rmse:lots' } });
    expect(run.exitCode).toBe(1);
    expect(run.commands).toEqual([
      expect.objectContaining({
        command: 'error',
        message: 'input fail-on-regression "val/rmse:lots": "lots" is not a tolerance; expected <metric>:<tolerance> such as val/rmse:+2% or accuracy:-0.01',
      }),
    ]);
  });

  test('no store is one clear input error', async () => {
    const ws = workspace(() => {});
    const run = await runAction('publish-metrics', { workspace: ws.repo.dir });
    expect(run.exitCode).toBe(1);
    expect(run.commands[0]?.message).toMatch(/^input store: .*no MLflow store here/);
  });

  test('an unreadable run is an annotation on its file and line; the other runs are still reported', async () => {
    const ws = fileStoreWorkspace();
    const meta = path.join('mlruns', wine, '676f0ad40aaf4604a873a1f5fc9dae51', 'meta.yaml');
    writeFileSync(path.join(ws.repo.dir, meta), 'artifact_uri: [unclosed\nrun_id: 676f0ad40aaf4604a873a1f5fc9dae51\n');
    const run = await runAction('publish-metrics', { workspace: ws.repo.dir, inputs: { experiments: 'wine-quality-rf', 'upload-artifacts': 'false', dashboard: 'false' } });
    noStackTrace(run);
    expect(run.exitCode).toBe(0);
    const problem = run.annotations.find((a) => a.properties.file === meta);
    expect(problem).toBeDefined();
    expect(run.summary).toContain('baseline-linear');
    expect(run.summary).toContain('rf-depth8-leaf4');
    expect(run.summary).toMatch(/\d+ problems? reading the store/);
    expect(run.outputs['dashboard-path']).toBe('');
  });
});

/** Writes a file store in MLflow's format: `runs` runs of one experiment, `steps` points of each metric. */
function writeLargeFileStore(dir: string, runs: number, metrics: string[], steps: number): void {
  const exp = path.join(dir, 'mlruns', '424242424242424242');
  mkdirSync(exp, { recursive: true });
  writeFileSync(path.join(exp, 'meta.yaml'), `artifact_location: file:///home/sarah/mlruns/424242424242424242\ncreation_time: 1700000000000\nexperiment_id: '424242424242424242'\nlast_update_time: 1700000000000\nlifecycle_stage: active\nname: big-sweep\n`);
  for (let i = 0; i < runs; i++) {
    const id = `${i.toString(16).padStart(8, '0')}${'f'.repeat(24)}`;
    const run = path.join(exp, id);
    const start = 1_700_000_000_000 + i * 1000;
    mkdirSync(path.join(run, 'params'), { recursive: true });
    mkdirSync(path.join(run, 'tags'), { recursive: true });
    writeFileSync(
      path.join(run, 'meta.yaml'),
      `artifact_uri: file:///home/sarah/mlruns/424242424242424242/${id}/artifacts\nend_time: ${start + 900}\nentry_point_name: ''\nexperiment_id: '424242424242424242'\nlifecycle_stage: active\nrun_id: ${id}\nrun_name: sweep-${i}-ユニコード-${'long-name-'.repeat(4)}\nsource_name: ''\nsource_type: 4\nsource_version: ''\nstart_time: ${start}\nstatus: 3\ntags: []\nuser_id: sarah\n`,
    );
    writeFileSync(path.join(run, 'tags', 'mlflow.runName'), `sweep-${i}-ユニコード-${'long-name-'.repeat(4)}`);
    writeFileSync(path.join(run, 'params', 'lr'), String(0.0001 * (i % 11)));
    writeFileSync(path.join(run, 'params', 'optimizer'), `adam-${i % 4}-${'w'.repeat(30)}`);
    for (const [k, metric] of metrics.entries()) {
      const file = path.join(run, 'metrics', ...metric.split('/'));
      mkdirSync(path.dirname(file), { recursive: true });
      const lines = Array.from({ length: steps }, (_, s) => `${start + s} ${1 / (s + 1) + ((i * 7919) % 1000) / 10_000 + k} ${s}`);
      writeFileSync(file, `${lines.join('\n')}\n`);
    }
  }
}

describe('publish-metrics limits', () => {
  test('hundreds of runs keep the summary under 1 MiB and the comment under 65,536 characters', async () => {
    const ws = workspace((dir) => writeLargeFileStore(dir, 400, ['val/loss', 'train/loss', 'val/accuracy', 'lr_now', 'grad_norm', 'epoch_time', 'throughput'], 120));
    const { double, number } = await doubleWithPullRequest(ws);
    try {
      const run = await runAction('publish-metrics', { workspace: ws.repo.dir, inputs: { token: 'ghs_x', dashboard: 'false' }, event: prEvent(ws, number), env: env(double), timeoutMs: 120_000 });
      noStackTrace(run);
      expect(run.exitCode).toBe(0);
      expect(Buffer.byteLength(run.summary)).toBeLessThan(1024 * 1024);
      expect(run.summary).toContain('## 📈 big-sweep');
      const [posted] = double.state.repo('octo-org/wine-quality')!.comments;
      expect(posted!.body.length).toBeLessThanOrEqual(65_536);
      expect(posted!.body).toContain("Shortened to fit GitHub's 65,536-character comment limit");
      const shown = /_Showing the best (\d+) runs by `val\/accuracy` of 400; the other (\d+) are in the `publish-metrics` artifact\._/.exec(posted!.body);
      expect(shown).not.toBeNull();
      const n = Number(shown![1]);
      expect(n + Number(shown![2])).toBe(400);
      expect(n).toBeGreaterThan(100);
      // The best n by the ranking (the `runs` output's order) are the runs in the comment; no other run is.
      const ranked = JSON.parse(run.outputs.runs!) as { id: string }[];
      expect(ranked).toHaveLength(400);
      const inComment = new Set([...posted!.body.matchAll(/^\| [^|]*`([0-9a-f]{8})`/gm)].map((m) => m[1]));
      expect(inComment).toEqual(new Set(ranked.slice(0, n).map((r) => r.id.slice(0, 8))));
      // The budget is used: the ranking metric's chart is kept.
      expect(mermaidBlocks(posted!.body)[0]).toContain('title "val/accuracy"');
      expect(double.violations).toEqual([]);
    } finally {
      await double.close();
    }
  }, 180_000);
});
