// What a training run needs (entry point, parameters, environment hash, runner), packed into workflow_dispatch inputs
// and unpacked on the other side. GitHub takes at most 25 inputs and 65,535 characters of them in all, and every value
// is a string: so the request travels as one JSON input, `ml-hub-params`, gzip-compressed and base64-encoded only when
// plain JSON would not fit. The runner (`runs-on` needs it unpacked, `fromJSON(inputs.ml-hub-runs-on)`) and the
// correlation id (for `run-name:`) travel as inputs of their own. Values are data end to end: nothing here is parsed
// by a shell, and the receiving side passes them to processes as argument arrays.

import { gunzipSync, gzipSync } from 'node:zlib';
import { isRunsOn, type RunsOn } from './runner-catalog.js';
import { parameterNameProblem, type Parameters } from './parameters.js';

export const inputNames = {
  params: 'ml-hub-params',
  correlationId: 'ml-hub-correlation-id',
  runsOn: 'ml-hub-runs-on',
} as const;

/** GitHub's limit on a workflow_dispatch's inputs: characters of all of them as JSON. (Three inputs stay far below 25.) */
export const dispatchLimits = { payloadChars: 65_535 } as const;

const gzipPrefix = 'gzip:';
/** Unpacking never inflates more than this: a packed request fits in 64 KiB of base64, and real ones are far smaller. */
const maxUnpackedBytes = 16 * 1024 * 1024;

export interface TrainingRequest {
  /** An MLproject entry point's name, or a command line when `kind` is `command`. */
  entryPoint: string;
  kind: 'mlproject' | 'command';
  parameters: Parameters;
  /** SHA-256 of the declared environment (detect-env's `env-hash`). */
  envHash?: string;
}

export interface PackedInputs {
  inputs: Record<string, string>;
  encoding: 'json' | 'gzip';
  /** Characters of the inputs as GitHub counts them (their JSON). */
  size: number;
}

/** The request cannot be packed, or what arrived is not a packed request. */
export class PackError extends Error {
  override name = 'PackError';
}

const envHashPattern = /^[0-9a-f]{64}$/;
const payloadSize = (inputs: Record<string, string>) => JSON.stringify(inputs).length;

export function packInputs(request: TrainingRequest, extra: { correlationId: string; runsOn?: RunsOn }): PackedInputs {
  if (request.entryPoint.trim() === '') throw new PackError('the entry point is empty');
  for (const name of Object.keys(request.parameters)) {
    const problem = parameterNameProblem(name);
    if (problem) throw new PackError(problem);
  }
  if (request.envHash !== undefined && !envHashPattern.test(request.envHash)) throw new PackError(`env-hash ${JSON.stringify(request.envHash)} is not a SHA-256 in hex`);
  const body = JSON.stringify({
    v: 1,
    'entry-point': request.entryPoint,
    kind: request.kind,
    parameters: request.parameters,
    ...(request.envHash ? { 'env-hash': request.envHash } : {}),
  });
  const others: Record<string, string> = { [inputNames.correlationId]: extra.correlationId };
  if (extra.runsOn !== undefined) others[inputNames.runsOn] = JSON.stringify(extra.runsOn);

  const plain = { [inputNames.params]: body, ...others };
  if (payloadSize(plain) <= dispatchLimits.payloadChars) return { inputs: plain, encoding: 'json', size: payloadSize(plain) };
  const packed = { [inputNames.params]: gzipPrefix + gzipSync(Buffer.from(body, 'utf8'), { level: 9 }).toString('base64'), ...others };
  const size = payloadSize(packed);
  if (size <= dispatchLimits.payloadChars) return { inputs: packed, encoding: 'gzip', size };
  const biggest = Object.entries(request.parameters).sort((a, b) => b[1].length - a[1].length)[0];
  const hint = biggest ? ` The largest parameter is ${biggest[0]} (${biggest[1].length} characters); pass large values as a file in the repository or an artifact instead.` : '';
  throw new PackError(
    `the training request does not fit in a workflow dispatch: ${body.length} characters as JSON, ${size} even compressed, and GitHub takes at most ${dispatchLimits.payloadChars} characters of inputs.${hint}`,
  );
}

export interface UnpackedInputs {
  request: TrainingRequest;
  correlationId?: string;
  runsOn?: RunsOn;
}

/** The receiving side: the dispatched inputs (`github.event.inputs`, or the named inputs alone) back to the request. */
export function unpackInputs(inputs: Record<string, unknown>): UnpackedInputs {
  const raw = inputs[inputNames.params];
  if (typeof raw !== 'string' || raw === '') throw new PackError(`input ${inputNames.params} is missing: was the workflow dispatched by ml-hub?`);
  let text = raw;
  if (raw.startsWith(gzipPrefix)) {
    const data = raw.slice(gzipPrefix.length);
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(data)) throw new PackError(`input ${inputNames.params}: not valid base64 after "${gzipPrefix}"`);
    try {
      text = gunzipSync(Buffer.from(data, 'base64'), { maxOutputLength: maxUnpackedBytes }).toString('utf8');
    } catch (error) {
      throw new PackError(`input ${inputNames.params}: cannot decompress it: ${(error as Error).message}`);
    }
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new PackError(`input ${inputNames.params}: not valid JSON`);
  }
  const request = readRequest(parsed);
  const out: UnpackedInputs = { request };
  const correlationId = inputs[inputNames.correlationId];
  if (typeof correlationId === 'string' && correlationId !== '') out.correlationId = correlationId;
  const runsOn = inputs[inputNames.runsOn];
  if (typeof runsOn === 'string' && runsOn !== '') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(runsOn);
    } catch {
      throw new PackError(`input ${inputNames.runsOn}: not valid JSON`);
    }
    if (!isRunsOn(parsed)) throw new PackError(`input ${inputNames.runsOn}: expected a label, a list of labels or {"group": …, "labels": […]}`);
    out.runsOn = parsed;
  }
  return out;
}

function readRequest(value: unknown): TrainingRequest {
  const fail = (why: string): never => {
    throw new PackError(`input ${inputNames.params}: ${why}`);
  };
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return fail('expected a JSON object');
  const o = value as Record<string, unknown>;
  if (o.v !== 1) fail(`unknown format version ${JSON.stringify(o.v)}; this ml-hub reads version 1`);
  const entryPoint = o['entry-point'];
  if (typeof entryPoint !== 'string' || entryPoint.trim() === '') fail('entry-point must be a non-empty string');
  if (o.kind !== 'mlproject' && o.kind !== 'command') fail('kind must be "mlproject" or "command"');
  const parameters = o.parameters;
  if (parameters === null || typeof parameters !== 'object' || Array.isArray(parameters)) return fail('parameters must be an object');
  for (const [name, v] of Object.entries(parameters)) {
    const problem = parameterNameProblem(name);
    if (problem) fail(problem);
    if (typeof v !== 'string') fail(`parameter ${name} must be a string`);
  }
  const envHash = o['env-hash'];
  if (envHash !== undefined && (typeof envHash !== 'string' || !envHashPattern.test(envHash))) fail('env-hash must be a SHA-256 in hex');
  return {
    entryPoint: entryPoint as string,
    kind: o.kind as TrainingRequest['kind'],
    // A fresh object: a parameter named __proto__ stays a plain key.
    parameters: Object.assign(Object.create(null) as Parameters, parameters),
    ...(envHash ? { envHash: envHash as string } : {}),
  };
}
