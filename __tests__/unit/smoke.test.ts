import * as core from '@actions/core';
import { parse } from '@renovatebot/pep440';
test('esm deps load under jest on node 24', () => {
  expect(typeof core.setOutput).toBe('function');
  expect(parse('1.0')?.release).toEqual([1, 0]);
  expect(process.versions.node.split('.')[0]).toBe('24');
});
