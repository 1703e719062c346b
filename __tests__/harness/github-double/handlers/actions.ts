// GitHub Actions: workflow dispatch (with or without run details), workflow runs and their jobs, artifacts.

import type { WorkflowRun } from '../runs.js';
import type { RepoState } from '../state.js';
import { paginate } from '../pagination.js';
import { checkDispatchInputs } from '../workflows.js';
import { ApiError, notFound, repoFor, unprocessable, type ApiRequest, type DoubleContext, type Handler } from './common.js';

/** Runs list no pull requests: the double does not link runs to them. */
function runJson(repo: RepoState, ctx: DoubleContext, run: WorkflowRun) {
  return ctx.render.run(repo, run, ctx.render.repo(repo, repo.createdAt), (login) => ctx.state.user(login), []);
}

function mustRun(repo: RepoState, ctx: DoubleContext, id: number): WorkflowRun {
  const run = repo.runs.find((r) => r.id === id);
  if (!run) throw notFound(ctx);
  run.sync(ctx.state.now());
  return run;
}

/** GitHub's date qualifiers: `>=D`, `>D`, `<=D`, `<D`, `A..B` (either side may be `*`), or a bare date (that day). */
export function createdFilter(expression: string): (ms: number) => boolean {
  const day = (d: string) => /^\d{4}-\d{2}-\d{2}$/.test(d);
  const start = (d: string) => Date.parse(day(d) ? `${d}T00:00:00Z` : d);
  const end = (d: string) => (day(d) ? Date.parse(`${d}T00:00:00Z`) + 86_400_000 - 1 : Date.parse(d));
  const range = /^(.+?)\.\.(.+)$/.exec(expression);
  if (range) {
    const [, from, to] = range;
    return (ms) => (from === '*' || ms >= start(from!)) && (to === '*' || ms <= end(to!));
  }
  const op = /^(>=|<=|>|<)(.+)$/.exec(expression);
  if (op) {
    const [, sign, d] = op;
    if (sign === '>=') return (ms) => ms >= start(d!);
    if (sign === '>') return (ms) => ms > end(d!);
    if (sign === '<=') return (ms) => ms <= end(d!);
    return (ms) => ms < start(d!);
  }
  return (ms) => ms >= start(expression) && ms <= end(expression);
}

const conclusions = new Set(['success', 'failure', 'neutral', 'cancelled', 'skipped', 'timed_out', 'action_required', 'stale']);

async function listRuns(req: ApiRequest, ctx: DoubleContext, workflowId?: number) {
  const repo = repoFor(req, ctx);
  const now = ctx.state.now();
  const q = req.query as Record<string, string | number | boolean | undefined>;
  const inCreated = q.created === undefined ? () => true : createdFilter(String(q.created));
  const runs = repo.runs
    .filter((run) => {
      run.sync(now);
      const status = q.status === undefined ? true : conclusions.has(String(q.status)) ? run.conclusion === q.status : run.status === q.status;
      return (
        run.visibleAt(now) &&
        status &&
        (workflowId === undefined || run.info.workflowId === workflowId) &&
        (q.actor === undefined || run.info.actor === q.actor) &&
        (q.branch === undefined || run.info.headBranch === q.branch) &&
        (q.event === undefined || run.info.event === q.event) &&
        (q.head_sha === undefined || run.info.headSha === q.head_sha) &&
        (q.check_suite_id === undefined || run.info.checkSuiteId === q.check_suite_id) &&
        inCreated(run.info.createdAt)
      );
    })
    .sort((a, b) => b.info.createdAt - a.info.createdAt || b.id - a.id);
  const { page, headers } = paginate(runs, req, ctx.render.api);
  return {
    status: 200,
    body: { total_count: runs.length, workflow_runs: page.map((r) => runJson(repo, ctx, r)) },
    headers,
  };
}

export const actionHandlers: Record<string, Handler> = {
  'actions/create-workflow-dispatch': async (req, ctx) => {
    const repo = repoFor(req, ctx, 'write');
    const body = req.body as { ref: string; inputs?: Record<string, unknown>; return_run_details?: boolean };
    if (!ctx.options.dispatchRunDetails && 'return_run_details' in body) {
      throw unprocessable(ctx, 'Invalid request.\n\n"return_run_details" is not a permitted key.');
    }
    if (!(await repo.findWorkflow(req.params.workflow_id))) throw notFound(ctx);
    const name = body.ref.replace(/^refs\/(heads|tags)\//, '');
    let rev: string | undefined;
    for (const candidate of [`refs/heads/${name}`, `refs/tags/${name}`]) if (!rev && (await repo.git.resolveRef(candidate))) rev = candidate;
    if (!rev) throw unprocessable(ctx, `No ref found for: ${body.ref}`);
    // GitHub runs the workflow file as it is on the dispatched ref.
    const atRef = await repo.findWorkflow(req.params.workflow_id, rev);
    if (!atRef?.dispatchInputs) throw unprocessable(ctx, "Workflow does not have 'workflow_dispatch' trigger");
    const problem = checkDispatchInputs(atRef, body.inputs ?? {});
    if (problem) throw unprocessable(ctx, problem);
    const run = await repo.createRun({ workflow: req.params.workflow_id, ref: name, event: 'workflow_dispatch', inputs: body.inputs });
    // API version 2026-03-10 always answers with the run; earlier versions only when asked.
    const always = String(req.headers['x-github-api-version'] ?? '') >= '2026-03-10';
    if (!ctx.options.dispatchRunDetails || !(always || body.return_run_details)) return { status: 204 };
    return {
      status: 200,
      body: {
        workflow_run_id: run.id,
        run_url: `${ctx.render.api}/repos/${repo.fullName}/actions/runs/${run.id}`,
        html_url: `${ctx.render.web}/${repo.fullName}/actions/runs/${run.id}`,
      },
    };
  },

  'actions/list-workflow-runs-for-repo': (req, ctx) => listRuns(req, ctx),

  'actions/list-workflow-runs': async (req, ctx) => {
    const workflow = await repoFor(req, ctx).findWorkflow(req.params.workflow_id);
    if (!workflow) throw notFound(ctx);
    return listRuns(req, ctx, workflow.id);
  },

  'actions/get-workflow-run': async (req, ctx) => {
    const repo = repoFor(req, ctx);
    return { status: 200, body: runJson(repo, ctx, mustRun(repo, ctx, req.params.run_id)) };
  },

  'actions/list-jobs-for-workflow-run': async (req, ctx) => {
    const repo = repoFor(req, ctx);
    const run = mustRun(repo, ctx, req.params.run_id);
    const { page, headers } = paginate(run.jobs, req, ctx.render.api);
    return { status: 200, body: { total_count: run.jobs.length, jobs: page.map((j) => ctx.render.job(repo, run, j)) }, headers };
  },

  'actions/list-workflow-run-artifacts': async (req, ctx) => {
    const repo = repoFor(req, ctx);
    const run = mustRun(repo, ctx, req.params.run_id);
    const artifacts = run.artifacts.filter((a) => req.query.name === undefined || a.name === req.query.name);
    const { page, headers } = paginate(artifacts, req, ctx.render.api);
    return {
      status: 200,
      body: { total_count: artifacts.length, artifacts: page.map((a) => ctx.render.artifact(repo, run, a)) },
      headers,
    };
  },

  'actions/download-artifact': async (req, ctx) => {
    const repo = repoFor(req, ctx);
    if (req.params.archive_format !== 'zip') throw notFound(ctx);
    const found = repo.runs.flatMap((run) => run.artifacts).find((a) => a.id === req.params.artifact_id);
    if (!found) throw notFound(ctx);
    if (found.expired) throw new ApiError(410, { message: 'Artifact has expired', documentation_url: ctx.docs, status: '410' });
    // GitHub redirects to short-lived blob storage; the double serves the zip itself.
    return { status: 302, headers: { location: `${ctx.render.api}/_double/artifacts/${found.id}.zip` } };
  },
};
