// Turns a failed `git push`/`git fetch` against GitHub into one actionable line, as explainGitHubError does for the
// REST API. git reports GitHub's refusals only as text on stderr.

import type { GitError } from '../git/branch-commit.js';
import { explainGitHubError, type GitHubErrorContext } from './errors.js';

/** Drops credentials a URL in git's output may carry (`https://user:secret@host`). */
function redact(text: string): string {
  return text.replace(/(https?:\/\/)[^/\s@]+@/gi, '$1***@');
}

export function explainGitError(error: GitError, action: string, where: { repo: string; branch?: string }, context: GitHubErrorContext = {}): string {
  const stderr = redact(error.stderr);
  const fail = (why: string) => `Could not ${action}: ${why}`;

  if (/refusing to allow .* to create or update workflow/i.test(stderr)) {
    const file = /workflow `([^`]+)`/.exec(stderr)?.[1] ?? 'a workflow file';
    if (/without `workflow` scope/i.test(stderr)) {
      return fail(`the change touches ${file}, and the token lacks the \`workflow\` scope; use a token with that scope, or leave .github/workflows out of the change.`);
    }
    return explainGitHubError(new Error(stderr), action, context);
  }
  if (/GH006|protected branch/i.test(stderr)) {
    return fail(`a branch protection rule covers ${where.branch ?? 'the branch'} and refused the push; exclude it from the rule (or its pattern), or set the \`branch\` input to a name no rule covers.`);
  }
  if (/GH013|repository rule violations/i.test(stderr)) {
    return fail(`a repository ruleset refused the push to ${where.branch ?? 'the branch'} (e.g. signed commits required: set \`sign-commits: true\`); see Settings → Rules.`);
  }
  if (/permission to .* denied|returned error: 403/i.test(stderr)) {
    if (context.fromFork) {
      return fail('this run is for a pull request from a fork, where GITHUB_TOKEN is read-only whatever the workflow asks for; run the step on `push` or `workflow_dispatch` instead, or skip it for forks.');
    }
    return fail(`the token may not push to ${where.repo}: give the job \`permissions: contents: write\`, or pass a token with write access to it.`);
  }
  if (/repository not found|returned error: 404/i.test(stderr)) {
    return fail(`${where.repo} was not found: it does not exist, or it is private and the token cannot see it; GITHUB_TOKEN only reaches the workflow's own repository, so pass a token with access to ${where.repo}.`);
  }
  if (/authentication failed|returned error: 401|could not read (username|password)|terminal prompts disabled/i.test(stderr)) {
    return fail('GitHub rejected the credentials (or none were given): pass a valid `token`.');
  }
  const last = stderr.trim().split('\n').filter(Boolean).slice(-2).join(' ').trim();
  return fail(`git ${error.args[0] ?? ''} failed: ${last || `exit code ${error.exitCode}`}`);
}
