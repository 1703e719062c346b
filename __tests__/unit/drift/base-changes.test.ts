import { compareWithBase } from '../../../shared/drift/base-changes.js';
import { classifyImports } from '../../../shared/drift/classify-imports.js';
import { findUndeclared } from '../../../shared/drift/compare-declarations.js';
import { environmentHash } from '../../../shared/env/env-hash.js';
import { loadEnvironment } from '../../../shared/env/load-environment.js';
import { workingTreeReader } from '../../../shared/env/file-readers.js';
import { analyseProject } from '../../harness/drift-analysis.js';
import { GitRepo } from '../../harness/git-repo.js';

function undeclaredNow(repo: GitRepo) {
  const analysis = analyseProject(repo.dir);
  return { analysis, undeclared: findUndeclared(classifyImports(analysis.scanned, analysis), analysis.dependencies, analysis.context).undeclared };
}

test('what a change added, removed and re-pinned, and which undeclared imports it introduced or fixed', async () => {
  const repo = GitRepo.init();
  repo.write('requirements.txt', 'numpy==1.26.4\npandas\nflask\n');
  repo.write('train.py', 'import numpy\nimport pandas\nimport yaml\n');
  repo.write('serve.py', 'import flask\n');
  repo.write('untouched.py', 'import scipy\n');
  const base = repo.commitAll('base');
  const baseHash = environmentHash(loadEnvironment(['requirements.txt'], workingTreeReader(repo.dir), { env: {} }).files);

  repo.write('requirements.txt', 'numpy==2.1.0\nflask\npyyaml\nrequests>=2\n');
  repo.write('train.py', 'import numpy\nimport pandas\nimport yaml\nimport torch\n');
  repo.commitAll('change');
  const { analysis, undeclared } = undeclaredNow(repo);
  expect(undeclared.map((u) => u.module).sort()).toEqual(['pandas', 'scipy', 'torch']);

  const compared = await compareWithBase(repo.dir, base.slice(0, 10), analysis, undeclared, {});
  expect(compared).toEqual({
    changes: {
      base,
      added: [
        { name: 'pyyaml', file: 'requirements.txt', line: 3, after: '' },
        { name: 'requests', file: 'requirements.txt', line: 4, after: '>=2' },
      ],
      removed: [{ name: 'pandas', file: 'requirements.txt', before: '' }],
      changed: [{ name: 'numpy', file: 'requirements.txt', line: 1, before: '==1.26.4', after: '==2.1.0' }],
      newUndeclared: ['pandas', 'torch'],
      fixedUndeclared: ['yaml'],
      envHashBefore: baseHash,
    },
  });
  expect(baseHash).not.toBe(environmentHash(analysis.files));
});

test('uncommitted edits count as the change; a file the base lacks adds its imports as new', async () => {
  const repo = GitRepo.init();
  repo.write('requirements.txt', 'numpy\n');
  repo.write('train.py', 'import numpy\n');
  const base = repo.commitAll('base');
  repo.write('train.py', 'import numpy\nimport pandas\n');
  repo.write('new_tool.py', 'import rich\n');
  const { analysis, undeclared } = undeclaredNow(repo);
  const compared = await compareWithBase(repo.dir, base, analysis, undeclared, {});
  expect(compared).toMatchObject({ changes: { added: [], removed: [], changed: [], newUndeclared: ['pandas', 'rich'], fixedUndeclared: [] } });
});

test('a base commit the clone lacks is a warning that says how to fetch it, not an error', async () => {
  const repo = GitRepo.init();
  repo.write('requirements.txt', 'numpy\n');
  repo.commitAll('only');
  const { analysis, undeclared } = undeclaredNow(repo);
  expect(await compareWithBase(repo.dir, 'f'.repeat(40), analysis, undeclared, {})).toEqual({
    problem: {
      severity: 'warning',
      code: 'git/no-base',
      message: `base commit ${'f'.repeat(40)} is not in this clone; check out with fetch-depth: 0 (actions/checkout) to see what changed`,
      file: '.',
    },
  });
});
