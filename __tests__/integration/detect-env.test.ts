// detect-env as the runner runs it: the committed bundle, INPUT_* from action.yml, real event payloads, a real git
// repository as the workspace.

import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runAction, repoRoot } from '../harness/run-action.js';
import { pushEvent, pullRequestEvent } from '../harness/events.js';
import { GitRepo } from '../harness/git-repo.js';

const example = path.join(repoRoot, 'examples', 'wine-quality');

function exampleRepo(): GitRepo {
  const repo = GitRepo.init();
  repo.write('README.md', '# wine quality\n');
  return repo;
}

describe('detect-env on the bundled example project', () => {
  let repo: GitRepo;
  let before: string;
  let after: string;

  beforeAll(() => {
    repo = exampleRepo();
    before = repo.commitAll('empty project');
    // Copy the example in under a subfolder, as a monorepo would hold it.
    cpSync(example, path.join(repo.dir, 'wine'), { recursive: true });
    after = repo.commitAll('add the wine-quality project');
  });

  test('reports each kind of drift with outputs, annotations on exact lines and a summary', async () => {
    const run = await runAction('detect-env', { workspace: repo.dir, inputs: { path: 'wine' }, event: pushEvent({ before, after }) });

    expect(run.stderr).not.toMatch(/at .+\(.+:\d+:\d+\)/); // no stack trace
    expect(run.exitCode).toBe(1); // default fail-on: undeclared
    expect(run.outputs.drift).toBe('true');
    const undeclared = JSON.parse(run.outputs.undeclared!) as { module: string; distribution: string; file: string; line: number }[];
    expect(undeclared.map((u) => u.module).sort()).toEqual(['matplotlib', 'seaborn']);
    expect(undeclared.find((u) => u.module === 'matplotlib')).toMatchObject({ distribution: 'matplotlib', file: 'train.py', line: 10 });

    const unused = JSON.parse(run.outputs.unused!) as { name: string; file: string; line: number }[];
    expect(unused).toEqual([{ name: 'requests', file: 'requirements.txt', line: 8 }]);
    const conflicts = JSON.parse(run.outputs.conflicts!) as { name: string; message: string }[];
    expect(conflicts.map((c) => c.name)).toEqual(['scikit-learn']);
    expect(conflicts[0]!.message).toContain('requirements.txt:7');
    expect(conflicts[0]!.message).toContain('environment.yml:7');
    expect(run.outputs['env-hash']).toMatch(/^[0-9a-f]{64}$/);
    expect(run.outputs['report-path']).toMatch(/detect-env\.json$/);

    // Annotations carry workspace-relative paths and the exact line.
    const matplotlib = run.annotations.find((a) => a.properties.title === 'Undeclared import: matplotlib');
    expect(matplotlib).toMatchObject({ command: 'warning', properties: { file: 'wine/train.py', line: '10' } });
    const notebook = run.annotations.find((a) => a.properties.title === 'Undeclared import: seaborn');
    expect(notebook?.properties.file).toBe('wine/random_forest.ipynb');
    const conflict = run.annotations.find((a) => a.command === 'error' && a.properties.title?.includes('scikit-learn'));
    expect(conflict?.properties).toMatchObject({ file: 'wine/environment.yml', line: '7' });
    expect(run.annotations.find((a) => a.properties.title === 'Unused dependency: requests')?.properties).toMatchObject({ file: 'wine/requirements.txt', line: '8' });

    expect(run.summary).toContain('Undeclared imports');
    expect(run.summary).toContain('https://github.com/octo-org/wine-quality/blob/');
    expect(Buffer.byteLength(run.summary)).toBeLessThan(1024 * 1024);
    expect(run.commands.some((c) => c.command === 'error' && c.message.startsWith('Environment drift (fail-on: undeclared)'))).toBe(true);
  });

  test('fail-on: never reports without failing', async () => {
    const run = await runAction('detect-env', { workspace: repo.dir, inputs: { path: 'wine', 'fail-on': 'never' }, event: pushEvent({ before, after }) });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.drift).toBe('true');
  });
});

describe('detect-env on a pull request', () => {
  test('marks imports the change introduced and lists dependency changes since the base', async () => {
    const repo = GitRepo.init();
    repo.write('requirements.txt', 'pandas==2.1.0\nnumpy\n');
    repo.write('train.py', 'import pandas\nimport numpy\nimport yaml\n');
    const base = repo.commitAll('base');
    repo.git('checkout', '-q', '-b', 'feature');
    repo.write('requirements.txt', 'pandas==2.2.0\nnumpy\nscipy\n');
    repo.write('train.py', 'import pandas\nimport numpy\nimport yaml\nimport scipy\nimport torch\n');
    const head = repo.commitAll('feature');

    const run = await runAction('detect-env', { workspace: repo.dir, inputs: { 'fail-on': 'never' }, event: pullRequestEvent({ baseSha: base, headSha: head }) });
    expect(run.exitCode).toBe(0);
    const report = JSON.parse(readFileSync(run.outputs['report-path']!, 'utf8'));
    expect(report.changes.base).toBe(base);
    expect(report.changes.newUndeclared).toEqual(['torch']);
    expect(report.changes.added).toEqual([expect.objectContaining({ name: 'scipy', file: 'requirements.txt', line: 3 })]);
    expect(report.changes.changed).toEqual([expect.objectContaining({ name: 'pandas', before: '==2.1.0', after: '==2.2.0' })]);
    expect(run.summary).toContain('new in this change');
    // The import new in this change is annotated before the one the base already had.
    const undeclared = run.annotations.filter((a) => a.properties.title?.startsWith('Undeclared import'));
    expect(undeclared.map((a) => a.properties.title)).toEqual(['Undeclared import: torch', 'Undeclared import: yaml']);
  });

  test('a base commit missing from a shallow clone is a warning, not a failure', async () => {
    const repo = GitRepo.init();
    repo.write('train.py', 'import os\n');
    const head = repo.commitAll('only commit');
    const run = await runAction('detect-env', { workspace: repo.dir, event: pullRequestEvent({ baseSha: 'f'.repeat(40), headSha: head }) });
    expect(run.exitCode).toBe(0);
    expect(run.annotations.some((a) => a.command === 'warning' && a.message.includes('fetch-depth: 0'))).toBe(true);
  });
});

describe('detect-env on bad input', () => {
  test('malformed packaging files are errors at file:line while the rest is still analysed', async () => {
    const repo = GitRepo.init();
    repo.write('requirements.txt', 'pandas\nnumpy[fast\nrequests\n');
    repo.write('environment.yml', 'name: x\ndependencies:\n  - python=3.11\n  - [unclosed\n');
    repo.write('train.py', 'import pandas\nimport requests\nimport sklearn\n');
    const head = repo.commitAll('broken');
    const run = await runAction('detect-env', { workspace: repo.dir, event: pushEvent({ before: '0'.repeat(40), after: head }) });

    expect(run.exitCode).toBe(1);
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
    const errors = run.annotations.filter((a) => a.command === 'error');
    expect(errors.find((a) => a.properties.file === 'requirements.txt')?.properties.line).toBe('2');
    expect(errors.find((a) => a.properties.file === 'environment.yml')?.properties.line).toBe('4');
    const undeclared = JSON.parse(run.outputs.undeclared!) as { module: string }[];
    expect(undeclared.map((u) => u.module)).toEqual(['sklearn']); // pandas and requests were still read
  });

  test('an invalid input value fails with one clear line', async () => {
    const repo = GitRepo.init();
    repo.commitAll('empty');
    const run = await runAction('detect-env', { workspace: repo.dir, inputs: { 'fail-on': 'sometimes' } });
    expect(run.exitCode).toBe(1);
    expect(run.commands).toEqual([expect.objectContaining({ command: 'error', message: 'input fail-on: expected one of never, undeclared, any, got "sometimes"' })]);
  });

  test('a path outside the workspace is refused', async () => {
    const repo = GitRepo.init();
    const run = await runAction('detect-env', { workspace: repo.dir, inputs: { path: '../elsewhere' } });
    expect(run.exitCode).toBe(1);
    expect(run.commands[0]?.message).toMatch(/outside the workspace/);
  });
});

describe('detect-env limits', () => {
  test('keeps 10 annotations per level, the 10th summarising the rest, and the summary under 1 MiB', async () => {
    const repo = GitRepo.init();
    const modules = Array.from({ length: 3000 }, (_, i) => `private_pkg_${i}_${'x'.repeat(120)}`);
    repo.write('requirements.txt', 'pandas\n');
    repo.write('big.py', 'import pandas\n' + modules.map((m) => `import ${m}\n`).join(''));
    repo.commitAll('many imports');
    const run = await runAction('detect-env', { workspace: repo.dir, inputs: { 'fail-on': 'never' } });
    const warnings = run.annotations.filter((a) => a.command === 'warning');
    expect(warnings).toHaveLength(10);
    expect(warnings[9]!.message).toMatch(/^2991 more warnings are not shown/);
    expect(Buffer.byteLength(run.summary)).toBeLessThan(1024 * 1024);
    expect(run.summary).toContain('more rows');
  });

  test('env-hash ignores comments, order and spacing but not versions', async () => {
    const hash = async (requirements: string) => {
      const repo = GitRepo.init();
      repo.write('requirements.txt', requirements);
      repo.commitAll('x');
      const run = await runAction('detect-env', { workspace: repo.dir, inputs: { 'fail-on': 'never' } });
      return run.outputs['env-hash'];
    };
    const a = await hash('numpy>=1.24,<2\npandas[parquet]==2.1\n');
    const b = await hash('# pinned\npandas [parquet] == 2.1   # data\n\nnumpy <2, >=1.24\n');
    const c = await hash('numpy>=1.24,<2\npandas[parquet]==2.2\n');
    expect(a).toBe(b);
    expect(a).not.toBe(c);
  });
});

describe('detect-env and secrets in ${VAR} forms', () => {
  test('${ACTIONS_RUNTIME_TOKEN} stays ${VAR} in annotations, summary, outputs and the JSON report; an unset ${VAR} is no error', async () => {
    const secret = 'runtime_tok_0a1b2c3d4e5f';
    const repo = GitRepo.init();
    repo.write('requirements.txt', 'pandas\n');
    repo.write('train.py', 'import pandas\nimport requests\n');
    const before = repo.commitAll('base');
    repo.write('requirements.txt', 'pandas\nrequests==${REQUESTS_VERSION}\nmypkg @ https://files.example/${ACTIONS_RUNTIME_TOKEN}/mypkg-1.0-py3-none-any.whl\n${ACTIONS_RUNTIME_TOKEN}\n');
    const after = repo.commitAll('private package');
    const run = await runAction('detect-env', { workspace: repo.dir, inputs: { 'fail-on': 'never' }, event: pushEvent({ before, after }), env: { ACTIONS_RUNTIME_TOKEN: secret } });
    expect(run.exitCode).toBe(0);
    const report = readFileSync(run.outputs['report-path']!, 'utf8');
    const shown = [run.stdout.replace(/^::add-mask::.*$/gm, ''), run.stderr, run.summary, JSON.stringify(run.outputs), report].join('\n');
    expect(shown).not.toContain(secret);
    expect(run.commands.filter((c) => c.command === 'add-mask').map((c) => c.message)).toContain(secret);
    expect(run.annotations.filter((a) => a.command === 'error')).toEqual([]);
    expect(run.annotations.some((a) => a.message.includes('${ACTIONS_RUNTIME_TOKEN}'))).toBe(true);
    expect(run.annotations.find((a) => a.message.includes('${REQUESTS_VERSION}'))).toMatchObject({ command: 'notice', properties: { file: 'requirements.txt', line: '2' } });
    expect(report).toContain('${ACTIONS_RUNTIME_TOKEN}');
  });
});

describe('detect-env on files it cannot read as they are', () => {
  test('a requirements file over the size limit and a latin-1 one are warnings naming them, not silence', async () => {
    const repo = GitRepo.init();
    repo.write('requirements.txt', `pandas\n${'#'.repeat(9 * 1024 * 1024)}\n`);
    repo.write('requirements-dev.txt', 'pytest\n');
    writeFileSync(path.join(repo.dir, 'requirements-dev.txt'), Buffer.from('pytest\n# r\xe9sum\xe9\n', 'latin1'));
    repo.write('train.py', 'import pandas\n');
    repo.commitAll('big and latin-1');
    const run = await runAction('detect-env', { workspace: repo.dir, inputs: { 'fail-on': 'never' } });
    expect(run.exitCode).toBe(0);
    const warnings = run.annotations.filter((a) => a.command === 'warning');
    expect(warnings.find((a) => a.properties.file === 'requirements.txt')?.message).toMatch(/^requirements\.txt was skipped: it is 9\.0 MiB, more than the 8\.0 MiB/);
    expect(warnings.find((a) => a.properties.file === 'requirements-dev.txt')).toMatchObject({ properties: { line: '2' }, message: expect.stringMatching(/^requirements-dev\.txt:2 is not valid UTF-8/) });
    expect(run.summary).toContain('requirements.txt was skipped');
  });
});
