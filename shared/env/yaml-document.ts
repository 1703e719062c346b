// A YAML file as a node tree with lines (the yaml package's LineCounter), for parsers that report at an entry's line.

import { isMap, isNode, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node, type Pair, type YAMLMap } from 'yaml';
import { LocatedError } from '../diagnostics.js';

export class YamlDocument {
  private constructor(
    /** The root node; undefined for an empty document. */
    readonly root: Node | undefined,
    private readonly counter: LineCounter,
  ) {}

  /** Parses `text`; malformed YAML throws LocatedError `<format>/syntax` at the first error's line. */
  static parse(file: string, text: string, format: string): YamlDocument {
    const counter = new LineCounter();
    const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
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
