import { parseParameterArgs, parseParameterMapping } from '../../../shared/dispatch/parameters.js';
import { formatDuration, parseDuration } from '../../../shared/text/units.js';

test('a YAML or JSON mapping, with values kept as written', () => {
  expect(parseParameterMapping('alpha: 0.50\nl1_ratio: 1.0\nmodel: "rf"\nverbose: true\n')).toEqual({ alpha: '0.50', l1_ratio: '1.0', model: 'rf', verbose: 'true' });
  expect(parseParameterMapping('{"alpha": 1e-3, "name": "a: b"}')).toEqual({ alpha: '1e-3', name: 'a: b' });
  expect(parseParameterMapping('cmd: "$(rm -rf /); `id`"\nmulti: |\n  line one\n  line two\n')).toEqual({ cmd: '$(rm -rf /); `id`', multi: 'line one\nline two\n' });
  expect(parseParameterMapping('  \n')).toEqual({});
});

test('anything but a mapping of scalars is refused with its line', () => {
  expect(() => parseParameterMapping('- 1\n- 2\n')).toThrow('parameters: expected a mapping such as {alpha: 0.5, l1_ratio: 0.1}');
  expect(() => parseParameterMapping('alpha: 0.5\nlayers: [1, 2]\n')).toThrow('parameters: line 2: layers must be a single value, not a list or mapping');
  expect(() => parseParameterMapping('alpha:\n')).toThrow('parameters: line 1: alpha has no value');
  expect(() => parseParameterMapping('a=b: 1\n')).toThrow('parameters: line 1: parameter name "a=b" contains "="');
  expect(() => parseParameterMapping('alpha: [\n', 'input parameters')).toThrow(/^input parameters: line \d+: invalid YAML/);
  expect(() => parseParameterMapping('? [a]\n: 1\n')).toThrow('parameters: every parameter name must be a plain string');
  expect(() => parseParameterMapping('a: 1\na: 2\n')).toThrow(/invalid YAML: Map keys must be unique/);
});

test('-P NAME=VALUE arguments split at the first =', () => {
  expect(parseParameterArgs(['alpha=0.5', 'expr=a=b', 'empty='])).toEqual({ alpha: '0.5', expr: 'a=b', empty: '' });
  expect(() => parseParameterArgs(['alpha'])).toThrow('-P alpha: expected NAME=VALUE');
  expect(() => parseParameterArgs(['=1'])).toThrow('-P =1: a parameter name is empty');
});

test('durations as workflows write them', () => {
  expect(parseDuration('2h')).toBe(7_200_000);
  expect(parseDuration('1h30m')).toBe(5_400_000);
  expect(parseDuration('1h 30m')).toBe(5_400_000);
  expect(parseDuration('45')).toBe(2_700_000);
  expect(parseDuration('90s')).toBe(90_000);
  expect(parseDuration('1d')).toBe(86_400_000);
  expect(parseDuration('250ms')).toBe(250);
  expect(() => parseDuration('2 hours')).toThrow('"2 hours" is not a duration: write it as 2h, 1h30m, 45m or 90s');
  expect(() => parseDuration('h')).toThrow(/is not a duration/);
  expect(() => parseDuration('0m')).toThrow('"0m" is not a duration longer than zero');
  expect([formatDuration(5_400_000), formatDuration(45_000), formatDuration(0), formatDuration(7_200_000)]).toEqual(['1h30m', '45s', '0s', '2h']);
});
