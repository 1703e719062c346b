import { environmentLayout, runnerOs } from '../../../shared/setup-env/venv-layout.js';

describe('runnerOs', () => {
  test.each([
    ['linux', 'linux'],
    ['darwin', 'macos'],
    ['win32', 'windows'],
  ] as const)('%s is %s', (platform, os) => expect(runnerOs(platform)).toBe(os));
});

describe('environmentLayout', () => {
  test('a venv on Linux keeps its interpreter in bin/', () => {
    expect(environmentLayout('/home/runner/work/_temp/ml-hub-env', 'linux', 'venv')).toEqual({
      prefix: '/home/runner/work/_temp/ml-hub-env',
      python: '/home/runner/work/_temp/ml-hub-env/bin/python',
      binDirs: ['/home/runner/work/_temp/ml-hub-env/bin'],
    });
  });

  test('a venv on macOS is laid out as on Linux', () => {
    expect(environmentLayout('/Users/runner/work/_temp/env/', 'macos', 'venv')).toEqual({
      prefix: '/Users/runner/work/_temp/env',
      python: '/Users/runner/work/_temp/env/bin/python',
      binDirs: ['/Users/runner/work/_temp/env/bin'],
    });
  });

  test('a venv on Windows keeps python.exe in Scripts\\, whatever separators the prefix came with', () => {
    expect(environmentLayout('D:/a/_temp/ml-hub-env', 'windows', 'venv')).toEqual({
      prefix: 'D:\\a\\_temp\\ml-hub-env',
      python: 'D:\\a\\_temp\\ml-hub-env\\Scripts\\python.exe',
      binDirs: ['D:\\a\\_temp\\ml-hub-env\\Scripts'],
    });
  });

  test('a conda environment on Linux and macOS has bin/python too', () => {
    for (const os of ['linux', 'macos'] as const) {
      expect(environmentLayout('/opt/envs/wine', os, 'conda')).toEqual({ prefix: '/opt/envs/wine', python: '/opt/envs/wine/bin/python', binDirs: ['/opt/envs/wine/bin'] });
    }
  });

  test('a conda environment on Windows has python.exe at its root and three folders for PATH', () => {
    expect(environmentLayout('C:\\envs\\wine\\', 'windows', 'conda')).toEqual({
      prefix: 'C:\\envs\\wine',
      python: 'C:\\envs\\wine\\python.exe',
      binDirs: ['C:\\envs\\wine', 'C:\\envs\\wine\\Scripts', 'C:\\envs\\wine\\Library\\bin'],
    });
  });
});
