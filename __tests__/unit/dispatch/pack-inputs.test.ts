import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { dispatchLimits, inputNames, packInputs, PackError, unpackInputs, type TrainingRequest } from '../../../shared/dispatch/pack-inputs.js';

const envHash = 'a'.repeat(64);
const base: TrainingRequest = { entryPoint: 'main', kind: 'mlproject', parameters: { alpha: '0.5', l1_ratio: '1.0' }, envHash };

/** What a shell would do with these, had they reached one. */
const injections = {
  subshell: '$(rm -rf /)',
  semicolon: '0.5; echo pwned',
  backticks: '`touch pwned`',
  newline: '0.5\necho pwned\n',
  pipe: '1 | cat /etc/passwd',
  expression: '${{ github.token }}',
  quotes: `"'; DROP TABLE runs; --`,
  variable: '$HOME ${PATH}',
  nul: 'a\u0000b',
};

test('a small request travels as plain JSON next to the correlation id and runs-on', () => {
  const packed = packInputs(base, { correlationId: 'ml-hub-1234', runsOn: ['self-hosted', 'gpu'] });
  expect(packed.encoding).toBe('json');
  expect(packed.inputs).toEqual({
    [inputNames.params]: `{"v":1,"entry-point":"main","kind":"mlproject","parameters":{"alpha":"0.5","l1_ratio":"1.0"},"env-hash":"${envHash}"}`,
    [inputNames.correlationId]: 'ml-hub-1234',
    [inputNames.runsOn]: '["self-hosted","gpu"]',
  });
  expect(packed.size).toBe(JSON.stringify(packed.inputs).length);
  expect(unpackInputs(packed.inputs)).toEqual({ request: base, correlationId: 'ml-hub-1234', runsOn: ['self-hosted', 'gpu'] });
});

test('without a runner, runs-on is left to the workflow default; without a hash, none is sent', () => {
  const packed = packInputs({ ...base, envHash: undefined }, { correlationId: 'c' });
  expect(Object.keys(packed.inputs).sort()).toEqual([inputNames.correlationId, inputNames.params]);
  expect(unpackInputs(packed.inputs)).toEqual({ request: { entryPoint: 'main', kind: 'mlproject', parameters: base.parameters }, correlationId: 'c' });
});

test('unicode round-trips exactly, in names and values', () => {
  const request: TrainingRequest = {
    entryPoint: 'python train.py --title "Δ-模型 🚀"',
    kind: 'command',
    parameters: { 'μ': '0.5', 'ラベル': '赤ワイン 🍷', rtl: 'שלום عالم', combining: 'é vs é', astral: '𝔘𝔫𝔦𝔠𝔬𝔡𝔢' },
  };
  expect(unpackInputs(packInputs(request, { correlationId: 'c' }).inputs).request).toEqual(request);
});

test('injection strings stay inert data through packing, and reach a process unchanged as arguments', () => {
  const request: TrainingRequest = { entryPoint: 'python train.py; rm -rf / #', kind: 'command', parameters: injections };
  const { inputs } = packInputs(request, { correlationId: '$(id)', runsOn: 'x`id`' });
  // Each input is one JSON string: the characters are escaped data, not syntax of anything.
  expect(JSON.parse(inputs[inputNames.params]!)).toMatchObject({ 'entry-point': request.entryPoint, parameters: injections });
  const unpacked = unpackInputs(inputs);
  expect(unpacked.request).toEqual(request);
  expect(unpacked.correlationId).toBe('$(id)');
  expect(unpacked.runsOn).toBe('x`id`');

  // How the receiving side runs MLflow: an argument array, so no shell ever sees these values.
  const dir = mkdtempSync(path.join(tmpdir(), 'inert-'));
  const args = Object.entries(unpacked.request.parameters)
    .filter(([name]) => name !== 'nul')
    .flatMap(([name, value]) => ['-P', `${name}=${value}`]);
  const echoed = execFileSync(process.execPath, ['-e', 'process.stdout.write(JSON.stringify(process.argv.slice(1)))', '--', ...args], { cwd: dir, encoding: 'utf8' });
  expect(JSON.parse(echoed)).toEqual(args);
  expect(existsSync(path.join(dir, 'pwned'))).toBe(false);
  // A NUL cannot be an argument at all: Node refuses it before any process starts, so it cannot cut one short.
  expect(() => execFileSync(process.execPath, ['-e', '', '--', `-P nul=${unpacked.request.parameters.nul}`])).toThrow(/null bytes/);
});

test('a large request is gzip-compressed and base64-encoded to fit, and unpacks the same', () => {
  // 200 parameters of repetitive text: about 120,000 characters of JSON, far over the limit until compressed.
  const parameters = Object.fromEntries(Array.from({ length: 200 }, (_, i) => [`layer_${i}_weights`, `${'0.125,'.repeat(100)}${i}`]));
  const request: TrainingRequest = { ...base, parameters };
  const packed = packInputs(request, { correlationId: 'c', runsOn: 'arc-a100' });
  expect(packed.encoding).toBe('gzip');
  expect(packed.inputs[inputNames.params]).toMatch(/^gzip:[A-Za-z0-9+/]+=*$/);
  expect(packed.size).toBeLessThanOrEqual(dispatchLimits.payloadChars);
  expect(JSON.stringify(request.parameters).length).toBeGreaterThan(dispatchLimits.payloadChars);
  expect(unpackInputs(packed.inputs)).toEqual({ request, correlationId: 'c', runsOn: 'arc-a100' });
});

test('the limit is on characters of all inputs: just under it stays plain, just over it is compressed', () => {
  const overhead = packInputs({ ...base, parameters: { p: '' } }, { correlationId: 'c' }).size;
  const fits = packInputs({ ...base, parameters: { p: 'x'.repeat(dispatchLimits.payloadChars - overhead) } }, { correlationId: 'c' });
  expect([fits.encoding, fits.size]).toEqual(['json', dispatchLimits.payloadChars]);
  const over = packInputs({ ...base, parameters: { p: 'x'.repeat(dispatchLimits.payloadChars - overhead + 1) } }, { correlationId: 'c' });
  expect(over.encoding).toBe('gzip');
});

test('a request that does not fit even compressed is refused, naming the sizes and the largest parameter', () => {
  const noise = randomBytes(60_000).toString('base64');
  const request: TrainingRequest = { ...base, parameters: { seed: '1', embedding: noise } };
  expect(() => packInputs(request, { correlationId: 'c' })).toThrow(PackError);
  expect(() => packInputs(request, { correlationId: 'c' })).toThrow(
    new RegExp(
      `^the training request does not fit in a workflow dispatch: \\d+ characters as JSON, \\d+ even compressed, and GitHub takes at most 65535 characters of inputs\\. The largest parameter is embedding \\(${noise.length} characters\\); pass large values as a file in the repository or an artifact instead\\.$`,
    ),
  );
});

test('what cannot be passed on is refused before packing', () => {
  expect(() => packInputs({ ...base, entryPoint: '  ' }, { correlationId: 'c' })).toThrow('the entry point is empty');
  expect(() => packInputs({ ...base, parameters: { 'a=b': '1' } }, { correlationId: 'c' })).toThrow('parameter name "a=b" contains "="');
  expect(() => packInputs({ ...base, parameters: { 'a\nb': '1' } }, { correlationId: 'c' })).toThrow('contains a control character');
  expect(() => packInputs({ ...base, envHash: 'abc' }, { correlationId: 'c' })).toThrow('env-hash "abc" is not a SHA-256 in hex');
});

test('unpacking refuses anything that is not a packed request, in words', () => {
  const params = (value: string) => () => unpackInputs({ [inputNames.params]: value });
  expect(() => unpackInputs({})).toThrow('input ml-hub-params is missing: was the workflow dispatched by ml-hub?');
  expect(params('{not json')).toThrow('input ml-hub-params: not valid JSON');
  expect(params('gzip:@@@')).toThrow('input ml-hub-params: not valid base64 after "gzip:"');
  expect(params('gzip:aGVsbG8=')).toThrow(/^input ml-hub-params: cannot decompress it: /);
  expect(params('[1]')).toThrow('input ml-hub-params: expected a JSON object');
  expect(params('{"v":2}')).toThrow('unknown format version 2; this ml-hub reads version 1');
  expect(params('{"v":1,"entry-point":"","kind":"command","parameters":{}}')).toThrow('entry-point must be a non-empty string');
  expect(params('{"v":1,"entry-point":"main","kind":"shell","parameters":{}}')).toThrow('kind must be "mlproject" or "command"');
  expect(params('{"v":1,"entry-point":"main","kind":"mlproject","parameters":{"a":1}}')).toThrow('parameter a must be a string');
  expect(params('{"v":1,"entry-point":"main","kind":"mlproject","parameters":{},"env-hash":"x"}')).toThrow('env-hash must be a SHA-256 in hex');
  expect(() => unpackInputs({ [inputNames.params]: packInputs(base, { correlationId: 'c' }).inputs[inputNames.params], [inputNames.runsOn]: '[oops' })).toThrow(
    'input ml-hub-runs-on: not valid JSON',
  );
});

test('a compressed bomb is refused instead of inflated', () => {
  const bomb = gzipSync(Buffer.alloc(17 * 1024 * 1024));
  expect(() => unpackInputs({ [inputNames.params]: `gzip:${bomb.toString('base64')}` })).toThrow(/cannot decompress it: .*(buffer|length|size)/i);
});

test('a parameter named __proto__ stays a parameter', () => {
  const unpacked = unpackInputs({ [inputNames.params]: '{"v":1,"entry-point":"main","kind":"mlproject","parameters":{"__proto__":"x","a":"1"}}' });
  expect(Object.keys(unpacked.request.parameters)).toEqual(['__proto__', 'a']);
  expect(unpacked.request.parameters['__proto__']).toBe('x');
  expect(({} as Record<string, unknown>).x).toBeUndefined();
});
