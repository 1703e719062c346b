// Real git repositories for tests, driven by the real `git` with argument arrays.

import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const identity = {
  GIT_AUTHOR_NAME: 'Sarah',
  GIT_AUTHOR_EMAIL: 'sarah@example.com',
  GIT_COMMITTER_NAME: 'Sarah',
  GIT_COMMITTER_EMAIL: 'sarah@example.com',
};

export class GitRepo {
  constructor(readonly dir: string) {}

  static init(from?: string): GitRepo {
    const dir = mkdtempSync(path.join(tmpdir(), 'repo-'));
    if (from) cpSync(from, dir, { recursive: true });
    const repo = new GitRepo(dir);
    repo.git('init', '-q', '-b', 'main');
    return repo;
  }

  git(...args: string[]): string {
    return execFileSync('git', args, { cwd: this.dir, env: { ...process.env, ...identity }, encoding: 'utf8' }).trim();
  }

  write(file: string, text: string): void {
    mkdirSync(path.dirname(path.join(this.dir, file)), { recursive: true });
    writeFileSync(path.join(this.dir, file), text);
  }

  commitAll(message: string): string {
    this.git('add', '-A');
    this.git('commit', '-q', '--allow-empty', '-m', message);
    return this.git('rev-parse', 'HEAD');
  }
}
