import { formatGb, nominalGb } from '../../../shared/machine/units.js';

describe('formatGb', () => {
  test('needs round up and findings round down, to one decimal', () => {
    expect(formatGb(32e9, 'up')).toBe('32');
    expect(formatGb(16 * 2 ** 30, 'up')).toBe('17.2');
    expect(formatGb(15.96e9, 'down')).toBe('15.9');
    expect(formatGb(15.96e9, 'up')).toBe('16');
  });

  test('float noise does not tip the rounding', () => {
    expect(formatGb(1.3 * 1e9, 'up')).toBe('1.3');
    expect(formatGb(0.7 * 1e9, 'down')).toBe('0.7');
  });
});

describe('nominalGb', () => {
  test('16GB and 16 GiB are both the 16 GB tier', () => {
    expect(nominalGb(16e9)).toBe(16);
    expect(nominalGb(16 * 2 ** 30)).toBe(16);
  });

  test('anything else rounds up to the next GB', () => {
    expect(nominalGb(16.5e9)).toBe(17);
    expect(nominalGb(512 * 2 ** 20)).toBe(1);
    expect(nominalGb(0)).toBe(0);
  });
});
