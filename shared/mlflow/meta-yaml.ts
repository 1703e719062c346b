// MLflow's meta.yaml files: PyYAML `safe_dump` of a flat dict (YAML 1.1). A store has one per run, so the common shape
// (`key: plain`, `key: 'quoted'`, ints, null) is read line by line; anything else goes to the full YAML parser.

import { LineCounter } from 'yaml';
import { LocatedError } from '../diagnostics.js';
import { parseYamlDocument } from '../env/yaml-document.js';

const LINE = /^([A-Za-z_][A-Za-z0-9_]*):(?: (.*))?$/;
const DECIMAL_INT = /^[-+]?(?:0|[1-9][0-9]*)$/;
const SINGLE_QUOTED = /^'((?:[^']|'')*)'$/;
/** Plain scalars without indicators (`: ` and ` #` are checked separately): paths, names, hex run ids, numbers. */
const PLAIN = /^[A-Za-z0-9_/][A-Za-z0-9_./:@+\- ]*$/;
// PyYAML's implicit resolvers (yaml/resolver.py, YAML 1.1): what MLflow's writer quotes and its reader converts.
const PY_NULL = /^(?:~|null|Null|NULL)$/;
const PY_TRUE = /^(?:yes|Yes|YES|true|True|TRUE|on|On|ON)$/;
const PY_FALSE = /^(?:no|No|NO|false|False|FALSE|off|Off|OFF)$/;
const PY_INT = /^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$/;
const PY_FLOAT =
  /^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9_]+(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
const PY_TIMESTAMP = /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}/;

/** A scalar as PyYAML reads it, or undefined when only the full parser should decide. */
function fastScalar(raw: string): { value: unknown } | undefined {
  if (raw === '' || PY_NULL.test(raw)) return { value: null };
  if (raw === '[]') return { value: [] };
  if (raw === '{}') return { value: {} };
  const quoted = SINGLE_QUOTED.exec(raw);
  if (quoted) return { value: quoted[1]!.replaceAll("''", "'") };
  if (!PLAIN.test(raw) || raw.endsWith(' ') || raw.includes(': ') || raw.includes(' #')) return undefined;
  if (DECIMAL_INT.test(raw)) return { value: Number(raw) };
  if (PY_TRUE.test(raw)) return { value: true };
  if (PY_FALSE.test(raw)) return { value: false };
  if (PY_INT.test(raw) || PY_FLOAT.test(raw) || PY_TIMESTAMP.test(raw)) return undefined;
  return { value: raw };
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
  const lines = new LineCounter();
  const parsed = parseYamlDocument(text, { version: '1.1', lineCounter: lines, prettyErrors: false });
  const error = parsed.errors[0];
  if (error) {
    const at = lines.linePos(error.pos[0]);
    throw new LocatedError('mlflow/meta-yaml', `invalid YAML: ${error.message.split('\n')[0]}`, file, at.line, at.col);
  }
  let doc: unknown;
  try {
    doc = parsed.toJS();
  } catch (e) {
    throw new LocatedError('mlflow/meta-yaml', `invalid YAML: ${String(e)}`, file);
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
