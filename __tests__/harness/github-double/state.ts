// What the double remembers: users, repositories (each with a real bare git repository), pull requests, issues,
// comments, labels and workflow runs. Tests seed and inspect it directly; handlers change it through the API.

import path from 'node:path';
import { BareRepo } from './bare-repo.js';
import { WorkflowRun, type Conclusion, type Job, type RunPlan } from './runs.js';
import { evaluateRunName, parseWorkflow, type WorkflowFile } from './workflows.js';
import { zipFiles } from './zip.js';

export interface User {
  login: string;
  id: number;
  type: 'User' | 'Bot' | 'Organization';
}

export interface PullRequest {
  number: number;
  id: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  draft: boolean;
  headRef: string;
  baseRef: string;
  /** Head and base SHAs when the pull request closed; an open one follows its branches. */
  closedShas?: { head: string; base: string };
  user: string;
  labels: string[];
  requestedReviewers: string[];
  requestedTeams: string[];
  maintainerCanModify: boolean;
  createdAt: number;
  updatedAt: number;
  closedAt: number | null;
}

export interface Issue {
  number: number;
  id: number;
  title: string;
  user: string;
  labels: string[];
  createdAt: number;
}

export interface IssueComment {
  id: number;
  issueNumber: number;
  body: string;
  user: string;
  createdAt: number;
  updatedAt: number;
}

export interface Label {
  id: number;
  name: string;
  color: string;
  description: string | null;
}

export interface RepoSettings {
  /** Settings → Actions → General → "Allow GitHub Actions to create and approve pull requests". */
  allowActionsToCreatePullRequests: boolean;
  /** The token is read-only here, as GITHUB_TOKEN is on a pull request from a fork: every write is a 403. */
  readOnlyToken: boolean;
  /** False: the token cannot see the repository, and GitHub answers 404 as for a missing one. */
  tokenCanAccess: boolean;
}

export interface CreateRepoOptions {
  /** What owns it. Default 'User'. */
  ownerType?: 'User' | 'Organization';
  private?: boolean;
  defaultBranch?: string;
  description?: string;
  topics?: string[];
  settings?: Partial<RepoSettings>;
}

export class RepoState {
  readonly pulls: PullRequest[] = [];
  readonly issues: Issue[] = [];
  readonly comments: IssueComment[] = [];
  readonly labels = new Map<string, Label>();
  readonly runs: WorkflowRun[] = [];
  /** Commits made through the Git Data API without an explicit committer: GitHub signs those, so they show verified. */
  readonly signedCommits = new Map<string, number>();
  readonly settings: RepoSettings;
  topics: string[];
  description: string | null;
  private nextNumber = 1;
  private readonly workflowIds = new Map<string, number>();
  private readonly runPlans = new Map<string, RunPlan[]>();

  constructor(
    private readonly world: DoubleState,
    readonly id: number,
    readonly owner: User,
    readonly name: string,
    readonly git: BareRepo,
    readonly isPrivate: boolean,
    readonly defaultBranch: string,
    readonly createdAt: number,
    options: CreateRepoOptions,
  ) {
    this.topics = options.topics ?? [];
    this.description = options.description ?? null;
    this.settings = { allowActionsToCreatePullRequests: true, readOnlyToken: false, tokenCanAccess: true, ...options.settings };
  }

  get fullName(): string {
    return `${this.owner.login}/${this.name}`;
  }

  /** The file:// URL to `git push` to. */
  get gitUrl(): string {
    return this.git.url;
  }

  /** Issue and pull request numbers share one sequence, as on GitHub. */
  takeNumber(): number {
    return this.nextNumber++;
  }

  /** A plain issue, for comments and labels on something that is not a pull request. */
  addIssue(title: string, user = this.world.actor.login): Issue {
    const issue = { number: this.takeNumber(), id: this.world.nextId(), title, user, labels: [], createdAt: this.world.now() };
    this.issues.push(issue);
    return issue;
  }

  /** A comment by someone else (or the actor), as if it had been posted earlier. */
  addComment(issueNumber: number, body: string, user = this.world.actor.login): IssueComment {
    const now = this.world.now();
    const comment = { id: this.world.nextId(), issueNumber, body, user, createdAt: now, updatedAt: now };
    this.comments.push(comment);
    return comment;
  }

  label(name: string): Label {
    const key = name.toLowerCase();
    let label = this.labels.get(key);
    if (!label) {
      // GitHub creates a label the first time it is added to an issue, with the default grey colour.
      label = { id: this.world.nextId(), name, color: 'ededed', description: null };
      this.labels.set(key, label);
    }
    return label;
  }

  pull(number: number): PullRequest | undefined {
    return this.pulls.find((p) => p.number === number);
  }

  async headSha(pull: PullRequest): Promise<string> {
    return pull.closedShas?.head ?? (await this.git.resolveRef(`refs/heads/${pull.headRef}`)) ?? '0'.repeat(40);
  }

  async baseSha(pull: PullRequest): Promise<string> {
    return pull.closedShas?.base ?? (await this.git.resolveRef(`refs/heads/${pull.baseRef}`)) ?? '0'.repeat(40);
  }

  workflowId(file: string): number {
    let id = this.workflowIds.get(file);
    if (id === undefined) {
      id = this.world.nextId();
      this.workflowIds.set(file, id);
    }
    return id;
  }

  /** The workflow files on `rev` (default: the default branch), with their stable ids. */
  async workflows(rev = `refs/heads/${this.defaultBranch}`): Promise<(WorkflowFile & { id: number })[]> {
    const sha = await this.git.resolveRef(rev);
    if (!sha) return [];
    const entries = await this.git.lsTree(sha, { path: '.github/workflows/' });
    const files = entries.filter((e) => e.type === 'blob' && /\.ya?ml$/.test(e.path));
    return Promise.all(
      files.map(async (e) => ({ ...parseWorkflow(e.path, (await this.git.readBlob(e.sha)).toString('utf8')), id: this.workflowId(e.path) })),
    );
  }

  /** A workflow by id or file name (`train.yml`), as the `workflow_id` parameter names it. */
  async findWorkflow(idOrFile: string | number, rev?: string): Promise<(WorkflowFile & { id: number }) | undefined> {
    return (await this.workflows(rev)).find((w) => w.id === Number(idOrFile) || path.basename(w.path) === String(idOrFile));
  }

  /** Plans for the next runs of a workflow file (`'*'`: any): taken in order, the last one stays for later runs. */
  planRuns(workflow: string, ...plans: RunPlan[]): void {
    this.runPlans.set(workflow, plans);
  }

  private takePlan(workflowPath: string): RunPlan {
    for (const key of [path.basename(workflowPath), workflowPath, '*']) {
      const plans = this.runPlans.get(key);
      if (plans && plans.length > 0) return (plans.length > 1 ? plans.shift() : plans[0])!;
    }
    return {};
  }

  /**
   * Starts a run of a workflow, as a dispatch, a push or a schedule would: the workflow file is read at `ref`, and the
   * run's jobs are the plan's or the file's.
   */
  async createRun(options: {
    workflow: string;
    ref?: string;
    event?: string;
    actor?: string;
    inputs?: Record<string, unknown>;
    plan?: RunPlan;
  }): Promise<WorkflowRun> {
    const branch = options.ref ?? this.defaultBranch;
    const rev = (await this.git.resolveRef(`refs/heads/${branch}`)) ? `refs/heads/${branch}` : `refs/tags/${branch}`;
    const headSha = await this.git.resolveRef(rev);
    if (!headSha) throw new Error(`${this.fullName} has no branch or tag ${branch}`);
    const workflow = await this.findWorkflow(options.workflow, rev);
    if (!workflow) throw new Error(`${this.fullName} has no workflow ${options.workflow} on ${branch}`);
    const plan = options.plan ?? this.takePlan(workflow.path);
    const jobs: Job[] = (plan.jobs ?? workflow.jobs).map((j) => ({ id: this.world.nextId(), name: j.name, conclusion: j.conclusion, steps: j.steps ?? [] }));
    const runNumber = this.runs.filter((r) => r.info.workflowId === workflow.id).length + 1;
    const run = new WorkflowRun(
      this.world.nextId(),
      {
        workflowId: workflow.id,
        workflowPath: workflow.path,
        name: workflow.name,
        displayTitle: evaluateRunName(workflow, options.inputs, branch.replace(/^refs\/(heads|tags)\//, '')),
        runNumber,
        event: options.event ?? 'push',
        headBranch: rev.startsWith('refs/heads/') ? branch : null,
        headSha,
        actor: options.actor ?? this.world.actor.login,
        createdAt: this.world.now(),
        checkSuiteId: this.world.nextId(),
        inputs: options.inputs,
      },
      plan,
      jobs,
      (finished) => {
        for (const a of plan.artifacts ?? []) {
          finished.artifacts.push({ id: this.world.nextId(), name: a.name, zip: zipFiles(a.files), createdAt: finished.completedAt!, expired: a.expired ?? false });
        }
      },
    );
    this.runs.push(run);
    return run;
  }
}

export interface RateLimitState {
  limit: number;
  used: number;
  /** Epoch seconds. */
  reset: number;
}

export class DoubleState {
  readonly repos = new Map<string, RepoState>();
  readonly users = new Map<string, User>();
  readonly actor: User;
  readonly rateLimit: RateLimitState;
  private lastId = 1000;

  constructor(
    private readonly baseDir: string,
    readonly clock: () => number,
    actor: string,
    rateLimit = 5000,
  ) {
    this.actor = this.user(actor);
    this.rateLimit = { limit: rateLimit, used: 0, reset: Math.floor(clock() / 1000) + 3600 };
  }

  now(): number {
    return this.clock();
  }

  nextId(): number {
    return ++this.lastId;
  }

  /** The user (or organization) with this login, made on first mention; `type` settles what it is. */
  user(login: string, type?: User['type']): User {
    let user = this.users.get(login.toLowerCase());
    if (!user) {
      user = { login, id: this.nextId(), type: type ?? (login.endsWith('[bot]') ? 'Bot' : 'User') };
      this.users.set(login.toLowerCase(), user);
    } else if (type) {
      user.type = type;
    }
    return user;
  }

  repo(fullName: string): RepoState | undefined {
    return this.repos.get(fullName.toLowerCase());
  }

  /** Creates `owner/name` with an empty bare repository; push to `gitUrl` to give it commits. */
  async createRepo(fullName: string, options: CreateRepoOptions = {}): Promise<RepoState> {
    const [ownerLogin, name] = fullName.split('/');
    if (!ownerLogin || !name) throw new Error(`"${fullName}" is not owner/name`);
    if (this.repo(fullName)) throw new Error(`${fullName} already exists`);
    const owner = this.user(ownerLogin, options.ownerType);
    const defaultBranch = options.defaultBranch ?? 'main';
    const git = await BareRepo.create(path.join(this.baseDir, ownerLogin, `${name}.git`), defaultBranch);
    const repo = new RepoState(this, this.nextId(), owner, name, git, options.private ?? false, defaultBranch, this.now(), options);
    this.repos.set(fullName.toLowerCase(), repo);
    return repo;
  }

  /** Finds a run in any repository. */
  run(id: number): { repo: RepoState; run: WorkflowRun } | undefined {
    for (const repo of this.repos.values()) {
      const run = repo.runs.find((r) => r.id === id);
      if (run) return { repo, run };
    }
    return undefined;
  }

  advanceRun(id: number): string {
    return this.mustRun(id).advance(this.now());
  }

  completeRun(id: number, conclusion?: Conclusion): void {
    this.mustRun(id).complete(this.now(), conclusion);
  }

  private mustRun(id: number): WorkflowRun {
    const found = this.run(id);
    if (!found) throw new Error(`no workflow run ${id}`);
    return found.run;
  }
}
