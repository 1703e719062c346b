// ml-hub imports PATH [--json] [--no-default-excludes]: the imports of one file or of every Python file under a folder.

import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { discoverFiles } from '../shared/scan/discover-files.js';
import { scanFilesInOrder } from '../shared/scan/scan-files.js';
import { type Diagnostic, formatDiagnostic } from '../shared/diagnostics.js';
import { scanningHeap } from '../shared/heap-tuning.js';
import { exitCodes, parseCommandArgs, printJsonArray, StdoutWriter, UsageError } from './cli-support.js';

export async function importsCommand(args: string[]): Promise<number> {
  scanningHeap();
  const { values, positionals } = parseCommandArgs(
    args,
    { json: { type: 'boolean' }, 'no-default-excludes': { type: 'boolean' }, exclude: { type: 'string', multiple: true } },
    'imports',
  );
  const target = positionals[0] ?? '.';
  if (!existsSync(target)) throw new UsageError(`imports: ${target} does not exist`);
  const isFile = statSync(target).isFile();
  const root = isFile ? path.dirname(target) : target;
  const files = isFile
    ? [path.basename(target)]
    : discoverFiles(root, { exclude: values.exclude, defaultExcludes: !values['no-default-excludes'] }).then((d) => d.files);
  // Written out as they are scanned, in path order: a library folder's 13,000 files are never all held at once.
  const scanned = scanFilesInOrder(root, files);
  const problems: Diagnostic[] = [];
  const noting = async function* () {
    for await (const f of scanned) {
      if (f.problem) problems.push(f.problem);
      if (!f.skipped) yield f;
    }
  };
  if (values.json) {
    await printJsonArray(noting(), (f) => ({
      file: f.path,
      imports: f.imports.map((i) => ({
        module: i.module,
        dotted: i.dotted,
        level: i.level,
        line: i.line,
        ...(i.cell !== undefined ? { cell: i.cell } : {}),
        ...(i.guard ? { guard: i.guard } : {}),
        ...(i.inFunction ? { inFunction: true } : {}),
        ...(i.installHint ? { installHint: true } : {}),
      })),
      modules: [...new Set(f.imports.filter((i) => i.level === 0).map((i) => i.module))].sort(),
      ...(f.pipInstalls.length ? { pipInstalls: f.pipInstalls } : {}),
      ...(f.problem ? { problem: f.problem } : {}),
    }));
  } else {
    const out = new StdoutWriter();
    for await (const f of noting()) for (const i of f.imports) await out.write(`${f.path}:${i.line}\t${i.dotted}\n`);
    await out.flush();
  }
  for (const problem of problems) console.error(formatDiagnostic(problem));
  return exitCodes.ok;
}
