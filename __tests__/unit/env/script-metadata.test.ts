import { parseScriptMetadata, scriptBlock } from '../../../shared/env/script-metadata.js';

const script = [
  '# Copyright header',
  '',
  '# /// script',
  '# requires-python = ">=3.11"',
  '# dependencies = [',
  '#     "trl",',
  '#     "openenv-opencode @ git+https://github.com/meta-pytorch/OpenEnv.git#subdirectory=envs/opencode_env",',
  '# ]',
  '# ///',
  '',
  'from opencode_env import harness',
].join('\n');

test('a PEP 723 block declares the script’s requirements at their own lines', () => {
  const [file] = parseScriptMetadata('examples/opencode.py', script);
  expect(file!.kind).toBe('script');
  expect(file!.diagnostics).toEqual([]);
  expect(file!.python).toEqual({ specifier: '>=3.11', file: 'examples/opencode.py', line: 4 });
  expect(file!.dependencies.map((d) => [d.name, d.line, d.url ?? ''])).toEqual([
    ['trl', 6, ''],
    ['openenv-opencode', 7, 'git+https://github.com/meta-pytorch/OpenEnv.git#subdirectory=envs/opencode_env'],
  ]);
});

test('no block, another block type, an unclosed block and a second block', () => {
  expect(parseScriptMetadata('a.py', 'import os\n')[0]).toMatchObject({ dependencies: [], diagnostics: [] });
  expect(parseScriptMetadata('a.py', '# /// pyproject\n# x = 1\n# ///\n')[0]).toMatchObject({ dependencies: [], diagnostics: [] });
  expect(parseScriptMetadata('a.py', '# /// script\n# dependencies = []\nimport os\n')[0]!.diagnostics).toMatchObject([{ code: 'script/syntax', line: 1 }]);
  const twice = '# /// script\n# dependencies = []\n# ///\n\n# /// script\n# dependencies = []\n# ///\n';
  expect(parseScriptMetadata('a.py', twice)[0]!.diagnostics).toMatchObject([{ code: 'script/syntax', line: 5 }]);
  expect(parseScriptMetadata('a.py', '# /// script\n# dependencies = [1]\n# ///\n')[0]!.diagnostics).toMatchObject([{ severity: 'error', line: 2 }]);
});

test('the block runs to the last `# ///` of its comment run; embedded `# ///` lines stay content', () => {
  const text = '# /// script\n# dependencies = ["a"]\n# ///\n# note\n# ///\n\nx = 1\n';
  expect(scriptBlock('a.py', text)).toEqual({ toml: '\ndependencies = ["a"]\n///\nnote\n', line: 1 });
});
