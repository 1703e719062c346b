// printJsonArray writes a large array a piece at a time; what it writes must be exactly what console.log of
// JSON.stringify(items, null, 2) writes, whatever the items hold.

import { jest } from '@jest/globals';
import { printJsonArray } from '../../../cli/cli-support.js';

/** The pieces printJsonArray hands to process.stdout.write. */
async function written(items: unknown[]): Promise<string[]> {
  const chunks: string[] = [];
  const write = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    chunks.push(String(chunk));
    return true;
  });
  try {
    await printJsonArray(items, (item) => item);
  } finally {
    write.mockRestore();
  }
  return chunks;
}

describe('printJsonArray', () => {
  it.each([
    ['no items', []],
    ['one scalar', [1]],
    ['nested objects and arrays', [{ file: 'a.py', imports: [{ module: 'os', line: 1 }], modules: [] }, { file: 'b', imports: [] }]],
    ['strings with newlines, quotes and non-ASCII', [{ message: 'line one\nline two "quoted" \u2028 é' }, ['\n', '\\n']]],
    ['empty containers and nulls', [{}, [], null, { a: {} }]],
  ])('%s: the bytes of JSON.stringify(items, null, 2)', async (_name, items) => {
    expect((await written(items)).join('')).toBe(`${JSON.stringify(items, null, 2)}\n`);
  });

  it('writes a large array in pieces, the same bytes', async () => {
    const items = Array.from({ length: 5000 }, (_, k) => ({ file: `pkg/module_${k}.py`, imports: [{ module: 'numpy', dotted: 'numpy.linalg', level: 0, line: k }] }));
    const chunks = await written(items);
    expect(chunks.length).toBeGreaterThan(5);
    expect(chunks.join('')).toBe(`${JSON.stringify(items, null, 2)}\n`);
  });
});
