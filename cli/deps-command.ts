// ml-hub deps FILE [--json] [--kind KIND]: the dependencies one packaging file declares (and the files it includes).

import { existsSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { parsePackagingFile } from '../shared/env/load-environment.js';
import { packagingKindOf } from '../shared/env/discover-packaging.js';
import { isPep751Lock, packagingFormats } from '../shared/env/formats/index.js';
import { workingTreeReader } from '../shared/env/file-readers.js';
import { formatDiagnostic } from '../shared/diagnostics.js';
import type { PackagingKind } from '../shared/env/model.js';
import { exitCodes, parseCommandArgs, UsageError } from './cli-support.js';

/** `--kind` values: the format's usual name, for files named otherwise. */
export const KINDS: Readonly<Record<string, PackagingKind>> = Object.fromEntries(packagingFormats.flatMap((f) => (f.depsKind ? [[f.depsKind, f.kind]] : [])));

/** Kind by file name, as detect-env decides, plus any other `*.txt`/`*.in` read as a requirements file. */
function kindOf(name: string): PackagingKind | undefined {
  return packagingKindOf(name) ?? (/\.(txt|in)$/i.test(name) ? 'requirements' : undefined);
}

const depsUsage = `usage: ml-hub deps FILE [--json] [--kind ${Object.keys(KINDS).join('|')}]`;

export async function depsCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, { json: { type: 'boolean' }, kind: { type: 'string' } }, 'deps');
  const file = positionals[0];
  if (!file) throw new UsageError(`deps: which file? ${depsUsage}`);
  if (!existsSync(file)) throw new UsageError(`deps: ${file} does not exist`);
  if (!statSync(file).isFile()) throw new UsageError(`deps: ${file} is a folder; name a packaging file in it (or run ml-hub detect-env ${file})`);
  if (values.kind !== undefined && !Object.hasOwn(KINDS, values.kind)) throw new UsageError(`deps: --kind must be one of ${Object.keys(KINDS).join(', ')}`);
  if (values.kind === undefined && isPep751Lock(path.basename(file))) {
    throw new UsageError(`deps: ${file} is a PEP 751 lock file (pylock.toml), recognised but not read yet; list the file it was locked from`);
  }
  const kind = values.kind !== undefined ? KINDS[values.kind] : kindOf(path.basename(file));
  if (!kind) {
    throw new UsageError(
      `deps: ${file} is not a packaging file ml-hub knows by name (requirements*.txt|in|lock, constraints*.txt, environment*.yml, ` +
        `conda*.yaml, setup.py, setup.cfg, pyproject.toml, Pipfile, Pipfile.lock, MLproject, python_env.yaml, runtime.txt, .python-version); ` +
        `say what it is with --kind`,
    );
  }

  // Included files (`-r ../base.txt`) may sit above the file: read relative to the current folder when the file is
  // inside it, else relative to the file's own folder.
  const real = realpathSync(file);
  const cwd = realpathSync('.');
  const base = real.startsWith(cwd + path.sep) ? cwd : path.dirname(real);
  const relative = path.relative(base, real).split(path.sep).join('/');
  const parsed = parsePackagingFile(relative, kind, workingTreeReader(base), process.env);
  if (parsed.files.length === 0) throw new UsageError(`deps: ${file} cannot be read (not a regular text file, or larger than ml-hub reads)`);
  const dependencies = parsed.files.flatMap((f) => f.dependencies);
  const diagnostics = [...parsed.files.flatMap((f) => f.diagnostics), ...parsed.diagnostics];

  if (values.json) {
    console.log(
      JSON.stringify(
        dependencies.map((d) => ({
          name: d.name,
          normalized: d.normalized,
          specifier: d.specifier,
          extras: d.extras,
          marker: d.marker ?? null,
          url: d.url ?? null,
          editable: d.editable,
          file: d.file,
          line: d.line,
          ecosystem: d.ecosystem,
          group: d.group,
          ...(d.constraintOnly ? { constraint: true } : {}),
        })),
        null,
        2,
      ),
    );
  } else {
    for (const d of dependencies) {
      const extras = d.extras.length ? `[${d.extras.join(',')}]` : '';
      console.log(`${d.file}:${d.line}\t${d.name}${extras}${d.specifier ? ` ${d.specifier}` : ''}${d.marker ? ` ; ${d.marker}` : ''}${d.url ? ` @ ${d.url}` : ''}${d.editable ? ' (editable)' : ''}`);
    }
  }
  for (const d of diagnostics) console.error(formatDiagnostic(d));
  return diagnostics.some((d) => d.severity === 'error') ? exitCodes.usage : exitCodes.ok;
}
