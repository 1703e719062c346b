import { compareCodePoints, truthFloat } from '../../../shared/mlflow/model.js';

test('code point order, as Python sorts artifact names: astral characters after the rest of the BMP', () => {
  // UTF-16 order would put '🚀' (0xD83D…) before '｡' (0xFF61); code point order puts it after.
  const names = ['｡', '🚀', 'b', 'a', 'ä', 'B'];
  expect([...names].sort(compareCodePoints)).toEqual(['B', 'a', 'b', 'ä', '｡', '🚀']);
  expect(compareCodePoints('dir', 'dir with space')).toBeLessThan(0);
});

test('JSON spelling of non-finite floats', () => {
  expect([NaN, Infinity, -Infinity, -0, 1.5].map(truthFloat)).toEqual(['NaN', 'Infinity', '-Infinity', -0, 1.5]);
});
