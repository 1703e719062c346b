// Checks requests and responses against the operation's schemas in GitHub's OpenAPI description, so neither the code
// under test nor the double can drift from GitHub. Schemas are compiled lazily, one operation at a time, and cached.

import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import formatsModule from 'ajv-formats';
import { resolveRef, type OpenApiParameter, type OpenApiResponse, type Operation, type Schema } from './spec.js';

const addFormats = formatsModule.default;
const specId = 'https://github-double.test/components';

/**
 * OpenAPI 3.0 → JSON Schema as ajv reads it: `nullable` without a `type` (or with an `enum` lacking null) is spelled out,
 * `#/components/schemas/x` references become ids registered one component at a time, and `oneOf` becomes `anyOf`,
 * because GitHub's alternatives overlap (a private user is also a valid public user) and exactly-one would reject real
 * payloads. The component references met are added to `refs`.
 */
function toJsonSchema(node: unknown, refs: Set<string>, forParameters = false): unknown {
  if (Array.isArray(node)) return node.map((n) => toJsonSchema(n, refs, forParameters));
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === '$ref' && typeof value === 'string') {
      refs.add(value);
      out.$ref = componentId(value);
    } else if (key === 'oneOf') out.anyOf = toJsonSchema(value, refs, forParameters);
    // GitHub's query syntax (`created=>=2024-01-01`) is richer than the `format` the spec gives it.
    else if (key === 'format' && forParameters) continue;
    else if (key === 'example' || key === 'examples' || key === 'description') continue;
    else out[key] = toJsonSchema(value, refs, forParameters);
  }
  if (out.nullable === true) {
    if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
    if (!('type' in out)) {
      delete out.nullable;
      const rest = Object.keys(out).filter((k) => k !== 'title');
      if (rest.length > 0) return { anyOf: [{ type: 'null' }, out] };
    }
  }
  return out;
}

function componentId(ref: string): string {
  return `${specId}/${ref.replace(/^#\/components\//, '')}`;
}

let ajv: Ajv | undefined;
const registered = new Set<string>();

function validator(): Ajv {
  if (ajv) return ajv;
  // Referenced schemas stay separate functions (inlineRefs: false): simple-user appears a dozen times in a pull request.
  ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false, inlineRefs: false });
  addFormats(ajv, ['date-time', 'date', 'uri', 'uri-template', 'email']);
  // GitHub's own format names, which say how a value is stored rather than constrain it.
  for (const format of ['int32', 'int64', 'double', 'binary', 'timestamp', 'repo.nwo']) ajv.addFormat(format, true);
  return ajv;
}

/** Compiles a schema of the spec, first registering the components it reaches (each once per test file). */
function compile(schema: unknown, forParameters = false): ValidateFunction {
  const refs = new Set<string>();
  const converted = toJsonSchema(schema, refs, forParameters) as Schema;
  const pending = [...refs];
  while (pending.length > 0) {
    const ref = pending.pop()!;
    if (registered.has(ref)) continue;
    registered.add(ref);
    const found = new Set<string>();
    validator().addSchema({ ...(toJsonSchema(resolveRef({ $ref: ref }), found) as Schema), $id: componentId(ref) });
    pending.push(...found);
  }
  return validator().compile(converted);
}

export interface RequestParts {
  pathParams: Record<string, string>;
  query: Record<string, string>;
  body: unknown;
  hasBody: boolean;
}

interface CompiledOperation {
  params: ValidateFunction;
  paramSchemas: Map<string, Schema>;
  body?: ValidateFunction;
  bodyRequired: boolean;
  responses: Map<string, ValidateFunction | null>;
}

const compiled = new WeakMap<Operation, CompiledOperation>();

function compileOperation(operation: Operation): CompiledOperation {
  let entry = compiled.get(operation);
  if (entry) return entry;
  const parameters = (operation.parameters ?? []).map((p) => resolveRef<OpenApiParameter>(p));
  const paramSchemas = new Map<string, Schema>();
  const group = (where: 'path' | 'query') => {
    const properties: Record<string, unknown> = {};
    const required: string[] = [];
    for (const p of parameters.filter((p) => p.in === where)) {
      const schema = resolveRef<Schema>(p.schema ?? {});
      properties[p.name] = schema;
      paramSchemas.set(`${where}:${p.name}`, schema);
      if (p.required) required.push(p.name);
    }
    return { type: 'object', properties, required };
  };
  const params = compile({ type: 'object', properties: { path: group('path'), query: group('query') } }, true);
  const bodySchema = operation.requestBody?.content['application/json']?.schema;
  entry = {
    params,
    paramSchemas,
    body: bodySchema ? compile(bodySchema) : undefined,
    bodyRequired: operation.requestBody?.required === true,
    responses: new Map(),
  };
  compiled.set(operation, entry);
  return entry;
}

/** Query and path values arrive as strings; give them the type their schema asks for before validating. */
function coerce(value: string, schema: Schema | undefined): unknown {
  const alternatives = ((schema?.oneOf ?? schema?.anyOf) as Schema[] | undefined) ?? [];
  const types = new Set<unknown>([schema?.type, ...alternatives.map((s) => resolveRef<Schema>(s).type)]);
  if ((types.has('integer') || types.has('number')) && /^-?\d+(\.\d+)?$/.test(value)) return Number(value);
  if (types.has('boolean') && (value === 'true' || value === 'false')) return value === 'true';
  return value;
}

export interface RequestCheck {
  /** What GitHub answers 422 for, in the words its answers use. */
  problems: string[];
  /** Query parameters the operation does not have: GitHub ignores them, so the caller's filter silently does nothing. */
  ignored: string[];
  path: Record<string, unknown>;
  query: Record<string, unknown>;
}

export function checkRequest(operation: Operation, parts: RequestParts): RequestCheck {
  const op = compileOperation(operation);
  const path = Object.fromEntries(Object.entries(parts.pathParams).map(([k, v]) => [k, coerce(v, op.paramSchemas.get(`path:${k}`))]));
  const query = Object.fromEntries(Object.entries(parts.query).map(([k, v]) => [k, coerce(v, op.paramSchemas.get(`query:${k}`))]));
  const problems: string[] = [];
  if (!op.params({ path, query })) problems.push(...describe(op.params.errors));
  if (op.body) {
    if (!parts.hasBody) {
      if (op.bodyRequired) problems.push('Request body is required.');
    } else if (!op.body(parts.body)) {
      problems.push(...describe(op.body.errors));
    }
  } else if (parts.hasBody && !(isPlainObject(parts.body) && Object.keys(parts.body).length === 0)) {
    problems.push(`${operation.operationId} takes no request body, got ${JSON.stringify(parts.body).slice(0, 120)}.`);
  }
  const ignored = Object.keys(query)
    .filter((k) => !op.paramSchemas.has(`query:${k}`))
    .map((k) => `"${k}" is not a query parameter of ${operation.operationId}; GitHub ignores it.`);
  return { problems: [...new Set(problems)], ignored, path, query };
}

/** Schema errors in a response the double is about to send; empty when it matches what GitHub documents. */
export function checkResponse(operation: Operation, status: number, body: unknown): string[] {
  const op = compileOperation(operation);
  const key = String(status);
  if (!op.responses.has(key)) {
    const declared = operation.responses[key];
    const schema = declared ? resolveRef<OpenApiResponse>(declared).content?.['application/json']?.schema : undefined;
    op.responses.set(key, schema ? compile(schema) : null);
  }
  if (!(key in operation.responses)) {
    return status < 300 ? [`${operation.operationId} does not document status ${status}`] : [];
  }
  const validate = op.responses.get(key);
  if (!validate) return body === undefined ? [] : [`${operation.operationId} ${status} has no body in the spec`];
  return validate(body) ? [] : describe(validate.errors).map((m) => `${operation.operationId} ${status}: ${m}`);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(errors: ErrorObject[] | null | undefined): string[] {
  // anyOf reports every branch's failure; the branch errors say more than "must match a schema in anyOf".
  const useful = (errors ?? []).filter((e) => e.keyword !== 'anyOf');
  return useful.slice(0, 8).map((e) => {
    const where = e.instancePath.replace(/^\/(path|query)/, '$1').replace(/^\//, '') || 'body';
    if (e.keyword === 'required') return `"${(e.params as { missingProperty: string }).missingProperty}" wasn't supplied (${where}).`;
    if (e.keyword === 'additionalProperties') {
      return `"${(e.params as { additionalProperty: string }).additionalProperty}" is not a permitted key (${where}).`;
    }
    return `For '${where}', ${e.message}${e.keyword === 'enum' ? `: ${JSON.stringify((e.params as { allowedValues: unknown }).allowedValues)}` : ''}.`;
  });
}
