// PEP 508 environment markers, evaluated against the values an environment's own interpreter reports, so that
// verification skips `pywin32 ; sys_platform == "win32"` on Linux instead of calling it missing.

import { execFile } from 'node:child_process';
import { satisfies } from '../env/pep440.js';
import { normalizeName } from '../env/pep508.js';

export type MarkerEnvironment = Record<string, string>;

// The marker variables as PEP 508 defines them; stdlib only.
const SNIPPET = String.raw`
import json, os, platform, sys
def version(info):
    text = "%d.%d.%d" % (info.major, info.minor, info.micro)
    if info.releaselevel != "final":
        text += info.releaselevel[0] + str(info.serial)
    return text
json.dump({
    "implementation_name": sys.implementation.name,
    "implementation_version": version(sys.implementation.version),
    "os_name": os.name,
    "platform_machine": platform.machine(),
    "platform_python_implementation": platform.python_implementation(),
    "platform_release": platform.release(),
    "platform_system": platform.system(),
    "platform_version": platform.version(),
    "python_full_version": platform.python_version(),
    "python_version": ".".join(platform.python_version_tuple()[:2]),
    "sys_platform": sys.platform,
}, sys.stdout)
`;

export function readMarkerEnvironment(python: string): Promise<MarkerEnvironment> {
  return new Promise((resolve, reject) => {
    execFile(python, ['-c', SNIPPET], { encoding: 'utf8', timeout: 60_000, windowsHide: true }, (error, stdout, stderr) => {
      if (error) return reject(new Error(`${python} could not report its platform: ${stderr.trim().split('\n').pop() || error.message}`));
      resolve(JSON.parse(stdout) as MarkerEnvironment);
    });
  });
}

// Legacy spellings pip still accepts.
const aliases: Record<string, string> = {
  'os.name': 'os_name',
  'sys.platform': 'sys_platform',
  'platform.version': 'platform_version',
  'platform.machine': 'platform_machine',
  'platform.python_implementation': 'platform_python_implementation',
  python_implementation: 'platform_python_implementation',
};
const versionVariables = new Set(['python_version', 'python_full_version', 'implementation_version']);

type Token = { kind: 'string'; value: string } | { kind: 'name'; value: string } | { kind: 'op'; value: string } | { kind: 'paren'; value: string };

function tokenize(text: string): Token[] | undefined {
  const tokens: Token[] = [];
  const re = /\s*(?:(["'])(.*?)\1|(not\s+in\b|in\b|and\b|or\b)|(===|==|!=|<=|>=|~=|<|>)|([()])|([A-Za-z_][\w.]*))/y;
  let pos = 0;
  while (pos < text.length) {
    if (/^\s*$/.test(text.slice(pos))) break;
    re.lastIndex = pos;
    const m = re.exec(text);
    if (!m) return undefined;
    pos = re.lastIndex;
    if (m[1]) tokens.push({ kind: 'string', value: m[2]! });
    else if (m[3]) tokens.push({ kind: 'op', value: m[3].replace(/\s+/g, ' ') });
    else if (m[4]) tokens.push({ kind: 'op', value: m[4] });
    else if (m[5]) tokens.push({ kind: 'paren', value: m[5] });
    else tokens.push({ kind: 'name', value: m[6]! });
  }
  return tokens;
}

/**
 * Whether the marker holds in `env`; undefined when it cannot be read or names a variable the environment lacks.
 * `extra` is the extra a requirement is looked at for (PEP 685 names compare normalised); empty for the main
 * dependencies, which are installed without extras.
 */
export function evaluateMarker(marker: string, env: MarkerEnvironment, extra = ''): boolean | undefined {
  const tokenized = tokenize(marker);
  if (!tokenized) return undefined;
  const tokens = tokenized;
  let i = 0;
  const values = { ...env, extra: normalizeName(extra) };

  const operand = (): { value: string; variable?: string } | undefined => {
    const t = tokens[i++];
    if (t?.kind === 'string') return { value: t.value };
    if (t?.kind !== 'name') return undefined;
    const name = aliases[t.value] ?? t.value;
    const value = (values as Record<string, string | undefined>)[name];
    return value === undefined ? undefined : { value, variable: name };
  };
  const comparison = (): boolean | undefined => {
    const lhs = operand();
    const op = tokens[i++];
    const rhs = operand();
    if (!lhs || !rhs || op?.kind !== 'op' || op.value === 'and' || op.value === 'or') return undefined;
    if (op.value === 'in') return rhs.value.includes(lhs.value);
    if (op.value === 'not in') return !rhs.value.includes(lhs.value);
    // PEP 508: compare as versions when both sides are versions, else as strings (only == and != then).
    const isVersion = versionVariables.has(lhs.variable ?? rhs.variable ?? '');
    const asVersion = isVersion ? satisfies(lhs.value, `${op.value}${rhs.value}`) : undefined;
    if (asVersion !== undefined) return asVersion;
    const [a, b] = lhs.variable === 'extra' || rhs.variable === 'extra' ? [normalizeName(lhs.value), normalizeName(rhs.value)] : [lhs.value, rhs.value];
    if (op.value === '==' || op.value === '===') return a === b;
    if (op.value === '!=') return a !== b;
    return undefined;
  };
  const atom = (): boolean | undefined => {
    if (tokens[i]?.kind === 'paren' && tokens[i]!.value === '(') {
      i++;
      const inner = or();
      if (tokens[i]?.kind !== 'paren' || tokens[i]!.value !== ')') return undefined;
      i++;
      return inner;
    }
    return comparison();
  };
  const and = (): boolean | undefined => {
    let value = atom();
    while (tokens[i]?.kind === 'op' && tokens[i]!.value === 'and') {
      i++;
      const next = atom();
      value = value === false || next === false ? false : value === undefined || next === undefined ? undefined : true;
    }
    return value;
  };
  function or(): boolean | undefined {
    let value = and();
    while (tokens[i]?.kind === 'op' && tokens[i]!.value === 'or') {
      i++;
      const next = and();
      value = value === true || next === true ? true : value === undefined || next === undefined ? undefined : false;
    }
    return value;
  }
  const result = or();
  return i === tokens.length ? result : undefined;
}
