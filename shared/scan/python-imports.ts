// Finds the modules a Python file imports without parsing Python. A byte-level lexer knows just enough of the language
// (strings with every prefix, comments, brackets, line continuations, f-string replacement fields nested to any depth
// as Python 3.12 allows) to tell code from text. `import` is a hard keyword, so every `import` token outside strings
// and comments belongs to an import statement: at each one the lexer reads backwards for `from <module>` (else it
// is `import a, b.c`, read forwards), and `from` itself never needs a look (`yield from`, `raise … from`). Everything
// else is stepped over a byte at a time, or with indexOf (comments, triple-quoted strings). It works on the
// undecoded bytes; only names with non-ASCII letters are decoded.
// What it accepts is a superset of Python: it flags only what the tokenizer rejects (unterminated strings,
// unbalanced brackets, NUL bytes), never grammar errors, and stops at the first of those.

import type { Diagnostic } from '../diagnostics.js';
import type { ImportRecord, ScannedFile } from './model.js';
import { markGuards } from './import-guards.js';
import { namedTrackers } from './named-trackers.js';
import { invokedPrograms } from './pip-install-command.js';

/** A place where the lexer gave up, as a byte offset into the bytes it scanned. */
class Unparsable {
  constructor(
    readonly message: string,
    readonly offset: number,
  ) {}
}

/**
 * The bytes the main loop stops at (1 in the table); it dispatches on the byte itself, written as a literal so that
 * no build (ts-jest, ncc's transpile-only mode) leaves an enum lookup in the loop.
 */
function stopTable(newlines: boolean): Uint8Array {
  const t = new Uint8Array(256);
  for (const c of '\'"#\\([{)]}i:') t[c.charCodeAt(0)] = 1;
  if (newlines) t[0x0a] = 1;
  return t;
}
/** Plain Python: newlines mean nothing to an import finder. */
const PYTHON = stopTable(false);
/** IPython cells: every logical line start may hold a magic (`%pip`, `!ls`), so newlines are stops. */
const IPYTHON = stopTable(true);

/** Bytes that continue a name. Bytes >= 0x80 are taken as letters: non-ASCII outside strings is a name or an error. */
const NAME = new Uint8Array(256);
/** Bytes that may start a name. */
const NAME_START = new Uint8Array(256);
for (let c = 0; c < 256; c++) {
  const letter = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f || c >= 0x80;
  NAME_START[c] = letter ? 1 : 0;
  NAME[c] = letter || (c >= 0x30 && c <= 0x39) ? 1 : 0;
}

/** Bytes a one-line string cannot simply contain: quotes (one of them ends it), backslash, line ends. */
const SHORT_STRING_STOP = new Uint8Array(256);
for (const c of [0x22, 0x27, 0x5c, 0x0a, 0x0d]) SHORT_STRING_STOP[c] = 1;

/** The opening bracket of each closing one. */
const OPENER_OF = new Uint8Array(128);
OPENER_OF[0x29] = 0x28;
OPENER_OF[0x5d] = 0x5b;
OPENER_OF[0x7d] = 0x7b;
/** CPython's tokenizer limits (MAXLEVEL, MAXFSTRINGLEVEL); they also bound this lexer's recursion. */
const MAX_BRACKETS = 200;
const MAX_FSTRINGS = 150;

const utf8 = new TextDecoder('utf-8');
const CODING = Buffer.from('coding');

/** A logical line the lexer found to be IPython syntax (`\`-continuations kept), with its 1-based line. */
export type MagicLineHandler = (text: string, line: number) => void;

export interface LexOptions {
  /** Treat lines that start with `%`, `!`, `?`, `x = !cmd` or end in `obj?` as IPython syntax: skip them, report them. */
  onMagicLine?: MagicLineHandler;
  /** The bytes are UTF-8 encoded text (not a file's bytes): no BOM or PEP 263 cookie to honour. */
  decoded?: boolean;
}

export interface LexResult {
  imports: ImportRecord[];
  problem?: { message: string; line: number; column: number };
}

class Lexer {
  readonly imports: ImportRecord[] = [];
  /** Byte offset where each import statement starts (`import` or `from`), parallel to `imports`. */
  readonly starts: number[] = [];
  /** Offsets of the `:` outside brackets and strings: every block header ends in one. */
  readonly colons: number[] = [];
  private readonly n: number;
  private readonly stops: Uint8Array;
  /** Offsets of the open brackets, innermost at `depth - 1` (a plain array: a typed one costs an allocation per file). */
  private readonly stack: number[] = [];
  private depth = 0;
  private fstrings = 0;
  /** End of the last dotted name read by `dotted()`. */
  private end = 0;
  private lineOffset = 0;
  private lineNumber = 1;
  /** Offsets of the newlines that end comments ending in `\`. */
  private readonly commentBackslashes: number[] = [];

  constructor(
    readonly b: Uint8Array,
    private readonly onMagicLine: MagicLineHandler | undefined,
  ) {
    this.n = b.length;
    this.stops = onMagicLine ? IPYTHON : PYTHON;
  }

  run(): void {
    const start = this.onMagicLine ? this.magicLine(0) : 0;
    this.code(start, false);
    if (this.depth > 0) {
      const open = this.stack[this.depth - 1]!;
      throw new Unparsable(`'${String.fromCharCode(this.b[open]!)}' was never closed`, open);
    }
  }

  /** 1-based line of a byte offset. Offsets asked for mostly grow, so counting resumes where it stopped. */
  line(offset: number): number {
    if (offset < this.lineOffset) {
      this.lineOffset = 0;
      this.lineNumber = 1;
    }
    const b = this.b;
    let p = this.lineOffset;
    let line = this.lineNumber;
    for (;;) {
      const nl = b.indexOf(0x0a, p);
      if (nl < 0 || nl >= offset) break;
      line++;
      p = nl + 1;
    }
    this.lineOffset = p;
    this.lineNumber = line;
    return line;
  }

  /**
   * Code, up to the end of the input; or, inside an f-string replacement field (`field`), up to the `}` or the
   * format-spec `:` that closes it, whose offset is returned.
   */
  private code(i: number, field: boolean): number {
    const b = this.b;
    const n = this.n;
    const stops = this.stops;
    const stack = this.stack;
    const base = this.depth;
    while (i < n) {
      const c = b[i]!;
      if (stops[c] === 0) {
        i++;
        continue;
      }
      switch (c) {
        case 0x22: // "
        case 0x27: // '
          i = this.string(i);
          break;
        case 0x23: { // #
          const nl = b.indexOf(0x0a, i);
          i = nl < 0 ? n : nl;
          // A comment ending in `\` continues nothing; remember it for fromBefore(), which walks back over lines.
          if (nl > 0 && (b[nl - 1] === 0x5c || (b[nl - 1] === 0x0d && b[nl - 2] === 0x5c))) this.commentBackslashes.push(nl);
          break;
        }
        case 0x5c: // \
          i = this.continuation(i);
          break;
        case 0x28: // (
        case 0x5b: // [
        case 0x7b: // {
          if (this.depth >= MAX_BRACKETS) throw new Unparsable('too many nested parentheses', i);
          stack[this.depth++] = i;
          i++;
          break;
        case 0x29: // )
        case 0x5d: // ]
        case 0x7d: { // }
          if (this.depth === base) {
            if (field && c === 0x7d) return i;
            throw new Unparsable(`unmatched '${String.fromCharCode(c)}'`, i);
          }
          const open = stack[--this.depth]!;
          if (b[open] !== OPENER_OF[c]) {
            const o = String.fromCharCode(b[open]!);
            throw new Unparsable(`closing parenthesis '${String.fromCharCode(c)}' does not match opening parenthesis '${o}'`, i);
          }
          i++;
          break;
        }
        case 0x69: // i
          // `import` is a hard keyword: as a whole name outside strings and comments, it starts or ends an import.
          if ((i === 0 || !NAME[b[i - 1]!]) && b[i + 1] === 0x6d && b[i + 2] === 0x70 && this.word(i, 'import')) {
            i = this.importKeyword(i);
          } else {
            i++;
          }
          break;
        case 0x3a: // :
          if (field && this.depth === base) return i;
          if (this.depth === 0) this.colons.push(i);
          i++;
          break;
        case 0x0a: // \n, a stop in IPython cells only
          i++;
          if (!field && this.depth === 0) i = this.magicLine(i);
          break;
      }
    }
    if (field) throw new Unparsable("f-string: expecting '}'", n);
    return i;
  }

  /** `\` outside strings: must end the line. */
  private continuation(i: number): number {
    const b = this.b;
    if (b[i + 1] === 0x0a) return i + 2;
    if (b[i + 1] === 0x0d && b[i + 2] === 0x0a) return i + 3;
    throw new Unparsable(i + 1 >= this.n ? 'unexpected EOF while parsing' : 'unexpected character after line continuation character', i);
  }

  /** A string literal whose opening quote is at `i`; its prefix letters, if any, are the name bytes just before. */
  private string(i: number): number {
    const b = this.b;
    let raw = false;
    let formatted = false;
    let p = i - 1;
    while (p >= 0 && p >= i - 3 && NAME[b[p]!]) p--;
    if (i - 1 - p <= 2 && (p < 0 || !NAME[b[p]!])) {
      for (let q = p + 1; q < i; q++) {
        const c = b[q]! | 0x20;
        if (c === 0x72) raw = true;
        else if (c === 0x66 || c === 0x74) formatted = true; // f-strings, and 3.14's t-strings
      }
    }
    const quote = b[i]!;
    const triple = b[i + 1] === quote && b[i + 2] === quote;
    if (formatted) return this.fstring(i, quote, triple, raw);
    return triple ? this.longString(i, quote) : this.shortString(i, quote);
  }

  private shortString(i: number, quote: number): number {
    const b = this.b;
    const n = this.n;
    for (let j = i + 1; j < n; j++) {
      const c = b[j]!;
      if (SHORT_STRING_STOP[c] === 0) continue;
      if (c === quote) return j + 1;
      if (c === 0x5c) j += b[j + 1] === 0x0d && b[j + 2] === 0x0a ? 2 : 1;
      else if (c === 0x0a || c === 0x0d) break;
    }
    throw new Unparsable('unterminated string literal', i);
  }

  /** Triple-quoted: jump from quote to quote; a quote preceded by an odd run of backslashes is escaped. */
  private longString(i: number, quote: number): number {
    const b = this.b;
    let j = i + 3;
    for (;;) {
      j = b.indexOf(quote, j);
      if (j < 0) throw new Unparsable('unterminated triple-quoted string literal', i);
      let s = j - 1;
      while (b[s] === 0x5c) s--;
      if ((j - 1 - s) % 2 === 0 && b[j + 1] === quote && b[j + 2] === quote) return j + 3;
      j++;
    }
  }

  /** An f-string as Python 3.12 tokenizes it (PEP 701): replacement fields are code, and may hold any string. */
  private fstring(i: number, quote: number, triple: boolean, raw: boolean): number {
    if (++this.fstrings > MAX_FSTRINGS) throw new Unparsable('too many nested f-strings', i);
    const b = this.b;
    const n = this.n;
    let j = i + (triple ? 3 : 1);
    for (;;) {
      if (j >= n) throw new Unparsable(`unterminated ${triple ? 'triple-quoted ' : ''}f-string literal`, i);
      const c = b[j]!;
      if (c === quote) {
        if (!triple) {
          j++;
          break;
        }
        if (b[j + 1] === quote && b[j + 2] === quote) {
          j += 3;
          break;
        }
        j++;
      } else if (c === 0x0a || c === 0x0d) {
        if (!triple) throw new Unparsable('unterminated f-string literal', i);
        j++;
      } else if (c === 0x5c) {
        j = this.fstringEscape(j, raw);
      } else if (c === 0x7b) {
        j = b[j + 1] === 0x7b ? j + 2 : this.replacementField(j + 1, quote, triple, raw);
      } else if (c === 0x7d) {
        j += b[j + 1] === 0x7d ? 2 : 1;
      } else {
        j++;
      }
    }
    this.fstrings--;
    return j;
  }

  /** `\x` in an f-string's text: skips the escaped character, except a brace (still a field) and `\N{NAME}`. */
  private fstringEscape(j: number, raw: boolean): number {
    const b = this.b;
    let p = j + 1;
    if (b[p] === 0x0d) p++;
    const c = b[p];
    if (c === 0x7b || c === 0x7d) return j + 1;
    if (!raw && c === 0x4e && b[p + 1] === 0x7b) {
      for (let q = p + 2; q < this.n; q++) {
        const d = b[q];
        if (d === 0x7d) return q + 1;
        if (d === 0x22 || d === 0x27 || d === 0x0a || d === 0x0d || d === 0x7b) break;
      }
      return p + 2;
    }
    return p + 1;
  }

  /** `{expr!r:spec}` from just after the `{`; returns the offset after its `}`. */
  private replacementField(j: number, quote: number, triple: boolean, raw: boolean): number {
    j = this.code(j, true);
    if (this.b[j] === 0x3a) j = this.formatSpec(j + 1, quote, triple, raw);
    return j + 1;
  }

  /** Text after the `:` of a replacement field, with nested fields; returns the offset of the closing `}`. */
  private formatSpec(j: number, quote: number, triple: boolean, raw: boolean): number {
    const b = this.b;
    for (;;) {
      if (j >= this.n) throw new Unparsable("f-string: expecting '}'", j);
      const c = b[j]!;
      if (c === 0x7d) return j;
      if (c === 0x7b) {
        j = this.replacementField(j + 1, quote, triple, raw);
      } else if (c === 0x5c) {
        j = this.fstringEscape(j, raw);
      } else if ((c === quote && (!triple || (b[j + 1] === quote && b[j + 2] === quote))) || ((c === 0x0a || c === 0x0d) && !triple)) {
        throw new Unparsable("f-string: expecting '}'", j);
      } else {
        j++;
      }
    }
  }

  /** Whether `word` stands at `i` as a whole name (the caller checked the byte before). */
  private word(i: number, word: string): boolean {
    const b = this.b;
    for (let k = 1; k < word.length; k++) if (b[i + k] !== word.charCodeAt(k)) return false;
    return !NAME[b[i + word.length]!];
  }

  /** Spaces, tabs, form feeds and `\`-newline continuations. */
  private space(j: number): number {
    const b = this.b;
    for (;;) {
      const c = b[j];
      if (c === 0x20 || c === 0x09 || c === 0x0c) j++;
      else if (c === 0x5c && b[j + 1] === 0x0a) j += 2;
      else if (c === 0x5c && b[j + 1] === 0x0d && b[j + 2] === 0x0a) j += 3;
      else return j;
    }
  }

  /** A name at `j`, or null; its end goes to `this.end`. */
  private name(j: number): string | null {
    const b = this.b;
    if (!NAME_START[b[j]!]) return null;
    let e = j + 1;
    let ascii = b[j]! < 0x80;
    while (NAME[b[e]!]) {
      if (b[e]! >= 0x80) ascii = false;
      e++;
    }
    this.end = e;
    if (!ascii) return utf8.decode(b.subarray(j, e)).normalize('NFKC'); // Python compares names in NFKC form
    let s = '';
    for (let k = j; k < e; k++) s += String.fromCharCode(b[k]!);
    return s;
  }

  /** `a.b.c` (spaces and continuations allowed around the dots, as in Python); its end goes to `this.end`. */
  private dotted(j: number): string | null {
    let name = this.name(j);
    if (name === null) return null;
    for (;;) {
      const dot = this.space(this.end);
      if (this.b[dot] !== 0x2e) return name;
      const end = this.end;
      const part = this.name(this.space(dot + 1));
      if (part === null) {
        this.end = end;
        return name;
      }
      name += '.' + part;
    }
  }

  /** At an `import` keyword: records the import(s) and returns where scanning resumes. */
  private importKeyword(i: number): number {
    return this.fromBefore(i) ? i + 6 : this.importStatement(i);
  }

  /** `import a.b as c, d` from the keyword at `i`; returns where scanning resumes. */
  private importStatement(i: number): number {
    const b = this.b;
    const line = this.line(i);
    let j = i + 6;
    for (;;) {
      const name = this.dotted(this.space(j));
      if (name === null) return j;
      this.add(name, 0, line, i);
      j = this.space(this.end);
      if (b[j] === 0x61 && b[j + 1] === 0x73 && !NAME[b[j + 2]!]) {
        const alias = this.space(j + 2);
        if (this.name(alias) === null) return alias;
        j = this.space(this.end);
      }
      if (b[j] !== 0x2c) return j;
      j++;
    }
  }

  /**
   * Whether the `import` keyword at `i` ends `from <dots and dotted name>`, read backwards; if so, records it.
   * Going back is safe because the lexer has reached `i` in code: only spaces, names, dots and `\` line
   * continuations can stand between `from` and `import`, and a `\` that ends a comment is known.
   */
  private fromBefore(i: number): boolean {
    const b = this.b;
    const parts: string[] = [];
    let j = i - 1;
    for (;;) {
      j = this.spaceBack(j);
      if (j < 0) return false;
      if (b[j] === 0x2e) {
        parts.push('.');
        j--;
        continue;
      }
      if (!NAME[b[j]!]) return false;
      let s = j;
      while (s > 0 && NAME[b[s - 1]!]) s--;
      if (j - s === 3 && b[s] === 0x66 && b[s + 1] === 0x72 && b[s + 2] === 0x6f && b[s + 3] === 0x6d) {
        return this.addFrom(parts.reverse(), s);
      }
      if (!NAME_START[b[s]!]) return false;
      parts.push(this.name(s)!);
      j = s - 1;
    }
  }

  /** Records `from` + `parts` (dots, then names joined by single dots) if they form a module reference. */
  private addFrom(parts: string[], from: number): boolean {
    let level = 0;
    while (parts[level] === '.') level++;
    let module = '';
    for (let k = level; k < parts.length; k++) {
      const isName = (k - level) % 2 === 0;
      if ((parts[k] === '.') === isName) return false;
      module += parts[k];
    }
    if (module.endsWith('.') || (level === 0 && module === '')) return false;
    this.add(module, level, this.line(from), from);
    return true;
  }

  /** Steps back over spaces and `\` line continuations (not a comment's `\`); the offset reached, or -1. */
  private spaceBack(j: number): number {
    const b = this.b;
    for (;;) {
      const c = b[j];
      if (c === 0x20 || c === 0x09 || c === 0x0c) {
        j--;
      } else if (c === 0x0a) {
        let k = j - 1;
        if (b[k] === 0x0d) k--;
        if (b[k] !== 0x5c || this.commentBackslashes.includes(j)) return -1;
        j = k - 1;
      } else {
        return c === undefined ? -1 : j;
      }
    }
  }

  private add(dotted: string, level: number, line: number, start: number): void {
    this.starts.push(start);
    const dot = dotted.indexOf('.');
    this.imports.push({
      module: dot < 0 ? dotted : dotted.slice(0, dot),
      dotted: level ? '.'.repeat(level) + dotted : dotted,
      level,
      line,
    });
  }

  /** At a logical line start in an IPython cell: skips a magic line, returning the offset of its newline (or EOF). */
  private magicLine(i: number): number {
    const end = ipythonLineEnd(this.b, i);
    if (end < 0) return i;
    this.onMagicLine!(utf8.decode(this.b.subarray(i, end)), this.line(i));
    return end;
  }
}

/**
 * If the line at `i` is IPython syntax, the offset where it ends (its newline, after `\` continuations); else -1.
 * Forms: `%magic`, `%%cell`, `!shell`, `?help`, `x, y = !cmd`, `x = %magic`, `obj?` / `obj??`.
 */
function ipythonLineEnd(b: Uint8Array, i: number): number {
  let p = i;
  while (b[p] === 0x20 || b[p] === 0x09) p++;
  const c = b[p];
  let magic = c === 0x25 || c === 0x21 || c === 0x3f;
  if (!magic && c !== undefined && NAME_START[c]) magic = assignsFromMagic(b, p) || endsInHelp(b, p);
  if (!magic) return -1;
  for (;;) {
    const nl = b.indexOf(0x0a, p);
    if (nl < 0) return b.length;
    let last = nl - 1;
    if (b[last] === 0x0d) last--;
    if (b[last] !== 0x5c) return nl;
    p = nl + 1;
  }
}

/** `a, b.c = !cmd` or `x = %magic` (IPython's assign_from_system / assign_from_magic). */
function assignsFromMagic(b: Uint8Array, p: number): boolean {
  while (NAME[b[p]!] || b[p] === 0x2e || b[p] === 0x2c || b[p] === 0x20 || b[p] === 0x09) p++;
  if (b[p] !== 0x3d || b[p + 1] === 0x3d) return false;
  p++;
  while (b[p] === 0x20 || b[p] === 0x09) p++;
  return (b[p] === 0x21 && b[p + 1] !== 0x3d) || b[p] === 0x25;
}

/** `np.mean?`, `obj??`, `np.*load*?`: a whole line of dotted name (wildcards allowed) then `?` or `??`. */
function endsInHelp(b: Uint8Array, p: number): boolean {
  while (NAME[b[p]!] || b[p] === 0x2e || b[p] === 0x2a) p++;
  if (b[p] !== 0x3f) return false;
  p += b[p + 1] === 0x3f ? 2 : 1;
  while (b[p] === 0x20 || b[p] === 0x09 || b[p] === 0x0d) p++;
  return p >= b.length || b[p] === 0x0a;
}

/** PEP 263: the encoding named in a `coding[:=]` comment on line 1, or line 2 when line 1 is a comment or blank. */
function codingCookie(b: Buffer): string | null {
  let start = 0;
  for (let lineNo = 1; lineNo <= 2 && start < b.length; lineNo++) {
    let end = b.indexOf(0x0a, start);
    if (end < 0) end = b.length;
    let p = start;
    while (b[p] === 0x20 || b[p] === 0x09 || b[p] === 0x0c) p++;
    if (b[p] === 0x23) {
      const coding = b.indexOf(CODING, p);
      if (coding >= 0 && coding < end) {
        const m = /coding[:=][ \t]*([-\w.]+)/.exec(b.toString('latin1', coding, end));
        if (m) return m[1]!.toLowerCase();
      }
    } else if (p < end && !(b[p] === 0x0d && p + 1 === end)) {
      return null; // line 1 holds code: line 2 cannot declare the encoding
    }
    start = end + 1;
  }
  return null;
}

/** Python codec name to a WHATWG label, or null when the bytes may be scanned as they are. */
function decoderLabel(codec: string): string | null {
  const name = codec.replace(/_/g, '-');
  if (name === 'utf-8' || name === 'utf8' || name.startsWith('utf-8-') || name === 'ascii' || name === 'us-ascii') return null;
  if (/^(latin-?1|iso-?8859-1|iso-latin-1)(-|$)/.test(name)) return 'iso-8859-1';
  return name.replace(/^iso8859-/, 'iso-8859-').replace(/^cp(125\d)$/, 'windows-$1');
}

/** The bytes the lexer should see: UTF-8 without BOM, cut at a NUL (with its problem), lone CRs turned into LFs. */
function prepare(input: Uint8Array, decoded: boolean): { bytes: Uint8Array; nul: number } {
  // The lexer indexes a plain Uint8Array (V8's indexOf: cheap calls for short hops); searches over the whole input go
  // through a Buffer over the same memory (memchr: several times faster over megabytes).
  let b = plain(input);
  if (!decoded) b = decode(b);
  const nul = asBuffer(b).indexOf(0);
  if (nul >= 0) b = b.subarray(0, nul);
  // Python reads a lone CR as a newline; the lexer only counts LFs, so rewrite them in a copy (offsets unchanged).
  const whole = asBuffer(b);
  let cr = whole.indexOf(0x0d);
  while (cr >= 0 && b[cr + 1] === 0x0a) cr = whole.indexOf(0x0d, cr + 2);
  if (cr >= 0) {
    b = Uint8Array.from(b);
    for (; cr >= 0; cr = b.indexOf(0x0d, cr + 1)) if (b[cr + 1] !== 0x0a) b[cr] = 0x0a;
  }
  return { bytes: b, nul };
}

/** File bytes as UTF-8: BOM dropped, other encodings declared by a PEP 263 cookie transcoded. */
function decode(b: Uint8Array): Uint8Array {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return b.subarray(3);
  const codec = codingCookie(asBuffer(b));
  const label = codec === null ? null : decoderLabel(codec);
  if (label === null || !b.some((c) => c >= 0x80)) return b;
  try {
    return plain(Buffer.from(new TextDecoder(label).decode(b), 'utf8'));
  } catch {
    return b; // an encoding this runtime cannot decode: the raw bytes are right for any ASCII-compatible one
  }
}

function plain(b: Uint8Array): Uint8Array {
  return b.constructor === Uint8Array ? b : new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
}

function asBuffer(b: Uint8Array): Buffer {
  return Buffer.from(b.buffer, b.byteOffset, b.byteLength);
}

/** Lexes Python source for its imports. Lines in the result are 1-based lines of the input. */
export function lexImports(source: Uint8Array, options: LexOptions = {}): LexResult {
  const { bytes, nul } = prepare(source, options.decoded ?? false);
  const lexer = new Lexer(bytes, options.onMagicLine);
  let problem: LexResult['problem'];
  try {
    lexer.run();
  } catch (e) {
    if (!(e instanceof Unparsable)) throw e;
    problem = place(lexer, e.message, e.offset);
  }
  markGuards(bytes, lexer.imports, lexer.starts, lexer.colons);
  if (nul >= 0) problem = place(lexer, 'source code cannot contain null bytes', nul);
  return { imports: lexer.imports, problem };
}

function place(lexer: Lexer, message: string, offset: number): NonNullable<LexResult['problem']> {
  const b = lexer.b;
  const line = lexer.line(offset);
  const at = Math.min(offset, b.length);
  const lineStart = at === 0 ? 0 : b.lastIndexOf(0x0a, at - 1) + 1;
  const column = utf8.decode(b.subarray(lineStart, at)).length + 1;
  return { message, line, column };
}

/** The imports of one Python file (`path` is only used to label the result and its problem). */
export function scanPythonSource(source: Buffer | string, path: string): ScannedFile {
  const decoded = typeof source === 'string';
  const bytes = decoded ? Buffer.from(source, 'utf8') : source;
  const { imports, problem } = lexImports(bytes, { decoded });
  const file: ScannedFile = { path, imports, pipInstalls: [] };
  if (problem) file.problem = unparsable(path, problem.message, problem.line, problem.column);
  const hasAvailable = bytes.indexOf(AVAILABLE) >= 0;
  const checks = hasAvailable ? availabilityFunctions(bytes) : [];
  if (checks.length) file.availabilityChecks = checks;
  if (hasAvailable || bytes.indexOf(FIND_SPEC) >= 0 || bytes.indexOf(REQUIREMENT_CACHE) >= 0 || bytes.indexOf(IMPORTORSKIP) >= 0) {
    const probes = probesIn(bytes.toString('latin1'));
    if (probes.modules.length || probes.distributions.length) file.probes = probes;
  }
  if (bytes.indexOf(SCRIPT_BLOCK) >= 0) file.scriptMetadata = true;
  // Only where the module is imported and the call's name is there: no search over most files' bytes, and the text
  // is made once for all three.
  let text: string | undefined;
  const latin1 = () => (text ??= bytes.toString('latin1'));
  if (imports.some((i) => i.module === 'sys') && bytes.indexOf(SYS_PATH) >= 0 && extendsSysPath(latin1())) file.extendsPath = true;
  const os = imports.some((i) => i.module === 'os');
  if (imports.some((i) => i.module === 'subprocess') || (os && (bytes.indexOf(OS_SYSTEM) >= 0 || bytes.indexOf(OS_POPEN) >= 0))) {
    const programs = programsRunBy(latin1());
    if (programs.length) file.programs = programs;
  }
  if (os && bytes.indexOf(OS_ENVIRON) >= 0) {
    const variables = variablesSetIn(latin1());
    if (variables.length) file.variables = variables;
  }
  if (bytes.indexOf(REPORT_TO) >= 0 || bytes.indexOf(LOG_WITH) >= 0) {
    const trackers = namedTrackers(bytes.toString('latin1'));
    if (trackers.length) file.trackers = trackers;
  }
  return file;
}

const AVAILABLE = Buffer.from('_available');
const FIND_SPEC = Buffer.from('find_spec');
const REQUIREMENT_CACHE = Buffer.from('RequirementCache');
const IMPORTORSKIP = Buffer.from('importorskip');
const REPORT_TO = Buffer.from('report_to');
const LOG_WITH = Buffer.from('log_with');
const OS_SYSTEM = Buffer.from('os.system');
const OS_POPEN = Buffer.from('os.popen');
const OS_ENVIRON = Buffer.from('os.environ');
const SYS_PATH = Buffer.from('sys.path');
/** PEP 723's opening line (env/script-metadata.ts reads the block). */
const SCRIPT_BLOCK = Buffer.from('# /// script');

/** `def is_megatron_lm_available():` → `megatron_lm`: the modules a file defines availability checks for. */
function availabilityFunctions(bytes: Buffer): string[] {
  return [...bytes.toString('latin1').matchAll(/^[ \t]*def[ \t]+_?is_(\w+?)_available\b/gm)].map((m) => m[1]!.toLowerCase());
}

export function unparsable(file: string, message: string, line?: number, column?: number): Diagnostic {
  return { severity: 'warning', code: 'scan/unparsable', message: `cannot read all imports: ${message}`, file, line, column };
}

/** Calls that look a module up by name (importorskip also imports it), and those that take a distribution's. */
const MODULE_PROBE = /\b(?:find_spec|find_loader|module_available|importorskip)\(\s*(?:name\s*=\s*)?["']([A-Za-z_][\w.]*)["']/g;
const DISTRIBUTION_PROBE = /\b(?:RequirementCache|package_available)\(\s*(?:requirement\s*=\s*)?["']([A-Za-z0-9][A-Za-z0-9._-]*)/g;

/** What a file's text probes by name (ScannedFile.probes): top-level modules, and normalised distribution names. */
export function probesIn(text: string): { modules: string[]; distributions: string[] } {
  const modules = new Set([...text.matchAll(MODULE_PROBE)].map((m) => m[1]!.split('.')[0]!));
  // PEP 503 normalisation, as env/pep508's normalizeName: written out so that the scan worker does not load env/.
  const distributions = new Set([...text.matchAll(DISTRIBUTION_PROBE)].map((m) => m[1]!.replace(/[-_.]+/g, '-').toLowerCase()));
  return { modules: [...modules], distributions: [...distributions] };
}

/** `subprocess.run(["black", "."])`, `check_call([sys.executable, "-m", "pytest"])`: a call and its argument list. */
const ARGV_CALL = /\b(?:(?:subprocess|sp)\.(?:run|call|check_call|check_output|Popen)|check_call|check_output|Popen)\(\s*\[([^\]]{0,500})\]/g;
/** `os.system("ruff check .")`, `subprocess.run("pytest -x", shell=True)`: a call and its command line. */
const SHELL_CALL = /\b(?:os\.(?:system|popen)|(?:subprocess|sp)\.(?:run|call|check_call|check_output|Popen|getoutput|getstatusoutput))\(\s*f?(["'])([^"'\n]{1,500})\1/g;

/**
 * The programs a Python file runs (ScannedFile.programs): the literal command of each subprocess or os.system call,
 * read as invokedPrograms reads a shell line (`sys.executable` stands for python, so `-m pytest` gives pytest).
 * A command built at run time gives nothing: only what is written out counts.
 */
export function programsRunBy(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(ARGV_CALL)) {
    const words: string[] = [];
    for (const item of m[1]!.matchAll(/\s*(?:sys\.executable|f?(["'])([^"'\n]*)\1|([^,]*))\s*(?:,|$)/g)) {
      if (item[0]!.trim() === '') continue;
      if (item[3] !== undefined) break; // a name or an expression: the rest of the command is not known here
      words.push(item[2] ?? 'python');
    }
    if (words.length && words.every((w) => /^[\w./:=@+-]*$/.test(w))) found.push(...invokedPrograms(words.join(' ')));
  }
  for (const m of text.matchAll(SHELL_CALL)) found.push(...invokedPrograms(m[2]!.replace(/\{[^}]*\}/g, '$x')));
  return [...new Set(found)];
}

/** `os.environ["X"] = …`, `os.environ.setdefault("X", …)`, `os.environ.update(X=…)`. */
const SETS_VARIABLE = /\bos\.environ(?:\[\s*["'](\w+)["']\s*\]\s*=(?!=)|\.setdefault\(\s*["'](\w+)["']|\.update\(\s*(\w+)\s*=)/g;

/** The environment variables a Python file sets for itself and what it loads (ScannedFile.variables). */
export function variablesSetIn(text: string): string[] {
  return [...new Set([...text.matchAll(SETS_VARIABLE)].map((m) => m[1] ?? m[2] ?? m[3]!))];
}

/** `sys.path.append(…)`, `.insert(…)`, `.extend(…)`, `sys.path += …`, `sys.path = […]`. */
const EXTENDS_SYS_PATH = /\bsys\.path\.(?:append|insert|extend)\(|\bsys\.path\s*(?:\+=|=(?!=))/;

/** Whether code puts folders of its own choosing on the import path (ScannedFile.extendsPath). */
export function extendsSysPath(text: string): boolean {
  return EXTENDS_SYS_PATH.test(text);
}
