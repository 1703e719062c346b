import { capPerLevel, type Annotation } from '../../../shared/text/annotations.js';

test('keeps at most 10 per level, the 10th counting what was left out', () => {
  const many = (level: Annotation['level'], n: number) => Array.from({ length: n }, (_, i) => ({ level, title: `${level} ${i}`, message: 'm', file: 'a.py', line: i + 1 }));
  const kept = capPerLevel([...many('warning', 25), ...many('error', 3), ...many('notice', 10)]);
  expect(kept.filter((a) => a.level === 'error')).toHaveLength(3);
  const warnings = kept.filter((a) => a.level === 'warning');
  expect(warnings).toHaveLength(10);
  expect(warnings.slice(0, 9).map((a) => a.title)).toEqual(Array.from({ length: 9 }, (_, i) => `warning ${i}`));
  expect(warnings[9]!.title).toBe('16 more warnings');
  expect(warnings[9]!.file).toBeUndefined();
  expect(kept.filter((a) => a.level === 'notice')).toHaveLength(10);
  expect(kept.filter((a) => a.level === 'notice').every((a) => a.title.startsWith('notice '))).toBe(true);
});
