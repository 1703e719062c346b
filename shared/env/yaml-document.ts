// A YAML file as a node tree with lines (the yaml package's LineCounter), for parsers that report at an entry's line.

import {
  isMap,
  isNode,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  visit,
  YAMLParseError,
  type DocumentOptions,
  type Node,
  type Pair,
  type ParseOptions,
  type SchemaOptions,
  type YAMLMap,
} from 'yaml';
import { LocatedError } from '../diagnostics.js';

/**
 * The yaml package's parseDocument, with its duplicate-key check made linear: the package compares each key with every
 * earlier key of its mapping, which is quadratic in the keys (20,000 keys: 11 s). The error is the package's own.
 */
export function parseYamlDocument(text: string, options: ParseOptions & DocumentOptions & SchemaOptions = {}): ReturnType<typeof parseDocument> {
  const doc = parseDocument(text, { ...options, uniqueKeys: false });
  if (options.uniqueKeys === false) return doc;
  const duplicates: YAMLParseError[] = [];
  visit(doc, {
    Map(_, map) {
      const seen = new Set<unknown>();
      for (const { key } of map.items) {
        const value = isScalar(key) ? key.value : key;
        if (value === '<<') continue; // merge keys may repeat
        if (seen.has(value)) {
          const range = isNode(key) ? key.range : undefined;
          duplicates.push(new YAMLParseError([range?.[0] ?? 0, range?.[1] ?? 0], 'DUPLICATE_KEY', 'Map keys must be unique'));
        }
        seen.add(value);
      }
    },
  });
  if (duplicates.length) doc.errors = [...doc.errors, ...duplicates].sort((a, b) => a.pos[0] - b.pos[0]);
  return doc;
}

export class YamlDocument {
  private constructor(
    /** The root node; undefined for an empty document. */
    readonly root: Node | undefined,
    private readonly counter: LineCounter,
  ) {}

  /** Parses `text`; malformed YAML throws LocatedError `<format>/syntax` at the first error's line. */
  static parse(file: string, text: string, format: string): YamlDocument {
    const counter = new LineCounter();
    const doc = parseYamlDocument(text, { lineCounter: counter, prettyErrors: false });
    const error = doc.errors[0];
    if (error) {
      const { line, col } = counter.linePos(error.pos[0]);
      throw new LocatedError(`${format}/syntax`, `invalid YAML: ${error.message.split('\n')[0]}`, file, line, col);
    }
    return new YamlDocument((doc.contents ?? undefined) as Node | undefined, counter);
  }

  /** Line of a node, or of a pair's key; 1 when it has no place (an empty value). */
  line(node: Node | Pair | null | undefined): number {
    const at = isPair(node) ? node.key : node;
    const range = isNode(at) ? at.range : undefined;
    return range ? this.counter.linePos(range[0]).line : 1;
  }
}

/** The pairs of a mapping whose keys are plain strings, by key. */
export function mapEntries(node: Node | undefined): Map<string, Pair<Node, Node | null>> {
  const entries = new Map<string, Pair<Node, Node | null>>();
  if (!isMap(node)) return entries;
  for (const pair of (node as YAMLMap<Node, Node | null>).items) {
    if (isScalar(pair.key) && typeof pair.key.value === 'string') entries.set(pair.key.value, pair);
  }
  return entries;
}

/** A scalar's value as text: strings as they are, numbers and booleans as written in the file. */
export function scalarText(node: Node | null | undefined): string | undefined {
  if (!isScalar(node) || node.value === null) return undefined;
  if (typeof node.value === 'string') return node.value;
  return typeof node.source === 'string' ? node.source : String(node.value);
}

export { isMap, isScalar, isSeq };
