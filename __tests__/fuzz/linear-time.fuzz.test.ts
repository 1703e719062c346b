// Every parser of repository content and user input is linear in its input: a pathological ~1 MB text (long runs of
// spaces, quotes, backslashes, brackets, commas, `#`, `\r`, deep nesting) is read in about 10× the time of the same
// shape at ~100 KB. The bound is a ratio measured in the same run, never a wall-clock limit: linear gives ~10×,
// quadratic ~100×, and the test fails above 40×. Smaller steps run first, so a quadratic parser fails in a second
// instead of running for minutes at 1 MB.

import type { FileReader } from '../../shared/env/model.js';
import { parseSpecifierSet, satisfies } from '../../shared/env/pep440.js';
import { normalizeMarker, parsePep508, pyStrip, splitUrl } from '../../shared/env/pep508.js';
import { poetryPythonMarker, poetryToPep440 } from '../../shared/env/poetry-constraint.js';
import { parseRequirementsText } from '../../shared/env/requirements.js';
import { parseMetricLine } from '../../shared/mlflow/metric-file.js';
import { parsePyFloat } from '../../shared/mlflow/py-numbers.js';

const noFiles: FileReader = { read: () => undefined };

/** Below this a time is noise; a parser that stays under it at the larger size is fast whatever its shape. */
const FLOOR_MS = 5;
const MAX_RATIO = 40;

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

type Shape = (size: number) => string;

/**
 * Times `parse` on `shape` at large/1000, large/100, large/10 and `large` characters; each step must stay under
 * MAX_RATIO (FLOOR_MS at least for the smaller time), so a quadratic parser fails at a small step. Throwing is a fine
 * answer to bad input, but it must be as linear as parsing.
 */
function expectLinear(parse: (text: string) => unknown, shape: Shape, large: number): void {
  const call = (text: string) => () => {
    try {
      parse(text);
    } catch {
      // Only the time is measured here; the other fuzz tests check what comes back.
    }
  };
  let previous: number | undefined;
  for (const size of [large / 1000, large / 100, large / 10, large]) {
    const text = shape(size);
    const ms = leastMs(call(text), size === large ? 2 : 3);
    if (previous !== undefined) {
      const ratio = ms / Math.max(previous, FLOOR_MS);
      if (ratio >= MAX_RATIO) throw new Error(`${text.length} characters took ${ms.toFixed(1)} ms, ${ratio.toFixed(0)}× the time at a tenth of the size: not linear (shape starts ${JSON.stringify(text.slice(0, 40))})`);
    }
    previous = ms;
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
