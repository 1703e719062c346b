// Metric fields are read with Python's float() and int(); these verdicts were produced by CPython 3.11.
import { parseMetricFile, parseMetricLine } from '../../../shared/mlflow/metric-file.js';
import { parsePyFloat, parsePyInt, pyFloatRepr } from '../../../shared/mlflow/py-numbers.js';

const ERR = undefined;

test.each([
  ['1.5', 1.5, ERR],
  ['1_000.5', 1000.5, ERR],
  ['+3', 3, 3],
  ['-0.0', -0, ERR],
  ['nan', NaN, ERR],
  ['-NaN', NaN, ERR],
  ['inf', Infinity, ERR],
  ['-Infinity', -Infinity, ERR],
  ['iNfInItY', Infinity, ERR],
  ['1e5', 100000, ERR],
  ['1E+05', 100000, ERR],
  ['.5', 0.5, ERR],
  ['5.', 5, ERR],
  ['.', ERR, ERR],
  ['1__0', ERR, ERR],
  ['_1', ERR, ERR],
  ['1_', ERR, ERR],
  ['0x10', ERR, ERR],
  ['1e', ERR, ERR],
  ['e5', ERR, ERR],
  ['', ERR, ERR],
  ['  2.5  ', 2.5, ERR],
  ['1.5.2', ERR, ERR],
  ['0007', 7, 7],
  ['1e-400', 0, ERR],
  ['1e400', Infinity, ERR],
])('float(%j) and int() as CPython', (text, asFloat, asInt) => {
  expect(parsePyFloat(text)).toBe(asFloat);
  expect(parsePyInt(text)).toBe(asInt);
});

test.each([
  ['1 2 3', { timestamp: 1, value: 2, step: 3, dataset: null }],
  [' 1 2 3 ', { timestamp: 1, value: 2, step: 3, dataset: null }],
  ['\t1 2 3\t', { timestamp: 1, value: 2, step: 3, dataset: null }],
  ['1 2', { timestamp: 1, value: 2, step: 0, dataset: null }],
  // MLflow 3.6 reads the step only from 3-field lines: a 5-field line reports step 0.
  ['1 2 3 ds 9f', { timestamp: 1, value: 2, step: 0, dataset: { name: 'ds', digest: '9f' } }],
  ['1  2 3', 'found 4'],
  ['1 2 3 4', 'found 4'],
  ['1 2 3 a  b', 'found 6'],
  ['1 2 x', 'step "x" is not an integer'],
  ['1.0 2 3', 'timestamp "1.0" is not an integer'],
  ['', 'found 1'],
])('metric line %j', (line, expected) => {
  const parsed = parseMetricLine(line);
  if (typeof expected === 'string') expect(parsed).toEqual(expect.stringContaining(expected));
  else expect(parsed).toEqual(expected);
});

test('Python repr of floats, as MLflow writes them', () => {
  const cases: [number, string][] = [
    [1e-4, '0.0001'],
    [1e-5, '1e-05'],
    [1.5e-7, '1.5e-07'],
    [1e16, '1e+16'],
    [1.2345e20, '1.2345e+20'],
    [123, '123.0'],
    [0.1, '0.1'],
    [5e-324, '5e-324'],
    [1.7976931348623157e308, '1.7976931348623157e+308'],
    [-0, '-0.0'],
    [NaN, 'nan'],
    [-Infinity, '-inf'],
  ];
  for (const [v, repr] of cases) expect(pyFloatRepr(v)).toBe(repr);
});

test('a file of CRLF lines, lone CRs and a missing final newline reads as Python reads it', () => {
  const bytes = Buffer.from('1 2 3\r\n4 5 6 ds dig\n\n7 8\n9 x 1\n1 2 3\r4 5 6\n  10 11 12  \n13 14 15');
  const { history, problems, latest } = parseMetricFile(bytes, bytes.length, 'k');
  expect([...history.values]).toEqual([2, 5, 8, 2, 5, 11, 14]);
  expect([...history.steps]).toEqual([3, 0, 0, 3, 6, 12, 15]);
  expect(history.datasets).toEqual([null, { name: 'ds', digest: 'dig' }, null, null, null, null, null]);
  expect(problems).toEqual([
    { line: 3, message: expect.stringContaining('found 1') },
    { line: 5, message: 'value "x" is not a number' },
  ]);
  expect(latest).toBe(6);
});

test('steps beyond 32 bits switch the series to a Float64Array, keeping earlier steps', () => {
  const bytes = Buffer.from('1 1.5 7\n2 2.5 1099511627776\n3 3.5 -9\n');
  const { history, latest } = parseMetricFile(bytes, bytes.length, 'k');
  expect(history.steps).toBeInstanceOf(Float64Array);
  expect([...history.steps]).toEqual([7, 2 ** 40, -9]);
  expect(latest).toBe(1);
});
