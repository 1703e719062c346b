// ml-hub detect-env [PATH] [--json] [--base REF] [--python PY] [--fail-on never|undeclared|any] [--exclude GLOB]… [--config FILE]

import { existsSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { detectDrift } from '../shared/drift/detect-drift.js';
import { driftFindings } from '../shared/drift/annotations.js';
import { headline, plural } from '../shared/drift/render-summary.js';
import { failureReason } from '../shared/drift/outputs.js';
import { formatDiagnostic } from '../shared/diagnostics.js';
import { exitCodes, parseCommandArgs, UsageError } from './cli-support.js';
import type { FailOn } from '../shared/config/config.js';

export const detectEnvDetails = [
  'PATH is the project folder (default: the current one). Findings print as file:line: level: message; --json prints',
  'the whole report (undeclared, optional, unused, deadDeclarations, conflicts, outOfSync, diagnostics).',
  '--fail-on: never; undeclared (default: undeclared imports or unreadable packaging files); any (also unused,',
  'conflicts, out of sync). Optional imports never fail. --config FILE: a settings file anywhere.',
].join('\n');

export async function detectEnvCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    args,
    {
      json: { type: 'boolean' },
      base: { type: 'string' },
      python: { type: 'string' },
      'fail-on': { type: 'string' },
      exclude: { type: 'string', multiple: true },
      config: { type: 'string' },
    },
    'detect-env',
  );
  const root = positionals[0] ?? '.';
  if (!existsSync(root)) throw new UsageError(`detect-env: ${root} does not exist`);
  if (!statSync(root).isDirectory()) throw new UsageError(`detect-env: ${root} is a file; give the project folder (ml-hub imports ${root} lists one file's imports)`);
  // --config names a file as the user sees it: relative to the current folder, inside the project or not.
  let configPath: string | undefined;
  if (values.config !== undefined) {
    if (!existsSync(values.config) || !statSync(values.config).isFile()) throw new UsageError(`detect-env: --config ${values.config} does not exist`);
    const inProject = path.relative(realpathSync(root), realpathSync(values.config));
    configPath = inProject.startsWith('..') || path.isAbsolute(inProject) ? realpathSync(values.config) : inProject.split(path.sep).join('/');
  }
  const failOn = values['fail-on'];
  if (failOn !== undefined && !['never', 'undeclared', 'any'].includes(failOn)) throw new UsageError(`detect-env: --fail-on must be never, undeclared or any`);

  const report = await detectDrift({ root, base: values.base, python: values.python, exclude: values.exclude, configPath });
  if (values.json) {
    console.log(JSON.stringify(report, null, 2));
  } else {
    console.log(`ml-hub detect-env: ${headline(report)}`);
    console.log(
      `  Python ${report.python.version} (${report.python.reason}); ${plural(report.scannedFiles, 'source file')}, ` +
        `${plural(report.packagingFiles.length, 'packaging file')}; env-hash ${report.envHash.slice(0, 16)}`,
    );
    for (const a of driftFindings(report)) {
      console.log(formatDiagnostic({ severity: a.level, code: '', message: `${a.title}: ${a.message}`, file: a.file ?? '.', line: a.line }));
    }
  }
  const reason = failureReason(report, (failOn as FailOn | undefined) ?? report.failOn ?? 'undeclared');
  if (reason) {
    console.error(reason);
    return exitCodes.findings;
  }
  return exitCodes.ok;
}
