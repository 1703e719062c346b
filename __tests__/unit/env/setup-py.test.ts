import { parseSetupPy } from '../../../shared/env/setup-py.js';
import { fixtureReader, fixtureText, memoryReader, summary } from './packaging-fixtures.js';

const parse = (text: string, file = 'setup.py') => {
  const files = parseSetupPy(file, text, memoryReader());
  expect(files).toHaveLength(1);
  return files[0]!;
};

describe('parseSetupPy on a real-looking setup.py', () => {
  const [file, ...rest] = parseSetupPy('setup.py', fixtureText('setup-py', 'setup.py'), fixtureReader('setup-py'));

  test('only names what it includes', () => {
    expect(rest).toEqual([]);
    expect(file!.kind).toBe('setup.py');
    expect(file!.name).toBe('vision-toolkit');
    expect(file!.python).toEqual({ specifier: '>=3.8,<3.13', file: 'setup.py', line: 53 });
  });

  test('reads literal lists, names, appends, tuples, implicit concatenation, marker keys and subscripts', () => {
    expect(file!.dependencies.map(summary)).toEqual([
      'setup.py:16 main numpy>=1.21,<2',
      'setup.py:17 main torch>=2.0',
      'setup.py:18 main torchvision',
      'setup.py:19 main pillow>=9.0',
      "setup.py:24 main pywin32>=305 ; sys_platform == 'win32'",
      'setup.py:56 build setuptools>=61',
      'setup.py:56 build wheel',
      'setup.py:27 dev pytest>=7',
      'setup.py:27 dev black==23.7.0',
      'setup.py:28 docs sphinx>=6',
      'setup.py:28 docs furo',
      "setup.py:29 tracking mlflow>=2.8 ; python_version >= '3.9'",
      'setup.py:27 all pytest>=7',
      'setup.py:27 all black==23.7.0',
      'setup.py:28 all sphinx>=6',
      'setup.py:28 all furo',
    ]);
  });

  test('files read by with-open and by a helper become includes', () => {
    expect(file!.includes).toEqual(['requirements-test.txt', 'requirements/gpu.txt']);
  });

  test('what is computed some other way gets a notice at its line', () => {
    expect(file!.diagnostics).toEqual([
      {
        severity: 'notice',
        code: 'setup-py/dynamic',
        message: 'extras_require["everything"] could not be read statically; its requirements are not checked',
        file: 'setup.py',
        line: 37,
      },
    ]);
  });
});

describe('requirements-file idioms', () => {
  test.each([
    ["install_requires=open('requirements.txt').read().splitlines()"],
    ['install_requires=pathlib.Path("requirements.txt").read_text().splitlines()'],
    ["install_requires=[l.strip() for l in open('requirements.txt') if l.strip()]"],
    ["install_requires=parse_requirements('requirements.txt', session=False)"],
    ["install_requires=(Path(__file__).parent / 'requirements.txt').read_text().split()"],
  ])('%s', (argument) => {
    const file = parse(`from setuptools import setup\nsetup(\n    name="x",\n    ${argument},\n)\n`);
    expect(file.includes).toEqual(['requirements.txt']);
    expect(file.diagnostics).toEqual([]);
  });

  test('with open(...) as f, a name bound in the block, and a for loop over a file', () => {
    const file = parse(
      [
        'import setuptools',
        'REQ_FILE = "requirements/base.in"',
        'with open(REQ_FILE) as f:',
        '    reqs = f.read().splitlines()',
        'dev = []',
        "for line in open('requirements/dev.txt'):",
        '    dev.append(line.strip())',
        'setuptools.setup(install_requires=reqs, extras_require={"dev": dev})',
      ].join('\n'),
      'pkg/setup.py',
    );
    expect(file.includes).toEqual(['pkg/requirements/base.in', 'pkg/requirements/dev.txt']);
    expect(file.diagnostics).toEqual([]);
  });

  test('an include leaving the analysed folder is a warning', () => {
    const file = parse("from setuptools import setup\nsetup(install_requires=open('../requirements.txt').readlines())");
    expect(file.includes).toEqual([]);
    expect(file.diagnostics).toMatchObject([{ severity: 'warning', code: 'setup-py/include-outside-root', line: 2 }]);
  });
});

describe('static evaluation', () => {
  test('a requirements string is split into lines, comments dropped', () => {
    const file = parse('from setuptools import setup\nsetup(install_requires="""\nnumpy  # arrays\n# nothing\nscipy>=1.10\n""")');
    expect(file.dependencies.map(summary)).toEqual(['setup.py:3 main numpy', 'setup.py:5 main scipy>=1.10']);
  });

  test('setup(**kwargs) with a literal dict, dict(...) and + of lists', () => {
    const file = parse(
      [
        'from setuptools import setup',
        'base = ["requests"]',
        'config = dict(',
        '    name="svc",',
        '    install_requires=base + ["pydantic>=2"],',
        '    tests_require=["pytest"],',
        ')',
        'if __name__ == "__main__":',
        '    setup(**config)',
      ].join('\n'),
    );
    expect(file.name).toBe('svc');
    expect(file.dependencies.map(summary)).toEqual(['setup.py:2 main requests', 'setup.py:5 main pydantic>=2', 'setup.py:6 test pytest']);
  });

  test('setup() inside main() sees module-level names bound after the function', () => {
    const file = parse(
      ['from setuptools import setup', 'def main():', '    setup(install_requires=DEPS)', 'DEPS = ["a", "b"]', 'main()'].join('\n'),
    );
    expect(file.dependencies.map(summary)).toEqual(['setup.py:4 main a', 'setup.py:4 main b']);
  });

  test('a list extended with itself grows once, as in Python', () => {
    const file = parse(['from setuptools import setup', 'R = ["a"]', 'R += R', 'R.extend(R)', 'setup(install_requires=R)'].join('\n'));
    expect(file.dependencies.map(summary)).toEqual(['setup.py:2 main a', 'setup.py:2 main a', 'setup.py:2 main a', 'setup.py:2 main a']);
  });

  test('names bound inside unrelated functions do not leak', () => {
    const file = parse(['from setuptools import setup', 'DEPS = ["a"]', 'def f():', '    DEPS = ["b"]', 'setup(install_requires=DEPS)'].join('\n'));
    expect(file.dependencies.map(summary)).toEqual(['setup.py:2 main a']);
  });

  test('non-literal arguments get a notice naming them, with the line', () => {
    const file = parse(
      [
        'from setuptools import setup',
        'import versioneer',
        'setup(',
        '    name=get_name(),',
        '    python_requires=PY,',
        '    install_requires=[f"torch=={TORCH}", "numpy"],',
        '    extras_require=load_extras(),',
        ')',
      ].join('\n'),
    );
    expect(file.dependencies.map(summary)).toEqual(['setup.py:6 main numpy']);
    expect(file.diagnostics.map((d) => [d.code, d.line, d.message])).toEqual([
      ['setup-py/dynamic', 4, 'name could not be read statically'],
      ['setup-py/dynamic', 5, 'python_requires could not be read statically'],
      ['setup-py/dynamic', 6, 'install_requires could not be read statically; its requirements are not checked'],
      ['setup-py/dynamic', 7, 'extras_require could not be read statically; its requirements are not checked'],
    ]);
  });

  test('a bad requirement is an error at its line; the others are kept', () => {
    const file = parse('from setuptools import setup\nsetup(install_requires=[\n  "nu mpy>=1",\n  "scipy",\n])');
    expect(file.dependencies.map(summary)).toEqual(['setup.py:4 main scipy']);
    expect(file.diagnostics).toMatchObject([{ severity: 'error', code: 'setup-py/requirement', file: 'setup.py', line: 3 }]);
  });

  test('string escapes, raw strings and line continuations', () => {
    const file = parse('from setuptools import setup\nsetup(name="a\\x2db", install_requires=[r"c", \\\n  u"d\\u003e=1"])');
    expect(file.name).toBe('a-b');
    expect(file.dependencies.map(summary)).toEqual(['setup.py:2 main c', 'setup.py:3 main d>=1']);
  });
});

describe('files that cannot be read', () => {
  test('an unterminated string is a syntax error at its line', () => {
    const file = parse('from setuptools import setup\nsetup(\n  name="oops,\n)');
    expect(file.diagnostics).toEqual([
      { severity: 'error', code: 'setup-py/syntax', message: 'setup.py cannot be read: unterminated string', file: 'setup.py', line: 3 },
    ]);
  });

  test("a module of a package that is called setup.py (no build tool in sight, an __init__.py beside it) is code, not packaging", () => {
    const text = 'import torch\nfrom dinov2.utils.config import setup\n\ndef main(args):\n    config = setup(args)\n';
    expect(parseSetupPy('dinov2/eval/setup.py', text, memoryReader({ 'dinov2/eval/__init__.py': '' }))).toEqual([]);
    // Without the package beside it, or with setuptools in sight, it stays a setup.py that declares nothing.
    expect(parseSetupPy('tools/setup.py', text, memoryReader())).toHaveLength(1);
    expect(parseSetupPy('dinov2/eval/setup.py', 'import setuptools\n', memoryReader({ 'dinov2/eval/__init__.py': '' }))).toHaveLength(1);
  });

  test("a helper's default argument names the requirements file it reads when called bare (dinov2's get_requirements())", () => {
    const text = [
      'from setuptools import setup',
      'def get_requirements(path: str = HERE / "requirements.txt"):',
      '    with open(path) as f:',
      '        return [line.strip() for line in f], []',
      'requirements, extra_indices = get_requirements()',
      'setup(name="x", install_requires=requirements)',
    ].join('\n');
    const [file] = parseSetupPy('setup.py', text, memoryReader());
    expect(file!.includes).toEqual(['requirements.txt']);
    expect(file!.diagnostics).toEqual([]);
  });

  test("a transformers-style requirement table: deps[\"x\"] and deps_list(\"a\", \"b\") read the _deps entry keyed by its name (diffusers' setup.py)", () => {
    const text = [
      'import re',
      'from setuptools import setup',
      '_deps = [',
      '    "filelock",',
      '    "numpy",',
      '    "torch>=1.4",',
      '    "isort>=5.5.4",',
      '    "nvidia_modelopt[hf]>=0.33.1",',
      ']',
      'deps = {b: a for a, b in (re.findall(r"^(([^!=<>~]+)(?:[!=<>~].*)?$)", x)[0] for x in _deps)}',
      'def deps_list(*pkgs):',
      '    return [deps[pkg] for pkg in pkgs]',
      'extras = {}',
      'extras["quality"] = deps_list("isort")',
      'extras["torch"] = deps_list("torch")',
      'extras["nvidia_modelopt"] = deps_list("nvidia_modelopt[hf]")',
      'install_requires = [deps["filelock"], deps["numpy"]]',
      'setup(name="x", install_requires=install_requires, extras_require=extras)',
    ].join('\n');
    const file = parse(text);
    expect(file.dependencies.map(summary)).toEqual([
      'setup.py:4 main filelock',
      'setup.py:5 main numpy',
      'setup.py:7 quality isort>=5.5.4',
      'setup.py:6 torch torch>=1.4',
      'setup.py:8 nvidia_modelopt nvidia_modelopt[hf]>=0.33.1',
    ]);
    expect(file.diagnostics).toEqual([]);
  });

  test('a requirements file an extra reads is included as that extra', () => {
    const text = [
      'from setuptools import setup',
      'def get_requirements(path):',
      '    with open(path) as f:',
      '        return [line.strip() for line in f]',
      'setup(name="x", install_requires=get_requirements("requirements.txt"), extras_require={"dev": get_requirements("requirements-dev.txt")})',
    ].join('\n');
    const [file] = parseSetupPy('setup.py', text, memoryReader());
    expect(file!.includes).toEqual(['requirements.txt', 'requirements-dev.txt']);
    expect(file!.includeGroups).toEqual({ 'requirements-dev.txt': 'dev' });
  });

  test("a folder named from the file's own (`Path(__file__).parent / \"mlx_whisper\"`) prefixes the requirements file read in it", () => {
    const text = [
      'from pathlib import Path',
      'import os',
      'from setuptools import setup',
      'package_dir = Path(__file__).parent / "mlx_whisper"',
      'with open(package_dir / "requirements.txt") as fid:',
      '    requirements = [l.strip() for l in fid.readlines()]',
      'HERE = os.path.dirname(__file__)',
      'docs = os.path.join(HERE, "docs")',
      'nested = package_dir / "extra"',
      'setup(name="x", install_requires=requirements, extras_require={"docs": open(os.path.join(docs, "requirements.txt")).read().split(), "gpu": open(nested / "gpu.txt").read().split()})',
    ].join('\n');
    const [file] = parseSetupPy('whisper/setup.py', text, memoryReader());
    expect(file!.includes).toEqual(['whisper/mlx_whisper/requirements.txt', 'whisper/docs/requirements.txt', 'whisper/mlx_whisper/extra/gpu.txt']);
  });

  test('no setup() call is a notice', () => {
    expect(parse('print("hello")').diagnostics).toMatchObject([{ code: 'setup-py/no-setup-call', line: 1 }]);
  });

  test('an unclosed setup( is a syntax error', () => {
    expect(parse('from setuptools import setup\nsetup(name="x",\n').diagnostics).toMatchObject([{ code: 'setup-py/syntax', line: 2 }]);
  });
});
