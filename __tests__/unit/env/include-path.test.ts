import { resolveInclude } from '../../../shared/env/include-path.js';

test.each([
  ['setup.py', 'requirements.txt', 'requirements.txt'],
  ['pkg/setup.py', './reqs/../requirements.txt', 'pkg/requirements.txt'],
  ['pkg/sub/MLproject', '../conda.yaml', 'pkg/conda.yaml'],
  ['a\\b.txt', 'c\\d.txt', 'c/d.txt'],
  ['setup.py', '../outside.txt', undefined],
  ['setup.py', '/etc/passwd', undefined],
  ['setup.py', 'C:\\reqs.txt', undefined],
  ['setup.py', '', undefined],
  ['setup.py', '.', undefined],
])('%s names %j → %j', (from, target, resolved) => {
  expect(resolveInclude(from, target)).toBe(resolved);
});
