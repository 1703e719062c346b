import { execFileSync } from 'node:child_process';
import { evaluateMarker, readMarkerEnvironment, type MarkerEnvironment } from '../../../shared/setup-env/markers.js';

const linux311: MarkerEnvironment = {
  implementation_name: 'cpython',
  implementation_version: '3.11.9',
  os_name: 'posix',
  platform_machine: 'x86_64',
  platform_python_implementation: 'CPython',
  platform_release: '6.5.0-1025-azure',
  platform_system: 'Linux',
  platform_version: '#26~22.04.1-Ubuntu SMP',
  python_full_version: '3.11.9',
  python_version: '3.11',
  sys_platform: 'linux',
};

describe('evaluateMarker', () => {
  test.each([
    ['sys_platform == "linux"', true],
    ["sys_platform == 'win32'", false],
    ['python_version >= "3.8"', true],
    ['python_version < "3.10"', false],
    ['"3.12" > python_version', true],
    ['python_full_version == "3.11.*"', true],
    ['python_version == "3.1"', false], // versions, not strings: 3.11 is not 3.1
    ['platform_machine in "x86_64 aarch64"', true],
    ['platform_machine not in "arm64 aarch64"', true],
    ['sys_platform == "darwin" or python_version >= "3.11"', true],
    ['(sys_platform == "darwin" or sys_platform == "win32") and python_version >= "3.8"', false],
    ['sys.platform == "linux"', true],
    ['os.name == "nt"', false],
    ['extra == "dev"', false],
  ])('%s is %s on Linux with Python 3.11', (marker, expected) => {
    expect(evaluateMarker(marker, linux311)).toBe(expected);
  });

  test('what cannot be read or compared is unknown, not false', () => {
    expect(evaluateMarker('no_such_variable == "x"', linux311)).toBeUndefined();
    expect(evaluateMarker('sys_platform ==', linux311)).toBeUndefined();
    expect(evaluateMarker('platform_release >= "6"', linux311)).toBeUndefined(); // not a version variable: no ordering
    // ...but a false side still decides an `and`, and a true side an `or`.
    expect(evaluateMarker('sys_platform == "win32" and no_such_variable == "x"', linux311)).toBe(false);
    expect(evaluateMarker('sys_platform == "linux" or no_such_variable == "x"', linux311)).toBe(true);
  });
});

describe('readMarkerEnvironment', () => {
  test("reports this interpreter's values", async () => {
    const python = execFileSync('python3', ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' }).trim();
    const env = await readMarkerEnvironment(python);
    expect(env.sys_platform).toBe(process.platform);
    expect(env.python_full_version).toMatch(/^3\.\d+\.\d+$/);
    expect(env.python_full_version!.startsWith(`${env.python_version}.`)).toBe(true);
    expect(env.implementation_name).toBe('cpython');
  });

  test('an interpreter that is not there is an error naming it', async () => {
    await expect(readMarkerEnvironment('/no/such/python')).rejects.toThrow('/no/such/python could not report its platform');
  });
});
