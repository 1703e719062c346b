import { commentBody, commentLimit, stickyMarker, upsertStickyComment } from '../../../shared/github/sticky-comment.js';
import { seeded, where, type Seeded } from './seed.js';

async function withPullRequest(s: Seeded): Promise<number> {
  s.local.git('checkout', '-q', '-b', 'feature');
  s.local.write('train.py', 'print("training harder")\n');
  s.local.commitAll('Train harder');
  s.local.git('push', '-q', s.repo.gitUrl, 'feature');
  const { data } = await s.client.rest.pulls.create({ ...where, head: 'feature', base: 'main', title: 'Train harder' });
  return data.number;
}

test('markers name the workflow and experiment and cannot be closed early', () => {
  expect(stickyMarker('ml-hub', 'wine-quality-rf')).toBe('<!-- ml-hub:publish-metrics:ml-hub:wine-quality-rf -->');
  const odd = stickyMarker('CI --> deploy', 'exp: ユニコード --> x');
  expect(odd.slice(4, -3)).not.toContain('-->');
  expect(odd).toMatch(/^<!-- ml-hub:publish-metrics:CI%20--%3E%20deploy:exp%3A%20/);
});

test('a body over the limit is cut at a line, an open code fence closed, and says so', () => {
  const text = '```mermaid\n' + 'line [1, 2, 3]\n'.repeat(10_000);
  const body = commentBody('<!-- m -->', text);
  expect(body.length).toBeLessThanOrEqual(commentLimit);
  expect(body.startsWith('<!-- m -->\n```mermaid\n')).toBe(true);
  expect(body).toMatch(/line \[1, 2, 3\]\n```\n\n_…cut here: the comment reached GitHub's 65,536-character limit/);
  expect(commentBody('<!-- m -->', 'short')).toBe('<!-- m -->\nshort');
});

describe('on a pull request', () => {
  let s: Seeded;
  let pr: number;
  beforeEach(async () => {
    s = await seeded();
    pr = await withPullRequest(s);
  });
  afterEach(async () => {
    await s.double.close();
  });

  test('created once, then updated in place, found past the first page of comments', async () => {
    const marker = stickyMarker('ml-hub', 'wine');
    // Reviewers talked first: the sticky comment lands on the second page.
    for (let i = 0; i < 120; i++) s.repo.addComment(pr, `comment ${i}`, 'reviewer');
    const first = await upsertStickyComment(s.client, { ...where, issueNumber: pr }, marker, 'first report');
    expect(first).toMatchObject({ outcome: 'created', url: expect.stringMatching(new RegExp(`/${pr}#issuecomment-\\d+$`)) });
    // Someone quotes it: a quote is not the comment.
    s.repo.addComment(pr, `> ${marker}\n> quoted`, 'reviewer');
    const second = await upsertStickyComment(s.client, { ...where, issueNumber: pr }, marker, 'second report');
    expect(second).toMatchObject({ outcome: 'updated', id: first.id });
    expect(s.repo.comments.filter((c) => c.body.startsWith(marker))).toEqual([expect.objectContaining({ body: `${marker}\nsecond report` })]);
    expect(s.double.requestsTo('POST', '/repos/{owner}/{repo}/issues/{issue_number}/comments')).toHaveLength(1);
    expect(s.double.requestsTo('PATCH', '/repos/{owner}/{repo}/issues/comments/{comment_id}')).toHaveLength(1);
    expect(s.double.requestsTo('GET', '/repos/{owner}/{repo}/issues/{issue_number}/comments').map((r) => r.query.page ?? '1')).toEqual(['1', '2', '1', '2']);
    // Another experiment gets its own comment.
    const other = await upsertStickyComment(s.client, { ...where, issueNumber: pr }, stickyMarker('ml-hub', 'edge-cases'), 'edge');
    expect(other.outcome).toBe('created');
    s.double.assertNoViolations();
  });

  test('a read-only token (a pull request from a fork) is an outcome with an explanation', async () => {
    s.repo.settings.readOnlyToken = true;
    const result = await upsertStickyComment(s.client, { ...where, issueNumber: pr }, stickyMarker('ml-hub', 'wine'), 'report', { fromFork: true });
    expect(result.outcome).toBe('forbidden');
    expect(result.message).toMatch(/^Could not comment on #\d+: this run is for a pull request from a fork, where GITHUB_TOKEN is read-only/);
    s.double.assertNoViolations();
  });

  test("a stranger's comment carrying the marker is never edited: ours is posted beside it and updated after", async () => {
    const marker = stickyMarker('ml-hub', 'wine');
    const planted = s.repo.addComment(pr, `${marker}\nAll metrics improved, merge away!`, 'mallory');
    const first = await upsertStickyComment(s.client, { ...where, issueNumber: pr }, marker, 'first report');
    expect(first.outcome).toBe('created');
    const second = await upsertStickyComment(s.client, { ...where, issueNumber: pr }, marker, 'second report');
    expect(second).toMatchObject({ outcome: 'updated', id: first.id });
    expect(planted.body).toBe(`${marker}\nAll metrics improved, merge away!`);
    expect(s.repo.comments.find((c) => c.id === first.id)).toMatchObject({ user: 'github-actions[bot]', body: `${marker}\nsecond report` });
    // GITHUB_TOKEN cannot ask who it is (403): it writes as github-actions[bot]; asked once per client.
    expect(s.double.requestsTo('GET', '/user').map((r) => r.status)).toEqual([403]);
    expect(s.double.requestsTo('PATCH', '/repos/{owner}/{repo}/issues/comments/{comment_id}').map((r) => r.path)).toEqual([`/repos/octo-org/wine-quality/issues/comments/${first.id}`]);
    s.double.assertNoViolations();
  });

  test.each([403, 404] as const)('an edit refused with %i posts a new comment instead', async (status) => {
    const marker = stickyMarker('ml-hub', 'wine');
    const first = await upsertStickyComment(s.client, { ...where, issueNumber: pr }, marker, 'first report');
    s.double.faults.add({ method: 'PATCH', path: '/repos/{owner}/{repo}/issues/comments/{comment_id}', status, times: 1 });
    const second = await upsertStickyComment(s.client, { ...where, issueNumber: pr }, marker, 'second report');
    expect(second.outcome).toBe('created');
    expect(second.id).not.toBe(first.id);
    expect(s.repo.comments.find((c) => c.id === second.id)?.body).toBe(`${marker}\nsecond report`);
    expect(s.double.requestsTo('PATCH', '/repos/{owner}/{repo}/issues/comments/{comment_id}').map((r) => r.status)).toEqual([status]);
  });

  test('other failures are reported, not thrown', async () => {
    s.double.faults.add({ method: 'POST', path: '/repos/{owner}/{repo}/issues/{issue_number}/comments', status: 422 });
    const result = await upsertStickyComment(s.client, { ...where, issueNumber: pr }, stickyMarker('ml-hub', 'wine'), 'report');
    expect(result.outcome).toBe('failed');
    expect(result.message).toMatch(/GitHub rejected the request \(422\)/);
  });
});

test("with a person's token the comment is that person's: the bot's marker comment is not taken for it", async () => {
  const s = await seeded({ actor: 'sarah' });
  try {
    const pr = await withPullRequest(s);
    const marker = stickyMarker('ml-hub', 'wine');
    const botComment = s.repo.addComment(pr, `${marker}\nold`, 'github-actions[bot]');
    const mine = await upsertStickyComment(s.client, { ...where, issueNumber: pr }, marker, 'report');
    expect(mine.outcome).toBe('created');
    expect(botComment.body).toBe(`${marker}\nold`);
    expect(await upsertStickyComment(s.client, { ...where, issueNumber: pr }, marker, 'again')).toMatchObject({ outcome: 'updated', id: mine.id });
    expect(s.double.requestsTo('GET', '/user').map((r) => r.status)).toEqual([200]);
    s.double.assertNoViolations();
  } finally {
    await s.double.close();
  }
});
