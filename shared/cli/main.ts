#!/usr/bin/env node
// `ml-hub <command>`: the same pipelines as the actions, for a terminal.

import { detectEnvCommand } from './detect-env-command.js';
import { depsCommand } from './deps-command.js';
import { importsCommand } from './imports-command.js';
import { UsageError, exitCodes } from './cli-support.js';

const commands: Record<string, { summary: string; run: (args: string[]) => Promise<number> }> = {
  'detect-env': { summary: 'find environment drift in a project: ml-hub detect-env [PATH] [--json] [--base REF]', run: detectEnvCommand },
  deps: { summary: 'list the dependencies one packaging file declares: ml-hub deps FILE [--json]', run: depsCommand },
  imports: { summary: 'list the imports of Python files and notebooks: ml-hub imports PATH [--json] [--no-default-excludes]', run: importsCommand },
};

function usage(): string {
  return [
    'usage: ml-hub <command> [options]',
    '',
    ...Object.entries(commands).map(([name, c]) => `  ${name.padEnd(12)} ${c.summary}`),
    '',
    'exit codes: 0 success, 1 drift or findings that fail (see --fail-on), 2 bad usage or unreadable input',
  ].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(usage());
    return name ? exitCodes.ok : exitCodes.usage;
  }
  if (name === '--version') {
    console.log(process.env.npm_package_version ?? 'ml-hub');
    return exitCodes.ok;
  }
  const command = commands[name];
  if (!command) throw new UsageError(`unknown command "${name}"\n\n${usage()}`);
  return command.run(args);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`ml-hub: ${message}`);
    if (process.env.ML_HUB_DEBUG && error instanceof Error) console.error(error.stack);
    process.exitCode = exitCodes.usage;
  },
);
