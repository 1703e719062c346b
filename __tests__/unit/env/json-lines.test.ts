import { JsonSyntaxError, parseJsonWithLines } from '../../../shared/env/json-lines.js';

describe('parseJsonWithLines', () => {
  test('values and the line of every key and array item', () => {
    const { value, lines } = parseJsonWithLines('{\n  "a": {\n    "b": [\n      1,\n      "x"\n    ]\n  },\n  "__proto__": 2\n}');
    expect(value).toEqual({ a: { b: [1, 'x'] }, ['__proto__']: 2 });
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(lines.line(['a'])).toBe(2);
    expect(lines.line(['a', 'b'])).toBe(3);
    expect(lines.line(['a', 'b', 1])).toBe(5);
    expect(lines.line(['__proto__'])).toBe(8);
  });

  test.each([
    ['{"a": 1,}', 1, 9, 'expected a "key"'],
    ['[1,\n 2\n 3]', 3, 2, 'expected "," or "]"'],
    ['{"a": "\n"}', 1, 8, 'control character in string'],
    ['{"a": tru}', 1, 7, 'unexpected character "t"'],
    ['', 1, 1, 'unexpected end of JSON'],
  ])('%j fails at %i:%i', (text, line, column, message) => {
    expect(() => parseJsonWithLines(text)).toThrow(new JsonSyntaxError(message, line, column));
    try {
      parseJsonWithLines(text);
    } catch (error) {
      expect(error).toMatchObject({ line, column });
    }
  });
});
