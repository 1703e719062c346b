// Text for a GitHub Actions job log that the runner shows and never obeys. The runner reads every line a step prints
// (stdout and stderr) and runs it as a workflow command when, after leading white space, it starts with `::`
// (`::error::`, `::add-mask::`, `::stop-commands::`, …) or holds the legacy `##[` anywhere; a lone CR ends a line as
// much as LF does. Untrusted text (run names, params, tags, file, package and module names) reaches the log inside
// ml-hub's messages, so every plain line goes through here: a zero-width space (not white space to the runner, nor
// visible in the log) is put between the two characters that would start a command. Workflow commands ml-hub means
// to issue go through @actions/core, which escapes their data itself.

/** White space as .NET's String.TrimStart (the runner's) removes it, bar the line breaks: JavaScript's \s lacks U+0085. */
const blanks = '[^\\S\\r\\n]|\\u0085';
const commandStart = new RegExp(`(^|\\r\\n|\\r|\\n)((?:${blanks})*):(?=:)`, 'g');
const zeroWidthSpace = '\u200b';

/**
 * `text` with no line that the runner would run as a workflow command. `continuesLine`: the text is written after
 * other text on the same line (a stream chunk), so its start is not a line start.
 */
export function logText(text: string, continuesLine = false): string {
  return text
    .replace(commandStart, (whole: string, lineBreak: string, space: string, offset: number) =>
      offset === 0 && lineBreak === '' && continuesLine ? whole : `${lineBreak}${space}:${zeroWidthSpace}`,
    )
    .replaceAll('##[', `#${zeroWidthSpace}#[`);
}

/**
 * Makes every later write to `stream` go through logText, for programs that never mean to print a workflow command
 * (the CLI): whatever it prints of a run name or a file name inside a workflow step stays text.
 */
export function guardWorkflowCommands(stream: NodeJS.WriteStream): void {
  const write = stream.write.bind(stream) as (chunk: unknown, ...rest: unknown[]) => boolean;
  let atLineStart = true;
  stream.write = ((chunk: unknown, ...rest: unknown[]) => {
    const text = chunkText(chunk, rest[0]);
    if (text === undefined || text === '') return write(chunk, ...rest);
    const safe = logText(text, !atLineStart);
    atLineStart = /[\r\n]$/.test(text);
    if (safe === text) return write(chunk, ...rest);
    return write(safe, ...(typeof rest[0] === 'string' ? rest.slice(1) : rest));
  }) as typeof stream.write;
}

/** A chunk as UTF-8 text, or undefined for what is not (another encoding, bytes that do not round-trip): left as is. */
function chunkText(chunk: unknown, encoding: unknown): string | undefined {
  if (typeof chunk === 'string') return encoding === undefined || typeof encoding !== 'string' || /^utf-?8$/i.test(encoding) ? chunk : undefined;
  if (!(chunk instanceof Uint8Array)) return undefined;
  const text = Buffer.from(chunk).toString('utf8');
  return Buffer.from(text).equals(chunk) ? text : undefined;
}
