import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { neverMet } from '../../../shared/drift/dead-declarations.js';
import { detectDrift } from '../../../shared/drift/detect-drift.js';

function project(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'dead-code-'));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  return root;
}

const loader = [
  'import sys',
  'if sys.version_info < (3, 8):',
  '    import importlib_metadata',
  'else:',
  '    import importlib.metadata as importlib_metadata',
  'if sys.version_info < (3, 11):',
  '    import tomli',
  '',
].join('\n');

test('a Python range no allowed Python meets', () => {
  const python = { specifier: '>=3.10', file: 'setup.py', line: 9 };
  expect(neverMet('<3.8', python)).toBe(true);
  expect(neverMet('<3.11', python)).toBe(false);
  expect(neverMet('<3.8', undefined)).toBe(false);
  expect(neverMet('<3.8', { specifier: '3.7', file: '.python-version', line: 1 })).toBe(false);
});

test("an import under a version check the project's Python never meets is neither a need nor a use (diffusers' importlib_metadata)", async () => {
  const files = {
    'setup.py': 'from setuptools import setup\nsetup(name="x", python_requires=">=3.10", install_requires=["importlib_metadata", "tomli"])\n',
    'x/__init__.py': loader,
  };
  const report = await detectDrift({ root: project(files), env: {} });
  // importlib_metadata only loads below 3.8: its declaration is unused. tomli loads on 3.10: used.
  expect(report.unused.map((u) => u.normalized)).toEqual(['importlib-metadata']);
  expect(report.undeclared).toEqual([]);
  // Undeclared, the dead import is not asked for; the live one is (behind its version check, optional).
  const bare = await detectDrift({ root: project({ ...files, 'setup.py': 'from setuptools import setup\nsetup(name="x", python_requires=">=3.10")\n' }), env: {} });
  expect([...bare.undeclared, ...bare.optional].map((u) => u.module)).toEqual(['tomli']);
});
