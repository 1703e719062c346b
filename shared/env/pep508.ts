// PEP 508 dependency specifiers, read the way pip 23.2 reads them (its vendored packaging 21.3 pyparsing grammar), so
// that what pip accepts we accept, and what it rejects we report with a column.

import { LocatedError } from '../diagnostics.js';
import { clauseEnd, parseSpecifierSet, PY_SPACE_CHARS } from './pep440.js';

export interface Pep508Requirement {
  /** As written. */
  name: string;
  /** PEP 503. */
  normalized: string;
  /** As written, duplicates dropped. */
  extras: string[];
  /** Clauses with whitespace removed, comma-joined in the written order (`>=1.2,<2`); '' when none. */
  specifier: string;
  /** The marker after `;`, as written (tabs expanded to spaces, as pip does), trimmed. */
  marker?: string;
  url?: string;
}

export class RequirementSyntaxError extends Error {
  constructor(
    message: string,
    /** 1-based, in the text given to the parser. */
    readonly column: number,
  ) {
    super(message);
    this.name = 'RequirementSyntaxError';
  }

  /** For callers that know where the text sits: `columnOffset` is the 0-based column where it starts in its line. */
  toLocatedError(code: string, file: string, line: number, columnOffset = 0): LocatedError {
    return new LocatedError(code, this.message, file, line, this.column + columnOffset);
  }
}

/** PEP 503: lower-case, runs of `-`, `_`, `.` become one `-`. */
export function normalizeName(name: string): string {
  return name.replace(/[-_.]+/g, '-').toLowerCase();
}

const ONE_SPACE = new RegExp(`^[${PY_SPACE_CHARS}]$`);

/** Is `ch` whitespace to Python (`str.isspace()`)? */
export const isPySpace = (ch: string | undefined): boolean => ch !== undefined && ONE_SPACE.test(ch);

/**
 * Python's `str.strip()`: its whitespace set, not JavaScript's. Scanned from both ends: an unanchored `\s+$` retries
 * from every space of a run that does not reach the end, which is quadratic in the run.
 */
export function pyStrip(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && isPySpace(s[start])) start++;
  while (end > start && isPySpace(s[end - 1])) end--;
  return s.slice(start, end);
}

// pyparsing skips these between tokens, nothing else.
const SKIP = /[ \t\n\r]*/y;
const IDENTIFIER = /[A-Za-z0-9](?:[-_.]*[A-Za-z0-9])*/y;
const URI = /[^ ]+/y;

// MatchFirst order of packaging 21.3's VARIABLE: earlier literals win, and none needs a word boundary after it.
const MARKER_VARIABLES: [string, string][] = [
  ['implementation_version', 'implementation_version'],
  ['platform_python_implementation', 'platform_python_implementation'],
  ['implementation_name', 'implementation_name'],
  ['python_full_version', 'python_full_version'],
  ['platform_release', 'platform_release'],
  ['platform_version', 'platform_version'],
  ['platform_machine', 'platform_machine'],
  ['platform_system', 'platform_system'],
  ['python_version', 'python_version'],
  ['sys_platform', 'sys_platform'],
  ['os_name', 'os_name'],
  ['os.name', 'os_name'],
  ['sys.platform', 'sys_platform'],
  ['platform.version', 'platform_version'],
  ['platform.machine', 'platform_machine'],
  ['platform.python_implementation', 'platform_python_implementation'],
  ['python_implementation', 'platform_python_implementation'],
  ['extra', 'extra'],
];
const MAX_MARKER_DEPTH = 100;
const MARKER_OPS = ['===', '==', '>=', '<=', '!=', '~=', '>', '<', 'not in', 'in'];

type MarkerOperand = { variable: string } | { value: string };
interface MarkerItem {
  lhs: MarkerOperand;
  op: string;
  rhs: MarkerOperand;
}
type MarkerNode = MarkerItem | MarkerNode[] | 'and' | 'or';

class Parser {
  pos = 0;
  readonly text: string;
  private depth = 0;
  /** For each index of `text`, the index in the text given, when that had tabs. */
  private readonly origin: number[] | undefined;

  constructor(given: string) {
    [this.text, this.origin] = expandTabs(given);
  }

  fail(message: string, at = this.pos): never {
    const column = this.origin ? this.origin[at]! : at;
    throw new RequirementSyntaxError(message, column + 1);
  }

  skip(): void {
    SKIP.lastIndex = this.pos;
    SKIP.exec(this.text);
    this.pos = SKIP.lastIndex;
  }

  match(re: RegExp): string | undefined {
    re.lastIndex = this.pos;
    const m = re.exec(this.text);
    if (!m) return undefined;
    this.pos = re.lastIndex;
    return m[0];
  }

  eat(literal: string): boolean {
    this.skip();
    if (!this.text.startsWith(literal, this.pos)) return false;
    this.pos += literal.length;
    return true;
  }

  atEnd(): boolean {
    this.skip();
    return this.pos >= this.text.length;
  }

  requirement(): Pep508Requirement {
    this.skip();
    const name = this.match(IDENTIFIER) ?? this.fail('expected a package name');
    const extras = this.extras();
    const start = this.pos;
    let url: string | undefined;
    let specifier = '';
    if (this.eat('@')) {
      this.skip();
      url = this.match(URI) ?? this.fail('expected a URL after @');
    } else {
      this.pos = start;
      specifier = this.versionSpec();
    }
    let marker: string | undefined;
    const beforeMarker = this.pos;
    if (this.eat(';')) {
      this.skip();
      const markerStart = this.pos;
      this.markerExpr();
      marker = this.text.slice(markerStart, this.pos);
    } else {
      this.pos = beforeMarker;
    }
    if (!this.atEnd()) this.fail(url === undefined && !specifier && !marker ? 'expected a version specifier, @ URL or ; marker' : 'unexpected text');
    if (url !== undefined) checkUrl(url, this, start);
    const unique = [...new Set(extras)];
    return { name, normalized: normalizeName(name), extras: unique, specifier, ...(marker !== undefined && { marker }), ...(url !== undefined && { url }) };
  }

  extras(): string[] {
    const start = this.pos;
    if (!this.eat('[')) {
      this.pos = start;
      return [];
    }
    const extras: string[] = [];
    this.skip();
    const first = this.match(IDENTIFIER);
    if (first) {
      extras.push(first);
      for (;;) {
        const save = this.pos;
        if (!this.eat(',')) {
          this.pos = save;
          break;
        }
        this.skip();
        const next = this.match(IDENTIFIER);
        if (!next) this.fail('expected an extra name');
        extras.push(next);
      }
    }
    if (!this.eat(']')) this.fail(first ? 'expected , or ] in extras' : 'expected an extra name or ]');
    return extras;
  }

  /** `(>=1, <2)` or `>=1, <2`; returns the normalised clauses, comma-joined. */
  versionSpec(): string {
    const start = this.pos;
    if (this.eat('(')) {
      const raw = this.versionMany();
      if (raw !== undefined) {
        if (!this.eat(')')) this.fail('expected , or )');
        return normalizeSpecifier(raw, this, start);
      }
      this.pos = start;
      return '';
    }
    this.pos = start;
    const raw = this.versionMany();
    if (raw === undefined) {
      this.pos = start;
      return '';
    }
    return normalizeSpecifier(raw, this, start);
  }

  /** Clause texts joined by commas, as pyparsing's Combine hands them to SpecifierSet. */
  versionMany(): string | undefined {
    this.skip();
    const first = clauseEnd(this.text, this.pos);
    if (first < 0) return undefined;
    const parts = [this.text.slice(this.pos, first)];
    this.pos = first;
    for (;;) {
      const save = this.pos;
      if (!this.eat(',')) {
        this.pos = save;
        break;
      }
      this.skip();
      const end = clauseEnd(this.text, this.pos);
      if (end < 0) {
        this.pos = save;
        break;
      }
      parts.push(this.text.slice(this.pos, end));
      this.pos = end;
    }
    return parts.join(',');
  }

  markerExpr(): MarkerNode[] {
    const nodes: MarkerNode[] = [this.markerAtom()];
    for (;;) {
      const save = this.pos;
      this.skip();
      const op = this.text.startsWith('and', this.pos) ? 'and' : this.text.startsWith('or', this.pos) ? 'or' : undefined;
      if (!op) {
        this.pos = save;
        break;
      }
      this.pos += op.length;
      try {
        nodes.push(op, this.markerAtom());
      } catch (e) {
        if (!(e instanceof RequirementSyntaxError)) throw e;
        this.pos = save;
        break;
      }
    }
    return nodes;
  }

  markerAtom(): MarkerNode {
    this.skip();
    if (this.text[this.pos] === '(') {
      // Python gives up (RecursionError) long before a JavaScript stack would; stop well before either.
      if (this.depth >= MAX_MARKER_DEPTH) this.fail('marker nested too deeply');
      this.pos++;
      this.depth++;
      try {
        const inner = this.markerExpr();
        if (!this.eat(')')) this.fail('expected ) in marker');
        return inner;
      } finally {
        this.depth--;
      }
    }
    const lhs = this.markerOperand();
    this.skip();
    const op = MARKER_OPS.find((o) => this.text.startsWith(o, this.pos)) ?? this.fail('expected a marker operator');
    this.pos += op.length;
    return { lhs, op, rhs: this.markerOperand() };
  }

  markerOperand(): MarkerOperand {
    this.skip();
    const quote = this.text[this.pos];
    if (quote === '"' || quote === "'") {
      const close = findQuoteEnd(this.text, this.pos + 1, quote);
      if (close < 0) this.fail('unterminated string in marker');
      const value = this.text.slice(this.pos + 1, close).replace(/\\([tnfr])/g, (_, c: string) => WS_ESCAPES[c]!);
      this.pos = close + 1;
      return { value };
    }
    const variable = MARKER_VARIABLES.find(([literal]) => this.text.startsWith(literal, this.pos));
    if (!variable) this.fail('expected a marker variable or a quoted string');
    this.pos += variable[0].length;
    return { variable: variable[1] };
  }
}

/**
 * pyparsing's parseString runs str.expandtabs() first, so a tab is one to eight spaces, depending on its column: it
 * ends a URL, and `not<TAB>in` is `not in` only when the tab stands for one space.
 */
function expandTabs(text: string): [string, number[] | undefined] {
  if (!text.includes('\t')) return [text, undefined];
  let out = '';
  const origin: number[] = [];
  let column = 0;
  let index = 0;
  for (const ch of text) {
    // Python counts code points; a JavaScript string index counts UTF-16 units.
    if (ch === '\t') {
      const spaces = 8 - (column % 8);
      out += ' '.repeat(spaces);
      for (let k = 0; k < spaces; k++) origin.push(index);
      column += spaces;
    } else {
      out += ch;
      for (let k = 0; k < ch.length; k++) origin.push(index + k);
      column = ch === '\n' || ch === '\r' ? 0 : column + 1;
    }
    index += ch.length;
  }
  origin.push(index); // the end
  return [out, origin];
}

// pyparsing's QuotedString turns these escapes into the characters themselves; other backslashes stay.
const WS_ESCAPES: Record<string, string> = { t: '\t', n: '\n', f: '\f', r: '\r' };

function findQuoteEnd(text: string, from: number, quote: string): number {
  for (let i = from; i < text.length; i++) {
    const ch = text[i];
    if (ch === quote) return i;
    if (ch === '\n' || ch === '\r') return -1;
  }
  return -1;
}

function normalizeSpecifier(raw: string, parser: Parser, start: number): string {
  const clauses = parseSpecifierSet(raw) ?? parser.fail(`invalid version specifier '${raw}'`, start);
  return clauses.map((c) => c.operator + c.version).join(',');
}

const SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):/;

export interface UrlParts {
  /** Lower-cased; '' when the text before the first `:` is not a scheme. */
  scheme: string;
  netloc?: string;
  path: string;
  query?: string;
  fragment?: string;
}

/** Python's urllib.parse.urlsplit (3.11), without its IPv6 and Unicode host checks. */
export function splitUrl(url: string): UrlParts {
  // urlsplit strips leading C0 controls and spaces and drops tabs and newlines before parsing.
  let rest = url.replace(/^[\x00-\x20]+/, '').replace(/[\t\r\n]/g, '');
  const scheme = SCHEME.exec(rest);
  if (scheme) rest = rest.slice(scheme[0].length);
  let netloc: string | undefined;
  if (rest.startsWith('//')) {
    netloc = /^\/\/([^/?#]*)/.exec(rest)![1]!;
    rest = rest.slice(2 + netloc.length);
  }
  let fragment: string | undefined;
  let query: string | undefined;
  if (rest.includes('#')) [rest, fragment] = [rest.slice(0, rest.indexOf('#')), rest.slice(rest.indexOf('#') + 1)];
  if (rest.includes('?')) [rest, query] = [rest.slice(0, rest.indexOf('?')), rest.slice(rest.indexOf('?') + 1)];
  return { scheme: scheme ? scheme[1]!.toLowerCase() : '', netloc, path: rest, query, fragment };
}

/** packaging 21.3's URL check: a file: URL must survive urlparse/urlunparse unchanged, others need scheme and host. */
function checkUrl(url: string, parser: Parser, at: number): void {
  const { scheme, netloc, path, query, fragment } = splitUrl(url);
  if (netloc !== undefined && netloc.includes('[') !== netloc.includes(']')) parser.fail(`invalid IPv6 host in URL '${url}'`, at);
  if (scheme === 'file') {
    let rebuilt = path;
    if (netloc || !path.startsWith('//')) rebuilt = `//${netloc ?? ''}${rebuilt && !rebuilt.startsWith('/') ? '/' : ''}${rebuilt}`;
    rebuilt = `file:${rebuilt}${query ? `?${query}` : ''}${fragment ? `#${fragment}` : ''}`;
    if (rebuilt !== url) parser.fail(`invalid file URL '${url}'`, at);
    return;
  }
  if (!scheme || !netloc) parser.fail(`invalid URL '${url}' (needs a scheme and a host)`, at);
}

/** Parses a PEP 508 requirement (`name[extras] (specifier | @ url) ; marker`); throws RequirementSyntaxError. */
export function parsePep508(text: string): Pep508Requirement {
  return new Parser(text).requirement();
}

function formatOperand(o: MarkerOperand): string {
  return 'variable' in o ? o.variable : `"${o.value}"`;
}

// packaging 21.3's _format_marker: a group of one loses its parentheses, wherever it sits.
function formatMarker(node: MarkerNode, first = true): string {
  if (Array.isArray(node)) {
    if (node.length === 1 && typeof node[0] !== 'string') return formatMarker(node[0]!);
    const inner = node.map((n) => formatMarker(n, false)).join(' ');
    return first ? inner : `(${inner})`;
  }
  if (typeof node === 'string') return node;
  return `${formatOperand(node.lhs)} ${node.op} ${formatOperand(node.rhs)}`;
}

/** The marker as pip prints it (`str(Marker(...))`): canonical spacing, double quotes, legacy names aliased. */
export function normalizeMarker(marker: string): string {
  const parser = new Parser(marker);
  const tree = parser.markerExpr();
  if (!parser.atEnd()) parser.fail('unexpected text in marker');
  return formatMarker(tree);
}
