// The operations the double implements, by operationId.

import { actionHandlers } from './actions.js';
import type { Handler } from './common.js';
import { gitHandlers } from './git.js';
import { issueHandlers } from './issues.js';
import { metaHandlers } from './meta.js';
import { pullHandlers } from './pulls.js';
import { repoHandlers } from './repos.js';

export const handlers: Record<string, Handler> = {
  ...repoHandlers,
  ...gitHandlers,
  ...pullHandlers,
  ...issueHandlers,
  ...actionHandlers,
  ...metaHandlers,
};
