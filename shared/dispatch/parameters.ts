// Training parameters as the caller writes them: a YAML or JSON mapping (the action's `parameters` input) or `-P k=v`
// arguments (the CLI). Values are kept as the text written, since MLflow passes every parameter as a string; a
// number is not re-printed (`1.0` stays `1.0`).

import { LocatedError } from '../diagnostics.js';
import { YamlDocument, isMap, isScalar, mapEntries, scalarText } from '../env/yaml-document.js';

export type Parameters = Record<string, string>;

/** Names the receiving side passes on as `-P name=value`: an `=` or a control character would change what it means. */
export function parameterNameProblem(name: string): string | undefined {
  if (name.trim() === '') return 'a parameter name is empty';
  if (name.includes('=')) return `parameter name ${JSON.stringify(name)} contains "="`;
  if (/[\u0000-\u001f\u007f]/.test(name)) return `parameter name ${JSON.stringify(name)} contains a control character`;
  return undefined;
}

/** A YAML or JSON mapping of names to scalars. Throws Error with the line for anything else. */
export function parseParameterMapping(text: string, what = 'parameters'): Parameters {
  if (text.trim() === '') return {};
  let doc: YamlDocument;
  try {
    doc = YamlDocument.parse(what, text, 'parameters');
  } catch (error) {
    if (error instanceof LocatedError) throw new Error(`${what}: line ${error.line}: ${error.message}`);
    throw error;
  }
  if (!isMap(doc.root)) throw new Error(`${what}: expected a mapping such as {alpha: 0.5, l1_ratio: 0.1}`);
  // No prototype: a parameter named __proto__ is a key like any other, not a setter that drops it.
  const out = Object.create(null) as Parameters;
  const entries = mapEntries(doc.root);
  if (entries.size !== doc.root.items.length) throw new Error(`${what}: every parameter name must be a plain string`);
  for (const [name, pair] of entries) {
    const problem = parameterNameProblem(name);
    if (problem) throw new Error(`${what}: line ${doc.line(pair)}: ${problem}`);
    const value = scalarText(pair.value);
    if (value === undefined) {
      const why = isScalar(pair.value) || pair.value === null ? 'has no value' : 'must be a single value, not a list or mapping';
      throw new Error(`${what}: line ${doc.line(pair)}: ${name} ${why}`);
    }
    out[name] = value;
  }
  return out;
}

/** `-P alpha=0.5` arguments; the first `=` separates, so values may contain more. */
export function parseParameterArgs(args: readonly string[]): Parameters {
  const out = Object.create(null) as Parameters;
  for (const arg of args) {
    const eq = arg.indexOf('=');
    if (eq < 0) throw new Error(`-P ${arg}: expected NAME=VALUE`);
    const name = arg.slice(0, eq);
    const problem = parameterNameProblem(name);
    if (problem) throw new Error(`-P ${arg}: ${problem}`);
    out[name] = arg.slice(eq + 1);
  }
  return out;
}
