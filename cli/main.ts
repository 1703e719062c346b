#!/usr/bin/env node
// `ml-hub <command>`: the same pipelines as the actions, for a terminal.

import { UsageError, exitCodes } from './cli-support.js';
import { guardWorkflowCommands } from '../shared/log-text.js';

// Inside a workflow step the runner obeys workflow commands in this output; the CLI never means to print one, so no
// run name, file name or package name it quotes can become one.
guardWorkflowCommands(process.stdout);
guardWorkflowCommands(process.stderr);
// `ml-hub detect-env | head`: the reader has all it wants once it closes the pipe; stop quietly, as cat does.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
}

interface Command {
  summary: string;
  /** The command's module, loaded when it runs: `ml-hub imports` need not evaluate what `ml-hub train` uses. */
  load: () => Promise<{ run: (args: string[]) => Promise<number>; details?: string }>;
}

const commands: Record<string, Command> = {
  'detect-env': {
    summary: 'find environment drift in a project: ml-hub detect-env [PATH] [--json] [--base REF] [--python PY] [--fail-on never|undeclared|any] [--exclude GLOB]… [--config FILE]',
    load: async () => {
      const m = await import('./detect-env-command.js');
      return { run: m.detectEnvCommand, details: m.detectEnvDetails };
    },
  },
  deps: {
    summary: 'list the dependencies one packaging file declares: ml-hub deps FILE [--json] [--kind KIND]',
    load: async () => {
      const m = await import('./deps-command.js');
      return { run: m.depsCommand, details: `FILE is read whatever folder it is in; --kind (${Object.keys(m.KINDS).join(', ')}) reads a file whose name does not say its format.` };
    },
  },
  imports: {
    summary: 'list the imports of Python files and notebooks: ml-hub imports PATH [--json] [--no-default-excludes] [--exclude GLOB]…',
    load: async () => ({ run: (await import('./imports-command.js')).importsCommand }),
  },
  'package-env': {
    summary: 'fix the packaging files from the active environment: ml-hub package-env [PATH] [--python PY] [--dry-run] [--diff] [--yes] [--prune] [--pin STYLE] [--optional-groups]',
    load: async () => ({ run: (await import('./package-env-command.js')).packageEnvCommand }),
  },
  init: {
    summary: 'set a repository up for ml-hub: ml-hub init [PATH] [--force] [--create OWNER/NAME] [--private] [--actions-owner OWNER]',
    load: async () => ({ run: (await import('./init-command.js')).initCommand }),
  },
  report: {
    summary: 'MLflow runs as a Markdown report and a dashboard: ml-hub report [STORE] --out DIR [--experiment X] [--metric M]',
    load: async () => ({ run: (await import('./report-command.js')).reportCommand }),
  },
  runs: {
    summary: 'the experiments and runs of an MLflow store: ml-hub runs [STORE] [--json]',
    load: async () => ({ run: (await import('./runs-command.js')).runsCommand }),
  },
  train: {
    summary: 'train on the runner that fits: ml-hub train [PATH] [--workflow W] [--ref R] [--entry-point E] [-P k=v]… [--runner L] [--wait] [--timeout 2h]',
    load: async () => ({ run: (await import('./train-command.js')).trainCommand }),
  },
};

/** `ml-hub <command> --help`: the command's own usage line, what it does, and its options where they need saying. */
function commandHelp(summary: string, details?: string): string {
  const at = summary.indexOf(': ml-hub ');
  const line = at < 0 ? summary : `usage: ${summary.slice(at + 2)}`;
  const what = at < 0 ? '' : summary.slice(0, at);
  return [line, '', what.charAt(0).toUpperCase() + what.slice(1) + '.', ...(details ? ['', details] : [])].join('\n');
}

function usage(): string {
  return [
    'usage: ml-hub <command> [options]',
    '',
    ...Object.entries(commands).map(([name, c]) => `  ${name.padEnd(12)} ${c.summary}`),
    '',
    'exit codes: 0 success, 1 drift or findings that fail (see --fail-on, --fail-on-regression), 2 bad usage or unreadable input',
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
  const { run, details } = await command.load();
  if (args.includes('--help') || args.includes('-h')) {
    console.log(commandHelp(command.summary, details));
    return exitCodes.ok;
  }
  return run(args);
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
