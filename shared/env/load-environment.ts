// Reads every packaging file of a project into the one environment model, following what files include
// (`-r`, setup.py reading requirements.txt, MLproject naming conda.yaml) so each file is parsed exactly once.

import path from 'node:path';
import type { Diagnostic } from '../diagnostics.js';
import { findPackagingFiles, packagingKindOf } from './discover-packaging.js';
import { formatOf } from './formats/index.js';
import type { Env } from './formats/format.js';
import { isConstraintsFile } from './formats/requirements.js';
import type { FileReader, PackagingFile, PackagingKind } from './model.js';

/** The kind of an included file, by its name, else by its extension. */
function includedKind(file: string): PackagingKind {
  const byName = packagingKindOf(path.posix.basename(file));
  if (byName) return byName;
  return /\.ya?ml$/i.test(file) ? 'conda' : 'requirements';
}

export interface LoadedEnvironment {
  files: PackagingFile[];
  diagnostics: Diagnostic[];
}

/** Parses one file (and what it includes). */
export function parsePackagingFile(file: string, kind: PackagingKind, reader: FileReader, env: Env): LoadedEnvironment {
  const loaded: LoadedEnvironment = { files: [], diagnostics: [] };
  load(file, kind, reader, env, loaded, new Set());
  return loaded;
}

/** Parses every packaging file among `paths` (root-relative), each once. */
export function loadEnvironment(paths: readonly string[], reader: FileReader, options: { env: Env }): LoadedEnvironment {
  const loaded: LoadedEnvironment = { files: [], diagnostics: [] };
  const seen = new Set<string>();
  for (const { path: file, kind } of findPackagingFiles(paths)) {
    const before = loaded.files.length;
    load(file, kind, reader, options.env, loaded, seen);
    // A constraints file nothing names with `-c` still only constrains.
    if (isConstraintsFile(file)) for (const f of loaded.files.slice(before)) for (const d of f.dependencies) d.constraintOnly = true;
  }
  return loaded;
}

function load(file: string, kind: PackagingKind, reader: FileReader, env: Env, into: LoadedEnvironment, seen: Set<string>): void {
  if (seen.has(file)) return;
  const text = reader.read(file);
  // A file skipped (too large) or not UTF-8 is said so: "0 packaging files" must not hide one that is there.
  const problem = reader.problem?.(file);
  if (problem) into.diagnostics.push({ severity: 'warning', code: `packaging/${problem.kind}`, message: problem.message, file, ...(problem.line && { line: problem.line }) });
  if (text === undefined) return;
  seen.add(file);
  const format = formatOf(kind);
  const parsed = format.parse(file, text.replace(/^\uFEFF/, ''), reader, env);
  for (const f of parsed) {
    if (f.path !== file && seen.has(f.path)) continue;
    seen.add(f.path);
    into.files.push(f);
    into.diagnostics.push(...f.diagnostics);
  }
  // Most parsers only name what they include; read those here.
  if (format.readsIncludes) return;
  for (const f of parsed) {
    for (const included of f.includes) {
      if (seen.has(included)) continue;
      if (reader.read(included) === undefined) {
        into.diagnostics.push({
          severity: 'warning',
          code: 'packaging/missing-include',
          message: `${f.path} refers to ${included}, which does not exist`,
          file: f.path,
          line: f.includeLines?.[included] ?? 1,
        });
        seen.add(included);
        continue;
      }
      load(included, includedKind(included), reader, env, into, seen);
    }
  }
}
