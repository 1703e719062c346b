// Parses a step's output for workflow commands as the runner does (actions/runner ActionCommandManager): lines end at
// CR, LF or CRLF; a line is a command when, after leading white space (.NET's Char.IsWhiteSpace), it reads
// `::command key=value,…::message`; the legacy form `##[command key=value;…]message` counts anywhere in a line; and
// after `::stop-commands::TOKEN` nothing is a command until a line `::TOKEN::`. Escapes are undone.

export interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  message: string;
  /** The `##[…]` form. */
  legacy?: boolean;
}

const unescapeData = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
const unescapeProperty = (s: string) => unescapeData(s).replace(/%3A/g, ':').replace(/%2C/g, ',');
/** .NET's white space: JavaScript's \s without U+FEFF, with U+0085. */
const leadingSpace = /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]*/;

function properties(text: string, separator: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const pair of text.split(separator).filter(Boolean)) {
    const eq = pair.indexOf('=');
    if (eq > 0) result[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1));
  }
  return result;
}

export function parseWorkflowCommands(stdout: string): WorkflowCommand[] {
  const commands: WorkflowCommand[] = [];
  let stopToken: string | undefined;
  for (const raw of stdout.split(/\r\n|\r|\n/)) {
    const line = raw.replace(leadingSpace, '');
    if (stopToken !== undefined) {
      if (line === `::${stopToken}::`) stopToken = undefined;
      continue;
    }
    const m = /^::([A-Za-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (m) {
      const command: WorkflowCommand = { command: m[1]!, properties: properties(m[2] ?? '', ','), message: unescapeData(m[3]!) };
      commands.push(command);
      if (command.command === 'stop-commands' && command.message) stopToken = command.message;
      continue;
    }
    const legacy = /##\[([A-Za-z-]+)(?: ([^\]]*))?\](.*)$/.exec(raw);
    if (legacy) commands.push({ command: legacy[1]!, properties: properties(legacy[2] ?? '', ';'), message: unescapeData(legacy[3]!), legacy: true });
  }
  return commands;
}
