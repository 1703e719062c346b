// ml-hub deps FILE [--json]: the dependencies one packaging file declares (and the files it includes).

import { existsSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { parsePackagingFile } from '../env/load-environment.js';
import { packagingKindOf } from '../env/discover-packaging.js';
import { workingTreeReader } from '../env/file-readers.js';
import { formatDiagnostic } from '../diagnostics.js';
import type { PackagingKind } from '../env/model.js';
import { exitCodes, parseCommandArgs, UsageError } from './cli-support.js';

/** Kind by file name, as detect-env decides, plus any other `*.txt`/`*.in` read as a requirements file. */
function kindOf(name: string): PackagingKind | undefined {
  return packagingKindOf(name) ?? (/\.(txt|in)$/i.test(name) ? 'requirements' : undefined);
}

export async function depsCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, { json: { type: 'boolean' } }, 'deps');
  const file = positionals[0];
  if (!file) throw new UsageError('deps: which file? usage: ml-hub deps FILE [--json]');
  if (!existsSync(file)) throw new UsageError(`deps: ${file} does not exist`);
  const kind = kindOf(path.basename(file));
  if (!kind) throw new UsageError(`deps: ${file} is not a packaging file ml-hub reads (requirements*.txt, environment.yml, setup.py, setup.cfg, pyproject.toml, Pipfile, Pipfile.lock, MLproject, python_env.yaml, runtime.txt, .python-version)`);

  // Included files (`-r ../base.txt`) may sit above the file: read relative to the current folder.
  const base = realpathSync('.');
  const relative = path.relative(base, realpathSync(file)).split(path.sep).join('/');
  const parsed = parsePackagingFile(relative, kind, workingTreeReader(base), process.env);
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
