import { findConflicts } from '../../../shared/drift/find-conflicts.js';
import type { Dependency, PackagingFile } from '../../../shared/env/model.js';

// Conflict detection is tested with a small, explicit version universe so the test states its own semantics.
const versions = ['1.9', '1.9.3', '2.0', '2.0.1', '2.1', '2.1.0', '3.0'];
const satisfies = (v: string, clause: string): boolean => {
  if (!clause) return true;
  const m = /^(==|>=|<=|<|>|!=)(.+)$/.exec(clause)!;
  const [op, target] = [m[1], m[2]!];
  if (op === '==' && target.endsWith('.*')) return v === target.slice(0, -2) || v.startsWith(target.slice(0, -1));
  const cmp = v.localeCompare(target, undefined, { numeric: true });
  return { '==': cmp === 0, '>=': cmp >= 0, '<=': cmp <= 0, '<': cmp < 0, '>': cmp > 0, '!=': cmp !== 0 }[op!]!;
};
const intersect = (a: string, b: string) => versions.some((v) => [...a.split(','), ...b.split(',')].every((c) => satisfies(v, c)));
const context = {
  pypiName: (d: Dependency) => (d.normalized === 'pytorch' ? 'torch' : d.normalized),
  pep440Alternatives: (spec: string, eco: Dependency['ecosystem']) => (eco === 'conda' ? spec.split('|').map((s) => (/^\d/.test(s) ? `==${s}.*` : s)) : [spec]),
  intersect,
};

const dep = (over: Partial<Dependency>): Dependency => ({
  name: 'x', normalized: 'x', ecosystem: 'pypi', specifier: '', extras: [], editable: false, file: 'requirements.txt', line: 1, group: 'main', ...over,
});
const file = (path: string, kind: PackagingFile['kind'], dependencies: Dependency[], python?: string): PackagingFile => ({
  path, kind, dependencies, includes: [], channels: [], diagnostics: [], python: python ? { specifier: python, file: path, line: 1 } : undefined,
});

test('torch==2.1 in requirements.txt and pytorch=2.0 in environment.yml conflict', () => {
  const conflicts = findConflicts(
    [
      file('requirements.txt', 'requirements', [dep({ name: 'torch', normalized: 'torch', specifier: '==2.1', line: 3 })]),
      file('environment.yml', 'conda', [dep({ name: 'pytorch', normalized: 'pytorch', ecosystem: 'conda', specifier: '2.0', file: 'environment.yml', line: 7 })]),
    ],
    context,
  );
  expect(conflicts).toEqual([
    {
      name: 'torch',
      declarations: [
        { file: 'requirements.txt', line: 3, name: 'torch', ecosystem: 'pypi', specifier: '==2.1' },
        { file: 'environment.yml', line: 7, name: 'pytorch', ecosystem: 'conda', specifier: '2.0' },
      ],
      message: 'torch==2.1 (requirements.txt:3) and pytorch=2.0 (environment.yml:7) admit no common version',
    },
  ]);
});

test('compatible ranges, markers, URLs and unpinned declarations are not conflicts', () => {
  expect(
    findConflicts(
      [
        file('requirements.txt', 'requirements', [
          dep({ normalized: 'a', specifier: '>=2.0' }),
          dep({ normalized: 'b', specifier: '==1.9', marker: 'python_version < "3.9"' }),
          dep({ normalized: 'c', specifier: '' }),
        ]),
        file('setup.py', 'setup.py', [
          dep({ normalized: 'a', specifier: '<2.1', file: 'setup.py' }),
          dep({ normalized: 'b', specifier: '==2.0', file: 'setup.py' }),
          dep({ normalized: 'c', specifier: '==3.0', file: 'setup.py' }),
        ]),
      ],
      context,
    ),
  ).toEqual([]);
});

test('conda alternatives: one compatible branch is enough', () => {
  const conflicts = findConflicts(
    [
      file('requirements.txt', 'requirements', [dep({ normalized: 'numpy', specifier: '==2.1' })]),
      file('environment.yml', 'conda', [dep({ normalized: 'numpy', ecosystem: 'conda', specifier: '1.9|2.1', file: 'environment.yml' })]),
    ],
    context,
  );
  expect(conflicts).toEqual([]);
});

test('Python versions declared by different files must overlap', () => {
  const conflicts = findConflicts(
    [file('runtime.txt', 'runtime.txt', [], '3.0'), file('pyproject.toml', 'pyproject', [], '>=2.1,<3.0'), file('.python-version', 'python-version', [], '2.0.1')],
    context,
  );
  expect(conflicts).toHaveLength(1);
  expect(conflicts[0]!.name).toBe('python');
  expect(conflicts[0]!.declarations.map((d) => d.file)).toEqual(['runtime.txt', 'pyproject.toml', '.python-version']);
});
