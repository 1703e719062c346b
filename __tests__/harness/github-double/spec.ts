// GitHub's own REST description (@octokit/openapi's api.github.com.json, OpenAPI 3.0): the routes the double answers and
// the contract it checks requests and responses against. Loaded once per test file.

import { createRequire } from 'node:module';

export interface OpenApiParameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Schema;
}

export interface OpenApiResponse {
  content?: Record<string, { schema?: Schema }>;
}

export interface Operation {
  operationId: string;
  parameters?: (OpenApiParameter | { $ref: string })[];
  requestBody?: { required?: boolean; content: Record<string, { schema?: Schema }> };
  responses: Record<string, OpenApiResponse | { $ref: string }>;
  externalDocs?: { url: string };
}

export type Schema = Record<string, unknown>;

export interface OpenApiSpec {
  paths: Record<string, Record<string, Operation>>;
  components: Record<string, Record<string, unknown>>;
}

let loaded: OpenApiSpec | undefined;

export function githubSpec(): OpenApiSpec {
  loaded ??= createRequire(import.meta.url)('@octokit/openapi/generated/api.github.com.json') as OpenApiSpec;
  return loaded;
}

/** Follows a `#/components/…` reference inside the spec. */
export function resolveRef<T>(node: T | { $ref: string }): T {
  let current: unknown = node;
  while (current && typeof current === 'object' && '$ref' in current && typeof current.$ref === 'string') {
    let target: unknown = githubSpec();
    for (const key of current.$ref.replace(/^#\//, '').split('/')) target = (target as Record<string, unknown>)[key];
    if (target === undefined) throw new Error(`unresolvable $ref ${current.$ref}`);
    current = target;
  }
  return current as T;
}

export interface RouteMatch {
  template: string;
  operation: Operation;
  pathParams: Record<string, string>;
}

export type RouteLookup = RouteMatch | { error: 'unknown-route' } | { error: 'unknown-method'; template: string };

interface Template {
  template: string;
  segments: string[];
  literals: number;
}

let templates: Template[] | undefined;

function allTemplates(): Template[] {
  templates ??= Object.keys(githubSpec().paths)
    .map((template) => {
      const segments = template.split('/').slice(1);
      return { template, segments, literals: segments.filter((s) => !s.startsWith('{')).length };
    })
    // A literal segment beats a parameter at the same place: /pulls/comments before /pulls/{pull_number}.
    .sort((a, b) => compareSpecificity(a.segments, b.segments));
  return templates;
}

function compareSpecificity(a: string[], b: string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const pa = a[i]!.startsWith('{');
    const pb = b[i]!.startsWith('{');
    if (pa !== pb) return pa ? 1 : -1;
  }
  return 0;
}

/** Trailing parameters that name git paths and may arrive with raw slashes (`git/ref/heads/main`). */
const slashParams = new Set(['{ref}', '{path}', '{branch}']);

/**
 * Matches a request path against the spec's templates. Parameters normally fill one segment (octokit encodes `/` in
 * them), but GitHub also accepts a raw `heads/main` in a trailing `{ref}`, so such a parameter may take the rest.
 */
export function matchRoute(method: string, rawPath: string): RouteLookup {
  const segments = rawPath.split('/').slice(1);
  const decoded = segments.map((s) => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  });
  let pathOnly: string | undefined;
  for (const exact of [true, false]) {
    for (const t of allTemplates()) {
      const params = bind(t, decoded, exact);
      if (!params) continue;
      const operation = githubSpec().paths[t.template]![method.toLowerCase()];
      if (operation) return { template: t.template, operation, pathParams: params };
      pathOnly ??= t.template;
    }
  }
  return pathOnly ? { error: 'unknown-method', template: pathOnly } : { error: 'unknown-route' };
}

function bind(t: Template, path: string[], exact: boolean): Record<string, string> | undefined {
  const last = t.segments.length - 1;
  if (exact ? path.length !== t.segments.length : path.length <= t.segments.length || !slashParams.has(t.segments[last]!)) {
    return undefined;
  }
  const params: Record<string, string> = {};
  for (let i = 0; i <= last; i++) {
    const segment = t.segments[i]!;
    const value = i === last && !exact ? path.slice(i).join('/') : path[i]!;
    if (segment.startsWith('{')) {
      if (value === '') return undefined;
      params[segment.slice(1, -1)] = value;
    } else if (segment !== value) {
      return undefined;
    }
  }
  return params;
}
