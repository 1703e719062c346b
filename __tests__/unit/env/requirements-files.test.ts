// Requirements files on disk: -r/-c trees, cycles, missing and remote includes, generated-file detection.

import { join } from 'node:path';
import { workingTreeReader } from '../../../shared/env/file-readers.js';
import { parseRequirementsFile } from '../../../shared/env/requirements.js';

const FIXTURES = join(import.meta.dirname, '../../fixtures/requirements');

describe('-r and -c trees', () => {
  const files = parseRequirementsFile('requirements.txt', workingTreeReader(join(FIXTURES, 'includes')));
  const byPath = Object.fromEntries(files.map((f) => [f.path, f]));
  const names = (path: string): string[] => byPath[path]!.dependencies.map((d) => d.name);

  test('the file comes first, then each file it reaches, once, in the order pip reads them', () => {
    expect(files.map((f) => f.path)).toEqual(['requirements.txt', 'dev/requirements-dev.txt', 'shared.txt', 'constraints/pins.txt', 'shared-tools.txt']);
    expect(byPath['requirements.txt']!.includes).toEqual(['dev/requirements-dev.txt', 'shared.txt', 'constraints/pins.txt']);
    expect(byPath['dev/requirements-dev.txt']!.includes).toEqual(['shared.txt']);
  });

  test('dependencies keep their own file and line; the lines around includes are read', () => {
    expect(names('requirements.txt')).toEqual(['numpy', 'pandas']);
    expect(names('dev/requirements-dev.txt')).toEqual(['pytest', 'ruff']);
    expect(byPath['dev/requirements-dev.txt']!.dependencies[1]).toMatchObject({ file: 'dev/requirements-dev.txt', line: 5 });
  });

  test('constraints files give constraintOnly dependencies; a -r inside one reads requirements again, as in pip', () => {
    expect(byPath['constraints/pins.txt']!.dependencies).toEqual([expect.objectContaining({ name: 'numpy', specifier: '<2', constraintOnly: true })]);
    expect(byPath['shared-tools.txt']!.dependencies[0]).not.toHaveProperty('constraintOnly');
    expect(byPath['requirements.txt']!.dependencies[0]).not.toHaveProperty('constraintOnly');
  });

  test('a cycle is a diagnostic at the line that closes it', () => {
    expect(byPath['dev/requirements-dev.txt']!.diagnostics).toEqual([
      {
        severity: 'error',
        code: 'requirements/include-cycle',
        message: expect.stringContaining('requirements.txt → dev/requirements-dev.txt → requirements.txt'),
        file: 'dev/requirements-dev.txt',
        line: 4,
      },
    ]);
  });

  test('missing, remote and outside-the-repository includes are diagnostics at their -r line', () => {
    expect(byPath['requirements.txt']!.diagnostics.map((d) => [d.severity, d.code, d.line])).toEqual([
      ['error', 'requirements/missing-include', 6],
      ['warning', 'requirements/remote-include', 7],
      ['warning', 'requirements/outside-include', 8],
    ]);
  });

  test('a file read as constraints marks its own dependencies; the files it -r includes stay requirements', () => {
    const own = parseRequirementsFile('constraints/pins.txt', workingTreeReader(join(FIXTURES, 'includes')), { constraint: true });
    expect(own[0]!.dependencies.every((d) => d.constraintOnly)).toBe(true);
    expect(own[1]!.dependencies[0]).not.toHaveProperty('constraintOnly');
  });

  test('a file that is not there is one diagnostic for the whole file', () => {
    expect(parseRequirementsFile('nope.txt', workingTreeReader(join(FIXTURES, 'includes')))).toEqual([
      { path: 'nope.txt', kind: 'requirements', dependencies: [], includes: [], channels: [], diagnostics: [{ severity: 'error', code: 'requirements/missing-file', message: 'nope.txt not found', file: 'nope.txt' }] },
    ]);
  });
});

describe('generated files', () => {
  const reader = workingTreeReader(join(FIXTURES, 'generated'));
  test.each([
    ['pip-compile.txt', 'pip-compile header'],
    ['uv-pip-compile.txt', 'uv pip compile header'],
    ['uv-export.txt', 'uv export header'],
    ['pdm-export.txt', 'PDM export header'],
    ['hash-pinned.txt', 'hash-pinned: every requirement has --hash'],
  ])('%s: %s', (file, reason) => {
    const [parsed] = parseRequirementsFile(file, reader);
    expect(parsed!.generated).toBe(reason);
    expect(parsed!.diagnostics).toEqual([]);
  });

  test('a hand-written file with one unhashed requirement and no header is not generated', () => {
    const [parsed] = parseRequirementsFile('hand-written.txt', reader);
    expect(parsed!.generated).toBeUndefined();
    expect(parsed!.dependencies.map((d) => d.hashes)).toEqual([['sha256:3c7f8d06e7c8c4c3b5a6a4b1e1d2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0'], undefined]);
  });
});
