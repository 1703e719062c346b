// A strict JSON parser (RFC 8259) that also records the line of every key and array item, for files whose entries
// must be reported at their line (Pipfile.lock). Errors carry the line and column of the offending character.

import { LineIndex } from './line-index.js';
import { PathLines, pathKey, type ValuePath } from './path-lines.js';

export class JsonSyntaxError extends Error {
  override readonly name = 'JsonSyntaxError';
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(message);
  }
}

export interface JsonDocument {
  value: unknown;
  lines: PathLines;
}

/** Nesting beyond this is not a lock file; the limit keeps the recursion off the stack's end. */
const maxDepth = 256;
const number = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const escapes: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

class Parser {
  private i = 0;
  private readonly index: LineIndex;
  readonly lines = new Map<string, number>();

  constructor(private readonly s: string) {
    this.index = new LineIndex(s);
  }

  document(): unknown {
    const value = this.value([], 0);
    this.space();
    if (this.i < this.s.length) this.fail('unexpected text after the JSON value');
    return value;
  }

  fail(message: string, at = this.i): never {
    const line = this.index.lineOf(at);
    const lineStart = this.s.lastIndexOf('\n', at - 1) + 1;
    throw new JsonSyntaxError(message, line, at - lineStart + 1);
  }

  private space(): void {
    while (this.i < this.s.length && ' \t\n\r'.includes(this.s[this.i]!)) this.i++;
  }

  private record(path: ValuePath, at: number): void {
    this.lines.set(pathKey(path), this.index.lineOf(at));
  }

  private value(path: ValuePath, depth: number): unknown {
    if (depth > maxDepth) this.fail('nesting too deep');
    this.space();
    const c = this.s[this.i];
    if (c === '{') return this.object(path, depth);
    if (c === '[') return this.array(path, depth);
    if (c === '"') return this.string();
    for (const [word, value] of [['true', true], ['false', false], ['null', null]] as const) {
      if (this.s.startsWith(word, this.i)) {
        this.i += word.length;
        return value;
      }
    }
    number.lastIndex = this.i;
    const m = number.exec(this.s);
    if (m) {
      this.i += m[0].length;
      return Number(m[0]);
    }
    return this.fail(c === undefined ? 'unexpected end of JSON' : `unexpected character ${JSON.stringify(c)}`);
  }

  private object(path: ValuePath, depth: number): Record<string, unknown> {
    const result: Record<string, unknown> = {};
    this.i++;
    this.space();
    if (this.s[this.i] === '}') {
      this.i++;
      return result;
    }
    for (;;) {
      this.space();
      if (this.s[this.i] !== '"') this.fail('expected a "key"');
      const at = this.i;
      const key = this.string();
      this.space();
      if (this.s[this.i] !== ':') this.fail('expected ":" after the key');
      this.i++;
      this.record([...path, key], at);
      // defineProperty: a key named __proto__ is data, not the prototype.
      const value = this.value([...path, key], depth + 1);
      Object.defineProperty(result, key, { value, enumerable: true, writable: true, configurable: true });
      this.space();
      if (this.s[this.i] === ',') this.i++;
      else if (this.s[this.i] === '}') {
        this.i++;
        return result;
      } else this.fail('expected "," or "}"');
    }
  }

  private array(path: ValuePath, depth: number): unknown[] {
    const result: unknown[] = [];
    this.i++;
    this.space();
    if (this.s[this.i] === ']') {
      this.i++;
      return result;
    }
    for (;;) {
      this.space();
      this.record([...path, result.length], this.i);
      result.push(this.value([...path, result.length], depth + 1));
      this.space();
      if (this.s[this.i] === ',') this.i++;
      else if (this.s[this.i] === ']') {
        this.i++;
        return result;
      } else this.fail('expected "," or "]"');
    }
  }

  private string(): string {
    const start = this.i++;
    let out = '';
    for (;;) {
      const c = this.s[this.i];
      if (c === undefined) this.fail('unterminated string', start);
      if (c === '"') {
        this.i++;
        return out;
      }
      if (c < ' ') this.fail('control character in string');
      if (c !== '\\') {
        out += c;
        this.i++;
        continue;
      }
      const e = this.s[this.i + 1] ?? '';
      if (e === 'u') {
        const hex = this.s.slice(this.i + 2, this.i + 6);
        if (!/^[0-9A-Fa-f]{4}$/.test(hex)) this.fail('invalid \\u escape');
        out += String.fromCharCode(Number.parseInt(hex, 16));
        this.i += 6;
      } else if (e in escapes) {
        out += escapes[e];
        this.i += 2;
      } else this.fail('invalid escape');
    }
  }
}

/** Parses JSON text; throws JsonSyntaxError with the line and column of the problem. */
export function parseJsonWithLines(text: string): JsonDocument {
  const parser = new Parser(text);
  const value = parser.document();
  return { value, lines: new PathLines(parser.lines) };
}
