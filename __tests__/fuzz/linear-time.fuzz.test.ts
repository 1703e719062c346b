// Every parser of repository content and user input is linear in its input: a pathological ~1 MB text (long runs of
// spaces, quotes, backslashes, brackets, commas, `#`, `\r`, deep nesting) is read in about 10× the time of the same
// shape at ~100 KB. The bound is a ratio measured in the same run, never a wall-clock limit: linear gives ~10×,
// quadratic ~100×, and the test fails at 50×. Smaller steps run first, so a quadratic parser fails in a second
// instead of running for minutes at 1 MB.
import type { FileReader } from '../../shared/env/model.js';
import { parseMatchSpec } from '../../shared/env/conda-matchspec.js';
import { parseCondaEnvironment } from '../../shared/env/conda.js';
import { readIni } from '../../shared/env/ini-file.js';
import { parseMlproject, parsePythonEnv, readMlprojectEntryPoints } from '../../shared/env/mlproject.js';
import { parseSpecifierSet, satisfies } from '../../shared/env/pep440.js';
import { normalizeMarker, parsePep508, pyStrip, splitUrl } from '../../shared/env/pep508.js';
import { parsePipfile, parsePipfileLock } from '../../shared/env/pipfile.js';
import { poetryPythonMarker, poetryToPep440 } from '../../shared/env/poetry-constraint.js';
import { parsePyproject } from '../../shared/env/pyproject.js';
import { parsePythonVersionFile, parseRuntimeTxt } from '../../shared/env/python-version-files.js';
import { tokenizePython } from '../../shared/env/python-tokens.js';
import { parseRequirementsText } from '../../shared/env/requirements.js';
import { parseSetupCfg } from '../../shared/env/setup-cfg.js';
import { parseSetupPy } from '../../shared/env/setup-py.js';
import { parseScriptMetadata } from '../../shared/env/script-metadata.js';
import { locateTomlLines } from '../../shared/env/toml-lines.js';
import { parseJsonWithLines } from '../../shared/json-with-lines.js';
import { loadConfig } from '../../shared/config/config.js';
import { parseDuration, parseSize } from '../../shared/text/units.js';
import { parseParameterMapping } from '../../shared/dispatch/parameters.js';
import { parseGpuQuery } from '../../shared/machine/nvidia-smi.js';
import { lineOfKey, parseMetaYaml } from '../../shared/mlflow/meta-yaml.js';
import { parseMetricLine } from '../../shared/mlflow/metric-file.js';
import { parsePyFloat } from '../../shared/mlflow/py-numbers.js';
import { scanNotebook } from '../../shared/scan/notebook.js';
import { pipInstallPackages } from '../../shared/scan/pip-install-command.js';
import { scanPythonSource } from '../../shared/scan/python-imports.js';
import { namedTrackers } from '../../shared/scan/named-trackers.js';


const noFiles: FileReader = { read: () => undefined };

/** Below this a time is noise; a parser that stays under it at the larger size is fast whatever its shape. */
const FLOOR_MS = 5;
const MAX_RATIO = 50;

/** The least of a few runs: other processes on the machine only ever add time. */
function leastMs(run: () => void, times: number): number {
  let least = Infinity;
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    run();
    least = Math.min(least, performance.now() - start);
  }
  return least;
}

/** `unit` repeated to about `size` characters. */
const fill = (unit: string, size: number): string => unit.repeat(Math.max(1, Math.ceil(size / unit.length)));

/** Numbered lines (distinct keys) to about `size` characters. */
function numbered(size: number, line: (i: number) => string): string {
  const lines: string[] = [];
  for (let i = 0, length = 0; length < size; i++) length += lines[lines.push(line(i)) - 1]!.length;
  return lines.join('');
}

type Shape = (size: number) => string;

/**
 * Times `parse` on `shape` at large/1000, large/100, large/10 and `large` characters; each step must stay under
 * MAX_RATIO (FLOOR_MS at least for the smaller time), so a quadratic parser fails at a small step. A step over it is
 * measured again before it fails: a busy machine slows one measurement, a quadratic parser every one. Throwing is a
 * fine answer to bad input, but it must be as linear as parsing.
 */
function expectLinear(parse: (text: string) => unknown, shape: Shape, large: number): void {
  const time = (text: string, runs: number) =>
    leastMs(() => {
      try {
        parse(text);
      } catch {
        // Only the time is measured here; the other fuzz tests check what comes back.
      }
    }, runs);
  let previous: { text: string; ms: number } | undefined;
  for (const size of [large / 1000, large / 100, large / 10, large]) {
    const text = shape(size);
    let ms = time(text, size === large ? 2 : 3);
    if (previous !== undefined) {
      let ratio = ms / Math.max(previous.ms, FLOOR_MS);
      for (let again = 0; again < 3 && ratio >= MAX_RATIO; again++) {
        ms = Math.min(ms, time(text, 2));
        previous.ms = Math.min(previous.ms, time(previous.text, 3));
        ratio = ms / Math.max(previous.ms, FLOOR_MS);
      }
      if (ratio >= MAX_RATIO) throw new Error(`${text.length} characters took ${ms.toFixed(1)} ms, ${ratio.toFixed(0)}× the time at a tenth of the size: not linear (shape starts ${JSON.stringify(text.slice(0, 40))})`);
    }
    previous = { text, ms };
  }
}

/**
 * One test per shape. Lines and strings go to 1 MB; whole documents read through a YAML or TOML library to 200 KB
 * (`large`), which tells linear from quadratic as well and keeps the file's run short.
 */
function linearIn(parse: (text: string) => unknown, shapes: Record<string, Shape>, large = 1_000_000): void {
  for (const [name, shape] of Object.entries(shapes)) test(name, () => expectLinear(parse, shape, large), 60_000);
}

describe('requirements files', () => {
  const parse = (text: string) => parseRequirementsText(text, 'requirements.txt', noFiles, { env: { A: 'x', TOKEN: 'secret' } });
  linearIn(parse, {
    'c, spaces, x': (n) => `c${' '.repeat(n)}x\n`,
    'name, spaces, ==1.0': (n) => `numpy${' '.repeat(n)}==1.0\n`,
    'a run of backslashes': (n) => `a ${'\\'.repeat(n)}\n`,
    'double quotes in options': (n) => `-i "${'"'.repeat(n)}\n`,
    'single quotes in options': (n) => `--hash ${"'".repeat(n)}x\n`,
    'escaped quotes in options': (n) => `-f "${fill('\\"', n)}"\n`,
    'open brackets': (n) => `a${'['.repeat(n)}\n`,
    'commas in a specifier': (n) => `a>=1${','.repeat(n)}\n`,
    'hashes': (n) => `#${'#'.repeat(n)}\n`,
    'comment after spaces': (n) => `a${fill(' #', n)}\n`,
    'nested marker parentheses': (n) => `a; ${'('.repeat(n)}\n`,
    'long marker': (n) => `a; ${fill('python_version > "3" and ', n)}os_name == "nt"\n`,
    'long URL': (n) => `a @ https://example.com/${'x'.repeat(n)}\n`,
    'URL with many semicolons': (n) => `https://example.com/${fill('a;', n)}#egg=a\n`,
    'path with many brackets': (n) => `./${fill('[a]', n)}\n`,
    'wheel file name with dashes': (n) => `./${'a-'.repeat(n / 2)}.whl\n`,
  });
  // Many lines, clauses or variables: each costs a parse of its own, so 200 KB.
  linearIn(parse, {
    'many lines': (n) => fill('numpy==1.0\n', n),
    'spaces and tabs between lines': (n) => fill('a \t \n', n),
    'backslash continuations': (n) => fill('a\\\n', n),
    'carriage returns': (n) => `a${'\r'.repeat(n)}b`,
    'many ${VAR} lines': (n) => fill('b @ https://h/${TOKEN}/b.whl\n', n),
    'extras': (n) => `a[${fill('b,', n)}c]\n`,
    'clauses': (n) => `a${fill('>=1.0,', n)}<2\n`,
    'many ${VAR}': (n) => `a @ https://example.com/${fill('${A}', n)}\n`,
    'many unset ${VAR}': (n) => `a==${fill('${UNSET}', n)}\n`,
  }, 200_000);
});

describe('trackers named by report_to / log_with', () => {
  linearIn(namedTrackers, {
    'many quoted flags': (n) => fill('"--report_to" ', n),
    'open brackets after the option': (n) => `report_to=${'['.repeat(n)}`,
    'flags without values': (n) => fill('--log_with ', n),
    'options then brackets': (n) => `${fill('report_to=', n / 2)}${'('.repeat(n / 2)}`,
  });
});

describe('PEP 508 requirements and markers', () => {
  linearIn(parsePep508, {
    'spaces around a name': (n) => `${' '.repeat(n)}a${' '.repeat(n)}`,
    'identifier': (n) => 'a'.repeat(n),
    'identifier with separators': (n) => `a${fill('-_.', n)}`,
    'quote in marker': (n) => `a; os_name == "${'x'.repeat(n)}`,
    'or chain': (n) => `a; ${fill('extra == "a" or ', n)}extra == "b"`,
  });
  linearIn(parsePep508, { 'tabs': (n) => `a${'\t'.repeat(n)}>=1` }, 200_000);
  linearIn(normalizeMarker, {
    'and chain': (n) => fill('python_version >= "3" and ', n) + 'os_name == "nt"',
    'parentheses': (n) => '('.repeat(n),
    'backslashes in a string': (n) => `os_name == "${'\\'.repeat(n)}"`,
  });
  linearIn(pyStrip, { 'inner spaces': (n) => `x${' '.repeat(n)}x`, 'only spaces': (n) => ' '.repeat(n) });
  linearIn(splitUrl, { 'slashes': (n) => `https:${'/'.repeat(n)}`, 'hashes and queries': (n) => `https://h/${fill('#?', n)}`, 'leading spaces': (n) => `${' '.repeat(n)}x` });
});

describe('PEP 440 specifiers', () => {
  linearIn(parseSpecifierSet, {
    'spaces after an operator': (n) => `>=${' '.repeat(n)}1`,
    'spaces after a version': (n) => `>=1${' '.repeat(n)}x`,
    'long release': (n) => `==1${'.0'.repeat(n / 2)}`,
    'long local version': (n) => `==1+${fill('a.', n)}`,
    'arbitrary equality': (n) => `===${' '.repeat(n)}x`,
  });
  linearIn(parseSpecifierSet, { 'many clauses': (n) => fill('>=1.0,', n) }, 200_000);
  linearIn((s) => satisfies('1.0', s), { 'many clauses': (n) => fill('>=0.1,', n), 'long release': (n) => `>=1${'.0'.repeat(n / 2)}` }, 100_000);
});

describe('Poetry constraints', () => {
  linearIn(poetryToPep440, { 'spaces': (n) => `>=${' '.repeat(n)}1`, 'spaces around a bar': (n) => `>=1${' '.repeat(n)}|${' '.repeat(n)}2` });
  linearIn(poetryPythonMarker, { 'spaces': (n) => `^3${' '.repeat(n)}` });
  // Each alternative or clause is a version computed on: 100 KB.
  linearIn(poetryToPep440, { 'alternatives': (n) => fill('^1.0 || ', n) + '2.0', 'commas': (n) => fill('>=1,', n) }, 100_000);
  linearIn(poetryPythonMarker, { 'alternatives': (n) => fill('^3.8 || ', n) + '3.12' }, 100_000);
});

describe('MLflow metric lines', () => {
  linearIn(parseMetricLine, { 'spaces': (n) => `1 ${' '.repeat(n)}0.5 0`, 'long number': (n) => `1 ${'9'.repeat(n)} 0` });
  linearIn(parsePyFloat, { 'digits': (n) => '1'.repeat(n), 'underscores': (n) => fill('1_', n) + '1', 'spaces': (n) => ` ${' '.repeat(n)}1${' '.repeat(n)}x` });
});

describe('conda MatchSpec', () => {
  linearIn(parseMatchSpec, {
    'spaces': (n) => `numpy${' '.repeat(n)}1.0`,
    'bracket fields': (n) => `numpy[${fill('build=x,', n)}]`,
    'open brackets': (n) => `numpy${'['.repeat(n)}`,
    'quotes in brackets': (n) => `numpy[version='${"'".repeat(n)}]`,
    'alternatives': (n) => `numpy ${fill('>=1|', n)}2`,
    'colons': (n) => `${':'.repeat(n)}numpy`,
    'slashes': (n) => `${'/'.repeat(n)}numpy`,
    'equals': (n) => `numpy${'='.repeat(n)}`,
  });
});

describe('conda environment files', () => {
  const parse = (text: string) => parseCondaEnvironment('environment.yml', text, noFiles, { env: {} });
  linearIn(parse, {
    'many dependencies': (n) => `name: x\ndependencies:\n${fill('  - numpy=1.0\n', n)}`,
    'many pip items': (n) => `dependencies:\n  - pip:\n${fill('    - requests==2.0\n', n)}`,
    'long dependency line': (n) => `dependencies:\n  - numpy${' '.repeat(n)}x\n`,
    'deep flow nesting': (n) => `dependencies: ${'['.repeat(Math.min(n, 1000))}\n`,
    'carriage returns': (n) => `dependencies:\r${fill('  - a\r', n)}`,
  }, 200_000);
});

describe('setup.py', () => {
  const parse = (text: string) => parseSetupPy('setup.py', text, noFiles);
  linearIn(parse, {
    'many requirements': (n) => `from setuptools import setup\nsetup(install_requires=[${fill('"a>=1",', n)}])\n`,
    'deep parentheses': (n) => `setup(${'('.repeat(n)}`,
    'backslashes in a string': (n) => `setup(name="${'\\'.repeat(n)}")`,
    'unterminated triple quote': (n) => `x = """${'"'.repeat(n)}`,
    'comment lines': (n) => fill('# setup(install_requires=["a"])\n', n),
    'line continuations': (n) => `setup(${fill('\\\n', n)})`,
    'commas': (n) => `setup(install_requires=[${','.repeat(n)}])`,
  }, 200_000);
  linearIn(tokenizePython, { 'many strings': (n) => fill("'a' ", n), 'brackets': (n) => '[{('.repeat(n / 3), 'carriage returns': (n) => fill('x\r', n) }, 200_000);
});

describe('PEP 723 script blocks', () => {
  linearIn((text) => parseScriptMetadata('a.py', text), {
    'one long block': (n) => `# /// script\n# dependencies = [\n${fill('#   "numpy>=1",\n', n)}# ]\n# ///\n`,
    'unclosed blocks': (n) => fill('# /// script\n#\n\n', n),
    'closing lines only': (n) => `# /// script\n${fill('# ///\n', n)}`,
    'unclosed blocks of another type': (n) => `${fill('# /// pyproject\n', n)}# /// script\n# ///\n`,
  });
});

describe('setup.cfg and INI files', () => {
  linearIn((text) => parseSetupCfg('setup.cfg', text, noFiles), {
    'continuation lines': (n) => `[options]\ninstall_requires =\n${fill('    numpy>=1\n', n)}`,
    'open section header': (n) => `${'['.repeat(n)}\n`,
    'comment lines': (n) => fill('# x = y\n; z\n', n),
    'spaces before =': (n) => `[options]\ninstall_requires${' '.repeat(n)}= a\n`,
    'many sections': (n) => fill('[s]\na=b\n', n),
  }, 200_000);
  linearIn(readIni, { 'long key': (n) => `[a]\n${'k'.repeat(n)}\n`, 'carriage returns': (n) => fill('[a]\rb=c\r', n) }, 200_000);
});

describe('pyproject.toml and TOML lines', () => {
  linearIn((text) => parsePyproject('pyproject.toml', text, noFiles), {
    'many dependencies': (n) => `[project]\nname = "x"\ndependencies = [\n${fill('  "numpy>=1",\n', n)}]\n`,
    'poetry constraints': (n) => `[tool.poetry.dependencies]\npython = "^3.9"\n${numbered(n, (i) => `a${i} = "^1.0 || ~2.0"\n`)}`,
    'long string': (n) => `[project]\ndependencies = ["${'x'.repeat(n)}"]\n`,
    'backslashes in a string': (n) => `[project]\nname = "${'\\\\'.repeat(n / 2)}"\n`,
    'comment lines': (n) => fill('# [project]\n', n),
    // The line scanner runs on what smol-toml accepts, which refuses deep nesting.
    'nested inline tables': (n) => `a = ${'{b = '.repeat(n / 5)}1${'}'.repeat(n / 5)}\n`,
  }, 200_000);
  linearIn(locateTomlLines, {
    'array of tables': (n) => fill('[[a]]\nb = 1\n', n),
    'multiline string': (n) => `a = """${fill('x\n', n)}"""\n`,
    'dotted keys': (n) => `${fill('a.', n)}b = 1\n`,
    'quotes': (n) => `a = ${'"'.repeat(n)}`,
  }, 200_000);
});

describe('Pipfile and Pipfile.lock', () => {
  linearIn((text) => parsePipfile('Pipfile', text, noFiles), {
    'many packages': (n) => `[packages]\n${numbered(n, (i) => `p${i} = "*"\n`)}`,
    'long marker': (n) => `[packages]\na = {version = "*", markers = "${fill('os_name == \'nt\' and ', n)}os_name == 'nt'"}\n`,
  }, 200_000);
  linearIn((text) => parsePipfileLock('Pipfile.lock', text, noFiles), {
    'many packages': (n) => `{"default": {${fill('"a": {"version": "==1.0"},', n)}"z": {}}}`,
    'deep nesting': (n) => '{"default": '.repeat(Math.min(n / 12, 5000)),
  }, 200_000);
});

describe('MLproject and python_env.yaml', () => {
  linearIn((text) => parseMlproject('MLproject', text, noFiles), {
    'many entry points': (n) => `name: x\nentry_points:\n${numbered(n, (i) => `  e${i}:\n    command: "python train.py"\n`)}`,
    'long command': (n) => `entry_points:\n  main:\n    command: "python ${'{x} '.repeat(n / 4)}"\n`,
  }, 200_000);
  // A YAML scalar near 1 MB crosses a V8 threshold (a one-off step, not growth): documents are measured to 200 KB.
  linearIn((text) => readMlprojectEntryPoints(text), { 'braces in a command': (n) => `entry_points:\n  main:\n    command: "${'{'.repeat(n)}"\n` }, 200_000);
  linearIn((text) => parsePythonEnv('python_env.yaml', text, noFiles), {
    'many dependencies': (n) => `python: "3.10"\ndependencies:\n${fill('  - numpy>=1\n', n)}`,
    'long python': (n) => `python: "3${'.1'.repeat(n / 2)}"\n`,
  }, 200_000);
});

describe('runtime.txt and .python-version', () => {
  linearIn((text) => parseRuntimeTxt('runtime.txt', text, noFiles), { 'spaces': (n) => `python-3.11${' '.repeat(n)}x`, 'dashes': (n) => `python${'-'.repeat(n)}` });
  linearIn((text) => parsePythonVersionFile('.python-version', text, noFiles), { 'many lines': (n) => fill('3.11\n# x\n', n), 'spaces': (n) => `3.11${' '.repeat(n)}x` }, 200_000);
});

describe('Python imports and notebooks', () => {
  const scan = (text: string) => scanPythonSource(text, 'x.py');
  linearIn(scan, {
    'many imports': (n) => fill('import numpy\n', n),
    'deep parentheses': (n) => `from a import ${'('.repeat(n)}`,
    'unterminated triple-quoted string': (n) => `"""${'x\n'.repeat(n / 2)}`,
    'backslashes': (n) => `import a${'\\\n'.repeat(n / 2)}`,
    'comment characters': (n) => '#'.repeat(n),
    'carriage returns': (n) => fill('import a\r', n),
    'long dotted name': (n) => `import a${'.b'.repeat(n / 2)}`,
    'many names in one import': (n) => `from a import (${fill('b, ', n)}c)`,
  }, 200_000);
  linearIn((text) => scanNotebook(text, 'x.ipynb'), {
    'many cells': (n) => `{"cells": [${fill('{"cell_type": "code", "source": ["import a\\n"]},', n)}{"cell_type": "code", "source": []}]}`,
    'long source line': (n) => `{"cells": [{"cell_type": "code", "source": ["${'x'.repeat(n)}"]}]}`,
    'many magics': (n) => `{"cells": [{"cell_type": "code", "source": [${fill('"%pip install a\\n",', n)}""]}]}`,
  }, 200_000);
  linearIn(pipInstallPackages, { 'many packages': (n) => `pip install ${fill('a ', n)}`, 'quotes': (n) => `pip install ${'"'.repeat(n)}`, 'backslashes': (n) => `pip install ${'\\'.repeat(n)}` });
});

describe('MLflow files', () => {
  linearIn((text) => parseMetaYaml(text, 'meta.yaml'), {
    'long run name': (n) => `run_id: a\nrun_name: ${'x '.repeat(n / 2)}\n`,
    'many keys': (n) => numbered(n, (i) => `k${i}: v\n`),
    'quotes': (n) => `run_name: '${"''".repeat(n / 2)}'\n`,
  }, 200_000);
  linearIn((text) => lineOfKey(text, 'run_name'), { 'many lines': (n) => fill('a: b\n', n) }, 200_000);
});

describe('settings, dispatch inputs and machine facts', () => {
  const config = (text: string) => loadConfig({ read: (p) => (p === '.github/ml-hub.yml' ? text : undefined) });
  linearIn(config, {
    'many targets': (n) => `package-env:\n  targets: [${fill('requirements.txt, ', n)}requirements.txt]\n`,
    'long value': (n) => `requirements:\n  memory: "${' '.repeat(n)}16 GB"\n`,
  }, 200_000);
  linearIn((text) => parseParameterMapping(text), {
    'many parameters': (n) => numbered(n, (i) => `p${i}: 0.5\n`),
    'JSON': (n) => `{${fill('"a": 1,', n)}"b": 2}`,
    'spaces': (n) => `a:${' '.repeat(n)}1`,
  }, 200_000);
  linearIn(parseDuration, { 'spaces': (n) => `1${' '.repeat(n)}h`, 'spaces before a bad unit': (n) => `1${' '.repeat(n)}x`, 'many parts': (n) => fill('1h ', n), 'digits': (n) => '1'.repeat(n), 'digits before a bad unit': (n) => `${'1'.repeat(n)}x` });
  linearIn((text) => parseSize(text, 'GiB'), { 'spaces': (n) => `16${' '.repeat(n)}x`, 'digits': (n) => `${'1'.repeat(n)}x` });
  linearIn(parseGpuQuery, { 'many GPUs': (n) => fill('NVIDIA H100, 81559, 535.104.05, 9.0\n', n), 'commas': (n) => ','.repeat(n) }, 200_000);
  linearIn((text) => parseJsonWithLines(text, 'x.json'), { 'deep arrays': (n) => '['.repeat(Math.min(n, 5000)), 'long string': (n) => `"${'\\n'.repeat(n / 2)}"` });
});
