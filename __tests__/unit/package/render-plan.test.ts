import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import type { DriftReport } from '../../../shared/drift/model.js';
import type { FileEdit, PackagePlan } from '../../../shared/package/model.js';
import { planHeadline, renderPlanMarkdown, unifiedDiff } from '../../../shared/package/render-plan.js';

describe('unifiedDiff', () => {
  test('an addition in the middle, with three lines of context', () => {
    const edit: FileEdit = { path: 'requirements.txt', before: 'a\nb\nc\nd\ne\nf\ng\n', after: 'a\nb\nc\nd\nX\ne\nf\ng\n', reasons: [] };
    expect(unifiedDiff(edit)).toBe('--- a/requirements.txt\n+++ b/requirements.txt\n@@ -2,6 +2,7 @@\n b\n c\n d\n+X\n e\n f\n g\n');
  });

  test('a new file', () => {
    expect(unifiedDiff({ path: 'requirements.txt', after: '# added by ml-hub package-env\nseaborn\n', reasons: [] })).toBe(
      '--- /dev/null\n+++ b/requirements.txt\n@@ -0,0 +1,2 @@\n+# added by ml-hub package-env\n+seaborn\n',
    );
  });

  test('a last line without a newline, before and after', () => {
    expect(unifiedDiff({ path: 'r.txt', before: 'numpy', after: 'numpy\nscipy', reasons: [] })).toBe(
      '--- a/r.txt\n+++ b/r.txt\n@@ -1 +1,2 @@\n-numpy\n\\ No newline at end of file\n+numpy\n+scipy\n\\ No newline at end of file\n',
    );
  });

  test('far-apart changes make separate hunks; no change makes no diff', () => {
    const lines = Array.from({ length: 20 }, (_, i) => `line${i}`);
    const changed = lines.map((l, i) => (i === 1 || i === 18 ? `${l}!` : l));
    const diff = unifiedDiff({ path: 'f', before: lines.join('\n') + '\n', after: changed.join('\n') + '\n', reasons: [] });
    expect(diff.match(/^@@ .* @@$/gm)).toEqual(['@@ -1,5 +1,5 @@', '@@ -16,5 +16,5 @@']);
    expect(unifiedDiff({ path: 'f', before: 'x\n', after: 'x\n', reasons: [] })).toBe('');
  });

  test('git apply accepts the diffs it writes, CRLF files included, and they give the new text', () => {
    const texts = fc.array(fc.constantFrom('numpy', 'pandas>=2', '# comment', '', '  - pip:', 'scipy\r'), { maxLength: 12 });
    const dir = mkdtempSync(path.join(os.tmpdir(), 'ml-hub-diff-'));
    try {
      execFileSync('git', ['init', '-q'], { cwd: dir });
      fc.assert(
        fc.property(texts, texts, fc.boolean(), fc.boolean(), (a, b, endA, endB) => {
          const before = a.join('\n') + (endA && a.length ? '\n' : '');
          const after = b.join('\n') + (endB && b.length ? '\n' : '');
          const diff = unifiedDiff({ path: 'f.txt', before, after, reasons: [] });
          if (before === after) return expect(diff).toBe('');
          writeFileSync(path.join(dir, 'f.txt'), before);
          writeFileSync(path.join(dir, 'p.diff'), diff);
          execFileSync('git', ['apply', '--whitespace=nowarn', 'p.diff'], { cwd: dir, stdio: 'pipe' });
          expect(readFileSync(path.join(dir, 'f.txt'), 'utf8')).toBe(after);
        }),
        { numRuns: 40 },
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

const report: DriftReport = {
  python: { version: '3.10', reason: 'environment.yml:5 declares 3.10' },
  packagingFiles: [],
  scannedFiles: 3,
  importCount: 18,
  undeclared: [{ module: 'seaborn', distributions: ['seaborn'], source: 'table', locations: [{ file: 'nb.ipynb', line: 28 }], pipInstalls: [] }],
  optional: [],
  deadDeclarations: [],
  unused: [{ name: 'requests', normalized: 'requests', ecosystem: 'pypi', declarations: [{ file: 'requirements.txt', line: 8 }], importNames: ['requests'] }],
  conflicts: [
    {
      name: 'scikit-learn',
      declarations: [],
      message: 'scikit-learn=1.2.* (environment.yml:7) and scikit-learn==1.3.2 (requirements.txt:7) admit no common version',
    },
  ],
  outOfSync: [{ name: 'numpy', presentIn: [{ file: 'requirements.txt', line: 5 }], missingFrom: ['environment.yml', 'pyproject.toml'] }],
  envHash: '0'.repeat(64),
  diagnostics: [{ severity: 'error', code: 'conda/syntax', message: 'bad indentation', file: 'conda.yaml', line: 3 }],
  drift: true,
};

const plan: PackagePlan = {
  edits: [
    { path: 'requirements.txt', before: 'numpy>=1.24\nrequests\n', after: 'numpy>=1.24\nrequests\n# added by ml-hub package-env\nseaborn\n', reasons: ['added seaborn (imported at nb.ipynb:28)'] },
    { path: 'environment.yml', before: 'dependencies:\n  - pandas\n', after: 'dependencies:\n  - pandas\n  - numpy>=1.24\n  - seaborn\n', reasons: ['added numpy>=1.24 (declared at requirements.txt:5)', 'added seaborn (imported at nb.ipynb:28)'] },
  ],
  leftAlone: [{ path: 'pyproject.toml', reason: 'package-env does not edit pyproject files; declare numpy there by hand' }],
  added: [
    { name: 'seaborn', specifier: '', ecosystem: 'pypi', file: 'requirements.txt', because: 'imported at nb.ipynb:28' },
    { name: 'numpy', specifier: '>=1.24', ecosystem: 'conda', file: 'environment.yml', because: 'declared at requirements.txt:5' },
    { name: 'seaborn', specifier: '', ecosystem: 'conda', file: 'environment.yml', because: 'imported at nb.ipynb:28' },
  ],
  removed: [],
  keptUnused: [{ name: 'requests', file: 'requirements.txt', line: 8 }],
  notDeclared: [],
  inStep: [],
};

describe('renderPlanMarkdown', () => {
  test('says what changes, what drift it answers, what is left alone and kept, with the diffs', () => {
    expect(planHeadline(plan)).toBe('2 files to update, 2 packages added');
    expect(renderPlanMarkdown(plan, report)).toBe(
      [
        '## package-env: 2 files to update, 2 packages added',
        '',
        'These edits add what the code imports and keep the packaging files in step with each other. Everything else in the files, comments and order included, is kept as written.',
        '',
        '### Changes',
        '',
        '| File | Change |',
        '| --- | --- |',
        '| `requirements.txt` | added seaborn (imported at nb.ipynb:28) |',
        '| `environment.yml` | added numpy&gt;=1.24 (declared at requirements.txt:5) |',
        '| `environment.yml` | added seaborn (imported at nb.ipynb:28) |',
        '',
        '### Drift found',
        '',
        '| Finding | Package | Where | Done |',
        '| --- | --- | --- | --- |',
        '| undeclared import | `seaborn` → `seaborn` | nb.ipynb:28 | added to `requirements.txt`, `environment.yml` |',
        '| out of sync | `numpy` | in requirements.txt:5, not in `environment.yml`, `pyproject.toml` | copied to `environment.yml`; `pyproject.toml` left alone |',
        '| unused | `requests` | requirements.txt:8 | kept (nothing removes a declaration without `prune`) |',
        '| conflict | `scikit-learn` | scikit-learn=1.2.\\* (environment.yml:7) and scikit-learn==1.3.2 (requirements.txt:7) admit no common version | resolve by hand: package-env does not choose between versions |',
        '',
        '### Left alone',
        '',
        '| File | Why |',
        '| --- | --- |',
        '| `pyproject.toml` | package-env does not edit pyproject files; declare numpy there by hand |',
        '',
        '### Kept, though nothing imports them',
        'Remove them by hand, or run package-env with `prune: true`.',
        '',
        '| Package | Declared at |',
        '| --- | --- |',
        '| `requests` | requirements.txt:8 |',
        '',
        '### Problems',
        '',
        '| Problem |',
        '| --- |',
        '| conda.yaml:3: error: bad indentation |',
        '',
        'To see the same plan locally: `npx ml-hub package-env --dry-run --diff`.',
        '',
        '<details><summary>Diff of <code>requirements.txt</code></summary>',
        '',
        '```diff',
        '--- a/requirements.txt',
        '+++ b/requirements.txt',
        '@@ -1,2 +1,4 @@',
        ' numpy>=1.24',
        ' requests',
        '+# added by ml-hub package-env',
        '+seaborn',
        '```',
        '</details>',
        '',
        '<details><summary>Diff of <code>environment.yml</code></summary>',
        '',
        '```diff',
        '--- a/environment.yml',
        '+++ b/environment.yml',
        '@@ -1,2 +1,4 @@',
        ' dependencies:',
        '   - pandas',
        '+  - numpy>=1.24',
        '+  - seaborn',
        '```',
        '</details>',
        '',
        '',
      ].join('\n'),
    );
  });

  test('stays under its limit, dropping diffs first and saying so', () => {
    const big: PackagePlan = { ...plan, edits: [{ ...plan.edits[0]!, after: plan.edits[0]!.after + 'x\n'.repeat(5000) }] };
    const text = renderPlanMarkdown(big, report, { limit: 4000 });
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(4000);
    expect(text).toContain('### Changes');
    expect(text).toContain('_Diffs left out to fit: run `ml-hub package-env --diff` to see them._');
  });

  test('a plan with nothing to change says so', () => {
    const empty: PackagePlan = { edits: [], leftAlone: [], added: [], removed: [], keptUnused: [], notDeclared: [], inStep: [] };
    const clean: DriftReport = { ...report, undeclared: [], unused: [], conflicts: [], outOfSync: [], diagnostics: [], drift: false };
    expect(renderPlanMarkdown(empty, clean)).toBe(
      '## package-env: nothing to change\n\nThe packaging files already declare what the code imports, or the files that would need it are left alone (below).\n\n',
    );
  });
});
