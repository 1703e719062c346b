// The JSON GitHub answers with, built from the double's state. The long tail of fields (counts, flags, the dozens of
// *_url templates) starts from the spec's own examples, re-pointed at the double; the response checks keep it honest.

import { githubSpec } from './spec.js';
import type { IssueComment, Label, PullRequest, RepoState, User } from './state.js';
import type { Artifact, Job, WorkflowRun } from './runs.js';
import type { CommitObject, TreeEntry } from './bare-repo.js';

type Json = Record<string, unknown>;

export function iso(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function nodeId(kind: string, id: number | string): string {
  return Buffer.from(`${kind}${id}`).toString('base64');
}

function example(name: string): Json {
  const value = (githubSpec().components.examples![name] as { value: Json | Json[] }).value;
  return structuredClone(Array.isArray(value) ? value[0]! : value);
}

/** Replaces URL prefixes in every string of a JSON value. */
function rehome<T>(value: T, pairs: [string, string][]): T {
  if (typeof value === 'string') {
    for (const [from, to] of pairs) if (value.startsWith(from)) return (to + value.slice(from.length)) as T;
    return value;
  }
  if (Array.isArray(value)) return value.map((v) => rehome(v, pairs)) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rehome(v, pairs)])) as T;
  return value;
}

export class Render {
  /** `api`: the double's own URL; `web`: where html_url points (https://github.com by default). */
  constructor(
    readonly api: string,
    readonly web: string,
  ) {}

  user(user: User): Json {
    const base = rehome(example('simple-user'), [
      ["https://api.github.com/users/octocat", `${this.api}/users/${encodeURIComponent(user.login)}`],
      ["https://github.com/octocat", `${this.web}/${encodeURIComponent(user.login)}`],
    ]);
    return { ...base, login: user.login, id: user.id, node_id: nodeId(user.type, user.id), type: user.type, avatar_url: `${this.web}/avatars/u/${user.id}` };
  }

  privateUser(user: User, createdAt: number): Json {
    const base = rehome(example('private-user'), [
      ["https://api.github.com/users/octocat", `${this.api}/users/${encodeURIComponent(user.login)}`],
      ["https://github.com/octocat", `${this.web}/${encodeURIComponent(user.login)}`],
    ]);
    return { ...base, ...this.user(user), name: user.login, email: null, created_at: iso(createdAt), updated_at: iso(createdAt) };
  }

  repo(repo: RepoState, pushedAt: number): Json {
    const host = new URL(this.web).host;
    const base = rehome(example('full-repository'), [
      ['https://api.github.com/repos/octocat/Hello-World', `${this.api}/repos/${repo.fullName}`],
      ['https://github.com/octocat/Hello-World', `${this.web}/${repo.fullName}`],
      ['git:github.com/octocat/Hello-World.git', `git://${host}/${repo.fullName}.git`],
      ['git@github.com:octocat/Hello-World.git', `git@${host}:${repo.fullName}.git`],
      ['https://svn.github.com/octocat/Hello-World', `${this.web}/${repo.fullName}`],
    ]);
    for (const key of ['template_repository', 'organization', 'parent', 'source', 'temp_clone_token']) delete base[key];
    const openIssues = repo.pulls.filter((p) => p.state === 'open').length + repo.issues.length;
    return {
      ...base,
      id: repo.id,
      node_id: nodeId('Repository', repo.id),
      name: repo.name,
      full_name: repo.fullName,
      owner: this.user(repo.owner),
      private: repo.isPrivate,
      visibility: repo.isPrivate ? 'private' : 'public',
      description: repo.description,
      homepage: null,
      mirror_url: null,
      license: null,
      language: null,
      default_branch: repo.defaultBranch,
      topics: repo.topics,
      has_discussions: false,
      forks: 0,
      forks_count: 0,
      stargazers_count: 0,
      watchers: 0,
      watchers_count: 0,
      subscribers_count: 1,
      network_count: 0,
      size: 0,
      open_issues: openIssues,
      open_issues_count: openIssues,
      permissions: { admin: !repo.settings.readOnlyToken, maintain: !repo.settings.readOnlyToken, push: !repo.settings.readOnlyToken, triage: true, pull: true },
      created_at: iso(repo.createdAt),
      updated_at: iso(pushedAt),
      pushed_at: iso(pushedAt),
    };
  }

  label(repo: RepoState, label: Label): Json {
    return {
      id: label.id,
      node_id: nodeId('Label', label.id),
      url: `${this.api}/repos/${repo.fullName}/labels/${encodeURIComponent(label.name)}`,
      name: label.name,
      description: label.description,
      color: label.color,
      default: false,
    };
  }

  private team(repo: RepoState, slug: string): Json {
    const id = [...slug].reduce((h, c) => (h * 31 + c.charCodeAt(0)) % 1_000_000, 7);
    const org = repo.owner.login;
    return {
      id,
      node_id: nodeId('Team', id),
      url: `${this.api}/organizations/${repo.owner.id}/team/${id}`,
      members_url: `${this.api}/organizations/${repo.owner.id}/team/${id}/members{/member}`,
      name: slug,
      description: null,
      permission: 'pull',
      privacy: 'closed',
      notification_setting: 'notifications_enabled',
      html_url: `${this.web}/orgs/${org}/teams/${slug}`,
      repositories_url: `${this.api}/organizations/${repo.owner.id}/team/${id}/repos`,
      slug,
      type: 'organization',
      parent: null,
    };
  }

  /** A pull request; `full` adds the fields of GET/POST/PATCH that the list leaves out. */
  async pull(repo: RepoState, pr: PullRequest, users: (login: string) => User, full: boolean, repoJson: Json): Promise<Json> {
    const api = `${this.api}/repos/${repo.fullName}`;
    const web = `${this.web}/${repo.fullName}`;
    const [headSha, baseSha] = await Promise.all([repo.headSha(pr), repo.baseSha(pr)]);
    const side = (ref: string, sha: string) => ({ label: `${repo.owner.login}:${ref}`, ref, sha, user: this.user(repo.owner), repo: repoJson });
    const json: Json = {
      url: `${api}/pulls/${pr.number}`,
      id: pr.id,
      node_id: nodeId('PullRequest', pr.id),
      html_url: `${web}/pull/${pr.number}`,
      diff_url: `${web}/pull/${pr.number}.diff`,
      patch_url: `${web}/pull/${pr.number}.patch`,
      issue_url: `${api}/issues/${pr.number}`,
      commits_url: `${api}/pulls/${pr.number}/commits`,
      review_comments_url: `${api}/pulls/${pr.number}/comments`,
      review_comment_url: `${api}/pulls/comments{/number}`,
      comments_url: `${api}/issues/${pr.number}/comments`,
      statuses_url: `${api}/statuses/${headSha}`,
      number: pr.number,
      state: pr.state,
      locked: false,
      title: pr.title,
      user: this.user(users(pr.user)),
      body: pr.body,
      labels: pr.labels.map((name) => this.label(repo, repo.label(name))),
      milestone: null,
      active_lock_reason: null,
      created_at: iso(pr.createdAt),
      updated_at: iso(pr.updatedAt),
      closed_at: pr.closedAt === null ? null : iso(pr.closedAt),
      merged_at: null,
      merge_commit_sha: null,
      assignee: null,
      assignees: [],
      requested_reviewers: pr.requestedReviewers.map((login) => this.user(users(login))),
      requested_teams: pr.requestedTeams.map((slug) => this.team(repo, slug)),
      head: side(pr.headRef, headSha),
      base: side(pr.baseRef, baseSha),
      _links: {
        self: { href: `${api}/pulls/${pr.number}` },
        html: { href: `${web}/pull/${pr.number}` },
        issue: { href: `${api}/issues/${pr.number}` },
        comments: { href: `${api}/issues/${pr.number}/comments` },
        review_comments: { href: `${api}/pulls/${pr.number}/comments` },
        review_comment: { href: `${api}/pulls/comments{/number}` },
        commits: { href: `${api}/pulls/${pr.number}/commits` },
        statuses: { href: `${api}/statuses/${headSha}` },
      },
      author_association: this.association(repo, pr.user),
      auto_merge: null,
      draft: pr.draft,
    };
    if (!full) return json;
    const commits = await repo.git.countCommits(baseSha, headSha).catch(() => 0);
    return {
      ...json,
      merged: false,
      mergeable: pr.state === 'open' ? true : null,
      rebaseable: pr.state === 'open' ? true : null,
      mergeable_state: pr.state === 'open' ? 'clean' : 'unknown',
      merged_by: null,
      comments: repo.comments.filter((c) => c.issueNumber === pr.number).length,
      review_comments: 0,
      maintainer_can_modify: pr.maintainerCanModify,
      commits,
      additions: 0,
      deletions: 0,
      changed_files: 0,
    };
  }

  association(repo: RepoState, login: string): string {
    return login.toLowerCase() === repo.owner.login.toLowerCase() ? 'OWNER' : 'NONE';
  }

  comment(repo: RepoState, comment: IssueComment, user: User): Json {
    return {
      id: comment.id,
      node_id: nodeId('IssueComment', comment.id),
      url: `${this.api}/repos/${repo.fullName}/issues/comments/${comment.id}`,
      html_url: `${this.web}/${repo.fullName}/issues/${comment.issueNumber}#issuecomment-${comment.id}`,
      body: comment.body,
      user: this.user(user),
      created_at: iso(comment.createdAt),
      updated_at: iso(comment.updatedAt),
      issue_url: `${this.api}/repos/${repo.fullName}/issues/${comment.issueNumber}`,
      author_association: this.association(repo, user.login),
    };
  }

  ref(repo: RepoState, ref: string, sha: string, type: string): Json {
    return {
      ref,
      node_id: nodeId('Ref', `${repo.id}:${ref}`),
      url: `${this.api}/repos/${repo.fullName}/git/${ref}`,
      object: { type, sha, url: `${this.api}/repos/${repo.fullName}/git/${type}s/${sha}` },
    };
  }

  commit(repo: RepoState, sha: string, commit: CommitObject, verification: Json): Json {
    const api = `${this.api}/repos/${repo.fullName}`;
    return {
      sha,
      node_id: nodeId('Commit', sha),
      url: `${api}/git/commits/${sha}`,
      html_url: `${this.web}/${repo.fullName}/commit/${sha}`,
      author: commit.author,
      committer: commit.committer,
      message: commit.message,
      tree: { sha: commit.tree, url: `${api}/git/trees/${commit.tree}` },
      parents: commit.parents.map((p) => ({ sha: p, url: `${api}/git/commits/${p}`, html_url: `${this.web}/${repo.fullName}/commit/${p}` })),
      verification,
    };
  }

  tree(repo: RepoState, sha: string, entries: TreeEntry[]): Json {
    const api = `${this.api}/repos/${repo.fullName}`;
    return {
      sha,
      url: `${api}/git/trees/${sha}`,
      tree: entries.map((e) => ({ ...e, url: `${api}/git/${e.type === 'tree' ? 'trees' : 'blobs'}/${e.sha}` })),
      truncated: false,
    };
  }

  run(repo: RepoState, run: WorkflowRun, repoJson: Json, users: (login: string) => User, pullRequests: Json[]): Json {
    const api = `${this.api}/repos/${repo.fullName}/actions/runs/${run.id}`;
    const actor = this.user(users(run.info.actor));
    return {
      id: run.id,
      name: run.info.name,
      node_id: nodeId('WorkflowRun', run.id),
      check_suite_id: run.info.checkSuiteId,
      check_suite_node_id: nodeId('CheckSuite', run.info.checkSuiteId),
      head_branch: run.info.headBranch,
      head_sha: run.info.headSha,
      path: run.info.workflowPath,
      run_number: run.info.runNumber,
      run_attempt: 1,
      event: run.info.event,
      display_title: run.info.displayTitle,
      status: run.status,
      conclusion: run.conclusion ?? null,
      workflow_id: run.info.workflowId,
      url: api,
      html_url: `${this.web}/${repo.fullName}/actions/runs/${run.id}`,
      pull_requests: pullRequests,
      created_at: iso(run.info.createdAt),
      updated_at: iso(run.updatedAt),
      run_started_at: iso(run.startedAt ?? run.info.createdAt),
      actor,
      triggering_actor: actor,
      jobs_url: `${api}/jobs`,
      logs_url: `${api}/logs`,
      check_suite_url: `${this.api}/repos/${repo.fullName}/check-suites/${run.info.checkSuiteId}`,
      artifacts_url: `${api}/artifacts`,
      cancel_url: `${api}/cancel`,
      rerun_url: `${api}/rerun`,
      previous_attempt_url: null,
      workflow_url: `${this.api}/repos/${repo.fullName}/actions/workflows/${run.info.workflowId}`,
      head_commit: null,
      repository: repoJson,
      head_repository: repoJson,
    };
  }

  job(repo: RepoState, run: WorkflowRun, job: Job): Json {
    const status = run.status;
    return {
      id: job.id,
      run_id: run.id,
      run_url: `${this.api}/repos/${repo.fullName}/actions/runs/${run.id}`,
      run_attempt: 1,
      node_id: nodeId('WorkflowJob', job.id),
      head_sha: run.info.headSha,
      head_branch: run.info.headBranch,
      workflow_name: run.info.name,
      url: `${this.api}/repos/${repo.fullName}/actions/jobs/${job.id}`,
      html_url: `${this.web}/${repo.fullName}/actions/runs/${run.id}/job/${job.id}`,
      status,
      conclusion: run.jobConclusion(job) ?? null,
      created_at: iso(run.info.createdAt),
      started_at: iso(run.startedAt ?? run.info.createdAt),
      completed_at: run.completedAt === undefined ? null : iso(run.completedAt),
      name: job.name,
      steps: run.steps(job).map((s) => ({
        ...s,
        started_at: s.status === 'queued' ? null : iso(run.startedAt!),
        completed_at: s.status === 'completed' ? iso(run.completedAt ?? run.startedAt!) : null,
      })),
      check_run_url: `${this.api}/repos/${repo.fullName}/check-runs/${job.id}`,
      labels: ['ubuntu-latest'],
      runner_id: status === 'queued' ? null : 1,
      runner_name: status === 'queued' ? null : 'GitHub Actions 1',
      runner_group_id: status === 'queued' ? null : 0,
      runner_group_name: status === 'queued' ? null : 'GitHub Actions',
    };
  }

  artifact(repo: RepoState, run: WorkflowRun, artifact: Artifact): Json {
    const url = `${this.api}/repos/${repo.fullName}/actions/artifacts/${artifact.id}`;
    return {
      id: artifact.id,
      node_id: nodeId('Artifact', artifact.id),
      name: artifact.name,
      size_in_bytes: artifact.zip.length,
      url,
      archive_download_url: `${url}/zip`,
      expired: artifact.expired,
      created_at: iso(artifact.createdAt),
      updated_at: iso(artifact.createdAt),
      expires_at: iso(artifact.createdAt + 90 * 86_400_000),
      workflow_run: { id: run.id, repository_id: repo.id, head_repository_id: repo.id, head_branch: run.info.headBranch ?? '', head_sha: run.info.headSha },
    };
  }
}
