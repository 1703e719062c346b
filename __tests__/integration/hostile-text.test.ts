// Untrusted text stays text. Run, experiment, param, tag and metric names, artifact and source file names are written
// into real stores and repositories with every way into the runner's command parser (a command after a line break
// of each kind, after white space, the legacy `##[` form, add-mask, stop-commands) and every way to make Markdown act
// (mentions, links, images, HTML, emphasis). The committed bundles run as the runner runs them; their output is parsed
// as the runner parses it (harness/workflow-commands.ts), their summaries and comments are checked for live Markdown.

import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { pullRequestEvent } from '../harness/events.js';
import { GitRepo } from '../harness/git-repo.js';
import { startGitHubDouble, type GitHubDouble } from '../harness/github-double/index.js';
import { runAction, repoRoot, type ActionRun } from '../harness/run-action.js';
import { parseWorkflowCommands, type WorkflowCommand } from '../harness/workflow-commands.js';
import { trainWorkflow } from '../unit/dispatch/train-double.js';

const fixtures = path.join(repoRoot, '__tests__', 'fixtures', 'mlflow');
const cli = path.join(repoRoot, 'dist', 'cli', 'index.js');

/** Workflow-command lines after each kind of line break, then Markdown that would notify, link, embed or format. */
function hostile(what: string): string {
  return (
    `${what} x\n::error title=injected::PWNED ${what} error\r  ::add-mask::PWNED-${what}-mask\r\n` +
    `\u0085::warning::PWNED ${what} nel\n::stop-commands::PWNED-${what}-stop\n##[error]PWNED ${what} legacy\n` +
    ` @octocat @octo-org/admins [click](https://evil.example/${what}) ![img](https://evil.example/i.png) <img src=x onerror=alert(1)> **bold**`
  );
}
/** The same, shorter, for a file name: no `/`, within 255 bytes. */
const hostileFileName = (what: string) =>
  `${what} x\n::error title=injected::PWNED ${what}\r::add-mask::PWNED-${what}\r\n ::stop-commands::PWNED-s\n##[error]PWNED l @octocat [click](https:evil) <img src=x> **bold**`;

/** Commands the runner would run that came from the data, not from ml-hub. */
function injected(commands: WorkflowCommand[]): WorkflowCommand[] {
  return commands.filter(
    (c) => c.legacy || c.properties.title === 'injected' || c.message.startsWith('PWNED') || c.command === 'stop-commands' || (c.command === 'add-mask' && c.message.includes('PWNED')),
  );
}

function expectNoInjection(output: string): void {
  expect(injected(parseWorkflowCommands(output))).toEqual([]);
}

/** Markdown in which the hostile text shows as text: nothing mentions, links, embeds or formats. Mermaid code is code. */
function expectInert(markdown: string, what: string): void {
  // Link targets ml-hub builds (a file on GitHub) hold the name percent-encoded where Markdown would end them; the rest
  // of the name in them is a URL, not text.
  const text = markdown.replace(/```mermaid\n[\s\S]*?\n```/g, '').replace(/\]\(https:\/\/github\.com\/[^\s()<>]*\)/g, '](…)');
  expect(text).toContain(`${what} x`); // the text did reach it
  expect(text).not.toMatch(/@octocat|@octo-org/);
  expect(text).toContain('@\u200docto');
  expect(text).not.toContain('[click](');
  expect(text).not.toContain('![img](');
  expect(text).not.toMatch(/<img/i);
  expect(text).not.toMatch(/(?<!\\)\*\*bold/);
  expect(text).not.toMatch(/^\s*::|\n##\[/m);
}

/** A copy of the SQLite fixture whose wine-quality-rf experiment, its runs, params, tags and a metric carry hostile names. */
function hostileSqliteStore(dir: string): { bestRun: string } {
  cpSync(path.join(fixtures, 'sqlite', 'mlflow.db'), path.join(dir, 'mlflow.db'));
  cpSync(path.join(fixtures, 'sqlite', 'mlruns'), path.join(dir, 'mlruns'), { recursive: true });
  const db = new DatabaseSync(path.join(dir, 'mlflow.db'));
  try {
    const experiment = db.prepare("SELECT experiment_id AS id FROM experiments WHERE name = 'wine-quality-rf'").get() as { id: number };
    db.prepare('UPDATE experiments SET name = ? WHERE experiment_id = ?').run(hostile('experiment'), experiment.id);
    const runs = db.prepare('SELECT run_uuid AS id FROM runs WHERE experiment_id = ? ORDER BY run_uuid').all(experiment.id) as { id: string }[];
    runs.forEach(({ id }, i) => {
      const name = hostile(`run${i}`);
      db.prepare('UPDATE runs SET name = ? WHERE run_uuid = ?').run(name, id);
      db.prepare("UPDATE tags SET value = ? WHERE key = 'mlflow.runName' AND run_uuid = ?").run(name, id);
      db.prepare('INSERT INTO params (key, value, run_uuid) VALUES (?, ?, ?)').run(hostile('param'), hostile(`value${i}`), id);
      db.prepare('INSERT INTO tags (key, value, run_uuid) VALUES (?, ?, ?)').run(hostile('tag'), hostile(`tagvalue${i}`), id);
      db.prepare('INSERT INTO latest_metrics (key, value, timestamp, step, is_nan, run_uuid) VALUES (?, ?, 1700000000000, 0, 0, ?)').run(hostile('metric'), i, id);
      db.prepare('INSERT INTO metrics (key, value, timestamp, run_uuid, step, is_nan) VALUES (?, ?, 1700000000000, ?, 0, 0)').run(hostile('metric'), i, id);
    });
    const best = db.prepare("SELECT run_uuid AS id FROM latest_metrics WHERE key = 'val/rmse' AND run_uuid IN (SELECT run_uuid FROM runs WHERE experiment_id = ?) ORDER BY value LIMIT 1").get(experiment.id) as { id: string };
    // An artifact whose file name is hostile and too large to include: the log lists it as skipped.
    const artifacts = path.join(dir, 'mlruns', String(experiment.id), best.id, 'artifacts');
    mkdirSync(artifacts, { recursive: true });
    writeFileSync(path.join(artifacts, hostileFileName('artifact')), Buffer.alloc(4096, 1));
    return { bestRun: best.id };
  } finally {
    db.close();
  }
}

async function pullRequest(repo: GitRepo): Promise<{ double: GitHubDouble; number: number }> {
  const double = await startGitHubDouble();
  const remote = await double.state.createRepo('octo-org/wine-quality', { ownerType: 'Organization' });
  repo.git('push', '-q', remote.gitUrl, 'main', 'feature');
  const now = double.state.now();
  const number = remote.takeNumber();
  remote.pulls.push({
    number, id: double.state.nextId(), title: 'Deeper trees', body: null, state: 'open', draft: false, headRef: 'feature', baseRef: 'main',
    user: 'sarah', labels: [], requestedReviewers: [], requestedTeams: [], maintainerCanModify: true, createdAt: now, updatedAt: now, closedAt: null,
  });
  return { double, number };
}

function mlHub(cwd: string, ...args: string[]) {
  const env = { ...process.env };
  delete env.MLFLOW_TRACKING_URI;
  const result = spawnSync(process.execPath, [cli, ...args], { cwd, env, encoding: 'utf8' });
  return { code: result.status, output: result.stdout + result.stderr };
}

describe('publish-metrics with hostile names in the store', () => {
  test('no name becomes a workflow command; the summary and the comment show them as text', async () => {
    const repo = GitRepo.init();
    repo.write('README.md', '# wine quality\n');
    const base = repo.commitAll('base');
    repo.git('checkout', '-q', '-b', 'feature');
    repo.write('train.py', 'print(1)\n');
    const head = repo.commitAll('head');
    hostileSqliteStore(repo.dir);
    const { double, number } = await pullRequest(repo);
    try {
      const run: ActionRun = await runAction('publish-metrics', {
        workspace: repo.dir,
        inputs: {
          metric: 'val/rmse',
          token: 'ghs_x',
          'fail-on-regression': 'val/rmse:+0%',
          baseline: 'tag:mlflow.runName=no-such-run',
          'include-run-artifacts': 'true',
          'max-artifact-size': '1KB',
          dashboard: 'false',
        },
        event: pullRequestEvent({ baseSha: base, headSha: head, number }),
        env: { GITHUB_API_URL: double.url, GITHUB_TOKEN: 'ghs_x', ML_HUB_GITHUB_WAIT_SCALE: '0.01' },
      });
      expect(run.stdout + run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
      expectNoInjection(run.stdout);
      expectNoInjection(run.stderr);
      // The names did reach the log, neutralised: the best run's and the experiment's.
      expect(run.stdout).toContain(':\u200b:error title=injected::PWNED run');
      expect(run.stdout).toContain('#\u200b#[error]PWNED');
      // Annotations quoting them (the gate's warnings name the experiment) keep their data escaped.
      expect(run.annotations.some((a) => a.message.includes('::error title=injected::PWNED experiment error'))).toBe(true);

      expectInert(run.summary, 'run0');
      expectInert(run.summary, 'experiment');
      const comment = double.state.repo('octo-org/wine-quality')!.comments.find((c) => c.body.includes('run0 x'));
      expect(comment).toBeDefined();
      expectInert(comment!.body, 'run0');
      expect(double.violations).toEqual([]);
    } finally {
      await double.close();
    }
  }, 120_000);

  test('ml-hub runs and ml-hub report, inside a workflow step, print no workflow command', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'hostile-store-'));
    hostileSqliteStore(dir);
    const runs = mlHub(dir, 'runs');
    expect(runs.code).toBe(0);
    expect(runs.output).toContain(':\u200b:error title=injected::PWNED run0 error');
    expectNoInjection(runs.output);
    const report = mlHub(dir, 'report', '--out', path.join(dir, 'out'), '--metric', 'val/rmse', '--no-dashboard');
    expect(report.code).toBe(0);
    expect(report.output).toContain('PWNED run');
    expectNoInjection(report.output);
  });
});

describe('detect-env with hostile file names in the repository', () => {
  test('annotations carry the names escaped, the log and the summary show them as text', async () => {
    const repo = GitRepo.init();
    repo.write('requirements.txt', 'numpy==1.26.4\n');
    const file = `src/${hostileFileName('source')}.py`;
    repo.write(file, 'import numpy\nimport pandas\n');
    repo.write('requirements-dev.txt', `pytest==8.0 ; ${hostile('marker').replaceAll('\n', ' ')}\n`);
    repo.commitAll('hostile names');
    const run = await runAction('detect-env', { workspace: repo.dir, inputs: { 'fail-on': 'never' } });
    expect(run.exitCode).toBe(0);
    expectNoInjection(run.stdout);
    expectNoInjection(run.stderr);
    // The undeclared import is annotated on the real file, whose name survives the escaping.
    const pandas = run.annotations.find((a) => a.message.includes('pandas'));
    expect(pandas?.properties.file).toBe(file);
    expectInert(run.summary, 'source');

    const cliRun = mlHub(repo.dir, 'detect-env', '.');
    expect(cliRun.output).toContain('PWNED source');
    expectNoInjection(cliRun.output);
  });
});

describe('publish-metrics and a planted sticky comment', () => {
  test("a comment someone else wrote with ml-hub's marker is never edited; ml-hub posts its own and updates that", async () => {
    const repo = GitRepo.init();
    repo.write('README.md', '# wine quality\n');
    const base = repo.commitAll('base');
    repo.git('checkout', '-q', '-b', 'feature');
    repo.write('train.py', 'print(1)\n');
    const head = repo.commitAll('head');
    cpSync(path.join(fixtures, 'file-store', 'mlruns'), path.join(repo.dir, 'mlruns'), { recursive: true });
    const { double, number } = await pullRequest(repo);
    const run = () =>
      runAction('publish-metrics', {
        workspace: repo.dir,
        inputs: { experiments: 'wine-quality-rf', token: 'ghs_x', dashboard: 'false', 'upload-artifacts': 'false' },
        event: pullRequestEvent({ baseSha: base, headSha: head, number }),
        env: { GITHUB_API_URL: double.url, GITHUB_TOKEN: 'ghs_x', ML_HUB_GITHUB_WAIT_SCALE: '0.01' },
      });
    try {
      const remote = double.state.repo('octo-org/wine-quality')!;
      // Learn the marker from a first run, then start over with only the planted comment on the pull request.
      expect((await run()).exitCode).toBe(0);
      const marker = remote.comments[0]!.body.split('\n')[0]!;
      expect(marker).toMatch(/^<!-- ml-hub:publish-metrics:/);
      remote.comments.splice(0);
      const planted = remote.addComment(number, `${marker}\n✅ All metrics improved. Merge away!`, 'mallory');

      const second = await run();
      expect(second.exitCode).toBe(0);
      expect(planted.body).toBe(`${marker}\n✅ All metrics improved. Merge away!`);
      const ours = remote.comments.filter((c) => c.user === 'github-actions[bot]');
      expect(ours).toHaveLength(1);
      expect(second.outputs['comment-url']).toMatch(new RegExp(`#issuecomment-${ours[0]!.id}$`));

      const third = await run();
      expect(third.outputs['comment-url']).toBe(second.outputs['comment-url']);
      expect(remote.comments).toHaveLength(2);
      expect(planted.body).toBe(`${marker}\n✅ All metrics improved. Merge away!`);
      expect(double.violations).toEqual([]);
    } finally {
      await double.close();
    }
  }, 120_000);
});

describe('dispatch-training with a hostile runner name in the catalog', () => {
  test('the choice is logged and summarised as text', async () => {
    const double = await startGitHubDouble();
    try {
      const remote = await double.state.createRepo('octo-org/wine-quality', { ownerType: 'Organization' });
      const local = GitRepo.init(path.join(repoRoot, 'examples', 'wine-quality'));
      local.write('.github/ml-hub.yml', `requirements:\n  gpu: 1\nrunners:\n  ${JSON.stringify(hostile('runner'))}:\n    labels: [self-hosted, gpu]\n    cpus: 16\n    memory: 64GB\n    gpu: 1\n`);
      local.write('.github/workflows/train.yml', trainWorkflow);
      local.commitAll('a hostile runner name');
      local.git('push', '-q', remote.gitUrl, 'main');
      const run = await runAction('dispatch-training', {
        workspace: local.dir,
        inputs: { wait: 'false' },
        env: { GITHUB_API_URL: double.url, GITHUB_TOKEN: 'ghs_test-token', ML_HUB_GITHUB_WAIT_SCALE: '0.01' },
      });
      expect(run.exitCode).toBe(0);
      expect(run.stdout).toContain(':\u200b:error title=injected::PWNED runner');
      expectNoInjection(run.stdout);
      expectNoInjection(run.stderr);
      expectInert(run.summary, 'runner');
      expect(double.violations).toEqual([]);
    } finally {
      await double.close();
    }
  }, 120_000);
});

describe('package-env with a hostile file name in the repository', () => {
  test('the log shows it as text and the pull request body cannot mention, link or embed', async () => {
    const double = await startGitHubDouble();
    try {
      const remote = await double.state.createRepo('octo-org/wine-quality', { ownerType: 'Organization' });
      const seed = GitRepo.init();
      seed.write('requirements.txt', 'pandas==2.2.0\n');
      seed.write(`src/${hostileFileName('source')}.py`, 'import pandas\nimport seaborn\n');
      seed.commitAll('hostile names');
      seed.git('push', '-q', remote.gitUrl, 'main');
      const workspace = mkdtempSync(path.join(tmpdir(), 'workspace-'));
      spawnSync('git', ['clone', '-q', remote.gitUrl, workspace]);
      const run = await runAction('package-env', {
        workspace,
        inputs: { token: 'ghs_x', targets: 'requirements.txt' },
        env: { GITHUB_API_URL: double.url, GITHUB_TOKEN: 'ghs_x', ML_HUB_GITHUB_WAIT_SCALE: '0.01' },
      });
      expect(run.outputs.operation).toBe('created');
      expectNoInjection(run.stdout);
      expectNoInjection(run.stderr);
      const [pr] = remote.pulls;
      expectInert(pr!.body ?? '', 'source');
      expectInert(run.summary, 'source');
      expect(double.violations).toEqual([]);
    } finally {
      await double.close();
    }
  }, 120_000);
});
