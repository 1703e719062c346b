// Which MLflow store a URI or path names, decided the way MLflow decides it:
//   http(s)://…                      → tracking server (REST)
//   sqlite:///rel.db, sqlite:////abs → SQLite database (three slashes: relative to cwd; four: absolute)
//   file:///…/mlruns, a path         → file store, or a .db file (SQLite by its header or extension)
//   a project folder                 → its `mlruns/` when that holds experiments, otherwise its `mlflow.db`.
// The project-folder rule is MLflow's own default since 3.7 (tracking/_tracking_service/utils.py): the default
// tracking URI is `sqlite:///mlflow.db` unless `./mlruns` already holds experiment data (a numeric folder with a
// meta.yaml). Note this means an existing file store wins over a database next to it; `mlruns/` beside `mlflow.db`
// normally holds only the database's artifacts, and then the database is chosen. When both hold data we follow MLflow
// and say so in a notice. With no argument, MLFLOW_TRACKING_URI is used, then the current folder.

import { closeSync, existsSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LocatedError, type Diagnostic } from '../diagnostics.js';
import { openFileStore, type FileStoreOptions } from './file-store.js';
import { openRestStore, type RestStoreOptions } from './rest-store.js';
import { openSqliteStore } from './sqlite-store.js';
import type { MlflowStore } from './store.js';

export interface OpenStoreOptions extends FileStoreOptions, RestStoreOptions {
  /** Environment for MLFLOW_TRACKING_URI and the server credentials. Default: none (nothing is read implicitly). */
  env?: Record<string, string | undefined>;
  /** Base for relative paths and `sqlite:///relative.db`. Default: process.cwd(). */
  cwd?: string;
}

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/**
 * Opens the store `uriOrPath` names (or MLFLOW_TRACKING_URI, or the current folder). Nothing is read yet.
 * Throws LocatedError (code `mlflow/store`) when there is no store there or the scheme is not one we read.
 * Notes on the choice (both a file store and a database present) come back in `read()`'s diagnostics.
 */
export function openStore(uriOrPath: string | undefined, options: OpenStoreOptions = {}): MlflowStore {
  const env = options.env ?? {};
  const cwd = resolve(options.cwd ?? process.cwd());
  const input = uriOrPath?.trim() || env.MLFLOW_TRACKING_URI?.trim() || cwd;
  const notes: Diagnostic[] = [];
  const store = choose(input, cwd, options, notes);
  if (notes.length === 0) return store;
  return {
    ...store,
    read: async (readOptions) => {
      const result = await store.read(readOptions);
      return { model: result.model, diagnostics: [...notes, ...result.diagnostics] };
    },
    stream: async (readOptions) => {
      const stream = await store.stream(readOptions);
      stream.diagnostics.unshift(...notes);
      return stream;
    },
  };
}

function choose(input: string, cwd: string, options: OpenStoreOptions, notes: Diagnostic[]): MlflowStore {
  if (/^https?:\/\//i.test(input)) return openRestStore(input, options);
  const sqlite = /^sqlite:\/\/(\/?.*)$/i.exec(input);
  if (sqlite) {
    const path = sqlite[1]!.replace(/\?.*$/, '');
    if (path === '' || path === '/' || path === '/:memory:') fail(input, 'an in-memory SQLite database has no runs to read');
    // sqlite:///x → "/x" here: relative "x"; sqlite:////x → "//x": absolute "/x".
    const file = path.startsWith('//') ? path.slice(1) : resolve(cwd, path.slice(1));
    if (!existsSync(file)) fail(input, `no database at ${file}`);
    return openSqliteStore(file, options);
  }
  let path = input;
  if (/^file:/i.test(input)) {
    try {
      path = fileURLToPath(input.replace(/^file:(?!\/\/)/i, 'file://'));
    } catch {
      fail(input, 'not a usable file: URI');
    }
  } else if (/^[a-z][a-z0-9+.-]+:/i.test(input) && !/^[a-z]:[\\/]/i.test(input)) {
    fail(input, 'this tracking URI scheme is not one we read (file, sqlite, http and https are)');
  }
  const full = isAbsolute(path) ? path : resolve(cwd, path);
  let stats;
  try {
    stats = statSync(full);
  } catch {
    fail(input, `nothing at ${full}`);
  }
  if (stats.isFile()) {
    if (isSqliteFile(full)) return openSqliteStore(full, options);
    fail(input, 'this file is not an SQLite database');
  }
  if (holdsExperiments(full)) return openFileStore(full, options);
  const mlruns = join(full, 'mlruns');
  const db = join(full, 'mlflow.db');
  const hasDb = existsSync(db) && isSqliteFile(db);
  if (holdsExperiments(mlruns)) {
    if (hasDb) {
      notes.push({
        severity: 'notice',
        code: 'mlflow/store-choice',
        message:
          'both mlruns/ (a file store with experiments) and mlflow.db are here; reading mlruns/ as MLflow does by ' +
          'default. Name mlflow.db (or sqlite:///mlflow.db) to read the database instead.',
        file: 'mlruns',
      });
    }
    return openFileStore(mlruns, options);
  }
  if (hasDb) return openSqliteStore(db, options);
  if (existsSync(join(full, '.trash')) || /(^|[\\/])mlruns[\\/]?$/.test(full)) return openFileStore(full, options);
  fail(input, 'no MLflow store here: expected an mlruns/ folder with experiments or an mlflow.db');
}

/** MLflow's `_has_existing_mlruns_data`: a numeric folder holding a meta.yaml. */
function holdsExperiments(dir: string): boolean {
  try {
    return readdirSync(dir, { withFileTypes: true }).some(
      (e) => e.isDirectory() && /^\d+$/.test(e.name) && existsSync(join(dir, e.name, 'meta.yaml')),
    );
  } catch {
    return false;
  }
}

/** By extension (so that a damaged database still reaches the SQLite reader, which reports it) or by header. */
function isSqliteFile(path: string): boolean {
  if (/\.(db|sqlite3?)$/i.test(path)) return true;
  let fd = -1;
  try {
    fd = openSync(path, 'r');
    const head = Buffer.alloc(SQLITE_HEADER.length);
    return readSync(fd, head, 0, head.length, 0) === head.length && head.equals(SQLITE_HEADER);
  } catch {
    return false;
  } finally {
    if (fd >= 0) closeSync(fd);
  }
}

function fail(input: string, message: string): never {
  throw new LocatedError('mlflow/store', message, input);
}
