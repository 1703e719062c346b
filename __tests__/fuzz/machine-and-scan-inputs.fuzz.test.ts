// What setup-env reads off a machine (nvidia-smi's query and banner), the Python and size requirements people write,
// the `pip install` lines in notebooks and the Python specifier that picks a stdlib: none of these readers throws on
// damaged or made-up text, each gives a well-formed value (finite sizes, versions in the known range, package words
// that name packages), and what they can write back reads the same.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { parseSize } from '../../shared/text/units.js';
import { parseCudaVersion, parseGpuQuery } from '../../shared/machine/nvidia-smi.js';
import { declaredPythonSpecifier, pythonSatisfies, requiredPythonSpecifier } from '../../shared/env/python-version.js';
import { pipInstallPackages } from '../../shared/scan/pip-install-command.js';
import { STDLIB_MINORS, stdlibVersionFor } from '../../shared/scan/stdlib-modules.js';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/machine');
const fixture = (name: string) => readFileSync(path.join(fixtures, name), 'utf8');
const csvs = ['nvidia-smi-535-tesla-t4.csv', 'nvidia-smi-580-4x-l40s.csv', 'nvidia-smi-580-h100-nvl.csv'].map(fixture);
const banners = ['nvidia-smi-535-tesla-t4.txt', 'nvidia-smi-580-h100-nvl.txt', 'nvidia-smi-no-driver.txt'].map(fixture);

/** A text with a few pieces inserted, deleted or replaced, at random places. */
const mutate = (bases: string[], inserts: fc.Arbitrary<string>) =>
  fc
    .record({ base: fc.constantFrom(...bases), edits: fc.array(fc.record({ at: fc.nat(), cut: fc.nat({ max: 6 }), insert: inserts }), { maxLength: 6 }) })
    .map(({ base, edits }) =>
      edits.reduce((text, e) => {
        const at = e.at % (text.length + 1);
        return text.slice(0, at) + e.insert + text.slice(at + e.cut);
      }, base),
    );

const MiB = 2 ** 20;

// ---- nvidia-smi ----

const smiInsert = fc.oneof(
  fc.constantFrom(',', ', ', ' ', '\n', '\r\n', '\r', 'MiB', 'GiB', 'KiB', 'TiB', 'MB', '[N/A]', 'N/A', '.', '-', '0', '81559', '9'.repeat(400), '1e999', 'CUDA Version:', 'CUDA Version: ', ': ', '12.2', '13.0.1', 'NVIDIA ', '|', '\t', '\u0000'),
  fc.string({ maxLength: 4 }),
);

/** Query lines whose fields are each right or wrong: odd names, memory in any spelling, drivers that are not versions. */
const fieldwise = fc
  .array(
    fc.tuple(
      fc.oneof(fc.constantFrom('Tesla T4', 'NVIDIA H100 80GB HBM3', '', ' ', 'a, b'), fc.string({ maxLength: 8 })),
      fc.oneof(
        fc.constantFrom('81559 MiB', '0 MiB', '1.5 GiB', '16777216 KiB', '95830', '[N/A]', 'N/A', '-1 MiB', ' MiB', 'MiB', '1e999 MiB', '0x10 MiB', `${'9'.repeat(400)} MiB`, `${'9'.repeat(320)}`, `1${'0'.repeat(310)} KiB`),
        fc.string({ maxLength: 6 }),
      ),
      fc.oneof(fc.constantFrom('535.104.05', '580.65.06', '[N/A]', '', 'v535', '5'), fc.string({ maxLength: 6 })),
    ),
    { maxLength: 6 },
  )
  .map((lines) => lines.map((fields) => fields.join(', ')).join('\n'));

test('parseGpuQuery gives one well-formed GPU per line of three or more fields, for any damage to real output', () => {
  fc.assert(
    fc.property(fc.oneof(mutate(csvs, smiInsert), fieldwise, mutate(banners, smiInsert), fc.string({ maxLength: 200 })), (csv) => {
      const gpus = parseGpuQuery(csv);
      expect(gpus.length).toBe(csv.split(/\r?\n/).filter((l) => l.split(',').length >= 3).length);
      for (const gpu of gpus) {
        expect(typeof gpu.name).toBe('string');
        expect(gpu.name).not.toContain('\n');
        if (gpu.memory !== undefined) {
          expect(Number.isFinite(gpu.memory)).toBe(true);
          expect(gpu.memory).toBeGreaterThanOrEqual(0);
        }
        if (gpu.driver !== undefined) expect(gpu.driver).toMatch(/^\d[^,\n]*$/);
      }
    }),
    { numRuns: 2000 },
  );
});

test('GPUs written as nvidia-smi writes them read back', () => {
  const gpu = fc.record({
    name: fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9 ()-]{0,24}[A-Za-z0-9)]$/),
    memory: fc.option(fc.tuple(fc.nat({ max: 1_000_000 }), fc.constantFrom(['MiB', MiB], ['GiB', 2 ** 30], ['KiB', 1024], ['', MiB])), { nil: undefined }),
    driver: fc.tuple(fc.integer({ min: 1, max: 999 }), fc.nat({ max: 999 }), fc.option(fc.nat({ max: 99 }), { nil: undefined })).map(([a, b, c]) => `${a}.${b}${c === undefined ? '' : `.${String(c).padStart(2, '0')}`}`),
  });
  fc.assert(
    fc.property(fc.array(gpu, { maxLength: 8 }), fc.constantFrom('\n', '\r\n'), (gpus, newline) => {
      const csv = gpus.map((g) => `${g.name}, ${g.memory ? `${g.memory[0]} ${g.memory[1][0]}`.trimEnd() : '[N/A]'}, ${g.driver}`).join(newline) + newline;
      expect(parseGpuQuery(csv)).toEqual(gpus.map((g) => ({ name: g.name, memory: g.memory ? g.memory[0] * g.memory[1][1] : undefined, driver: g.driver })));
    }),
    { numRuns: 1000 },
  );
});

test('parseCudaVersion gives a dotted version or nothing, and finds the one a banner shows', () => {
  expect(banners.map(parseCudaVersion)).toEqual(['12.2', '13.0', undefined]);
  fc.assert(
    fc.property(fc.oneof(mutate(banners, smiInsert), fc.string({ maxLength: 200 })), (banner) => {
      const cuda = parseCudaVersion(banner);
      if (cuda !== undefined) expect(cuda).toMatch(/^\d+\.\d+(\.\d+)?$/);
    }),
    { numRuns: 2000 },
  );
  fc.assert(
    fc.property(
      fc.constantFrom(...banners.slice(0, 2)),
      fc.tuple(fc.nat({ max: 99 }), fc.nat({ max: 9 }), fc.option(fc.nat({ max: 99 }), { nil: undefined })).map(([a, b, c]) => `${a}.${b}${c === undefined ? '' : `.${c}`}`),
      (banner, version) => {
        expect(parseCudaVersion(banner.replace(/CUDA Version: \S+/, `CUDA Version: ${version}`))).toBe(version);
      },
    ),
    { numRuns: 500 },
  );
});

// ---- sizes ----

test('parseSize gives a finite number of bytes or undefined, and reads back what it is given', () => {
  const sizeText = fc.oneof(
    fc.tuple(fc.constantFrom('', ' ', '\t'), fc.oneof(fc.nat({ max: 100_000 }).map(String), fc.constantFrom('1.5', '0.25', '9'.repeat(400), '1e9', '.5', '5.', '-1', '0x10', '١٦')), fc.constantFrom('', ' '), fc.constantFrom('', 'b', 'B', 'k', 'kb', 'KiB', 'm', 'MB', 'mib', 'g', 'GB', 'GiB', 't', 'TB', 'TiB', 'p', 'PB', 'ib', 'bytes'), fc.constantFrom('', ' ', '\n')).map((p) => p.join('')),
    fc.string({ maxLength: 12 }),
  );
  const sizeValue = fc.oneof(sizeText, fc.double(), fc.constantFrom(Infinity, -Infinity, NaN, -0, 1e300, Number.MAX_VALUE), fc.constant(null), fc.boolean(), fc.array(fc.nat(), { maxLength: 2 }));
  fc.assert(
    fc.property(sizeValue, (v) => {
      const size = parseSize(v, 'GiB');
      if (size === undefined) return;
      expect(Number.isFinite(size)).toBe(true);
      expect(size).toBeGreaterThanOrEqual(0);
    }),
    { numRuns: 2000 },
  );
  const units = { B: 1, KB: 1e3, MB: 1e6, GB: 1e9, TB: 1e12, KiB: 2 ** 10, MiB: 2 ** 20, GiB: 2 ** 30, TiB: 2 ** 40, k: 1e3, Gi: 2 ** 30, '': 2 ** 30 } as const;
  fc.assert(
    fc.property(fc.nat({ max: 1_000_000 }), fc.constantFrom(...(Object.keys(units) as (keyof typeof units)[])), fc.boolean(), (n, unit, spaced) => {
      expect(parseSize(`${n}${spaced ? ' ' : ''}${unit}`, 'GiB')).toBe(n * units[unit]);
      expect(parseSize(`${n}${unit}`.toLowerCase(), 'GiB')).toBe(n * units[unit]);
    }),
    { numRuns: 1000 },
  );
});

// ---- Python requirements ----

const release = fc.array(fc.nat({ max: 40 }), { minLength: 1, maxLength: 4 }).map((parts) => parts.join('.'));

test('pythonSatisfies never throws; requiredPythonSpecifier and declaredPythonSpecifier are idempotent', () => {
  const piece = fc.oneof(
    fc.constantFrom('>=', '<=', '==', '!=', '~=', '===', '<', '>', '=', '^', '~', '*', '.*', ',', ' ', '3', '3.11', '3.13.0rc1', 'v', '.', '', '9'.repeat(400), '||', 'python'),
    release,
    fc.string({ maxLength: 3 }),
  );
  const spec = fc.array(piece, { maxLength: 8 }).map((p) => p.join(''));
  fc.assert(
    fc.property(spec, fc.oneof(release, fc.string({ maxLength: 10 }), fc.constantFrom('3.13.0rc1', 'v3.11', ' 3.12.1 ', '', 'Python 3.11')), (s, version) => {
      const result = pythonSatisfies(version, s);
      expect(result === undefined || typeof result === 'boolean').toBe(true);
      const specifier = requiredPythonSpecifier(s);
      expect(requiredPythonSpecifier(specifier)).toBe(specifier);
      expect(specifier).not.toMatch(/\s/);
      const declared = declaredPythonSpecifier(s);
      expect(declaredPythonSpecifier(declared)).toBe(declared);
    }),
    { numRuns: 2000 },
  );
});

test('pythonSatisfies orders release numbers the way PEP 440 does', () => {
  const cmp = (a: string, b: string) => {
    const [x, y] = [a.split('.').map(Number), b.split('.').map(Number)];
    for (let i = 0; i < Math.max(x.length, y.length); i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) < (y[i] ?? 0) ? -1 : 1;
    return 0;
  };
  fc.assert(
    fc.property(release, release, (a, b) => {
      const c = cmp(a, b);
      expect(pythonSatisfies(a, `==${b}`)).toBe(c === 0);
      expect(pythonSatisfies(a, `!=${b}`)).toBe(c !== 0);
      expect(pythonSatisfies(a, `<${b}`)).toBe(c < 0);
      expect(pythonSatisfies(a, `<=${b}`)).toBe(c <= 0);
      expect(pythonSatisfies(a, `>${b}`)).toBe(c > 0);
      expect(pythonSatisfies(a, `>=${b}`)).toBe(c >= 0);
      expect(pythonSatisfies(a, ` >= ${b} , < ${b} `.replace(/ /g, ''))).toBe(false);
      // A bare version means that one or newer.
      expect(pythonSatisfies(a, requiredPythonSpecifier(b))).toBe(c >= 0);
      expect(pythonSatisfies(a, requiredPythonSpecifier(a))).toBe(true);
      expect(pythonSatisfies(a, `==${a}.*`)).toBe(true);
    }),
    { numRuns: 1500 },
  );
});

test('stdlibVersionFor always names a Python the stdlib data covers, and the lowest one a requirement admits', () => {
  const covered = STDLIB_MINORS.map((m) => `3.${m}`);
  const piece = fc.oneof(
    fc.constantFrom('>=', '<=', '==', '!=', '~=', '===', '<', '>', '=', '^', '~', '*', '.*', ',', ' ', '||', ' || ', 'python', 'python-', 'Python ', '3', '2.7', '3.7', '3.8', '3.10', '3.11.4', '3.14', '3.15', '4', '9'.repeat(400), 'a', 'rc1', 'dev0'),
    fc.string({ maxLength: 3 }),
  );
  // Found by this property: pep440's comparison threw on `<` and a 400-digit release.
  expect(covered).toContain(stdlibVersionFor(`<${'9'.repeat(400)}`));
  fc.assert(
    fc.property(fc.option(fc.array(piece, { maxLength: 8 }).map((p) => p.join('')), { nil: undefined }), (spec) => {
      expect(covered).toContain(stdlibVersionFor(spec));
    }),
    { numRuns: 400 },
  );
  const minor = fc.integer({ min: 0, max: 20 });
  /** The rule: the lowest covered minor admitted; else 3.8 when only older ones are, else 3.14. */
  const expected = (admits: (minor: number) => boolean) => {
    const lowest = STDLIB_MINORS.find((m) => admits(m));
    if (lowest !== undefined) return `3.${lowest}`;
    return [0, 1, 2, 3, 4, 5, 6, 7].some(admits) ? '3.8' : '3.14';
  };
  fc.assert(
    fc.property(minor, minor, fc.constantFrom('', 'python', 'python-', 'Python '), (a, b, prefix) => {
      expect(stdlibVersionFor(`${prefix}3.${a}`)).toBe(expected((m) => m === a));
      expect(stdlibVersionFor(`${prefix}=3.${a}`)).toBe(expected((m) => m === a));
      for (const op of ['>=', '^', '~=']) expect(stdlibVersionFor(`${op}3.${a}`)).toBe(expected((m) => m >= a));
      expect(stdlibVersionFor(`>=3.${a}, <3.${b}`)).toBe(a < b ? expected((m) => m >= a && m < b) : '3.14');
      expect(stdlibVersionFor(`>=3.${a} <3.${b}`)).toBe(a < b ? expected((m) => m >= a && m < b) : '3.14');
      expect(stdlibVersionFor(`3.${a} || 3.${b}`)).toBe(expected((m) => m === a || m === b));
    }),
    { numRuns: 120 },
  );
});

// ---- pip install lines ----

test('pipInstallPackages never throws, and every word it gives names a package', () => {
  const piece = fc.oneof(
    fc.constantFrom(
      'pip', 'pip3', 'pip3.11', 'python', 'python3', '-m', 'pip', '-mpip', '{sys.executable}', 'uv', 'sudo', 'VAR=1', 'install', 'uninstall', 'download', ' ', '  ', '\t', '-q', '-U',
      '-qU', '-qr', '-r', 'requirements.txt', '-e', '.', './local', '/abs', '~/x', '--index-url', '--index-url=https://x', 'https://x/simple', '-i', '--no-deps', 'torch', 'numpy<2',
      '"numpy<2"', "'scipy>=1'", '"', "'", '\\', '\\ ', '&&', '||', ';', '|', '&', '(', ')', '>', '>>', '2>', '2>&1', '>&-', '<', '/dev/null', '#', '$PKG', '${PKG}', '{pkg}',
      '"$X"', "'$X'", '`x`', '\n', '\r\n',
    ),
    fc.string({ maxLength: 4 }),
  );
  // Commands shaped like pip runs, right or wrong in each part, chained by shell operators.
  const command = fc
    .tuple(
      fc.constantFrom('pip', 'pip3', 'python -m pip', 'python3 -mpip', '{sys.executable} -m pip', 'uv pip', 'sudo pip', 'X=1 pip', 'python', 'python -m', '"pip"', 'pi\\p', 'python -c', '/opt/bin/pip', ''),
      fc.array(piece, { maxLength: 3 }),
      fc.constantFrom('install', 'download', 'ins"tall"', ''),
      fc.array(piece, { maxLength: 10 }),
      fc.constantFrom('&&', ';', '|', '||', '&', '\n', ' ', '#', ''),
    )
    .map(([program, options, verb, args, next]) => [program, ...options, verb, ...args, next].join(' '));
  const line = fc.array(command, { minLength: 1, maxLength: 3 }).map((cs) => cs.join(' '));
  let found = 0;
  fc.assert(
    fc.property(fc.oneof(line, fc.array(piece, { maxLength: 24 }).map((p) => p.join('')), fc.string({ maxLength: 80 })), (text) => {
      const runs = pipInstallPackages(text);
      if (runs.some((r) => r.length > 0)) found++;
      for (const packages of runs) {
        for (const p of packages) {
          expect(p).not.toBe('');
          expect(p).not.toMatch(/^[-./~]/);
        }
      }
    }),
    { numRuns: 2000 },
  );
  // The generator does reach pip installs that name packages.
  expect(found).toBeGreaterThan(30);
});

test('the packages of each pip install read back, however pip is called and the names are quoted', () => {
  const name = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._-]{0,10}$/).filter((n) => n !== 'install');
  const requirement = fc.tuple(name, fc.constantFrom('', '==1.0', '>=2', '[cuda]', '<2,>=1.5'), fc.constantFrom('bare', 'double', 'single')).map(([n, v, quote]) => {
    const req = `${n}${v}`;
    const needsQuotes = /[<>,[]/.test(v);
    const written = quote === 'double' || (needsQuotes && quote === 'bare') ? `"${req}"` : quote === 'single' ? `'${req}'` : req;
    return { req, written };
  });
  const invocation = fc.constantFrom('pip', 'pip3', '/usr/bin/pip3.11', 'python -m pip', 'python3 -mpip', '{sys.executable} -m pip', 'uv pip', 'sudo pip', 'PIP_NO_CACHE=1 pip');
  const flags = fc.array(fc.constantFrom('-q', '-U', '--upgrade', '--no-cache-dir', '-qU', '--index-url https://x/simple', '-i https://x', '--extra-index-url=https://y', '-r requirements.txt', '-e ./pkg', '--no-deps'), { maxLength: 3 });
  const run = fc.tuple(invocation, flags, fc.array(requirement, { maxLength: 5 }), fc.constantFrom('', ' > /dev/null', ' 2>&1', ' >log.txt', ' # note'));
  fc.assert(
    fc.property(fc.array(run, { minLength: 1, maxLength: 3 }), fc.constantFrom(' && ', '; ', ' || '), (runs, join) => {
      // A comment ends the line: only the last command may have one.
      const lines = runs.map(([inv, fl, reqs, tail], i) => `${inv} install ${fl.join(' ')} ${reqs.map((r) => r.written).join(' ')}${i === runs.length - 1 || !tail.includes('#') ? tail : ''}`);
      expect(pipInstallPackages(lines.join(join))).toEqual(runs.map(([, , reqs]) => reqs.map((r) => r.req)));
    }),
    { numRuns: 1000 },
  );
});
