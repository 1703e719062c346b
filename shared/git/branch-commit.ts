// The git side of a bot branch: commits built in a scratch index from a base commit plus files of the working tree
// (the checkout's HEAD, index and files stay as they are), and pushes guarded by a lease so that no one else's commits
// are ever overwritten. The token travels in GIT_CONFIG_* variables, never in .git/config or the command line.

import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Where to fetch from and push to, and the token for an http(s) remote. */
export interface GitRemote {
  url: string;
  token?: string;
}

export interface Identity {
  name: string;
  email: string;
}

export class GitError extends Error {
  constructor(
    readonly args: string[],
    readonly stderr: string,
    readonly exitCode: number | null,
  ) {
    super(`git ${args[0] ?? ''} failed: ${stderr.trim().split('\n').slice(-3).join(' ').trim() || `exit code ${exitCode}`}`);
    this.name = 'GitError';
  }
}

interface RunOptions {
  env?: Record<string, string>;
  input?: string | Buffer;
}

function runGit(dir: string, args: string[], options: RunOptions = {}): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, {
      cwd: dir,
      env: { ...process.env, GIT_TERMINAL_PROMPT: '0', ...options.env },
      stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    let err = '';
    child.stdout!.on('data', (d: Buffer) => out.push(d));
    child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(Buffer.concat(out)) : reject(new GitError(args, err, code))));
    if (child.stdin) {
      child.stdin.on('error', () => {});
      child.stdin.end(options.input);
    }
  });
}

async function gitText(dir: string, args: string[], options?: RunOptions): Promise<string> {
  return (await runGit(dir, args, options)).toString('utf8').trim();
}

/**
 * Environment that gives git the token for one http(s) remote. An empty value first clears the extraheader that
 * actions/checkout leaves under the same `http.<origin>/` key; otherwise git sends two Authorization headers and GitHub
 * refuses both. Existing GIT_CONFIG_* entries are kept.
 */
export function gitAuthEnv(remote: GitRemote, env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  if (!remote.token || !/^https?:\/\//i.test(remote.url)) return {};
  const key = `http.${new URL(remote.url).origin}/.extraheader`;
  const basic = Buffer.from(`x-access-token:${remote.token}`, 'utf8').toString('base64');
  const start = Number(env.GIT_CONFIG_COUNT) || 0;
  const entries: [string, string][] = [
    [key, ''],
    [key, `AUTHORIZATION: basic ${basic}`],
  ];
  const out: Record<string, string> = { GIT_CONFIG_COUNT: String(start + entries.length) };
  entries.forEach(([k, v], i) => {
    out[`GIT_CONFIG_KEY_${start + i}`] = k;
    out[`GIT_CONFIG_VALUE_${start + i}`] = v;
  });
  return out;
}

/** The basic-auth value git sends, for callers that mask secrets in logs. */
export function basicAuthValue(token: string): string {
  return Buffer.from(`x-access-token:${token}`, 'utf8').toString('base64');
}

// Failures that another try may not repeat: the network or GitHub's git front end, not a refusal.
const transient = /could not resolve host|connection (reset|refused|timed out)|operation timed out|rpc failed|early eof|unexpected disconnect|remote end hung up|returned error: 5\d\d|internal server error|ssl_read|gnutls/i;

/** Runs a git command that talks to the remote, retrying network failures a few times with a growing pause. */
async function remoteGit(dir: string, remote: GitRemote, args: string[], retries = 3): Promise<string> {
  const env = gitAuthEnv(remote);
  const scale = Number(process.env.ML_HUB_GITHUB_WAIT_SCALE) || 1;
  for (let attempt = 0; ; attempt++) {
    try {
      return await gitText(dir, args, { env });
    } catch (error) {
      if (!(error instanceof GitError) || attempt >= retries || !transient.test(error.stderr)) throw error;
      await new Promise((r) => setTimeout(r, 2000 * (attempt + 1) * scale));
    }
  }
}

export async function repoTopLevel(dir: string): Promise<string> {
  return gitText(dir, ['rev-parse', '--show-toplevel']);
}

/** The SHAs of the given branches on the remote; branches it lacks are absent. */
export async function remoteBranches(dir: string, remote: GitRemote, branches: string[]): Promise<Map<string, string>> {
  const out = await remoteGit(dir, remote, ['ls-remote', '--heads', remote.url, ...branches.map((b) => `refs/heads/${b}`)]);
  const found = new Map<string, string>();
  for (const line of out.split('\n').filter(Boolean)) {
    const [sha, ref] = line.split('\t');
    if (sha && ref?.startsWith('refs/heads/')) found.set(ref.slice('refs/heads/'.length), sha);
  }
  return found;
}

/**
 * Fetches the tips of remote branches into the object store only (FETCH_HEAD; no refs of the checkout change). In a
 * shallow clone the tips alone are enough, and fetching whole histories would be slow.
 */
export async function fetchBranches(dir: string, remote: GitRemote, branches: string[]): Promise<void> {
  if (branches.length === 0) return;
  const shallow = (await gitText(dir, ['rev-parse', '--is-shallow-repository'])) === 'true';
  const args = ['fetch', '--no-tags', '--no-write-fetch-head', '--quiet', ...(shallow ? ['--depth=1'] : []), remote.url];
  await remoteGit(dir, remote, [...args, ...branches.map((b) => `refs/heads/${b}`)]);
}

export async function hasCommit(dir: string, sha: string): Promise<boolean> {
  return runGit(dir, ['cat-file', '-e', `${sha}^{commit}`]).then(
    () => true,
    () => false,
  );
}

export async function treeOf(dir: string, commit: string): Promise<string> {
  return gitText(dir, ['rev-parse', `${commit}^{tree}`]);
}

export interface TreeEntry {
  /** Relative to the repository's top level, `/` separators. */
  path: string;
  mode: string;
  blob: string;
}

/**
 * The tree of `base` with `paths` (relative to the top level) replaced by the working tree's files, through git's own
 * clean filters (LFS, line endings) as `git add` would. Returns the tree and the entries for those paths.
 */
export async function buildTree(dir: string, base: string, paths: string[]): Promise<{ tree: string; entries: TreeEntry[] }> {
  const top = await repoTopLevel(dir);
  const scratch = mkdtempSync(path.join(tmpdir(), 'ml-hub-index-'));
  const env = { GIT_INDEX_FILE: path.join(scratch, 'index') };
  try {
    await runGit(top, ['read-tree', base], { env });
    if (paths.length > 0) await runGit(top, ['update-index', '--add', '--remove', '-z', '--stdin'], { env, input: paths.join('\0') + '\0' });
    const tree = await gitText(top, ['write-tree'], { env });
    const listed = paths.length > 0 ? await gitText(top, ['ls-files', '-s', '-z', '--', ...paths.map((p) => `:(literal)${p}`)], { env }) : '';
    const entries = listed
      .split('\0')
      .filter(Boolean)
      .map((line) => {
        const tab = line.indexOf('\t');
        const [mode, blob] = line.slice(0, tab).split(' ');
        return { path: line.slice(tab + 1), mode: mode!, blob: blob! };
      });
    return { tree, entries };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Paths among `paths` whose content differs between two commits. */
export async function changedBetween(dir: string, from: string, to: string, paths: string[]): Promise<string[]> {
  if (paths.length === 0 || from === to) return [];
  const top = await repoTopLevel(dir);
  const out = await gitText(top, ['diff', '--name-only', '-z', '--no-renames', from, to, '--', ...paths.map((p) => `:(literal)${p}`)]);
  return out.split('\0').filter(Boolean);
}

export async function commitTree(dir: string, commit: { tree: string; parent: string; message: string; author: Identity }): Promise<string> {
  const env = {
    GIT_AUTHOR_NAME: commit.author.name,
    GIT_AUTHOR_EMAIL: commit.author.email,
    GIT_COMMITTER_NAME: commit.author.name,
    GIT_COMMITTER_EMAIL: commit.author.email,
  };
  return gitText(dir, ['commit-tree', commit.tree, '-p', commit.parent, '-F', '-'], { env, input: commit.message });
}

export async function readBlob(dir: string, blob: string): Promise<Buffer> {
  return runGit(dir, ['cat-file', 'blob', blob]);
}

/**
 * A commit's parents, author and message, from the object itself: in a shallow clone `git show` hides the parents of
 * a boundary commit, and the branch tip fetched with --depth=1 is one.
 */
export async function commitInfo(dir: string, sha: string): Promise<{ parents: string[]; message: string; author: string }> {
  const raw = (await runGit(dir, ['cat-file', 'commit', sha])).toString('utf8');
  const split = raw.indexOf('\n\n');
  const headers = (split < 0 ? raw : raw.slice(0, split)).split('\n');
  const author = headers.find((h) => h.startsWith('author '))?.slice('author '.length).replace(/ \d+ [+-]\d{4}$/, '') ?? '';
  return {
    parents: headers.filter((h) => h.startsWith('parent ')).map((h) => h.slice('parent '.length)),
    author,
    message: split < 0 ? '' : raw.slice(split + 2),
  };
}

/** Adds a trailer (`Generated-by: ml-hub package-env`) that marks the commit as the bot's own. */
export function withTrailer(message: string, trailer: string): string {
  return `${message.trimEnd()}\n\n${trailer}\n`;
}

/**
 * Whether a branch tip is the bot's alone: one commit, carrying the trailer, straight on a base commit. Anything else
 * (a commit pushed on top, a merge of the base) is someone else's work that a force push would lose.
 */
export async function isBotCommit(dir: string, sha: string, trailer: string): Promise<{ ours: boolean; describe: string }> {
  const info = await commitInfo(dir, sha);
  const subject = info.message.split('\n')[0] ?? '';
  const describe = `${sha.slice(0, 7)} "${subject}" by ${info.author}`;
  const hasTrailer = info.message.split('\n').some((line) => line.trim() === trailer);
  return { ours: hasTrailer && info.parents.length === 1, describe };
}

/**
 * Sets `branch` on the remote to `sha` (null deletes it) only if it still points at `expected` (undefined: only if it
 * does not exist). A lease that no longer holds is `stale`, not an error, so the caller can say who moved what.
 */
export async function pushWithLease(dir: string, remote: GitRemote, sha: string | null, branch: string, expected: string | undefined): Promise<'pushed' | 'stale'> {
  const ref = `refs/heads/${branch}`;
  const refspec = sha === null ? `:${ref}` : `${sha}:${ref}`;
  try {
    await remoteGit(dir, remote, ['push', '--quiet', `--force-with-lease=${ref}:${expected ?? ''}`, remote.url, refspec]);
    return 'pushed';
  } catch (error) {
    if (error instanceof GitError && /\(stale info\)/.test(error.stderr)) return 'stale';
    throw error;
  }
}

/** A remote URL without user or password in it: ml-hub passes the token itself, and URLs end up in messages. */
export function withoutCredentials(url: string): string {
  if (!/^https?:\/\//i.test(url)) return url;
  const u = new URL(url);
  u.username = '';
  u.password = '';
  return u.href;
}
