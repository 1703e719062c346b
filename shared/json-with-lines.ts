// A JSON parser that remembers the line where each array element and object member starts: an import found in a
// notebook cell, or a package in Pipfile.lock, must point at the line where it is written; JSON.parse forgets positions. Values come out as JSON.parse makes them (own `__proto__` keys included).

import { LocatedError } from './diagnostics.js';

export interface JsonWithLines {
  value: unknown;
  /** 1-based line where `container[key]` starts, for arrays and objects of this document. */
  lineOf(container: object, key: number | string): number | undefined;
}

/** Deeper documents are refused rather than risking the stack; notebooks nest about five levels. */
const MAX_DEPTH = 512;
const PLAIN = /[^"\\\u0000-\u001f]*/y;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

class Parser {
  pos = 0;
  line = 1;
  private lineStart = 0;
  private depth = 0;
  readonly lines = new WeakMap<object, number[] | Map<string, number>>();

  constructor(
    private readonly text: string,
    private readonly file: string,
    private readonly code: string,
  ) {}

  fail(message: string, at = this.pos): never {
    throw new LocatedError(this.code, `invalid JSON: ${message}`, this.file, this.line, at - this.lineStart + 1);
  }

  space(): void {
    const t = this.text;
    for (;;) {
      const c = t.charCodeAt(this.pos);
      if (c === 0x20 || c === 0x09 || c === 0x0d) {
        this.pos++;
      } else if (c === 0x0a) {
        this.pos++;
        this.line++;
        this.lineStart = this.pos;
      } else {
        return;
      }
    }
  }

  value(): unknown {
    this.space();
    const c = this.text[this.pos];
    switch (c) {
      case '{':
        return this.object();
      case '[':
        return this.array();
      case '"':
        return this.string();
      case 't':
        return this.literal('true', true);
      case 'f':
        return this.literal('false', false);
      case 'n':
        return this.literal('null', null);
      default: {
        NUMBER.lastIndex = this.pos;
        const m = NUMBER.exec(this.text);
        if (!m || m[0] === '' || m[0] === '-') this.fail(c === undefined ? 'unexpected end of input' : `unexpected ${JSON.stringify(c)}`);
        this.pos += m[0].length;
        return Number(m[0]);
      }
    }
  }

  private literal<T>(word: string, value: T): T {
    if (!this.text.startsWith(word, this.pos)) this.fail(`unexpected ${JSON.stringify(this.text[this.pos])}`);
    this.pos += word.length;
    return value;
  }

  private nest(): void {
    if (++this.depth > MAX_DEPTH) this.fail('nested too deeply');
  }

  private array(): unknown[] {
    this.nest();
    this.pos++;
    const out: unknown[] = [];
    const lines: number[] = [];
    this.lines.set(out, lines);
    this.space();
    if (this.text[this.pos] === ']') {
      this.pos++;
    } else {
      for (;;) {
        this.space();
        lines.push(this.line);
        out.push(this.value());
        this.space();
        const c = this.text[this.pos++];
        if (c === ']') break;
        if (c !== ',') this.fail("expected ',' or ']'", this.pos - 1);
      }
    }
    this.depth--;
    return out;
  }

  private object(): Record<string, unknown> {
    this.nest();
    this.pos++;
    const out: Record<string, unknown> = {};
    const lines = new Map<string, number>();
    this.lines.set(out, lines);
    this.space();
    if (this.text[this.pos] === '}') {
      this.pos++;
    } else {
      for (;;) {
        this.space();
        if (this.text[this.pos] !== '"') this.fail('expected a member name');
        const key = this.string();
        this.space();
        if (this.text[this.pos++] !== ':') this.fail("expected ':'", this.pos - 1);
        this.space();
        lines.set(key, this.line);
        // defineProperty: plain assignment of `__proto__` would change the prototype instead of adding a member.
        Object.defineProperty(out, key, { value: this.value(), enumerable: true, writable: true, configurable: true });
        this.space();
        const c = this.text[this.pos++];
        if (c === '}') break;
        if (c !== ',') this.fail("expected ',' or '}'", this.pos - 1);
      }
    }
    this.depth--;
    return out;
  }

  private string(): string {
    const t = this.text;
    const start = ++this.pos;
    let out = '';
    let from = start;
    for (;;) {
      PLAIN.lastIndex = this.pos;
      PLAIN.test(t);
      this.pos = PLAIN.lastIndex;
      const c = t[this.pos];
      if (c === '"') {
        out += t.slice(from, this.pos++);
        return out;
      }
      if (c !== '\\') this.fail(c === undefined ? 'unterminated string' : 'control character in string');
      out += t.slice(from, this.pos);
      const e = t[this.pos + 1];
      if (e === 'u') {
        const hex = t.slice(this.pos + 2, this.pos + 6);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) this.fail('bad \\u escape');
        out += String.fromCharCode(parseInt(hex, 16));
        this.pos += 6;
      } else {
        const s = e === undefined ? undefined : ESCAPES[e];
        if (s === undefined) this.fail('bad escape');
        out += s;
        this.pos += 2;
      }
      from = this.pos;
    }
  }
}

/** Parses a JSON document; throws LocatedError (`code`, with line and column) where it is malformed. */
export function parseJsonWithLines(text: string, file: string, code = 'json/syntax'): JsonWithLines {
  const p = new Parser(text, file, code);
  if (text.charCodeAt(0) === 0xfeff) p.pos = 1;
  const value = p.value();
  p.space();
  if (p.pos < text.length) p.fail('unexpected text after the document');
  const lines = p.lines;
  return {
    value,
    lineOf(container, key) {
      const l = lines.get(container);
      if (l === undefined) return undefined;
      return Array.isArray(l) ? (typeof key === 'number' ? l[key] : undefined) : typeof key === 'string' ? l.get(key) : undefined;
    },
  };
}
