// What changed since the base commit: dependencies added, removed or re-pinned in packaging files, and undeclared
// imports that the change introduced or fixed. The base side reuses the working tree's scan for files the change did
// not touch and scans only the touched files as they were at the base.

import type { Diagnostic } from '../diagnostics.js';
import { gitCommitReader } from '../env/file-readers.js';
import { loadEnvironment } from '../env/load-environment.js';
import { findPackagingFiles } from '../env/discover-packaging.js';
import type { Dependency } from '../env/model.js';
import { changedSince, filesAtCommit, resolveCommit, showFile } from '../git/git.js';
import { scanPythonSource } from '../scan/python-imports.js';
import { scanNotebook } from '../scan/notebook.js';
import type { ScannedFile } from '../scan/model.js';
import { classifyImports } from './classify-imports.js';
import { findUndeclared } from './compare-declarations.js';
import { environmentHash } from '../env/env-hash.js';
import type { Analysis } from './detect-drift.js';
import type { BaseChanges, DependencyChange, UndeclaredImport } from './model.js';

const key = (d: Dependency, name: string) => `${d.file}\0${d.group}\0${name}`;

export async function compareWithBase(
  root: string,
  base: string,
  now: Analysis,
  undeclaredNow: UndeclaredImport[],
  env: Record<string, string | undefined>,
): Promise<{ changes: BaseChanges } | { problem: Diagnostic }> {
  const commit = await resolveCommit(root, base);
  if (!commit) {
    return {
      problem: {
        severity: 'warning',
        code: 'git/no-base',
        message: `base commit ${base} is not in this clone; check out with fetch-depth: 0 (actions/checkout) to see what changed`,
        file: '.',
      },
    };
  }
  const baseFiles = await filesAtCommit(root, commit);
  const environment = loadEnvironment(
    findPackagingFiles(baseFiles).map((f) => f.path),
    gitCommitReader(root, commit),
    { env },
  );

  const before = new Map(environment.files.flatMap((f) => f.dependencies).map((d) => [key(d, now.context.pypiName(d)), d]));
  const after = new Map(now.dependencies.map((d) => [key(d, now.context.pypiName(d)), d]));
  const added: DependencyChange[] = [];
  const removed: DependencyChange[] = [];
  const changed: DependencyChange[] = [];
  for (const [k, d] of after) {
    const old = before.get(k);
    if (!old) added.push({ name: d.name, file: d.file, line: d.line, after: d.specifier });
    else if (old.specifier !== d.specifier) changed.push({ name: d.name, file: d.file, line: d.line, before: old.specifier, after: d.specifier });
  }
  for (const [k, d] of before) if (!after.has(k)) removed.push({ name: d.name, file: d.file, before: d.specifier });

  const changedPaths = new Set(await changedSince(root, commit));
  const atBase = new Set(baseFiles);
  const scannedBefore: ScannedFile[] = [];
  for (const file of now.scanned) {
    if (!atBase.has(file.path)) continue;
    if (!changedPaths.has(file.path)) {
      scannedBefore.push(file);
      continue;
    }
    const bytes = await showFile(root, commit, file.path);
    if (bytes) scannedBefore.push(file.path.endsWith('.ipynb') ? scanNotebook(bytes.toString('utf8'), file.path) : scanPythonSource(bytes, file.path));
  }
  const undeclaredBefore = findUndeclared(classifyImports(scannedBefore, now), environment.files.flatMap((f) => f.dependencies), now.context).undeclared;
  const namesBefore = new Set(undeclaredBefore.map((u) => u.module));
  const namesNow = new Set(undeclaredNow.map((u) => u.module));

  return {
    changes: {
      base: commit,
      added,
      removed,
      changed,
      newUndeclared: [...namesNow].filter((m) => !namesBefore.has(m)).sort(),
      fixedUndeclared: [...namesBefore].filter((m) => !namesNow.has(m)).sort(),
      envHashBefore: environmentHash(environment.files),
    },
  };
}
