// What every handler shares: the request it gets, the answer it gives, and GitHub's standard error answers.

import type { IncomingHttpHeaders } from 'node:http';
import type { Render } from '../resources.js';
import type { DoubleState, RepoState } from '../state.js';

/** A value already checked against the operation's schema: handlers read it as the spec types it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- validated before any handler runs
type Checked = any;

export interface ApiRequest {
  method: string;
  path: string;
  template: string;
  operationId: string;
  /** Path and query parameters, typed as their schemas say. */
  params: Record<string, Checked>;
  query: Record<string, Checked>;
  body: Checked;
  headers: IncomingHttpHeaders;
}

export interface ApiResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface DoubleOptions {
  /** False emulates a GitHub Enterprise Server that predates `return_run_details`: 422 when it is sent, else 204. */
  dispatchRunDetails: boolean;
}

export interface DoubleContext {
  state: DoubleState;
  render: Render;
  options: DoubleOptions;
  /** The operation's documentation URL, for error bodies. */
  docs: string;
  /** Records a contract violation that GitHub would not answer with an error (a misuse it silently ignores). */
  flag(message: string): void;
}

export type Handler = (req: ApiRequest, ctx: DoubleContext) => Promise<ApiResponse>;

/** Thrown by handlers to answer with a GitHub error. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: Record<string, unknown>,
  ) {
    super(String(body.message));
  }
}

export function notFound(ctx: DoubleContext): ApiError {
  return new ApiError(404, { message: 'Not Found', documentation_url: ctx.docs, status: '404' });
}

export function forbidden(ctx: DoubleContext, message = 'Resource not accessible by integration'): ApiError {
  return new ApiError(403, { message, documentation_url: ctx.docs, status: '403' });
}

/** 422 with a plain message, as GitHub answers most semantic errors. */
export function unprocessable(ctx: DoubleContext, message: string): ApiError {
  return new ApiError(422, { message, documentation_url: ctx.docs, status: '422' });
}

export interface FieldError {
  resource: string;
  code: 'missing' | 'missing_field' | 'invalid' | 'already_exists' | 'unprocessable' | 'custom';
  field?: string;
  message?: string;
}

/** 422 "Validation Failed" with GitHub's `errors` list. */
export function validationFailed(ctx: DoubleContext, errors: FieldError[], message = 'Validation Failed'): ApiError {
  return new ApiError(422, { message, errors, documentation_url: ctx.docs, status: '422' });
}

/**
 * The repository a request names. A token that cannot see it gets 404, as for a missing one; a write with a read-only
 * token gets "Resource not accessible by integration".
 */
export function repoFor(req: ApiRequest, ctx: DoubleContext, access: 'read' | 'write' = 'read'): RepoState {
  const repo = ctx.state.repo(`${req.params.owner}/${req.params.repo}`);
  if (!repo || !repo.settings.tokenCanAccess) throw notFound(ctx);
  if (access === 'write' && repo.settings.readOnlyToken) throw forbidden(ctx);
  return repo;
}

export function created(body: unknown, location: string): ApiResponse {
  return { status: 201, body, headers: { location } };
}
