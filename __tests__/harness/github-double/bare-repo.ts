// The git side of a double repository: a real bare repository on disk. Tests push to it over file://, and the Git Data
// and refs endpoints read and write it with the real `git`, so API-made commits are real commits.

import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export interface GitIdentity {
  name: string;
  email: string;
  /** ISO 8601. */
  date?: string;
}

export interface TreeEntryInput {
  path: string;
  mode: string;
  type: 'blob' | 'tree' | 'commit';
  /** null deletes the path. */
  sha?: string | null;
  content?: string;
}

export interface TreeEntry {
  path: string;
  mode: string;
  type: string;
  sha: string;
  size?: number;
}

export interface CommitObject {
  tree: string;
  parents: string[];
  author: GitIdentity & { date: string };
  committer: GitIdentity & { date: string };
  message: string;
}

export class GitCommandError extends Error {}

export class BareRepo {
  private constructor(readonly dir: string) {}

  static async create(dir: string, defaultBranch: string): Promise<BareRepo> {
    mkdirSync(dir, { recursive: true });
    const repo = new BareRepo(dir);
    await repo.git(['init', '-q', '--bare', '-b', defaultBranch]);
    return repo;
  }

  /** What a test passes to `git push`. */
  get url(): string {
    return pathToFileURL(this.dir).href;
  }

  async git(args: string[], options: { input?: Buffer | string; env?: Record<string, string> } = {}): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      const stdin = options.input === undefined ? 'ignore' : 'pipe';
      const child = spawn('git', args, { cwd: this.dir, env: { ...process.env, ...options.env }, stdio: [stdin, 'pipe', 'pipe'] });
      const out: Buffer[] = [];
      let err = '';
      child.stdout!.on('data', (d: Buffer) => out.push(d));
      child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
      child.on('error', reject);
      child.on('close', (code) =>
        code === 0 ? resolve(Buffer.concat(out)) : reject(new GitCommandError(`git ${args.join(' ')}: ${err.trim()}`)),
      );
      if (child.stdin) {
        // A git that exits without reading its input must not turn into an EPIPE.
        child.stdin.on('error', () => {});
        child.stdin.end(options.input);
      }
    });
  }

  private async text(args: string[], options?: { input?: Buffer | string; env?: Record<string, string> }): Promise<string> {
    return (await this.git(args, options)).toString('utf8').trim();
  }

  private async attempt(args: string[]): Promise<string | undefined> {
    try {
      return await this.text(args);
    } catch (error) {
      if (error instanceof GitCommandError) return undefined;
      throw error;
    }
  }

  /** Full ref name (`refs/heads/main`) → SHA. */
  resolveRef(ref: string): Promise<string | undefined> {
    return this.attempt(['rev-parse', '--verify', '--quiet', ref]);
  }

  async refs(prefix: string): Promise<{ ref: string; sha: string; type: string }[]> {
    const out = await this.text(['for-each-ref', '--format=%(refname) %(objectname) %(objecttype)', prefix]);
    return out
      ? out.split('\n').map((line) => {
          const [ref, sha, type] = line.split(' ');
          return { ref: ref!, sha: sha!, type: type! };
        })
      : [];
  }

  objectType(sha: string): Promise<string | undefined> {
    return this.attempt(['cat-file', '-t', sha]);
  }

  /** Sets a ref; `expected` '' means "only if it does not exist yet", a SHA means "only if it still points there". */
  async updateRef(ref: string, sha: string, expected?: string): Promise<boolean> {
    const args = ['update-ref', ref, sha];
    if (expected !== undefined) args.push(expected);
    return (await this.attempt(args)) !== undefined;
  }

  async deleteRef(ref: string): Promise<boolean> {
    return (await this.attempt(['update-ref', '-d', ref])) !== undefined;
  }

  async isAncestor(ancestor: string, descendant: string): Promise<boolean> {
    return (await this.attempt(['merge-base', '--is-ancestor', ancestor, descendant])) !== undefined;
  }

  async countCommits(from: string, to: string): Promise<number> {
    return Number(await this.text(['rev-list', '--count', `${from}..${to}`]));
  }

  writeBlob(content: Buffer): Promise<string> {
    return this.text(['hash-object', '-w', '--stdin'], { input: content });
  }

  readBlob(sha: string): Promise<Buffer> {
    return this.git(['cat-file', 'blob', sha]);
  }

  /** The file at `rev:path`, or undefined. */
  async readFile(rev: string, file: string): Promise<string | undefined> {
    try {
      return (await this.git(['show', `${rev}:${file}`])).toString('utf8');
    } catch (error) {
      if (error instanceof GitCommandError) return undefined;
      throw error;
    }
  }

  async lsTree(tree: string, options: { recursive?: boolean; path?: string } = {}): Promise<TreeEntry[]> {
    const args = ['ls-tree', '-l', ...(options.recursive ? ['-r', '-t'] : []), tree];
    if (options.path) args.push('--', options.path);
    const out = await this.text(args);
    if (!out) return [];
    return out.split('\n').map((line) => {
      const tab = line.indexOf('\t');
      const [mode, type, sha, size] = line.slice(0, tab).split(/\s+/);
      return { path: line.slice(tab + 1), mode: mode!, type: type!, sha: sha!, ...(size !== '-' ? { size: Number(size) } : {}) };
    });
  }

  /**
   * Builds a tree the way POST /git/trees does: start from `baseTree` (or nothing), then set, replace or delete each
   * path. A scratch index and an empty work tree let plain `git update-index` do the nesting.
   */
  async writeTree(baseTree: string | undefined, entries: TreeEntryInput[]): Promise<string> {
    const scratch = mkdtempSync(path.join(tmpdir(), 'double-index-'));
    const env = { GIT_INDEX_FILE: path.join(scratch, 'index'), GIT_LITERAL_PATHSPECS: '1' };
    const git = (args: string[]) => this.text(['--work-tree', path.join(scratch, 'work'), ...args], { env });
    mkdirSync(path.join(scratch, 'work'));
    try {
      if (baseTree) await git(['read-tree', baseTree]);
      else await git(['read-tree', '--empty']);
      for (const entry of entries) {
        const under = (await git(['ls-files', '--', entry.path])).split('\n').filter(Boolean);
        for (const file of under) await git(['update-index', '--force-remove', '--', file]);
        if (entry.sha === null) continue;
        if (entry.type === 'tree') {
          await git(['read-tree', `--prefix=${entry.path}/`, entry.sha!]);
          continue;
        }
        const sha = entry.content !== undefined ? await this.writeBlob(Buffer.from(entry.content, 'utf8')) : entry.sha!;
        await git(['update-index', '--add', '--cacheinfo', `${entry.mode},${sha},${entry.path}`]);
      }
      return await git(['write-tree']);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  }

  async commitTree(commit: { tree: string; parents: string[]; message: string; author: GitIdentity; committer: GitIdentity }): Promise<string> {
    const env: Record<string, string> = {
      GIT_AUTHOR_NAME: commit.author.name,
      GIT_AUTHOR_EMAIL: commit.author.email,
      GIT_COMMITTER_NAME: commit.committer.name,
      GIT_COMMITTER_EMAIL: commit.committer.email,
    };
    if (commit.author.date) env.GIT_AUTHOR_DATE = commit.author.date;
    if (commit.committer.date) env.GIT_COMMITTER_DATE = commit.committer.date;
    const args = ['commit-tree', commit.tree, ...commit.parents.flatMap((p) => ['-p', p]), '-F', '-'];
    return this.text(args, { input: commit.message, env });
  }

  async readCommit(sha: string): Promise<CommitObject | undefined> {
    if ((await this.objectType(sha)) !== 'commit') return undefined;
    const raw = (await this.git(['cat-file', 'commit', sha])).toString('utf8');
    const split = raw.indexOf('\n\n');
    const headers = raw.slice(0, split).split('\n');
    const person = (name: string) => {
      const line = headers.find((h) => h.startsWith(`${name} `))!;
      const m = /^\w+ (.*) <(.*)> (\d+) [+-]\d{4}$/.exec(line)!;
      return { name: m[1]!, email: m[2]!, date: new Date(Number(m[3]) * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z') };
    };
    return {
      tree: headers.find((h) => h.startsWith('tree '))!.slice(5),
      parents: headers.filter((h) => h.startsWith('parent ')).map((h) => h.slice(7)),
      author: person('author'),
      committer: person('committer'),
      message: raw.slice(split + 2),
    };
  }
}
