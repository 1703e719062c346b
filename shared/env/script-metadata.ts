// PEP 723 inline script metadata: a `# /// script` … `# ///` comment block at the top of a .py file declares what
// that one script needs (`dependencies`, `requires-python`), as `uv run`, `pipx run` and hatch read it. The block's
// lines, without their `# `, are TOML; they are placed at their own line numbers so every place stays the file's.

import { LocatedError } from '../diagnostics.js';
import { splitLines } from '../text/lines.js';
import type { FileReader, PackagingFile } from './model.js';
import { PackagingFileBuilder } from './packaging-file.js';
import { readTomlDocument } from './toml-document.js';
import { TomlFields } from './toml-fields.js';

const OPEN = /^# \/\/\/ ([a-zA-Z0-9-]+)[ \t]*$/;
const CLOSE = /^# \/\/\/[ \t]*$/;
const CONTENT = /^#(?: .*)?$/;

interface Block {
  /** The block's TOML, preceded by one empty line per line above it. */
  toml: string;
  line: number;
}

/**
 * The `script` block of a Python source, or undefined when it has none. A block that never closes, or a second
 * `script` block, is a LocatedError (`uv run` refuses both).
 */
export function scriptBlock(file: string, text: string): Block | undefined {
  // Cheap no for almost every file.
  if (!text.includes('# /// script')) return undefined;
  const lines = splitLines(text);
  let found: Block | undefined;
  for (let i = 0; i < lines.length; i++) {
    const open = OPEN.exec(lines[i]!);
    if (!open) continue;
    // The block runs to the last `# ///` among the comment lines that follow it.
    let close = -1;
    let j = i + 1;
    for (; j < lines.length && CONTENT.test(lines[j]!); j++) if (CLOSE.test(lines[j]!)) close = j;
    if (open[1] !== 'script') {
      // Past the other block (or, unclosed, its whole comment run): each line is looked at a bounded number of times.
      i = close === -1 ? j - 1 : close;
      continue;
    }
    if (close === -1) throw new LocatedError('script/syntax', 'the `# /// script` block is never closed with `# ///`', file, i + 1);
    if (found) throw new LocatedError('script/syntax', 'a second `# /// script` block: a script has one', file, i + 1);
    const body = lines.slice(i + 1, close).map((l) => (l.startsWith('# ') ? l.slice(2) : l.slice(1)));
    found = { toml: `${'\n'.repeat(i + 1)}${body.join('\n')}\n`, line: i + 1 };
    i = close;
  }
  return found;
}

/** The script's requirements, as one PackagingFile of kind `script` (empty when the file has no block). */
export function parseScriptMetadata(file: string, text: string, _reader?: FileReader): PackagingFile[] {
  const b = new PackagingFileBuilder(file, 'script', 'script');
  try {
    const block = scriptBlock(file, text);
    if (!block) return [b.file];
    const f = new TomlFields(b, readTomlDocument(file, block.toml, 'script'));
    b.addDependencies(f.requirements(['dependencies'], 'main'));
    const python = f.string(['requires-python']);
    if (python !== undefined) b.file.python = { specifier: python.replace(/\s+/g, ''), file, line: f.line(['requires-python']) };
  } catch (error) {
    if (!(error instanceof LocatedError)) throw error;
    b.file.diagnostics.push(error.toDiagnostic());
  }
  return [b.file];
}
