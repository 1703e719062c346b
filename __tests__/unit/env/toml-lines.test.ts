import fc from 'fast-check';
import { parse, stringify } from 'smol-toml';
import { locateTomlLines, type TomlPath } from '../../../shared/env/toml-lines.js';

const doc = `# a comment
[project]
name = "demo"
dependencies = [
  "numpy>=1.24",   # trailing comment
  'torch==2.1.*',
  """pandas""",
]
optional-dependencies.gpu = ["cupy"]

[ tool . "poetry.x" ]
inline = { version = "^1.2", extras = ["a"] }

[[tool.source]]
name = "a"
[[tool.source]]
name = "b"
[tool.source.nested]
k = 1
date = 1979-05-27 07:32:00Z
multi = """
line
"""
after = 'x'
`;

describe('locateTomlLines', () => {
  const lines = locateTomlLines(doc);

  test('places keys, array items, headers, dotted and quoted keys', () => {
    expect(lines.line(['project'])).toBe(2);
    expect(lines.line(['project', 'name'])).toBe(3);
    expect(lines.line(['project', 'dependencies'])).toBe(4);
    expect(lines.line(['project', 'dependencies', 0])).toBe(5);
    expect(lines.line(['project', 'dependencies', 1])).toBe(6);
    expect(lines.line(['project', 'dependencies', 2])).toBe(7);
    expect(lines.line(['project', 'optional-dependencies', 'gpu', 0])).toBe(9);
    expect(lines.line(['tool', 'poetry.x', 'inline', 'extras', 0])).toBe(12);
  });

  test('numbers the tables of an array of tables', () => {
    expect(lines.line(['tool', 'source', 0, 'name'])).toBe(15);
    expect(lines.line(['tool', 'source', 1, 'name'])).toBe(17);
    expect(lines.line(['tool', 'source', 1, 'nested', 'k'])).toBe(19);
    expect(lines.line(['tool', 'source', 1, 'nested', 'after'])).toBe(24);
    expect(lines.line(['tool', 'source', 1, 'nested', 'multi'])).toBe(21);
  });

  test('nearest falls back to the closest located ancestor, then line 1', () => {
    expect(lines.nearest(['project', 'dependencies', 9])).toBe(4);
    expect(lines.nearest(['nope'])).toBe(1);
  });

  test('every value of a stringified random document is located', () => {
    const key = fc.string({ minLength: 1, maxLength: 6 });
    const leaf = fc.oneof(fc.string(), fc.integer(), fc.boolean());
    const value = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, leaf, fc.array(tie('node'), { maxLength: 3 }), tie('table')),
      table: fc.dictionary(key, tie('node'), { maxKeys: 4 }),
    }));
    fc.assert(
      fc.property(fc.dictionary(key, value.node, { maxKeys: 5 }), (data) => {
        const text = stringify(data);
        const parsed = parse(text);
        const found = locateTomlLines(text);
        const total = text.split('\n').length;
        const visit = (v: unknown, path: TomlPath): void => {
          if (path.length) {
            const line = found.line(path);
            expect(line).toBeDefined();
            expect(line).toBeGreaterThanOrEqual(1);
            expect(line).toBeLessThanOrEqual(total);
          }
          if (Array.isArray(v)) v.forEach((item, i) => visit(item, [...path, i]));
          else if (typeof v === 'object' && v !== null) for (const [k, item] of Object.entries(v)) visit(item, [...path, k]);
        };
        visit(parsed, []);
      }),
      { numRuns: 300 },
    );
  });

  test('ends on any text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => void locateTomlLines(text)), { numRuns: 2000 });
  });
});
