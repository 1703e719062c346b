// smol-toml gives values without positions. This scanner walks a TOML document that smol-toml has already accepted and
// records the line where each key, table header and array item starts, keyed by its path in the parsed value
// (`['project', 'dependencies', 3]`). It checks nothing: on text that is not TOML it still ends, with fewer lines.

import { LineIndex } from '../text/lines.js';
import { PathLines, pathKey, type ValuePath } from './path-lines.js';

export type TomlPath = ValuePath;
export type TomlLines = PathLines;

const bareKeyChar = /[A-Za-z0-9_-]/;
/**
 * Paths deeper than this get no line of their own (PathLines.nearest gives an ancestor's): every prefix of a dotted
 * key is recorded, which for a 10,000-part key (smol-toml accepts it) is quadratic in time and memory.
 */
const MAX_LOCATED_DEPTH = 64;
const simpleEscapes: Record<string, string> = { b: '\b', t: '\t', n: '\n', f: '\f', r: '\r', e: '\x1b', '"': '"', '\\': '\\' };

class Scanner {
  private i = 0;
  private readonly index: LineIndex;
  private readonly lines = new Map<string, number>();
  /** How many `[[path]]` headers each array of tables has had so far. */
  private readonly arrayTables = new Map<string, number>();

  constructor(private readonly s: string) {
    this.index = new LineIndex(s);
  }

  scan(): TomlLines {
    let table: (string | number)[] = [];
    const s = this.s;
    while (this.i < s.length) {
      this.skipSpaces();
      const c = s[this.i];
      if (c === undefined) break;
      if (c === '#') this.skipToLineEnd();
      else if (c === '\n' || c === '\r') this.i++;
      else if (c === '[') table = this.header();
      else {
        const start = this.i;
        const keys = this.key();
        if (keys.length === 0) {
          this.skipToLineEnd();
          continue;
        }
        this.skipSpaces();
        if (s[this.i] === '=') this.i++;
        this.skipSpaces();
        this.recordKeys(table, keys, start);
        this.value([...table, ...keys]);
      }
    }
    return new PathLines(this.lines);
  }

  private record(path: TomlPath, offset: number): void {
    if (path.length > MAX_LOCATED_DEPTH) return;
    const k = pathKey(path);
    if (!this.lines.has(k)) this.lines.set(k, this.index.lineOf(offset));
  }

  /** A dotted key declares each of its prefixes too (`a.b = 1` declares table `a`). */
  private recordKeys(base: TomlPath, keys: string[], offset: number): void {
    const deepest = Math.min(keys.length, MAX_LOCATED_DEPTH - base.length);
    for (let n = 1; n <= deepest; n++) this.record([...base, ...keys.slice(0, n)], offset);
  }

  private header(): (string | number)[] {
    const start = this.i;
    const arrayTable = this.s[this.i + 1] === '[';
    this.i += arrayTable ? 2 : 1;
    const keys = this.key();
    this.skipSpaces();
    if (this.s[this.i] === ']') this.i += arrayTable && this.s[this.i + 1] === ']' ? 2 : 1;
    // In `[a.b]` after `[[a]]`, `a` means the last table of that array.
    const path: (string | number)[] = [];
    keys.forEach((k, n) => {
      path.push(k);
      const count = n < keys.length - 1 && path.length <= MAX_LOCATED_DEPTH ? this.arrayTables.get(pathKey(path)) : undefined;
      if (n < keys.length - 1 && count !== undefined) path.push(count - 1);
    });
    if (arrayTable) {
      const count = this.arrayTables.get(pathKey(path)) ?? 0;
      this.arrayTables.set(pathKey(path), count + 1);
      this.record(path, start);
      path.push(count);
    }
    for (let n = 1; n <= Math.min(path.length, MAX_LOCATED_DEPTH); n++) this.record(path.slice(0, n), start);
    return path;
  }

  /** A possibly dotted key; empty when none starts here. */
  private key(): string[] {
    const keys: string[] = [];
    for (;;) {
      this.skipSpaces();
      const c = this.s[this.i];
      if (c === '"') keys.push(unescapeBasic(this.quoted('"')));
      else if (c === "'") keys.push(this.quoted("'"));
      else {
        const start = this.i;
        while (this.i < this.s.length && bareKeyChar.test(this.s[this.i]!)) this.i++;
        if (this.i === start) return keys;
        keys.push(this.s.slice(start, this.i));
      }
      this.skipSpaces();
      if (this.s[this.i] !== '.') return keys;
      this.i++;
    }
  }

  /** Body of a one-line string starting at the quote; leaves the scanner after the closing quote. */
  private quoted(quote: string): string {
    const s = this.s;
    const start = ++this.i;
    while (this.i < s.length && s[this.i] !== quote && s[this.i] !== '\n') {
      this.i += quote === '"' && s[this.i] === '\\' ? 2 : 1;
    }
    const body = s.slice(start, Math.min(this.i, s.length));
    if (s[this.i] === quote) this.i++;
    return body;
  }

  private multiline(quote: string): void {
    const s = this.s;
    const fence = quote.repeat(3);
    this.i += 3;
    while (this.i < s.length && !s.startsWith(fence, this.i)) this.i += quote === '"' && s[this.i] === '\\' ? 2 : 1;
    this.i += 3;
    // Up to two quotes may sit right before the closing fence; they belong to the string.
    for (let extra = 0; extra < 2 && s[this.i] === quote; extra++) this.i++;
  }

  private value(path: (string | number)[]): void {
    const s = this.s;
    const c = s[this.i];
    if (c === '"' || c === "'") {
      if (s.startsWith(c.repeat(3), this.i)) this.multiline(c);
      else this.quoted(c);
    } else if (c === '[') {
      this.i++;
      for (let n = 0; ; n++) {
        this.skipBlank();
        if (this.i >= s.length) return;
        if (s[this.i] === ']') {
          this.i++;
          return;
        }
        this.record([...path, n], this.i);
        this.value([...path, n]);
        this.skipBlank();
        if (s[this.i] === ',') this.i++;
        else if (s[this.i] === ']') {
          this.i++;
          return;
        } else return;
      }
    } else if (c === '{') {
      this.i++;
      for (;;) {
        this.skipBlank();
        if (this.i >= s.length) return;
        if (s[this.i] === '}') {
          this.i++;
          return;
        }
        const start = this.i;
        const keys = this.key();
        if (keys.length === 0) return;
        this.skipSpaces();
        if (s[this.i] === '=') this.i++;
        this.skipSpaces();
        this.recordKeys(path, keys, start);
        this.value([...path, ...keys]);
        this.skipBlank();
        if (s[this.i] === ',') this.i++;
        else if (s[this.i] === '}') {
          this.i++;
          return;
        } else return;
      }
    } else {
      // Numbers, booleans, dates (which may hold a space): up to the next delimiter.
      while (this.i < s.length && !',]}#\n\r'.includes(s[this.i]!)) this.i++;
    }
  }

  private skipSpaces(): void {
    while (this.s[this.i] === ' ' || this.s[this.i] === '\t') this.i++;
  }

  /** Spaces, newlines and comments, as allowed between array items. */
  private skipBlank(): void {
    for (;;) {
      this.skipSpaces();
      const c = this.s[this.i];
      if (c === '\n' || c === '\r') this.i++;
      else if (c === '#') this.skipToLineEnd();
      else return;
    }
  }

  private skipToLineEnd(): void {
    while (this.i < this.s.length && this.s[this.i] !== '\n') this.i++;
  }
}

function unescapeBasic(body: string): string {
  return body.replace(/\\(u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|x[0-9A-Fa-f]{2}|.)/g, (whole, esc: string) => {
    if (esc.length > 1) {
      const code = Number.parseInt(esc.slice(1), 16);
      return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return simpleEscapes[esc] ?? whole;
  });
}

/** Lines of every key, header and array item of a TOML document. */
export function locateTomlLines(text: string): TomlLines {
  return new Scanner(text).scan();
}
