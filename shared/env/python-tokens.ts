// Enough of Python's tokenizer to read setup.py without running it: names, numbers, strings (decoded when they are
// plain text), operators, grouped into logical lines (brackets and `\` join physical lines) and then statements.

export type PyTokenKind = 'name' | 'number' | 'string' | 'op';

export interface PyToken {
  kind: PyTokenKind;
  /** Source text (for strings, the whole literal with prefix and quotes). */
  text: string;
  line: number;
  /** Strings only: the decoded text; undefined for bytes and for f-strings with replacement fields. */
  value?: string;
}

export interface PyStatement {
  /** Indentation width; a statement after `:` on its header's line counts as indented below it. */
  indent: number;
  line: number;
  tokens: PyToken[];
  /** Set on compound statement headers (`def`, `with`, `if`...): the keyword; tokens stop before the `:`. */
  compound?: string;
}

/** A string left open or a character that cannot start a token; carries the line. */
export class PythonTokenError extends Error {
  override readonly name = 'PythonTokenError';
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

const operators = [
  '**=', '//=', '>>=', '<<=', '...', '!=', '==', '<=', '>=', '->', ':=', '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=',
  '@=', '**', '//', '<<', '>>',
];
const identifier = /[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*/uy;
const stringStart = /([rRbBuUfFtT]{0,2})('''|"""|'|")/y;
const prefixChars = 'rRbBuUfFtT';
const number = /(?:\d[\dA-Za-z_]*(?:\.[\dA-Za-z_]*)?|\.\d[\dA-Za-z_]*)(?:(?<=[eE])[+-][\dA-Za-z_]*)?/y;
const compoundKeywords = new Set([
  'if', 'elif', 'else', 'for', 'while', 'with', 'try', 'except', 'finally', 'def', 'class', 'async',
]);

/** Tokenizes `text` into logical lines; throws PythonTokenError for an unterminated string. */
export function tokenizePython(text: string): { indent: number; line: number; tokens: PyToken[] }[] {
  const s = text;
  const lines: { indent: number; line: number; tokens: PyToken[] }[] = [];
  let current: PyToken[] = [];
  let indent = 0;
  let line = 1;
  let depth = 0;
  let atLineStart = true;
  let i = 0;

  const endLogicalLine = (): void => {
    if (current.length) lines.push({ indent, line: current[0]!.line, tokens: current });
    current = [];
    atLineStart = true;
  };
  const newlineLength = (at: number): number => (s[at] === '\r' ? (s[at + 1] === '\n' ? 2 : 1) : s[at] === '\n' ? 1 : 0);

  while (i < s.length) {
    if (atLineStart && depth === 0) {
      let width = 0;
      while (s[i] === ' ' || s[i] === '\t' || s[i] === '\f') {
        width = s[i] === '\t' ? (Math.floor(width / 8) + 1) * 8 : s[i] === ' ' ? width + 1 : 0;
        i++;
      }
      indent = width;
      atLineStart = false;
      if (i >= s.length) break;
    }
    const c = s[i]!;
    const nl = newlineLength(i);
    if (nl) {
      i += nl;
      line++;
      if (depth === 0) endLogicalLine();
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\f') {
      i++;
      continue;
    }
    if (c === '#') {
      while (i < s.length && !newlineLength(i)) i++;
      continue;
    }
    if (c === '\\' && newlineLength(i + 1)) {
      i += 1 + newlineLength(i + 1);
      line++;
      continue;
    }
    // Dispatch on the first character: most tokens are punctuation, and the regexes are the slow path.
    let str: RegExpExecArray | null = null;
    if (c === '"' || c === "'" || prefixChars.includes(c)) {
      stringStart.lastIndex = i;
      str = stringStart.exec(s);
    }
    if (str && /^(?:[rRuU]?|[bBfFtT][rR]?|[rR][bBfFtT])$/.test(str[1]!)) {
      const token = readString(s, i, str[1]!, str[2]!, line);
      current.push(token.token);
      line += token.newlines;
      i = token.end;
      continue;
    }
    identifier.lastIndex = i;
    const name = /[A-Za-z_]/.test(c) || c > '\x7f' ? identifier.exec(s) : null;
    if (name) {
      current.push({ kind: 'name', text: name[0], line });
      i += name[0].length;
      continue;
    }
    number.lastIndex = i;
    const num = (c >= '0' && c <= '9') || c === '.' ? number.exec(s) : null;
    if (num) {
      current.push({ kind: 'number', text: num[0], line });
      i += num[0].length;
      continue;
    }
    const op = '()[]{},;'.includes(c) ? c : (operators.find((o) => s.startsWith(o, i)) ?? String.fromCodePoint(s.codePointAt(i)!));
    if ('([{'.includes(op)) depth++;
    else if (')]}'.includes(op)) depth = Math.max(0, depth - 1);
    current.push({ kind: 'op', text: op, line });
    i += op.length;
  }
  endLogicalLine();
  return lines;
}

function readString(
  s: string,
  start: number,
  prefix: string,
  quote: string,
  line: number,
): { token: PyToken; end: number; newlines: number } {
  const lower = prefix.toLowerCase();
  const raw = lower.includes('r');
  const formatted = lower.includes('f') || lower.includes('t');
  const triple = quote.length === 3;
  const bodyStart = start + prefix.length + quote.length;
  let i = bodyStart;
  let newlines = 0;
  let fields = false;
  for (;;) {
    if (i >= s.length) throw new PythonTokenError('unterminated string', line);
    if (s.startsWith(quote, i)) break;
    const c = s[i]!;
    if (c === '\\') {
      if (s[i + 1] === '\r' && s[i + 2] === '\n') i++;
      if (s[i + 1] === '\n' || s[i + 1] === '\r') newlines++;
      i += 2;
      continue;
    }
    if (c === '\n' || c === '\r') {
      if (!triple) throw new PythonTokenError('unterminated string', line);
      if (!(c === '\r' && s[i + 1] === '\n')) newlines++;
      i++;
      continue;
    }
    if (formatted && c === '{') {
      if (s[i + 1] === '{') {
        i += 2;
        continue;
      }
      fields = true;
      const end = skipField(s, i, line);
      newlines += countNewlines(s.slice(i, end));
      i = end;
      continue;
    }
    i++;
  }
  const body = s.slice(bodyStart, i);
  const end = i + quote.length;
  const text = s.slice(start, end);
  let value: string | undefined;
  if (!lower.includes('b') && !fields) {
    const plain = formatted ? body.replace(/\{\{/g, '{').replace(/\}\}/g, '}') : body;
    value = raw ? plain.replace(/\r\n?/g, '\n') : decodeEscapes(plain);
  }
  return { token: { kind: 'string', text, line, ...(value !== undefined ? { value } : {}) }, end, newlines };
}

/** Skips an f-string replacement field `{...}` (nested brackets and strings included); returns the offset after it. */
function skipField(s: string, start: number, line: number): number {
  let depth = 0;
  let i = start;
  while (i < s.length) {
    const c = s[i]!;
    if (c === '{' || c === '[' || c === '(') depth++;
    else if (c === '}' || c === ']' || c === ')') {
      depth--;
      if (depth === 0) return i + 1;
    } else if (c === '"' || c === "'") {
      const q = s.startsWith(c.repeat(3), i) ? c.repeat(3) : c;
      const close = s.indexOf(q, i + q.length);
      if (close === -1) break;
      i = close + q.length;
      continue;
    }
    i++;
  }
  throw new PythonTokenError('unterminated f-string replacement field', line);
}

function countNewlines(text: string): number {
  return (text.match(/\r\n|\r|\n/g) ?? []).length;
}

const escapes: Record<string, string> = {
  '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
};

function decodeEscapes(body: string): string {
  return body
    .replace(/\r\n?/g, '\n')
    .replace(/\\(\n|[0-7]{1,3}|x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|.)/gs, (whole, esc: string) => {
      if (esc === '\n') return '';
      if (/^[0-7]/.test(esc)) return String.fromCharCode(Number.parseInt(esc, 8));
      if (esc.length > 1) {
        const code = Number.parseInt(esc.slice(1), 16);
        return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
      }
      return escapes[esc] ?? whole;
    });
}

/** Splits logical lines into statements: `;` separates them, and a compound header's `:` ends the header. */
export function splitStatements(lines: { indent: number; line: number; tokens: PyToken[] }[]): PyStatement[] {
  const statements: PyStatement[] = [];
  const simple = (tokens: PyToken[], indent: number): void => {
    for (const part of splitTopLevel(tokens, ';')) {
      if (part.length) statements.push({ indent, line: part[0]!.line, tokens: part });
    }
  };
  for (const { indent, tokens } of lines) {
    const keyword = tokens[0]?.kind === 'name' && compoundKeywords.has(tokens[0].text) ? tokens[0].text : undefined;
    const colon = keyword ? headerColon(tokens) : -1;
    if (keyword === undefined || colon === -1) {
      simple(tokens, indent);
      continue;
    }
    statements.push({ indent, line: tokens[0]!.line, tokens: tokens.slice(0, colon), compound: keyword });
    simple(tokens.slice(colon + 1), indent + 0.5);
  }
  return statements;
}

/** Index of the `:` ending a compound header, skipping those of lambdas, slices and dicts. */
function headerColon(tokens: PyToken[]): number {
  let depth = 0;
  let lambdas = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    depth = Math.max(0, depth + bracket(t));
    if (depth === 0 && t.kind === 'name' && t.text === 'lambda') lambdas++;
    else if (depth === 0 && t.kind === 'op' && t.text === ':') {
      if (lambdas === 0) return i;
      lambdas--;
    }
  }
  return -1;
}

/** +1 for an opening bracket, -1 for a closing one, 0 for any other token. */
export function bracket(t: PyToken): number {
  if (t.kind !== 'op' || t.text.length !== 1) return 0;
  const c = t.text;
  return c === '(' || c === '[' || c === '{' ? 1 : c === ')' || c === ']' || c === '}' ? -1 : 0;
}

/** Splits tokens at `separator` operators outside brackets. */
export function splitTopLevel(tokens: PyToken[], separator: string): PyToken[][] {
  const parts: PyToken[][] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    depth = Math.max(0, depth + bracket(t));
    if (depth === 0 && t.kind === 'op' && t.text === separator) {
      parts.push(tokens.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(start === 0 ? tokens : tokens.slice(start));
  return parts;
}

/** Index of the bracket closing the one at `open`, or -1. */
export function matchingBracket(tokens: PyToken[], open: number): number {
  let depth = 0;
  for (let i = open; i < tokens.length; i++) {
    depth += bracket(tokens[i]!);
    if (depth === 0) return i;
  }
  return -1;
}
