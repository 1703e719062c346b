import path from 'node:path';
import { ActionIoScanner } from './action-io-scanner.js';

const fixtures = path.resolve('__tests__/fixtures/actions/io-scan');
const file = (name: string) => path.join(fixtures, name);
const scanner = new ActionIoScanner([file('main.ts'), file('unresolved.ts')]);

test('follows helpers, aliases, re-exports, constants, template strings, conditionals and Object.entries of a returned object', () => {
  const io = scanner.scan([file('main.ts')]);
  expect([...io.inputs].sort()).toEqual(['cache-key', 'extra-args', 'legacy-token', 'log-level', 'quiet-level', 'verbose', 'working-directory']);
  expect([...io.outputs].sort()).toEqual(['found', 'item-count', 'summary']);
  expect(io.unresolved).toEqual([]);
});

test('reports reads whose names it cannot work out, with file and line', () => {
  const io = scanner.scan([file('unresolved.ts')]);
  expect(io.inputs.size).toBe(0);
  expect(io.unresolved).toEqual([
    expect.stringMatching(/io-scan\/unresolved\.ts:5: core\.getInput\(n\)$/),
    expect.stringMatching(/io-scan\/unresolved\.ts:9: core\.getInput\(process\.env\.WHICH_INPUT \?\? 'fallback'\)$/),
  ]);
});
