import { parseSetupCfg } from '../../../shared/env/setup-cfg.js';
import { fixtureReader, fixtureText, memoryReader, summary } from './packaging-fixtures.js';

const parse = (text: string) => parseSetupCfg('setup.cfg', text, memoryReader())[0]!;

describe('parseSetupCfg on a real-looking setup.cfg', () => {
  const files = parseSetupCfg('setup.cfg', fixtureText('setup-cfg', 'setup.cfg'), fixtureReader('setup-cfg'));
  const file = files[0]!;

  test('name, python_requires and includes', () => {
    expect(files).toHaveLength(1);
    expect(file.kind).toBe('setup.cfg');
    expect(file.name).toBe('tabular-forecast');
    expect(file.python).toEqual({ specifier: '>=3.9', file: 'setup.cfg', line: 13 });
    expect(file.includes).toEqual(['requirements-gpu.txt']);
  });

  test('multi-line lists with comments, blank lines and markers; extras; setup and tests requirements', () => {
    expect(file.dependencies.map(summary)).toEqual([
      'setup.cfg:15 main pandas>=1.5,<3',
      'setup.cfg:16 main scikit-learn~=1.3',
      'setup.cfg:18 main xgboost==1.7.6',
      'setup.cfg:19 main lightgbm>=4.0',
      'setup.cfg:21 main pywin32>=306 ; sys_platform == "win32"',
      'setup.cfg:23 build setuptools_scm[toml]>=7',
      'setup.cfg:24 test pytest',
      'setup.cfg:28 dev pytest>=7.4',
      'setup.cfg:29 dev pytest-cov',
      'setup.cfg:30 dev mypy==1.5.1',
      'setup.cfg:31 plots matplotlib>=3.7',
      'setup.cfg:31 plots seaborn',
    ]);
    expect(file.diagnostics).toEqual([]);
  });
});

describe('setup.cfg details', () => {
  test('a marker on a one-line value is split off by setuptools, and said so', () => {
    const file = parse('[options]\ninstall_requires = numpy; python_version < "3.10"\n');
    expect(file.dependencies.map(summary)).toEqual(['setup.cfg:2 main numpy']);
    expect(file.diagnostics).toMatchObject([{ severity: 'warning', code: 'setup-cfg/marker-on-one-line', line: 2 }]);
  });

  test('the dash spelling of keys is accepted', () => {
    expect(parse('[options]\ninstall-requires =\n  attrs\n').dependencies.map(summary)).toEqual(['setup.cfg:3 main attrs']);
  });

  test('configparser errors are reported with their lines and reading goes on', () => {
    const file = parse('stray = 1\n[options]\ninstall_requires =\n  attrs\nnot an option\ninstall_requires = x\n');
    expect(file.diagnostics.map((d) => [d.code, d.line])).toEqual([
      ['setup-cfg/syntax', 1],
      ['setup-cfg/syntax', 5],
      ['setup-cfg/syntax', 6],
    ]);
    expect(file.dependencies.map(summary)).toEqual(['setup.cfg:4 main attrs']);
  });

  test('a bad requirement is an error at its line', () => {
    const file = parse('[options]\ninstall_requires =\n  good\n  bad name\n');
    expect(file.dependencies.map(summary)).toEqual(['setup.cfg:3 main good']);
    expect(file.diagnostics).toMatchObject([{ code: 'setup-cfg/requirement', line: 4, file: 'setup.cfg' }]);
  });
});
