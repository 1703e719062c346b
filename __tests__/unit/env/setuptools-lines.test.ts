import { setuptoolsRequirements, stringLines } from '../../../shared/env/setuptools-lines.js';

test('setuptools drops blank and # lines and " #" comments, and joins trailing backslashes', () => {
  expect(setuptoolsRequirements(stringLines('\n  numpy  # arrays\n# c\nscipy#1\npandas \\\n  >=2\n', 10))).toEqual([
    { text: 'numpy', line: 11 },
    { text: 'scipy#1', line: 13 },
    { text: 'pandas>=2', line: 14 },
  ]);
  expect(setuptoolsRequirements(stringLines('a\nb \\', 1))).toEqual([{ text: 'a', line: 1 }]);
});
