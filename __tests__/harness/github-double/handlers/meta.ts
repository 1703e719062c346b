// The authenticated user and the rate-limit budget.

import type { DoubleState } from '../state.js';
import { forbidden, type Handler } from './common.js';

export function rateLimitNumbers(state: DoubleState) {
  const { limit, used, reset } = state.rateLimit;
  return { limit, used, remaining: Math.max(limit - used, 0), reset };
}

export const metaHandlers: Record<string, Handler> = {
  'rate-limit/get': async (_req, ctx) => {
    const core = rateLimitNumbers(ctx.state);
    const other = (limit: number) => ({ limit, used: 0, remaining: limit, reset: core.reset });
    return {
      status: 200,
      body: {
        resources: { core, search: other(30), graphql: other(5000), code_search: other(10), integration_manifest: other(5000) },
        rate: core,
      },
    };
  },

  // An installation token (GITHUB_TOKEN, a GitHub App's) is not a user: GitHub refuses it the way it refuses other
  // user-only endpoints.
  'users/get-authenticated': async (_req, ctx) => {
    if (ctx.state.actor.type === 'Bot') throw forbidden(ctx);
    return { status: 200, body: ctx.render.privateUser(ctx.state.actor, ctx.state.now()) };
  },
};
