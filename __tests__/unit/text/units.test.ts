import { formatDuration, formatSize, parseDuration, parseSize } from '../../../shared/text/units.js';

test('sizes: decimal kB/MB/GB, binary KiB/MiB/GiB, the same in settings and inputs; bare numbers in the caller’s unit', () => {
  expect(parseSize('16GB', 'GiB')).toBe(16e9);
  expect(parseSize('16 GiB', 'GiB')).toBe(16 * 2 ** 30);
  expect(parseSize('512mb', 'B')).toBe(512e6);
  expect(parseSize('10M', 'B')).toBe(10e6);
  expect(parseSize(8, 'GiB')).toBe(8 * 2 ** 30);
  expect(parseSize('8', 'GiB')).toBe(8 * 2 ** 30);
  expect(parseSize('1048576', 'B')).toBe(1048576);
  expect(parseSize('lots', 'B')).toBeUndefined();
  expect(parseSize(-1, 'B')).toBeUndefined();
  expect(parseSize('9'.repeat(400), 'B')).toBeUndefined();
  expect(formatSize(12_345_678)).toBe('12.3 MB');
  expect(formatSize(999)).toBe('999 B');
});

test('durations are shown the way they are written, and read back', () => {
  expect([450, 12_345, 45_000, 185_000, 3_720_000, 5_400_000, 0].map(formatDuration)).toEqual(['450ms', '12.3s', '45s', '3m5s', '1h2m', '1h30m', '0s']);
  for (const ms of [450, 12_300, 45_000, 185_000, 5_400_000]) expect(parseDuration(formatDuration(ms))).toBe(ms);
  expect(() => parseDuration('soon')).toThrow(/not a duration/);
});
