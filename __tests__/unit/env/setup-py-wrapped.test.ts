import { parseSetupPy } from '../../../shared/env/setup-py.js';

test('a requirement list passed through a helper that adjusts versions keeps its names (autogluon)', () => {
  const text = [
    'from setuptools import setup',
    'install_requires = [',
    '    "numpy",',
    '    "pandas",',
    ']',
    'extras_require = {"tests": ["pytest"]}',
    'install_requires = ag.get_dependency_version_ranges(install_requires)',
    'extras_require = {key: ag.get_dependency_version_ranges(value) for key, value in extras_require.items()}',
    'setup(install_requires=install_requires, extras_require=extras_require)',
  ].join('\n');
  const [file] = parseSetupPy('setup.py', text, { read: () => undefined });
  expect(file!.dependencies.map((d) => [d.name, d.group, d.line])).toEqual([
    ['numpy', 'main', 3],
    ['pandas', 'main', 4],
    ['pytest', 'tests', 6],
  ]);
  expect(file!.diagnostics).toEqual([]);
});
