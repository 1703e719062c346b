// MLflow's meta.yaml files: PyYAML `safe_dump` of a flat dict (YAML 1.1). A store has one per run, so the common shape
// (`key: plain`, `key: 'quoted'`, ints, null) is read line by line; anything else goes to the full YAML parser.

import { parse, YAMLParseError } from 'yaml';
import { LocatedError } from '../diagnostics.js';

const LINE = /^([A-Za-z_][A-Za-z0-9_]*):(?: (.*))?$/;
const INT = /^-?(?:0|[1-9][0-9]*)$/;
const SINGLE_QUOTED = /^'((?:[^']|'')*)'$/;
/** Plain scalars that are strings under YAML 1.1 whatever they say (no digits first, no indicators, no `: ` or ` #`). */
const PLAIN_STRING = /^[A-Za-z_/][A-Za-z0-9_./:@+\- ]*$/;
/** YAML 1.1 booleans and nulls spelled as plain scalars. */
const YAML11_WORDS = /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|null|Null|NULL)$/;

function fastScalar(raw: string): { value: unknown } | undefined {
  if (raw === '' || raw === '~' || raw === 'null' || raw === 'Null' || raw === 'NULL') return { value: null };
  if (raw === '[]') return { value: [] };
  if (raw === '{}') return { value: {} };
  if (INT.test(raw)) return { value: Number(raw) };
  const quoted = SINGLE_QUOTED.exec(raw);
  if (quoted) return { value: quoted[1]!.replaceAll("''", "'") };
  if (
    PLAIN_STRING.test(raw) &&
    !raw.endsWith(' ') &&
    !raw.includes(': ') &&
    !raw.includes(' #') &&
    !YAML11_WORDS.test(raw)
  ) {
    return { value: raw };
  }
  return undefined;
}

function fastParse(text: string): Record<string, unknown> | undefined {
  const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  if (lines.length === 0) return undefined;
  for (const line of lines) {
    const m = LINE.exec(line);
    if (!m || m[1]! in out) return undefined;
    const scalar = fastScalar(m[2] ?? '');
    if (!scalar) return undefined;
    out[m[1]!] = scalar.value;
  }
  return out;
}

/**
 * Parses a meta.yaml as a mapping. Throws LocatedError (code `mlflow/meta-yaml`) when it is not valid YAML or not a
 * mapping — a truncated or hand-edited file.
 */
export function parseMetaYaml(text: string, file: string): Record<string, unknown> {
  const fast = fastParse(text);
  if (fast) return fast;
  let doc: unknown;
  try {
    doc = parse(text, { version: '1.1', uniqueKeys: true });
  } catch (error) {
    if (error instanceof YAMLParseError) {
      const at = error.linePos?.[0];
      throw new LocatedError('mlflow/meta-yaml', `invalid YAML: ${error.message.split('\n')[0]}`, file, at?.line, at?.col);
    }
    throw new LocatedError('mlflow/meta-yaml', `invalid YAML: ${String(error)}`, file);
  }
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) {
    throw new LocatedError('mlflow/meta-yaml', 'expected a mapping of keys to values', file, 1);
  }
  return doc as Record<string, unknown>;
}

/** The 1-based line of `key:` in a meta.yaml, to point diagnostics at the offending field. */
export function lineOfKey(text: string, key: string): number | undefined {
  const lines = text.split('\n');
  const i = lines.findIndex((l) => l.startsWith(`${key}:`));
  return i < 0 ? undefined : i + 1;
}
