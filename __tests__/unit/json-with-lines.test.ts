import { LocatedError } from '../../shared/diagnostics.js';
import { parseJsonWithLines } from '../../shared/json-with-lines.js';

describe('parseJsonWithLines', () => {
  test('values are what JSON.parse makes', () => {
    const text = '{"a": [1, -2.5e3, true, false, null, "x\\n\\u00e9\\"\\\\\\/"], "b": {}, "c": [], "__proto__": {"d": 1}}';
    const { value } = parseJsonWithLines(text, 'f.json');
    expect(value).toEqual(JSON.parse(text));
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value as object)).toEqual(['a', 'b', 'c', '__proto__']);
  });

  test('lines of array elements and object members', () => {
    const text = '{\n "cells": [\n  "one",\n\n  "two"\n ],\n "n":\n  3\n}';
    const doc = parseJsonWithLines(text, 'f.json');
    const root = doc.value as { cells: string[] };
    expect(doc.lineOf(root, 'cells')).toBe(2);
    expect(doc.lineOf(root, 'n')).toBe(8);
    expect([0, 1].map((k) => doc.lineOf(root.cells, k))).toEqual([3, 5]);
    expect(doc.lineOf(root.cells, 2)).toBeUndefined();
    expect(doc.lineOf({}, 'x')).toBeUndefined();
  });

  test('a byte order mark is allowed before the document', () => {
    expect(parseJsonWithLines('\ufeff[1]', 'f.json').value).toEqual([1]);
  });

  test.each([
    ['{"a": 1,}', 1, 9],
    ['[1 2]', 1, 4],
    ['{\n "a": tru\n}', 2, 7],
    ['"unterminated', 1, 14],
    ['"tab\tin string"', 1, 5],
    ['"\\x"', 1, 2],
    ['[1] [2]', 1, 5],
    ['', 1, 1],
    ['01', 1, 2],
  ])('%j is malformed at line %i, column %i', (text, line, column) => {
    let error: unknown;
    try {
      parseJsonWithLines(text, 'f.json');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(LocatedError);
    expect(error).toMatchObject({ code: 'json/syntax', file: 'f.json', line, column });
  });

  test('deep nesting is refused, not a stack overflow', () => {
    expect(() => parseJsonWithLines('['.repeat(100_000), 'f.json')).toThrow(/nested too deeply/);
  });
});
