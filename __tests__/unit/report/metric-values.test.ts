import { formatChange, formatMetric, isMeasured } from '../../../shared/report/metric-values.js';
import { chooseDirection, guessDirection, isBetter } from '../../../shared/report/metric-direction.js';
import { globToRegExp } from '../../../shared/report/name-glob.js';

test('SQLite’s stand-in for infinity is not a measurement, and prints as infinity', () => {
  expect(isMeasured(0.5)).toBe(true);
  expect(isMeasured(NaN)).toBe(false);
  expect(isMeasured(-Infinity)).toBe(false);
  expect(isMeasured(1.7976931348623157e308)).toBe(false);
  expect(formatMetric(1.7976931348623157e308)).toBe('∞');
  expect(formatMetric(-1.7976931348623157e308)).toBe('-∞');
  expect(formatMetric(NaN)).toBe('NaN');
});

test('four significant digits, exponents only for the very large and very small', () => {
  expect(formatMetric(0.41234567)).toBe('0.4123');
  expect(formatMetric(12345.678)).toBe('12346');
  expect(formatMetric(7)).toBe('7');
  expect(formatMetric(-25000000000)).toBe('-2.5e+10');
  expect(formatMetric(1e-300)).toBe('1e-300');
  expect(formatMetric(0.5)).toBe('0.5');
});

test('changes are relative to the base, absolute from zero', () => {
  expect(formatChange(0.55, 0.5)).toBe('+10.0%');
  expect(formatChange(0.45, 0.5)).toBe('-10.0%');
  expect(formatChange(0.5005, 0.5)).toBe('+0.100%');
  expect(formatChange(5, 0.5)).toBe('+900%');
  expect(formatChange(0.3, 0)).toBe('+0.3');
  expect(formatChange(2, 2)).toBe('±0');
  expect(formatChange(NaN, 2)).toBe('');
});


test('direction from the last known word of the name', () => {
  expect(guessDirection('val/rmse')).toBe('min');
  expect(guessDirection('eval_loss')).toBe('min');
  expect(guessDirection('train/mae')).toBe('min');
  expect(guessDirection('test error')).toBe('min');
  expect(guessDirection('val/accuracy')).toBe('max');
  expect(guessDirection('top5Accuracy')).toBe('max');
  expect(guessDirection('r2')).toBe('max');
  expect(guessDirection('macro-f1')).toBe('max');
  expect(guessDirection('roc_auc')).toBe('max');
  expect(guessDirection('epoch_time')).toBeUndefined();
  expect(chooseDirection('val/rmse', undefined)).toEqual({ direction: 'min', source: 'name' });
  expect(chooseDirection('val/rmse', 'max')).toEqual({ direction: 'max', source: 'input' });
  expect(chooseDirection('throughput_x', undefined).source).toBe('name');
  expect(chooseDirection('mystery', undefined)).toEqual({ direction: 'min', source: 'default' });
  expect(isBetter(1, 2, 'min')).toBe(true);
  expect(isBetter(1, 2, 'max')).toBe(false);
});

test('globs for experiment names and artifact paths', () => {
  expect(globToRegExp('wine-*').test('wine-quality-rf')).toBe(true);
  expect(globToRegExp('wine-*').test('edge-cases')).toBe(false);
  expect(globToRegExp('exp?').test('exp1')).toBe(true);
  expect(globToRegExp('a.b (c)').test('a.b (c)')).toBe(true);
  expect(globToRegExp('a.b').test('axb')).toBe(false);
  expect(globToRegExp('*.json', { slashes: true }).test('dir/x.json')).toBe(false);
  expect(globToRegExp('**/*.json', { slashes: true }).test('x.json')).toBe(true);
  expect(globToRegExp('**/*.json', { slashes: true }).test('a/b/x.json')).toBe(true);
  expect(globToRegExp('summary/**', { slashes: true }).test('summary/model_summary.txt')).toBe(true);
  expect(globToRegExp('[!a]x').test('bx')).toBe(true);
  expect(globToRegExp('[!a]x').test('ax')).toBe(false);
});
