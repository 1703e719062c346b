import { parseJsonWithLines } from '../../../shared/json-with-lines.js';
import { pathLinesOfJson } from '../../../shared/env/path-lines.js';

test('the line of every key and array item of a JSON document, by path', () => {
  const doc = parseJsonWithLines('{\n  "a": {\n    "b": [\n      1,\n      "x"\n    ]\n  },\n  "__proto__": 2\n}', 'Pipfile.lock');
  const lines = pathLinesOfJson(doc);
  expect(lines.line(['a'])).toBe(2);
  expect(lines.line(['a', 'b'])).toBe(3);
  expect(lines.line(['a', 'b', 1])).toBe(5);
  expect(lines.line(['__proto__'])).toBe(8);
  expect(lines.nearest(['a', 'b', 7])).toBe(3);
  expect(lines.nearest(['missing'])).toBe(1);
});
