import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { normalizeDistributionName } from '../../../shared/scan/import-names.js';
import {
  InterpreterError,
  readInterpreterMetadata,
  type InterpreterMetadata,
} from '../../../shared/scan/interpreter-metadata.js';
import { resolveDistribution } from '../../../shared/scan/resolve-distribution.js';

const run = promisify(execFile);

async function python(interpreter: string, code: string): Promise<string> {
  return (await run(interpreter, ['-c', code])).stdout.trim();
}

/** A pyenv build of the given minor (`3.8`) on this machine, if any. */
function pyenvPython(minor: string): string | undefined {
  const versions = path.join(process.env.PYENV_ROOT ?? path.join(homedir(), '.pyenv'), 'versions');
  if (!existsSync(versions)) return undefined;
  const version = readdirSync(versions).find((v) => v.startsWith(`${minor}.`) && /^\d+\.\d+\.\d+$/.test(v));
  const interpreter = version && path.join(versions, version, 'bin', 'python3');
  return interpreter && existsSync(interpreter) ? interpreter : undefined;
}

async function failure(interpreter: string): Promise<InterpreterError> {
  const error: unknown = await readInterpreterMetadata(interpreter).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InterpreterError);
  const message = (error as InterpreterError).message;
  expect(message).not.toContain('\n');
  expect(message).not.toContain('Traceback');
  return error as InterpreterError;
}

describe("the machine's python3", () => {
  let metadata: InterpreterMetadata;
  beforeAll(async () => {
    metadata = await readInterpreterMetadata('python3');
  });

  test('reports its version and stdlib module names', async () => {
    expect(metadata.pythonVersion).toBe(await python('python3', 'import platform; print(platform.python_version())'));
    const names = await python('python3', 'import sys, json; print(json.dumps(sorted(sys.stdlib_module_names)))');
    expect(metadata.stdlibModules).toEqual(JSON.parse(names));
  });

  test('lists each installed distribution once, with its normalised name and import names', async () => {
    const normalized = metadata.distributions.map((d) => d.normalized);
    expect(new Set(normalized).size).toBe(normalized.length);
    for (const d of metadata.distributions) expect(d.normalized).toBe(normalizeDistributionName(d.name));

    const pyyaml = metadata.distributions.find((d) => d.normalized === 'pyyaml');
    expect(pyyaml).toMatchObject({ name: 'PyYAML', importNames: ['_yaml', 'yaml'] });
    expect(pyyaml?.version).toBe(await python('python3', 'from importlib import metadata; print(metadata.version("PyYAML"))'));
    expect(metadata.distributions.find((d) => d.normalized === 'setuptools')?.importNames).toEqual([
      '_distutils_hack',
      'pkg_resources',
      'setuptools',
    ]);
    expect(metadata.distributions.find((d) => d.normalized === 'python-dateutil')?.importNames).toEqual(['dateutil']);
  });

  test('its answer drives resolveDistribution', () => {
    expect(resolveDistribution('yaml', { interpreter: metadata })).toEqual({ distributions: ['pyyaml'], source: 'interpreter' });
    expect(resolveDistribution('dateutil.parser', { interpreter: metadata })).toEqual({
      distributions: ['python-dateutil'],
      source: 'interpreter',
    });
  });
});

// Wheels written here and installed offline by pip, so their RECORD files are the real thing.
const MAKE_WHEELS = String.raw`
import base64, hashlib, json, sys, zipfile
def wheel(directory, name, version, files):
    info = "%s-%s.dist-info" % (name, version)
    files = dict(files)
    files[info + "/METADATA"] = "Metadata-Version: 2.1\nName: %s\nVersion: %s\n" % (name, version)
    files[info + "/WHEEL"] = "Wheel-Version: 1.0\nGenerator: ml-hub-tests\nRoot-Is-Purelib: true\nTag: py3-none-any\n"
    record = []
    for p, text in files.items():
        digest = base64.urlsafe_b64encode(hashlib.sha256(text.encode()).digest()).rstrip(b"=").decode()
        record.append("%s,sha256=%s,%d" % (p, digest, len(text.encode())))
    files[info + "/RECORD"] = "\n".join(record + [info + "/RECORD,,"]) + "\n"
    filename = "%s/%s-%s-py3-none-any.whl" % (directory, name.replace("-", "_"), version)
    with zipfile.ZipFile(filename, "w") as z:
        for p, text in files.items():
            z.writestr(p, text)
    return filename
d = sys.argv[1]
print(json.dumps([
    # A PEP 420 namespace package (no acme/__init__.py) shared by two distributions.
    wheel(d, "acme_widgets", "1.0", {"acme/widgets/__init__.py": "", "acme/widgets/core.py": ""}),
    wheel(d, "acme_gadgets", "2.0", {"acme/gadgets.py": ""}),
    # A pkgutil-style namespace: both distributions ship nsold/__init__.py.
    wheel(d, "ns_one", "1.0", {"nsold/__init__.py": "", "nsold/one/__init__.py": ""}),
    wheel(d, "ns_two", "1.0", {"nsold/__init__.py": "", "nsold/two.py": ""}),
    # A name that needs normalising, with a private extension-like module beside its package.
    wheel(d, "Fancy_Tool", "0.3", {"fancy_tool/__init__.py": "", "_fancy_speedups.py": ""}),
]))
`;

describe('a virtual environment made with python3 -m venv', () => {
  let dir: string;
  let venvPython: string;
  let metadata: InterpreterMetadata;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'ml-hub-venv-'));
    await run('python3', ['-m', 'venv', '--without-pip', path.join(dir, 'venv')]);
    venvPython = path.join(dir, 'venv', 'bin', 'python');
    const wheels = JSON.parse(await python('python3', MAKE_WHEELS.replace('sys.argv[1]', JSON.stringify(dir)))) as string[];
    await run('python3', [
      '-m', 'pip', '--python', venvPython, 'install',
      '--no-index', '--no-deps', '--disable-pip-version-check', '--quiet', ...wheels,
    ]);
    metadata = await readInterpreterMetadata(venvPython);
  }, 120_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('sees its own packages only, not those of the interpreter it was made from', async () => {
    expect(metadata.pythonVersion).toBe(await python('python3', 'import platform; print(platform.python_version())'));
    expect(metadata.distributions.map((d) => d.normalized).sort()).toEqual([
      'acme-gadgets',
      'acme-widgets',
      'fancy-tool',
      'ns-one',
      'ns-two',
    ]);
  });

  test('names namespace packages by the subpackage each distribution owns', () => {
    const byName = new Map(metadata.distributions.map((d) => [d.normalized, d]));
    expect(byName.get('acme-widgets')).toMatchObject({ name: 'acme_widgets', version: '1.0', importNames: ['acme.widgets'] });
    expect(byName.get('acme-gadgets')?.importNames).toEqual(['acme.gadgets']);
    expect(byName.get('ns-one')?.importNames).toEqual(['nsold.one']);
    expect(byName.get('ns-two')?.importNames).toEqual(['nsold.two']);
    expect(byName.get('fancy-tool')).toMatchObject({ name: 'Fancy_Tool', importNames: ['_fancy_speedups', 'fancy_tool'] });
  });

  test('resolves modules inside the namespaces to their distributions', () => {
    const sources = { interpreter: metadata };
    expect(resolveDistribution('acme.widgets.core', sources)).toEqual({ distributions: ['acme-widgets'], source: 'interpreter' });
    expect(resolveDistribution('nsold.two', sources)).toEqual({ distributions: ['ns-two'], source: 'interpreter' });
    const namespace = resolveDistribution('acme', sources);
    expect(namespace.source).toBe('interpreter');
    expect(namespace.distributions.sort()).toEqual(['acme-gadgets', 'acme-widgets']);
  });
});

describe('other interpreters', () => {
  const python38 = pyenvPython('3.8');
  const python37 = pyenvPython('3.7');

  // Python 3.8 and 3.9 have no packages_distributions() and no sys.stdlib_module_names.
  (python38 ? test : test.skip)('Python 3.8 (pyenv)', async () => {
    const metadata = await readInterpreterMetadata(python38!);
    expect(metadata.pythonVersion).toMatch(/^3\.8\./);
    expect(metadata.stdlibModules).toBeUndefined();
    expect(metadata.distributions.find((d) => d.normalized === 'pip')?.importNames).toEqual(['pip']);
  });

  (python37 ? test : test.skip)('Python 3.7 (pyenv) is refused with its version', async () => {
    const error = await failure(python37!);
    expect(error.message).toMatch(/needs Python 3\.8 or newer to read installed packages; this is Python 3\.7$/);
  });
});

describe('errors are one line for a person, not a stack trace', () => {
  test('missing interpreter', async () => {
    const error = await failure('/nonexistent/bin/python3');
    expect(error.message).toBe('Python interpreter not found: /nonexistent/bin/python3');
  });

  test('a file that cannot be executed', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ml-hub-noexec-'));
    try {
      const file = path.join(dir, 'python');
      writeFileSync(file, '', { mode: 0o644 });
      expect((await failure(file)).message).toBe(`Python interpreter is not executable: ${file}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('an interpreter that fails', async () => {
    expect((await failure('false')).message).toBe('false failed while listing its packages: exit status 1');
  });

  test('a program that is not Python', async () => {
    expect((await failure('echo')).message).toMatch(/^echo did not report its packages \(unreadable output: ".*"\)$/);
  });
});
