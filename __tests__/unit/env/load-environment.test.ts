import { loadEnvironment } from '../../../shared/env/load-environment.js';
import type { FileReader } from '../../../shared/env/model.js';

const files = (map: Record<string, string>): FileReader => ({ read: (p) => map[p] });

test('every packaging file once, following what setup.py and MLproject name', () => {
  const reader = files({
    'setup.py': "from setuptools import setup\nsetup(name='x', install_requires=open('requirements.txt').read().splitlines())\n",
    'requirements.txt': '-r requirements/base.txt\nmlflow>=2\n',
    'requirements/base.txt': 'numpy\n',
    MLproject: 'name: x\nconda_env: conda.yaml\n',
    'conda.yaml': 'dependencies:\n  - python=3.10\n  - pip\n  - pip:\n    - -r requirements.txt\n',
  });
  const { files: loaded, diagnostics } = loadEnvironment(['MLproject', 'setup.py', 'requirements.txt', 'README.md', 'requirements/base.txt'], reader, { env: {} });
  expect(loaded.map((f) => `${f.path} ${f.kind}`)).toEqual(['MLproject mlproject', 'conda.yaml conda', 'requirements.txt requirements', 'requirements/base.txt requirements', 'setup.py setup.py']);
  expect(diagnostics.filter((d) => d.severity !== 'notice')).toEqual([]);
});

test('an include that does not exist is a warning at the line that names it', () => {
  const { diagnostics } = loadEnvironment(['MLproject'], files({ MLproject: 'name: x\n\nconda_env: envs/missing.yaml\n' }), { env: {} });
  expect(diagnostics).toContainEqual(
    expect.objectContaining({ severity: 'warning', code: 'packaging/missing-include', file: 'MLproject', line: 3, message: 'MLproject refers to envs/missing.yaml, which does not exist' }),
  );
});
