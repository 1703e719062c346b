// A GitHub REST test double: an HTTP server in the test process that the action under test (a child process) reaches
// through GITHUB_API_URL. Requests and answers are held to GitHub's OpenAPI description (@octokit/openapi).
//
//   const double = await startGitHubDouble();                       // { dispatchRunDetails: false } for an old GHES
//   const repo = await double.state.createRepo('octo-org/wine-quality', { ownerType: 'Organization' });
//   local.git('push', '-q', repo.gitUrl, 'main');                   // a real bare repository behind the API
//   repo.planRuns('train.yml', { conclusion: 'failure', artifacts: [{ name: 'metrics', files: { 'm.json': '{}' } }] });
//   double.faults.add({ method: 'POST', path: '/repos/{owner}/{repo}/pulls', status: 502, times: 2 });
//   await runAction('package-env', { workspace, env: { GITHUB_API_URL: double.url, GITHUB_TOKEN: 'ghs_x', ML_HUB_GITHUB_WAIT_SCALE: '0.01' } });
//   expect(double.requestsTo('POST', '/repos/{owner}/{repo}/pulls').map((r) => r.status)).toEqual([502, 502, 201]);
//   double.state.advanceRun(runId);                                 // or plan startAfterMs/completeAfterMs
//   double.assertNoViolations();                                    // unknown routes, bad requests, drifted answers
//   await double.close();

export { startGitHubDouble, type GitHubDouble, type GitHubDoubleOptions, type RecordedRequest, type Violation } from './server.js';
export type { FaultSpec } from './faults.js';
export type { DoubleState, RepoState, RepoSettings, CreateRepoOptions, PullRequest, IssueComment, User } from './state.js';
export type { RunPlan, JobPlan, ArtifactPlan, Conclusion, WorkflowRun } from './runs.js';
