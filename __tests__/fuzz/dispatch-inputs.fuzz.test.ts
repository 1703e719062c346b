// dispatch-training's parsers never crash on what a user, a settings file, a remote or GitHub may hand them: each
// returns a well-formed value or throws its own error with a message (PackError, ZipError, Error naming the input),
// never a TypeError, RangeError or stack overflow, and settings problems are diagnostics on a line of the file.
// Where a value can be written back (packed inputs, runs-on, parameters, durations, remotes) it reads back the same.

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { crc32, deflateRawSync, gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { loadConfig } from '../../shared/config/config.js';
import { parseRunsOn } from '../../shared/dispatch/choose-runner.js';
import { formatDuration, parseDuration } from '../../shared/text/units.js';
import { parseGitHubRemote } from '../../shared/dispatch/github-remote.js';
import { dispatchLimits, inputNames, packInputs, PackError, unpackInputs, type TrainingRequest } from '../../shared/dispatch/pack-inputs.js';
import { parameterNameProblem, parseParameterArgs, parseParameterMapping, type Parameters } from '../../shared/dispatch/parameters.js';
import { readZipFile, zipEntries, ZipError } from '../../shared/dispatch/read-zip.js';
import { loadRunnerCatalog, parseRunnerCatalog, type RunsOn } from '../../shared/dispatch/runner-catalog.js';
import { zipFiles } from '../harness/github-double/zip.js';

// ---- shared checks ----

/** A thrown value is `Error` itself (what these modules throw for bad input), not a TypeError/RangeError/SyntaxError. */
function expectPlainError(error: unknown, prefix?: string): asserts error is Error {
  expect(error).toBeInstanceOf(Error);
  expect(Object.getPrototypeOf(error)).toBe(Error.prototype);
  expect((error as Error).message.trim()).not.toBe('');
  if (prefix !== undefined) expect((error as Error).message.startsWith(prefix)).toBe(true);
}

function expectTypedError(error: unknown, type: new (...args: never[]) => Error): void {
  expect(error).toBeInstanceOf(type);
  expect((error as Error).message.trim()).not.toBe('');
}

/** No lone surrogates: the string survives UTF-8. */
const wellFormed = (s: string) => Buffer.from(s, 'utf8').toString('utf8') === s;

const isLabel = (l: unknown): l is string => typeof l === 'string' && l.trim() !== '';
const isLabels = (v: unknown): v is string[] => Array.isArray(v) && v.length > 0 && v.every(isLabel);

/** What a job's `runs-on:` accepts: a label, a non-empty list of labels, or `{group, labels?}`. */
function isRunsOn(v: unknown): v is RunsOn {
  if (typeof v === 'string') return isLabel(v);
  if (Array.isArray(v)) return isLabels(v);
  if (v === null || typeof v !== 'object') return false;
  const o = v as { group?: unknown; labels?: unknown };
  return isLabel(o.group) && Object.keys(o).every((k) => k === 'group' || k === 'labels') && (o.labels === undefined || isLabels(o.labels));
}

/** Strings people and attackers put in parameters and labels: shells, expressions, markers, unicode, controls. */
const nasty = fc.constantFrom(
  '$(rm -rf /)', '`id`', '; echo pwned', '${{ github.token }}', '"\'', '\\', '\\"', '\u0000', '\n', '\r\n', '\t', ' ', '=', ',', ':', '#',
  '[', ']', '{', '}', '<!-- x -->', '<script>', '|', 'Δ-模型 🚀', 'שלום', 'é', '\u200b', '\ufeff', '\ud800', '\udc00', '__proto__', 'constructor',
  'toString', 'gzip:', '0', '-1', '1e400', '9'.repeat(400), '.inf', 'null', 'true', '~',
);
const text = (maxLength: number) =>
  fc.oneof(
    { weight: 3, arbitrary: fc.string({ maxLength }) },
    { weight: 2, arbitrary: fc.array(fc.oneof(nasty, fc.string({ maxLength: 4 })), { maxLength: 6 }).map((p) => p.join('')) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength }) },
  );

// ---- runner catalog ----

const runnerKeys = ['labels', 'scale-set', 'larger-runner', 'group', 'cpus', 'memory', 'gpu', 'disk', 'price-per-minute', 'gpus', 'os'];
/** Values a runner field may be given in YAML, good and bad. */
const yamlValue = fc.oneof(
  fc.constantFrom(
    '[self-hosted, linux, gpu]', '[]', '[""]', '[a, 1]', 'gpu', '" "', '16', '0', '-1', '1.5', '64GB', '64 GiB', '1TB', '512mb', '1 PB', '0.064',
    '.inf', '-.inf', '.nan', 'null', '~', '', 'true', '{a: 1}', '[[x]]', '1e400', '9'.repeat(400), '"64GB"', "'x'", '!!binary aGVsbG8=', '*a', '*r',
    '&a 16', '&a [self-hosted]', '!!str 16', '0x10', '1_000',
  ),
  fc.string({ maxLength: 12 }).map((s) => JSON.stringify(s)),
  fc.double().map(String),
);
const runnerName = fc.oneof(fc.constantFrom('gpu-box', 'arc-a100', 'linux-16core', '__proto__', 'a.b', '"quoted key"', '? x', '1', 'ü'), fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/));

/** A `runners:` section in block style, each runner with a few fields from the pool, sometimes anchored and aliased. */
const yamlCatalog = fc
  .record({
    prefix: fc.constantFrom('', 'requirements: {gpu: 1}\n', 'requirements: &r\n  cpus: *r\n', 'exclude: [x]\n'),
    anchor: fc.constantFrom('', ' &r'),
    runners: fc.array(
      fc.record({ name: runnerName, anchor: fc.constantFrom('', ' &a'), fields: fc.array(fc.tuple(fc.constantFrom(...runnerKeys), yamlValue), { maxLength: 6 }) }),
      { maxLength: 4 },
    ),
  })
  .map(({ prefix, anchor, runners }) =>
    [
      `${prefix}runners:${anchor}`,
      ...runners.flatMap((r) => [`  ${r.name}:${r.anchor}`, ...r.fields.map(([k, v]) => `    ${k}: ${v}`)]),
    ].join('\n'),
  );
/** The same shape in flow style on one line per runner. */
const flowCatalog = fc
  .array(fc.tuple(runnerName, fc.array(fc.tuple(fc.constantFrom(...runnerKeys), yamlValue), { maxLength: 5 })), { maxLength: 4 })
  .map((runners) => `runners:\n${runners.map(([name, fields]) => `  ${name}: { ${fields.map(([k, v]) => `${k}: ${v}`).join(', ')} }`).join('\n')}\n`);
/** Valid runners with one field set to a value from the pool: a problem then has nothing else to hide behind. */
const oneOddField = fc
  .array(fc.tuple(fc.constantFrom('labels: [self-hosted, gpu]', 'scale-set: arc', 'larger-runner: big', 'group: ml'), fc.constantFrom(...runnerKeys), yamlValue), { minLength: 1, maxLength: 3 })
  .map((runners) => `runners:\n${runners.map(([place, key, value], i) => `  r${i}:\n    ${place}\n    ${key}: ${value}`).join('\n')}\n`);
const yamlPieces = fc
  .array(fc.oneof(fc.constantFrom('runners:', '\n', '  ', '    ', ': ', '- ', ', ', '&a ', '*a', '#', ...runnerKeys), yamlValue, runnerName), { maxLength: 40 })
  .map((p) => p.join(''));

const tomlValue = fc.constantFrom(
  '["self-hosted", "gpu"]', '[]', '"gpu"', '" "', '16', '0', '-1', '1.5', '"64GB"', '64', 'inf', 'nan', '-inf', 'true', '1979-05-27', '{ a = 1 }', '1e400',
  '"1 TiB"', '0x10', '[["x"]]', "'x'",
);
const tomlCatalog = fc
  .array(fc.tuple(runnerName, fc.array(fc.tuple(fc.constantFrom(...runnerKeys), tomlValue), { maxLength: 5 })), { maxLength: 4 })
  .map(
    (runners) =>
      `[project]\nname = "x"\n\n[tool.ml-hub]\nexclude = []\n\n${runners.map(([name, fields]) => `[tool.ml-hub.runners.${JSON.stringify(name)}]\n${fields.map(([k, v]) => `${k} = ${v}`).join('\n')}`).join('\n\n')}\n`,
  );

function checkCatalog(file: string, settings: string): void {
  const reader = { read: (p: string) => (p === file ? settings : undefined) };
  const { config } = loadConfig(reader);
  const { catalog, diagnostics } = loadRunnerCatalog(config, reader);
  const lines = settings.split('\n').length;
  for (const d of diagnostics) {
    expect(d.file).toBe(file);
    expect(d.code).toBe('config/runners');
    expect(d.message.trim()).not.toBe('');
    if (d.line !== undefined) {
      expect(d.line).toBeGreaterThanOrEqual(1);
      expect(d.line).toBeLessThanOrEqual(lines);
    }
  }
  const names = new Set(Object.keys((config.extra.runners ?? {}) as object));
  for (const r of catalog.runners) {
    expect(names.has(r.name)).toBe(true);
    expect(['self-hosted', 'scale-set', 'larger-runner']).toContain(r.kind);
    expect(isRunsOn(r.runsOn)).toBe(true);
    // What the catalog gives travels as JSON in the dispatch (`fromJSON(inputs.ml-hub-runs-on)`) and as the runner input.
    expect(parseRunsOn(JSON.stringify(r.runsOn))).toEqual(r.runsOn);
    for (const n of [r.cpus, r.gpu]) if (n !== undefined) expect(Number.isInteger(n) && n >= 0).toBe(true);
    for (const n of [r.memory, r.disk, r.pricePerMinute]) if (n !== undefined) expect(Number.isFinite(n) && n >= 0).toBe(true);
  }
}

test.each([
  ['block YAML', '.github/ml-hub.yml', yamlCatalog],
  ['flow YAML', '.github/ml-hub.yml', flowCatalog],
  ['valid runners with one odd field', '.github/ml-hub.yml', oneOddField],
  ['YAML pieces', '.github/ml-hub.yml', yamlPieces],
  ['pyproject tables', 'pyproject.toml', tomlCatalog],
])('loadRunnerCatalog never throws on %s: runners are well formed, problems are on a line of the file', (_, file, arbitrary) => {
  fc.assert(
    fc.property(arbitrary, (settings) => checkCatalog(file, settings)),
    { numRuns: 500 },
  );
});

test('parseRunnerCatalog never throws on any value, cyclic ones included', () => {
  const leaf = fc.oneof(fc.string({ maxLength: 8 }), fc.double(), fc.integer(), fc.boolean(), fc.constant(null), fc.constant(undefined), fc.date({ noInvalidDate: false }));
  const field = fc.oneof(leaf, fc.array(leaf, { maxLength: 3 }), fc.dictionary(fc.string({ maxLength: 5 }), leaf, { maxKeys: 3 }));
  const runner = fc.oneof(
    fc.dictionary(fc.constantFrom(...runnerKeys), field, { maxKeys: 6 }),
    fc.record({ labels: fc.oneof(field, fc.array(fc.string({ maxLength: 6 }), { maxLength: 3 })), gpu: fc.nat({ max: 8 }) }, { requiredKeys: [] }),
    field,
  );
  const catalog = fc.oneof(fc.dictionary(fc.string({ maxLength: 8 }), runner, { maxKeys: 5 }), field);
  fc.assert(
    fc.property(catalog, fc.boolean(), fc.boolean(), (value, cyclic, cyclicRunner) => {
      // YAML anchors and aliases give cycles: `a: &x {cpus: *x}`.
      if (cyclic && value && typeof value === 'object' && !(value instanceof Date)) {
        const entries = Object.values(value as Record<string, unknown>);
        const target = cyclicRunner ? entries.find((e) => e && typeof e === 'object' && !Array.isArray(e) && !(e instanceof Date)) : value;
        if (target) (target as Record<string, unknown>).cpus = value;
      }
      const { catalog: out, diagnostics } = parseRunnerCatalog(value, 'settings.yml', () => 3);
      expect(out.source).toBe('settings.yml');
      for (const d of diagnostics) {
        expect(d.file).toBe('settings.yml');
        expect(d.line).toBe(3);
        expect(d.message.trim()).not.toBe('');
      }
      for (const r of out.runners) expect(isRunsOn(r.runsOn)).toBe(true);
    }),
    { numRuns: 1000 },
  );
});

test('a well-formed catalog reads back exactly, with no diagnostics', () => {
  const label = fc.stringMatching(/^[A-Za-z0-9][\w.-]{0,10}$/);
  const spec = fc.record({
    place: fc.oneof(
      fc.record({ labels: fc.array(label, { minLength: 1, maxLength: 4 }) }),
      fc.record({ 'scale-set': label }),
      fc.record({ 'larger-runner': label }, { requiredKeys: [] }),
    ),
    group: fc.option(label, { nil: undefined }),
    cpus: fc.option(fc.nat({ max: 512 }), { nil: undefined }),
    gpu: fc.option(fc.nat({ max: 16 }), { nil: undefined }),
    memory: fc.option(fc.tuple(fc.integer({ min: 1, max: 4096 }), fc.constantFrom(['GB', 1e9], ['GiB', 2 ** 30], ['MB', 1e6], ['TB', 1e12])), { nil: undefined }),
    price: fc.option(fc.integer({ min: 0, max: 10_000 }).map((n) => n / 1000), { nil: undefined }),
  });
  fc.assert(
    fc.property(fc.uniqueArray(fc.tuple(fc.stringMatching(/^[a-z][a-z0-9-]{0,10}$/).filter((n) => !['null', 'true', 'false'].includes(n)), spec), { selector: ([n]) => n, minLength: 1, maxLength: 5 }), (runners) => {
      const body = runners.map(([name, s]) => {
        const fields: Record<string, unknown> = { ...s.place };
        // A scale set is targeted by its name alone; a larger runner needs a label or a group.
        if (s.group !== undefined && !('scale-set' in s.place)) fields.group = s.group;
        if (!('labels' in s.place) && !('scale-set' in s.place) && !('larger-runner' in s.place) && fields.group === undefined) fields['larger-runner'] = 'ubuntu-latest-8core';
        if (s.cpus !== undefined) fields.cpus = s.cpus;
        if (s.gpu !== undefined) fields.gpu = s.gpu;
        if (s.memory) fields.memory = `${s.memory[0]}${s.memory[1][0]}`;
        if (s.price !== undefined) fields['price-per-minute'] = s.price;
        return [name, fields, s] as const;
      });
      const settings = `runners:\n${body.map(([name, fields]) => `  ${name}: ${JSON.stringify(fields)}`).join('\n')}\n`;
      const reader = { read: (p: string) => (p === '.github/ml-hub.yml' ? settings : undefined) };
      const { catalog, diagnostics } = loadRunnerCatalog(loadConfig(reader).config, reader);
      expect(diagnostics).toEqual([]);
      expect(catalog.runners.map((r) => r.name)).toEqual(body.map(([name]) => name));
      catalog.runners.forEach((r, i) => {
        const [, fields, s] = body[i]!;
        expect(r.cpus).toBe(s.cpus);
        expect(r.gpu).toBe(s.gpu);
        expect(r.memory).toBe(s.memory ? s.memory[0] * s.memory[1][1] : undefined);
        expect(r.pricePerMinute).toBe(s.price);
        const labels = (fields.labels ?? (fields['larger-runner'] !== undefined ? [fields['larger-runner']] : [])) as string[];
        if (fields['scale-set'] !== undefined) expect(r.runsOn).toBe(fields['scale-set']);
        else if (fields.group !== undefined) expect(r.runsOn).toEqual({ group: fields.group, ...(labels.length ? { labels } : {}) });
        else expect(r.runsOn).toEqual(fields.labels ?? labels[0]);
      });
    }),
    { numRuns: 500 },
  );
});

// ---- packed inputs ----

const parameterName = fc.oneof(
  fc.constantFrom('alpha', 'l1_ratio', '__proto__', 'constructor', 'hasOwnProperty', 'μ', 'ラベル', '1', '0', ' padded ', 'a b', 'a.b', '-x', '$(id)', '${{ x }}', '🚀'),
  fc.string({ minLength: 1, maxLength: 12 }),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 8 }),
).filter((n) => parameterNameProblem(n) === undefined);
const parameterValue = fc.oneof(
  { weight: 4, arbitrary: text(30) },
  { weight: 1, arbitrary: fc.tuple(fc.string({ maxLength: 20 }), fc.integer({ min: 100, max: 5000 })).map(([s, n]) => s.repeat(n)) },
);
/** A mapping as an entry list with unique names, since `__proto__` cannot be a key of an object literal. */
const parameterEntries = fc.uniqueArray(fc.tuple(parameterName, parameterValue), { selector: ([n]) => n, maxLength: 8 });
const toParameters = (entries: [string, string][]): Parameters => Object.fromEntries(entries) as Parameters;
const sortedEntries = (p: Parameters) => Object.entries(p).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

const runsOnValue: fc.Arbitrary<RunsOn> = fc.oneof(
  text(12).filter(isLabel),
  fc.array(text(12).filter(isLabel), { minLength: 1, maxLength: 4 }),
  fc.record({ group: text(12).filter(isLabel), labels: fc.array(text(12).filter(isLabel), { minLength: 1, maxLength: 3 }) }, { requiredKeys: ['group'] }),
);

const trainingRequest: fc.Arbitrary<TrainingRequest> = fc
  .record({
    entryPoint: text(40).filter((s) => s.trim() !== ''),
    kind: fc.constantFrom('mlproject' as const, 'command' as const),
    parameters: parameterEntries.map(toParameters),
    envHash: fc.option(fc.stringMatching(/^[0-9a-f]{64}$/), { nil: undefined }),
  })
  .map((r) => (r.envHash === undefined ? { entryPoint: r.entryPoint, kind: r.kind, parameters: r.parameters } : r));

test('packInputs then unpackInputs gives back the request, whatever the parameters hold; or packing refuses with PackError', () => {
  let gzipped = 0;
  fc.assert(
    fc.property(trainingRequest, text(20), fc.option(runsOnValue, { nil: undefined }), (request, correlationId, runsOn) => {
      let packed;
      try {
        packed = packInputs(request, { correlationId, runsOn });
      } catch (error) {
        expectTypedError(error, PackError);
        expect((error as Error).message).toMatch(/does not fit in a workflow dispatch/);
        return;
      }
      if (packed.encoding === 'gzip') gzipped++;
      expect(packed.size).toBe(JSON.stringify(packed.inputs).length);
      expect(packed.size).toBeLessThanOrEqual(dispatchLimits.payloadChars);
      for (const v of Object.values(packed.inputs)) expect(typeof v).toBe('string');
      const unpacked = unpackInputs(packed.inputs);
      expect(unpacked.request.entryPoint).toBe(request.entryPoint);
      expect(unpacked.request.kind).toBe(request.kind);
      expect(unpacked.request.envHash).toBe(request.envHash);
      expect(sortedEntries(unpacked.request.parameters)).toEqual(sortedEntries(request.parameters));
      expect(unpacked.correlationId).toBe(correlationId === '' ? undefined : correlationId);
      expect(unpacked.runsOn).toEqual(runsOn);
    }),
    { numRuns: 700 },
  );
  // The generator reaches the compressed form too.
  expect(gzipped).toBeGreaterThan(0);
});

describe('unpackInputs on what arrives', () => {
  const valid = packInputs({ entryPoint: 'main', kind: 'mlproject', parameters: { alpha: '0.5', note: 'x'.repeat(70_000) } }, { correlationId: 'c', runsOn: ['self-hosted', 'gpu'] });
  const plain = packInputs({ entryPoint: 'main', kind: 'command', parameters: { alpha: '0.5' }, envHash: 'a'.repeat(64) }, { correlationId: 'c', runsOn: { group: 'g' } });
  const gz = (s: string | Buffer) => `gzip:${gzipSync(s).toString('base64')}`;
  // Zip bombs: a few KiB of base64 that would inflate to far more than a request can be.
  const bombs = [gz(Buffer.alloc(32 * 1024 * 1024, 0x20)), gz(`{"v":1,"entry-point":"main","kind":"command","parameters":{"a":"${'b'.repeat(20 * 1024 * 1024)}"}}`)];

  const jsonish = fc
    .array(
      fc.oneof(
        fc.constantFrom('{', '}', '[', ']', ',', ':', '"v"', '1', '2', '"entry-point"', '"main"', '" "', '"kind"', '"mlproject"', '"command"', '"parameters"', '"env-hash"', `"${'a'.repeat(64)}"`, '"__proto__"', '"a=b"', '"\\u0000"', 'null', 'true', '[]', '{}', '1e400'),
        fc.string({ maxLength: 4 }).map((s) => JSON.stringify(s)),
      ),
      { maxLength: 30 },
    )
    .map((p) => p.join(''));
  const mutated = (base: string) =>
    fc.array(fc.tuple(fc.nat(), fc.nat({ max: 8 }), fc.oneof(fc.string({ maxLength: 3 }), fc.constantFrom('=', '"', '{', 'A', '/', '+', '\\'))), { maxLength: 4 }).map((edits) =>
      edits.reduce((s, [at, cut, insert]) => {
        const i = at % (s.length + 1);
        return s.slice(0, i) + insert + s.slice(i + cut);
      }, base),
    );
  const params = fc.oneof(
    text(60),
    jsonish,
    jsonish.map(gz),
    fc.uint8Array({ maxLength: 200 }).map((b) => `gzip:${Buffer.from(b).toString('base64')}`),
    fc.uint8Array({ maxLength: 200 }).map((b) => `gzip:${gzipSync(b).toString('base64')}`),
    fc.string({ unit: fc.constantFrom(...'ABCDEFGHabcdef0123+/='.split('')), maxLength: 80 }).map((s) => `gzip:${s}`),
    mutated(valid.inputs[inputNames.params]!),
    mutated(plain.inputs[inputNames.params]!),
    fc.constantFrom(...bombs),
  );
  const other = fc.oneof(fc.constant(undefined), text(20), fc.constantFrom('["a"]', '{"group":"g"}', '5', 'null', '{"group":""}', '[]', '[1]', '{"labels":["x"]}', '"x"', '""', '" "'), fc.integer(), fc.constant(null));

  test('returns a well-formed request or throws PackError', () => {
    fc.assert(
      fc.property(params, other, other, fc.boolean(), (raw, correlationId, runsOn, withParams) => {
        const inputs: Record<string, unknown> = { [inputNames.correlationId]: correlationId, [inputNames.runsOn]: runsOn };
        if (withParams) inputs[inputNames.params] = raw;
        let out;
        try {
          out = unpackInputs(inputs);
        } catch (error) {
          expectTypedError(error, PackError);
          return;
        }
        const { request } = out;
        expect(typeof request.entryPoint === 'string' && request.entryPoint.trim() !== '').toBe(true);
        expect(['mlproject', 'command']).toContain(request.kind);
        for (const [name, value] of Object.entries(request.parameters)) {
          expect(parameterNameProblem(name)).toBeUndefined();
          expect(typeof value).toBe('string');
        }
        if (request.envHash !== undefined) expect(request.envHash).toMatch(/^[0-9a-f]{64}$/);
        if (out.correlationId !== undefined) expect(typeof out.correlationId).toBe('string');
        if (out.runsOn !== undefined) expect(isRunsOn(out.runsOn)).toBe(true);
      }),
      { numRuns: 1500 },
    );
  });

  test.each(bombs.map((b, i) => [i, b]))('zip bomb %i is refused without inflating it all', (_, bomb) => {
    expect(bomb.length).toBeLessThan(dispatchLimits.payloadChars);
    expect(() => unpackInputs({ [inputNames.params]: bomb })).toThrow(PackError);
  });
});

// ---- parameters ----

const yamlParamPieces = fc
  .array(
    fc.oneof(
      fc.constantFrom('alpha', 'l1_ratio', ': ', ':', '\n', '  ', '- ', '{', '}', '[', ']', ', ', '"', "'", '|', '>', '&a ', '*a', '? ', '!!str ', '!!binary ', '<<: ', '#', '---', '...', 'a=b', '__proto__', '0.5', '1e-3', 'null', '~', 'true', '%YAML 1.1\n---\n', '\t', '\r\n'),
      fc.string({ maxLength: 6 }),
    ),
    { maxLength: 40 },
  )
  .map((p) => p.join(''));

test('parseParameterMapping returns names and string values, or an Error naming the input and a line inside it', () => {
  fc.assert(
    fc.property(fc.oneof(yamlParamPieces, text(80)), fc.constantFrom('parameters', 'input parameters'), (input, what) => {
      let out: Parameters;
      try {
        out = parseParameterMapping(input, what);
      } catch (error) {
        expectPlainError(error, `${what}: `);
        const line = /^[^:]+: line (\d+):/.exec((error as Error).message)?.[1];
        if (line !== undefined) {
          expect(Number(line)).toBeGreaterThanOrEqual(1);
          expect(Number(line)).toBeLessThanOrEqual(input.split('\n').length + 1);
        }
        return;
      }
      for (const [name, value] of Object.entries(out)) {
        expect(parameterNameProblem(name)).toBeUndefined();
        expect(typeof value).toBe('string');
      }
    }),
    { numRuns: 2000 },
  );
});

test('a mapping written as JSON or as YAML lines reads back exactly, __proto__ and all', () => {
  fc.assert(
    fc.property(parameterEntries, fc.boolean(), (entries, asJson) => {
      // Lone surrogates have no YAML spelling that survives; the rest of Unicode does.
      fc.pre(entries.every(([n, v]) => wellFormed(n) && wellFormed(v)));
      const input = asJson
        ? `{${entries.map(([n, v]) => `${JSON.stringify(n)}: ${JSON.stringify(v)}`).join(', ')}}`
        : entries.map(([n, v]) => `${JSON.stringify(n)}: ${JSON.stringify(v)}`).join('\n');
      const out = parseParameterMapping(input);
      expect(sortedEntries(out)).toEqual(sortedEntries(toParameters(entries)));
      expect(Object.keys(out).length).toBe(entries.length);
    }),
    { numRuns: 700 },
  );
});

test('parseParameterArgs splits at the first =, or throws an Error quoting the argument', () => {
  fc.assert(
    fc.property(fc.array(fc.oneof(text(20), fc.tuple(text(8), text(8)).map(([a, b]) => `${a}=${b}`)), { maxLength: 6 }), (args) => {
      let out: Parameters;
      try {
        out = parseParameterArgs(args);
      } catch (error) {
        expectPlainError(error, '-P ');
        return;
      }
      for (const [name, value] of Object.entries(out)) {
        expect(parameterNameProblem(name)).toBeUndefined();
        expect(args).toContain(`${name}=${value}`);
      }
    }),
    { numRuns: 1500 },
  );
  fc.assert(
    fc.property(parameterEntries, (entries) => {
      const out = parseParameterArgs(entries.map(([n, v]) => `${n}=${v}`));
      expect(sortedEntries(out)).toEqual(sortedEntries(toParameters(entries)));
      expect(Object.keys(out).length).toBe(entries.length);
    }),
    { numRuns: 500 },
  );
});

// ---- durations ----

test('parseDuration gives a positive finite number of milliseconds, or an Error quoting the text', () => {
  const piece = fc.oneof(
    fc.constantFrom('1', '2', '30', '0', '1.5', '.5', '5.', 'd', 'h', 'm', 's', 'ms', ' ', 'H', 'M', 'min', 'hours', '-', '+', 'e3', ',', '9'.repeat(400), '00', '\t', '\n'),
    fc.nat({ max: 10_000 }).map(String),
  );
  fc.assert(
    fc.property(fc.oneof(fc.array(piece, { maxLength: 10 }).map((p) => p.join('')), text(20)), (input) => {
      let ms: number;
      try {
        ms = parseDuration(input);
      } catch (error) {
        expectPlainError(error, `"${input}" `);
        return;
      }
      expect(Number.isFinite(ms)).toBe(true);
      expect(ms).toBeGreaterThan(0);
    }),
    { numRuns: 2000 },
  );
});

test('formatDuration then parseDuration gives back whole seconds', () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 400 * 86_400 }), (seconds) => {
      expect(parseDuration(formatDuration(seconds * 1000))).toBe(seconds * 1000);
    }),
    { numRuns: 1000 },
  );
  fc.assert(
    fc.property(fc.array(fc.tuple(fc.nat({ max: 999 }), fc.constantFrom('d', 'h', 'm', 's', 'ms')), { minLength: 1, maxLength: 5 }), fc.boolean(), (parts, spaced) => {
      const total = parts.reduce((sum, [n, unit]) => sum + n * { d: 86_400_000, h: 3_600_000, m: 60_000, s: 1000, ms: 1 }[unit], 0);
      fc.pre(total > 0);
      expect(parseDuration(parts.map(([n, u]) => `${n}${spaced ? ' ' : ''}${u}`).join(spaced ? ' ' : ''))).toBe(total);
    }),
    { numRuns: 1000 },
  );
});

// ---- runs-on ----

test('parseRunsOn gives a runs-on value GitHub accepts, or an Error naming the runner input', () => {
  const jsonPiece = fc.oneof(
    fc.constantFrom('[', ']', '{', '}', ',', ':', '"group"', '"labels"', '"gpu"', '""', '" "', '"self-hosted"', '1', 'null', 'true', '[]', '{}', '"__proto__"', ' '),
    fc.string({ maxLength: 4 }).map((s) => JSON.stringify(s)),
  );
  const input = fc.oneof(
    text(30),
    fc.array(jsonPiece, { maxLength: 12 }).map((p) => p.join('')),
    fc.array(fc.oneof(text(6), fc.constantFrom(',', ' , ', ',,')), { maxLength: 6 }).map((p) => p.join('')),
    fc.anything({ maxDepth: 2 }).map((v) => JSON.stringify(v) ?? ''),
    // Objects shaped like a group, with each part right or wrong.
    fc
      .record(
        {
          group: fc.oneof(text(6), fc.constantFrom(' ', '', 1, null, ['g'])),
          labels: fc.oneof(text(6), fc.constantFrom(' ', '', [], [' '], ['x', ''], ['x'], 1, null)),
          extra: fc.constantFrom(1, 'x'),
        },
        { requiredKeys: [] },
      )
      .map((o) => JSON.stringify(o)),
  );
  fc.assert(
    fc.property(input, (value) => {
      let out: RunsOn;
      try {
        out = parseRunsOn(value);
      } catch (error) {
        expectPlainError(error, 'runner: ');
        return;
      }
      expect(isRunsOn(out)).toBe(true);
      // What was read writes back as JSON and reads the same.
      expect(parseRunsOn(JSON.stringify(out))).toEqual(out);
    }),
    { numRuns: 2000 },
  );
  fc.assert(
    fc.property(runsOnValue, (runsOn) => expect(parseRunsOn(JSON.stringify(runsOn))).toEqual(runsOn)),
    { numRuns: 500 },
  );
  fc.assert(
    fc.property(fc.array(fc.stringMatching(/^[A-Za-z0-9_.:-]{1,12}$/), { minLength: 1, maxLength: 4 }), (labels) => {
      expect(parseRunsOn(` ${labels.join(' , ')} `)).toEqual(labels.length === 1 ? labels[0] : labels);
    }),
    { numRuns: 300 },
  );
});

// ---- zip archives ----

interface RawEntry {
  name: string;
  data: Buffer;
  method: 0 | 8;
  /** The size the headers claim; the real one when absent. */
  claimedSize?: number;
}

/** A zip of stored or deflated entries whose headers may lie about the size, as a zip bomb does. */
function buildZip(entries: RawEntry[], comment = Buffer.alloc(0)): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const body = e.method === 8 ? deflateRawSync(e.data, { level: 9 }) : e.data;
    const name = Buffer.from(e.name, 'utf8');
    const size = e.claimedSize ?? e.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(e.method, 8);
    local.writeUInt32LE(crc32(e.data), 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(e.method, 10);
    central.writeUInt32LE(crc32(e.data), 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += 30 + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  end.writeUInt16LE(comment.length, 20);
  return Buffer.concat([...locals, directory, end, comment]);
}

describe('zip archives', () => {
  const summary = `# 📈 MLflow runs\n\n| run | rmse |\n| --- | --- |\n${'| rf-depth8 | 0.41 |\n'.repeat(200)}`;
  // Info-ZIP writes a non-ASCII name in the local code page with a Unicode extra field, not with the UTF-8 flag
  // (which GitHub's artifact zips set): the reader takes names as flagged, so only the other writers get one.
  const asciiFiles: Record<string, string> = { 'summary.md': summary, 'runs.json': '{"runs": []}\n', 'dashboard/index.html': '<html></html>\n' };
  const files: Record<string, string> = { ...asciiFiles, 'résumé.md': 'héllo 🚀\n' };
  let infoZip: Buffer;
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'zip-fuzz-'));
    for (const [name, content] of Object.entries(asciiFiles)) {
      mkdirSync(path.dirname(path.join(dir, 'in', name)), { recursive: true });
      writeFileSync(path.join(dir, 'in', name), content);
    }
    execFileSync('zip', ['-q', '-r', '-9', path.join(dir, 'out.zip'), '.'], { cwd: path.join(dir, 'in') });
    infoZip = readFileSync(path.join(dir, 'out.zip'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const zeros = Buffer.alloc(8 * 1024 * 1024);
  const archives = () => [
    infoZip,
    zipFiles(files),
    buildZip(Object.entries(files).map(([name, content]) => ({ name, data: Buffer.from(content), method: 8 as const })), Buffer.from('a comment PK\x05\x06')),
    // Bombs: headers that claim a few bytes over data that inflates to megabytes, or that claim it honestly.
    buildZip([{ name: 'summary.md', data: zeros, method: 8, claimedSize: 100 }]),
    buildZip([{ name: 'summary.md', data: zeros, method: 8 }]),
  ];
  const names = ['summary.md', 'runs.json', 'dashboard/index.html', 'dashboard/', 'résumé.md', 'missing.md', ''];

  /** Either undefined, bytes within the limit, or ZipError; the bytes of a real file are the file. */
  function checkRead(zip: Buffer, name: string, maxBytes: number, intact: boolean): void {
    let data: Buffer | undefined;
    try {
      data = readZipFile(zip, name, maxBytes);
    } catch (error) {
      expectTypedError(error, ZipError);
      return;
    }
    if (data === undefined) return;
    expect(data.length).toBeLessThanOrEqual(maxBytes);
    if (intact && files[name] !== undefined) expect(data.toString('utf8')).toBe(files[name]);
  }

  test('intact archives list their entries and give back each file', () => {
    for (const [i, zip] of archives().slice(0, 3).entries()) {
      const listed = zipEntries(zip).map((e) => e.name);
      for (const name of Object.keys(i === 0 ? asciiFiles : files)) {
        expect(listed).toContain(name);
        expect(readZipFile(zip, name, 1 << 20)!.toString('utf8')).toBe(files[name]);
      }
    }
  });

  test('zip bombs stop at the limit with ZipError', () => {
    const [, , , lying, honest] = archives();
    expect(() => readZipFile(lying!, 'summary.md', 1 << 20)).toThrow(ZipError);
    expect(() => readZipFile(honest!, 'summary.md', 1 << 20)).toThrow(`summary.md is ${zeros.length} bytes, over the ${1 << 20}-byte limit`);
  });

  test('mutated archives give a file, nothing, or ZipError', () => {
    const all = archives();
    const field = fc.constantFrom(0, 1, 0xff, 0xffff, 0xffffffff, 0x7fffffff, 30, 46, 22);
    const edit = fc.oneof(
      fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), bits: fc.integer({ min: 1, max: 255 }) }),
      fc.record({ kind: fc.constant('word' as const), at: fc.nat(), value: field, width: fc.constantFrom(2, 4) }),
      fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
      fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 8 }) }),
    );
    fc.assert(
      fc.property(fc.nat({ max: all.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 4 }), fc.constantFrom(...names), fc.constantFrom(0, 1, 100, 1 << 20), (which, edits, name, maxBytes) => {
        let zip = Buffer.from(all[which]!);
        for (const e of edits) {
          // Aim edits at the headers near the end half the time: that is where offsets and sizes are.
          const at = e.at % 2 === 0 ? zip.length - 1 - (Math.floor(e.at / 2) % Math.min(zip.length || 1, 200)) : e.at % (zip.length || 1);
          if (zip.length === 0) break;
          if (e.kind === 'flip') zip[at] = zip[at]! ^ e.bits;
          else if (e.kind === 'word') {
            const i = Math.max(0, Math.min(at, zip.length - e.width));
            if (zip.length < e.width) continue;
            if (e.width === 2) zip.writeUInt16LE(e.value & 0xffff, i);
            else zip.writeUInt32LE(e.value >>> 0, i);
          } else if (e.kind === 'cut') zip = zip.subarray(0, at);
          else zip = Buffer.concat([zip.subarray(0, at), e.bytes, zip.subarray(at)]);
        }
        try {
          for (const entry of zipEntries(zip)) {
            expect(typeof entry.name).toBe('string');
            for (const n of [entry.method, entry.crc, entry.compressedSize, entry.size, entry.localOffset]) expect(Number.isInteger(n) && n >= 0).toBe(true);
          }
        } catch (error) {
          expectTypedError(error, ZipError);
        }
        checkRead(zip, name, maxBytes, false);
      }),
      { numRuns: 1500 },
    );
  });

  test('random bytes, and random bytes ending in an end record, are not read as files', () => {
    const eocdTail = fc.tuple(fc.uint8Array({ maxLength: 300 }), fc.uint8Array({ minLength: 18, maxLength: 18 }), fc.uint8Array({ maxLength: 40 })).map(([head, end, comment]) =>
      Buffer.concat([Buffer.from(head), Buffer.from([0x50, 0x4b, 0x05, 0x06]), Buffer.from(end), Buffer.from(comment)]),
    );
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 400 }).map((b) => Buffer.from(b)), eocdTail), fc.constantFrom(...names), (zip, name) => {
        try {
          zipEntries(zip);
        } catch (error) {
          expectTypedError(error, ZipError);
        }
        checkRead(zip, name, 1 << 16, false);
      }),
      { numRuns: 1500 },
    );
  });

  test('any set of files, stored or deflated, reads back byte for byte', () => {
    const entry = fc.record({
      name: fc.string({ minLength: 1, maxLength: 20 }).filter(wellFormed),
      data: fc.oneof(fc.uint8Array({ maxLength: 300 }), fc.string({ maxLength: 40 }).map((s) => new TextEncoder().encode(s.repeat(20)))).map((b) => Buffer.from(b)),
      method: fc.constantFrom(0 as const, 8 as const),
    });
    fc.assert(
      fc.property(fc.uniqueArray(entry, { selector: (e) => e.name, minLength: 1, maxLength: 5 }), (entries) => {
        const zip = buildZip(entries);
        expect(zipEntries(zip).map((e) => e.name)).toEqual(entries.map((e) => e.name));
        for (const e of entries) {
          expect(readZipFile(zip, e.name, Math.max(1, e.data.length))!.equals(e.data)).toBe(true);
          if (e.data.length > 1) expect(() => readZipFile(zip, e.name, e.data.length - 1)).toThrow(ZipError);
        }
      }),
      { numRuns: 500 },
    );
  });
});

// ---- GitHub remotes ----

const ownerName = fc.stringMatching(/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,10}[A-Za-z0-9])?$/);
const repoName = fc.stringMatching(/^[\w.-]{1,16}$/).filter((r) => r !== '.' && r !== '..' && !r.endsWith('.git'));
const hostName = fc.oneof(fc.constant('github.com'), fc.stringMatching(/^[a-z][a-z0-9-]{0,8}(\.[a-z][a-z0-9-]{0,8}){1,2}$/));

test('parseGitHubRemote never throws: it gives owner, repo and API, or undefined', () => {
  const piece = fc.oneof(
    fc.constantFrom('https://', 'http://', 'ssh://', 'git://', 'file://', 'git@', 'github.com', ':', '/', '//', '.git', '%', '%2F', '%E0%A4%A', '%ZZ', '%00', '..', '.', '@', '?', '#', ' ', 'user:pass@', '[::1]', ':22', 'o', 'r', 'ü', '\\', '\n'),
    fc.string({ maxLength: 5 }),
  );
  const namePart = fc.oneof(ownerName, repoName, fc.constantFrom('', '.', '..', '...', 'r x', 'o\t', ' o', '%20', '%2e%2e', '%2F', '%0A', 'ü', 'a?b', 'a#b', '~user', 'o@x', 'r.git', '.git'));
  const structured = fc
    .tuple(fc.constantFrom('https://', 'http://', 'ssh://git@', 'git://', 'git@', 'ftp://', ''), hostName, fc.constantFrom('/', ':', ':/', '//'), namePart, fc.constantFrom('/', '//', '%2F'), namePart, fc.constantFrom('', '.git', '/', '.git/'))
    .map((parts) => parts.join(''));
  fc.assert(
    fc.property(fc.oneof(fc.array(piece, { maxLength: 12 }).map((p) => p.join('')), text(40), structured, fc.webUrl().map((u) => `${u}/o/r.git`)), (url) => {
      const remote = parseGitHubRemote(url);
      if (!remote) return;
      for (const part of [remote.owner, remote.repo]) {
        expect(part).not.toBe('');
        expect(part).not.toMatch(/[/\s\u0000-\u001f]/);
        // Names go into API paths: `..` would walk out of /repos/.
        expect(['.', '..']).not.toContain(part);
      }
      expect(remote.host).not.toBe('');
      expect(remote.apiUrl).toBe(remote.host === 'github.com' ? 'https://api.github.com' : `https://${remote.host}/api/v3`);
    }),
    { numRuns: 2000 },
  );
});

test('every way of writing a remote names the same repository', () => {
  fc.assert(
    fc.property(hostName, ownerName, repoName, fc.boolean(), fc.boolean(), (host, owner, repo, dotGit, slash) => {
      const tail = `${owner}/${repo}${dotGit ? '.git' : ''}${slash && !dotGit ? '/' : ''}`;
      const expected = { host, owner, repo, apiUrl: host === 'github.com' ? 'https://api.github.com' : `https://${host}/api/v3` };
      for (const url of [`https://${host}/${tail}`, `https://x-access-token:t@${host}/${tail}`, `git@${host}:${tail}`, `ssh://git@${host}/${tail}`, ` http://${host}/${tail}\n`]) {
        expect(parseGitHubRemote(url)).toEqual(expected);
      }
    }),
    { numRuns: 500 },
  );
});
