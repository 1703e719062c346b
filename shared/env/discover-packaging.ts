// Which files of a project are packaging files, by path; files those include (`-r`, `conda_env:`) are followed by the
// parsers themselves, wherever they are.

import { readdirSync } from 'node:fs';
import path from 'node:path';
import { packagingFormats } from './formats/index.js';
import { isConstraintsFile } from './formats/requirements.js';
import type { PackagingKind } from './model.js';

/** Folders whose packaging files describe something else: test data, templates, vendored code, environments. */
const NOT_THE_PROJECT = /^(fixtures?|__fixtures__|testdata|test_data|test-data|third_party|thirdparty|third-party|vendor|_vendor|vendored|site-packages|node_modules|\.venv|venv|\.tox|\.nox|\.git|build|dist|mlruns|mlartifacts|wandb|lightning_logs|\.ipynb_checkpoints)$|\{\{|\{%/i;

/**
 * The kind of a root-relative path, or undefined when it is not a packaging file we read on our own. Packaging files
 * count at any depth (a sub-project's setup.py, `docs/requirements.txt`, `examples/x/environment.yml`), except under
 * test data, templates and vendored trees. A format's own names come first (`requirements/runtime.txt` is a
 * runtime.txt), then the names tools write (formats/*.ts: `alsoNamed`).
 */
export function packagingKindOf(relativePath: string): PackagingKind | undefined {
  const parts = relativePath.split('/');
  const name = parts[parts.length - 1]!;
  const folders = parts.slice(0, -1);
  if (folders.some((p) => NOT_THE_PROJECT.test(p))) return undefined;
  return (packagingFormats.find((f) => f.names.includes(name)) ?? packagingFormats.find((f) => f.alsoNamed?.(name, folders)))?.kind;
}

/** Packaging files among the given root-relative paths, in a stable order. */
export function findPackagingFiles(paths: Iterable<string>): { path: string; kind: PackagingKind }[] {
  const found: { path: string; kind: PackagingKind }[] = [];
  for (const p of paths) {
    const kind = packagingKindOf(p);
    if (kind) found.push({ path: p, kind });
  }
  // Constraints files last: when a requirements file names one with `-c`, it is read there, as constraints.
  const rank = (p: string) => (isConstraintsFile(p) ? 1 : 0);
  return found.sort((a, b) => rank(a.path) - rank(b.path) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** The files at the project's root and in its `requirements/` folder, where loadEnvironment looks for the declared
 * environment (root-relative paths). */
export function rootListing(root: string): string[] {
  const listing: string[] = [];
  for (const entry of readdirSync(root, { withFileTypes: true })) {
    if (entry.isFile()) listing.push(entry.name);
    else if (entry.isDirectory() && entry.name === 'requirements') {
      for (const inner of readdirSync(path.join(root, entry.name), { withFileTypes: true })) if (inner.isFile()) listing.push(`requirements/${inner.name}`);
    }
  }
  return listing;
}
