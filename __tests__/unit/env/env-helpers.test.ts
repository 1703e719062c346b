// The env helpers pipelines share (detect-env, package-env, dispatch-training, setup-env): the root listing the
// declared environment is loaded from, a dependency's PyPI name, and the environment hash.

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pypiNameOf } from '../../../shared/env/conda-names.js';
import { rootListing } from '../../../shared/env/discover-packaging.js';
import { environmentHash } from '../../../shared/env/env-hash.js';
import type { Dependency } from '../../../shared/env/model.js';
import { parseRequirementsText } from '../../../shared/env/requirements.js';
import { workingTreeReader } from '../../../shared/env/file-readers.js';

const dep = (over: Partial<Dependency>): Dependency => ({
  name: 'x', normalized: 'x', ecosystem: 'pypi', specifier: '', extras: [], editable: false, file: 'f', line: 1, group: 'main', ...over,
});

test('rootListing: the root\'s files and those directly in requirements/, nothing deeper or elsewhere', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'listing-'));
  for (const f of ['requirements.txt', 'requirements/dev.txt', 'requirements/nested/x.txt', 'src/setup.py']) {
    mkdirSync(path.dirname(path.join(root, f)), { recursive: true });
    writeFileSync(path.join(root, f), '');
  }
  expect(rootListing(root).sort()).toEqual(['requirements.txt', 'requirements/dev.txt']);
});

test('pypiNameOf: a PyPI name as normalized, a conda name through the conda → PyPI table', () => {
  expect(pypiNameOf(dep({ name: 'Scikit_Learn', normalized: 'scikit-learn' }))).toBe('scikit-learn');
  expect(pypiNameOf(dep({ name: 'pytorch', normalized: 'pytorch', ecosystem: 'conda' }))).toBe('torch');
  expect(pypiNameOf(dep({ name: 'py-xgboost', normalized: 'py-xgboost', ecosystem: 'conda' }))).toBe('xgboost');
  expect(pypiNameOf(dep({ name: 'Some_Pkg', normalized: 'some_pkg', ecosystem: 'conda' }))).toBe('some-pkg');
});

test('environmentHash: layout, order, spacing and comments do not change it; a version does', () => {
  const reader = workingTreeReader(tmpdir());
  const hash = (text: string) => environmentHash(parseRequirementsText(text, 'requirements.txt', reader));
  const base = hash('numpy==1.26.4\npandas>=2,<3\n');
  expect(hash('# data\npandas < 3 , >= 2\n\nnumpy == 1.26.4\n')).toBe(base);
  expect(hash('numpy==1.26.3\npandas>=2,<3\n')).not.toBe(base);
  expect(base).toMatch(/^[0-9a-f]{64}$/);
});
