// Properties of every packaging parser other than requirements and conda: on any text (random, token soup, or a real
// fixture mutated) they return the file itself first (or nothing for another format's file of that name), never throw, and place every diagnostic, dependency and python
// requirement on a line that exists in the file they name.

import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { validRange } from '@renovatebot/pep440';
import type { FileReader, PackagingFile, PackagingKind } from '../../shared/env/model.js';
import { packagingFormats, type PackagingFormat } from '../../shared/env/formats/index.js';
import { readMlprojectEntryPoints } from '../../shared/env/mlproject.js';
import { LocatedError } from '../../shared/diagnostics.js';
import { PoetryConstraintError, poetryPythonMarker, poetryToPep440 } from '../../shared/env/poetry-constraint.js';
import { parseJsonWithLines } from '../../shared/json-with-lines.js';
import { nbdevSettings } from '../../shared/env/nbdev-settings.js';

const runs = Number(process.env.FUZZ_RUNS ?? 400);
const fixtures = path.join(process.cwd(), '__tests__', 'fixtures', 'packaging');
const fixture = (p: string): string => readFileSync(path.join(fixtures, p), 'utf8');

type Parser = (file: string, text: string, reader: FileReader) => PackagingFile[];

interface Format {
  parse: Parser;
  file: string;
  kind: PackagingKind;
  seeds: string[];
  tokens: string[];
  /** A text of another format that shares the name (a settings.ini that is not nbdev's): the parser gives nothing back. */
  notThisFormat?: (text: string) => boolean;
}

const common = ['\n', '\r\n', '\r', ' ', '  ', '\t', '#', '"', "'", '\\', ',', '=', ':', '[', ']', '{', '}', '(', ')', '\u00e9', '\ud83d\ude00', '\u0000'];
const requirementBits = ['numpy', 'torch>=2.0', 'a[b]', '==1.2.*', '; python_version < "3.9"', '@ git+https://x/y.git', '~=1.4', '>=1,<2', '-r requirements.txt', '-e .', 'bad name!'];

/** What each parser is fuzzed with; the parser, its usual file name and its kind come from the registry. */
const inputs: Record<Exclude<PackagingKind, 'requirements' | 'conda'>, Pick<Format, 'seeds' | 'tokens' | 'notThisFormat'>> = {
  'setup.py': {
    seeds: [fixture('setup-py/setup.py')],
    tokens: ['setup(', 'setuptools.setup(', 'install_requires=', 'extras_require=', 'python_requires=', '**', '"""', "'''", 'f"{x}"', 'r"\\', 'open("requirements.txt")', 'with ', ' as f', 'def f():', 'for l in ', 'REQ', 'REQ = ["a"]\n', 'REQ += REQ\n', 'REQ.extend(REQ)\n', 'REQ["k"] = REQ\n', '.append(', '+', '*', 'dict(', ';', 'if x:', '    '],
  },
  'setup.cfg': {
    seeds: [fixture('setup-cfg/setup.cfg')],
    tokens: ['[options]', '[options.extras_require]', '[metadata]', 'install_requires =', 'python_requires =', 'file: r.txt', ';', '    ', 'name = x'],
  },
  nbdev: {
    seeds: [fixture('nbdev/settings.ini')],
    notThisFormat: (text) => nbdevSettings(text) === undefined,
    tokens: ['[DEFAULT]', 'lib_name = x', 'requirements =', 'pip_requirements = ', 'dev_requirements =', 'min_python = 3.8', 'min_python = x', '%(lib_name)s', '    ', 'torch>=2,<3', ';'],
  },
  pyproject: {
    seeds: [fixture('pyproject-poetry/pyproject.toml'), fixture('pyproject-pep621/pyproject.toml')],
    tokens: ['[project]', '[tool.poetry.dependencies]', '[dependency-groups]', '[[tool.poetry.source]]', 'dependencies = [', 'dynamic = ["dependencies"]', '{include-group = "a"}', 'python = "^3.9"', '"^1.2 || ^2"', '"""', 'version =', 'optional = true', 'x.y = 1'],
  },
  pipfile: {
    seeds: [fixture('pipenv/Pipfile')],
    tokens: ['[packages]', '[dev-packages]', '[[source]]', '[requires]', '"*"', '{version = "==1"}', 'git =', 'markers =', 'sys_platform = "== \'linux\'"', '"1.0"'],
  },
  'pipfile.lock': {
    seeds: [fixture('pipenv/Pipfile.lock')],
    tokens: ['{"default": {', '"version": "==1"', '"hashes": [', '"_meta"', 'null', 'true', '1e5', '\\u00e9', '"__proto__"'],
  },
  mlproject: {
    seeds: [fixture('mlflow-python-env/MLproject'), fixture('mlflow-conda/MLproject'), fixture('mlflow-docker/MLproject')],
    tokens: ['name: x', 'python_env: python_env.yaml', 'conda_env: ../c.yaml', 'docker_env:', '  image: i', 'entry_points:', '- ', '&a', '*a', '---', '|'],
  },
  'python-env': {
    seeds: [fixture('mlflow-python-env/python_env.yaml')],
    tokens: ['python: 3.10', 'dependencies:', 'build_dependencies:', '  - ', '-r ', '--index-url', '--no-index', '- {a: 1}'],
  },
  'runtime.txt': {
    seeds: ['python-3.11.4\n'],
    tokens: ['python-', '3', '.11', '.4', 'rc1'],
  },
  script: {
    seeds: ['# /// script\n# requires-python = ">=3.11"\n# dependencies = [\n#   "numpy",\n#   "x @ git+https://h/r.git#subdirectory=a/b",\n# ]\n# ///\nimport numpy\n'],
    tokens: ['# /// script\n', '# ///\n', '# /// pyproject\n', '# ', '#\n', 'dependencies = [', 'requires-python = ', '"numpy"', ']', '[tool.uv]', 'import x\n'],
  },
  'python-version': {
    seeds: ['3.11.7\n', 'pypy3.9\nsystem\n3.10\n'],
    tokens: ['3', '.11', 'pypy', 'system', 'cpython@', '-dev', 't'],
  },
};

// requirements and conda files have fuzz tests of their own (they read what they include).
const formats: Format[] = packagingFormats
  .filter((f): f is PackagingFormat & { kind: keyof typeof inputs } => Object.hasOwn(inputs, f.kind))
  .map((f) => ({ parse: (file, text, reader) => f.parse(file, text, reader, {}), file: f.names[0] ?? 'script.py', kind: f.kind, ...inputs[f.kind] }));

test('every format other than requirements and conda is fuzzed', () => {
  expect(formats.map((f) => f.kind).sort()).toEqual(packagingFormats.map((f) => f.kind).filter((k) => k !== 'requirements' && k !== 'conda').sort());
});

/** The reader the parsers see: the included python_env.yaml (the only include a parser reads) is also fuzzed. */
const readerWith = (files: Record<string, string>): FileReader => ({ read: (p) => (Object.hasOwn(files, p) ? files[p] : undefined) });

const lineCount = (text: string): number => text.split(/\r\n|\r|\n/).length;

/** The invariants every parser keeps whatever it is given. */
function check(format: Format, text: string, files: Record<string, string>): void {
  const parsed = format.parse(format.file, text, readerWith(files));
  if (parsed.length === 0 && format.notThisFormat) {
    expect(format.notThisFormat(text)).toBe(true);
    return;
  }
  expect(parsed.length).toBeGreaterThanOrEqual(1);
  expect(parsed[0]!.path).toBe(format.file);
  expect(parsed[0]!.kind).toBe(format.kind);
  for (const file of parsed) {
    const source = file.path === format.file ? text : files[file.path];
    expect(source).toBeDefined();
    const lines = lineCount(source!);
    const inFile = (line: number | undefined): void => {
      expect(Number.isInteger(line)).toBe(true);
      expect(line).toBeGreaterThanOrEqual(1);
      expect(line).toBeLessThanOrEqual(lines);
    };
    for (const d of file.diagnostics) {
      expect(d.file).toBe(file.path);
      inFile(d.line);
      expect(['error', 'warning', 'notice']).toContain(d.severity);
      expect(d.code).toMatch(/^[a-z-]+\/[a-z-]+$/);
    }
    for (const dep of file.dependencies) {
      expect(dep.file).toBe(file.path);
      inFile(dep.line);
      expect(dep.name).not.toBe('');
      expect(dep.ecosystem).toBe('pypi');
      expect(dep.group).not.toBe('');
    }
    if (file.python) {
      expect(file.python.file).toBe(file.path);
      inFile(file.python.line);
    }
    for (const include of file.includes) expect(include).not.toMatch(/^(\/|\.\.\/|\.\.$)/);
  }
}

/** Random edits of a valid file: delete a span, insert a token or random text, duplicate or drop a line. */
function mutated(seed: string, tokens: string[]): fc.Arbitrary<string> {
  const edit = fc.oneof(
    fc.tuple(fc.constant('delete' as const), fc.nat(), fc.integer({ min: 1, max: 40 }), fc.constant('')),
    fc.tuple(fc.constant('insert' as const), fc.nat(), fc.constant(0), fc.constantFrom(...tokens, ...common, ...requirementBits)),
    fc.tuple(fc.constant('insert' as const), fc.nat(), fc.constant(0), fc.string({ maxLength: 8 })),
    fc.tuple(fc.constant('line' as const), fc.nat(), fc.integer({ min: 0, max: 1 }), fc.constant('')),
  );
  return fc.array(edit, { minLength: 1, maxLength: 6 }).map((edits) => {
    let text = seed;
    for (const [kind, at, size, insert] of edits) {
      const pos = text.length ? at % (text.length + 1) : 0;
      if (kind === 'delete') text = text.slice(0, pos) + text.slice(pos + size);
      else if (kind === 'insert') text = text.slice(0, pos) + insert + text.slice(pos);
      else {
        const lines = text.split('\n');
        const n = at % lines.length;
        if (size === 0) lines.splice(n, 1);
        else lines.splice(n, 0, lines[n]!);
        text = lines.join('\n');
      }
    }
    return text;
  });
}

const soup = (tokens: string[]): fc.Arbitrary<string> =>
  fc.array(fc.oneof(fc.constantFrom(...tokens, ...common, ...requirementBits), fc.string({ maxLength: 4 })), { maxLength: 60 }).map((parts) => parts.join(''));

const randomText = fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }));

describe.each(formats)('$file parser', (format) => {
  const includedEnv = fixture('mlflow-python-env/python_env.yaml');

  test('random text', () => {
    fc.assert(fc.property(randomText, (text) => check(format, text, {})), { numRuns: runs });
  });

  test('token soup', () => {
    fc.assert(
      fc.property(soup(format.tokens), soup(formats.find((f) => f.kind === 'python-env')!.tokens), (text, env) =>
        check(format, text, { 'python_env.yaml': env }),
      ),
      { numRuns: runs },
    );
  });

  test('mutated real files', () => {
    const seeds = format.seeds.map((seed) => mutated(seed, format.tokens));
    fc.assert(
      fc.property(fc.oneof(...seeds), mutated(includedEnv, formats.find((f) => f.kind === 'python-env')!.tokens), (text, env) =>
        check(format, text, { 'python_env.yaml': env }),
      ),
      { numRuns: runs },
    );
  });
});

describe('helpers', () => {
  test('readMlprojectEntryPoints throws only LocatedError, and returns well-formed entry points', () => {
    const seed = fixture('mlflow-python-env/MLproject');
    fc.assert(
      fc.property(fc.oneof(mutated(seed, formats.find((f) => f.kind === 'mlproject')!.tokens), randomText), (text) => {
        try {
          for (const entry of readMlprojectEntryPoints(text)) {
            expect(typeof entry.command).toBe('string');
            for (const p of entry.parameters) expect(typeof p.type).toBe('string');
          }
        } catch (error) {
          expect(error).toBeInstanceOf(LocatedError);
          expect((error as LocatedError).line).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: runs },
    );
  });

  test('Poetry constraints: PEP 440 out, or PoetryConstraintError', () => {
    const bit = fc.constantFrom('^', '~', '~=', '>=', '<', '==', '!=', '=', '*', '.*', '||', '|', ',', ' ', '-', 'v', '1', '0', '2.3', '.4', 'b1', 'x');
    fc.assert(
      fc.property(fc.oneof(fc.array(bit, { maxLength: 12 }).map((b) => b.join('')), fc.string({ maxLength: 20 })), (constraint) => {
        try {
          const converted = poetryToPep440(constraint);
          expect(validRange(converted.specifier)).toBe(true);
          for (const alt of converted.alternatives) expect(validRange(alt)).toBe(true);
          poetryPythonMarker(constraint);
        } catch (error) {
          expect(error).toBeInstanceOf(PoetryConstraintError);
        }
      }),
      { numRuns: runs * 5 },
    );
  });

  test('the located JSON parser agrees with JSON.parse', () => {
    const text = fc.oneof(
      fc.json(),
      fc.json().map((j) => j.slice(0, Math.floor(j.length / 2))),
      fc.string({ maxLength: 30 }),
      fc.jsonValue().map((v) => JSON.stringify(v, null, 2)),
    );
    fc.assert(
      fc.property(text, (t) => {
        let expected: unknown;
        let valid = true;
        try {
          expected = JSON.parse(t);
        } catch {
          valid = false;
        }
        if (valid) expect(parseJsonWithLines(t, 'f.json').value).toEqual(expected);
        else expect(() => parseJsonWithLines(t, 'f.json')).toThrow(LocatedError);
      }),
      { numRuns: runs * 5 },
    );
  });
});
