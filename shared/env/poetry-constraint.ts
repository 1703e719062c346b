// Poetry version constraints (`^1.2`, `~1.2`, `1.2.*`, `>=1 <2`, `^1 || ^3`) in PEP 440 terms.
//
// PEP 440 has no "or". A constraint with `||` keeps each branch in `alternatives`, and `specifier` is the smallest single
// range holding all of them (`^1.2 || ^3.0` → `>=1.2,<4.0`), with `exact: false` since it also admits the versions
// between the branches. Callers use `specifier` as the dependency's constraint and tell the user it was widened.

import { clean, compare, parse as parseVersion } from '@renovatebot/pep440';

export class PoetryConstraintError extends Error {
  override readonly name = 'PoetryConstraintError';
}

export interface Pep440Constraint {
  /** One PEP 440 specifier per `||` branch (`''` = any version). */
  alternatives: string[];
  /** A single PEP 440 specifier admitting every version the constraint admits. */
  specifier: string;
  /** False when `specifier` also admits versions the constraint excludes (gaps between `||` branches). */
  exact: boolean;
}

const comparison = /^(\^|~=|~|===|==|!=|>=|<=|>|<|=)?\s*(\S+)$/;
const wildcard = /^(\d+(?:\.\d+)*)(?:\.[xX*])+$/;

/** Converts a Poetry constraint; throws PoetryConstraintError when it is not one. */
export function poetryToPep440(constraint: string): Pep440Constraint {
  const alternatives = constraint.replaceAll('||', '|').split('|').map((branch) => convertBranch(branch.trim(), constraint));
  const distinct = [...new Set(alternatives)];
  if (distinct.length === 1) return { alternatives, specifier: distinct[0]!, exact: true };
  return { alternatives, specifier: hull(alternatives), exact: false };
}

/** The constraint as a marker on the interpreter (Poetry's `python = "^3.8"` on a dependency); undefined = any. */
export function poetryPythonMarker(constraint: string): string | undefined {
  const branches = poetryToPep440(constraint).alternatives.map((alt) =>
    alt
      .split(',')
      .filter(Boolean)
      .map((clause) => {
        const [, op, version] = /^(~=|===|==|!=|>=|<=|>|<)(.*)$/.exec(clause)!;
        // python_version is only "X.Y"; finer versions need python_full_version.
        const release = version!.replace(/\.\*$/, '').split('.');
        const variable = release.length >= 3 ? 'python_full_version' : 'python_version';
        const value = variable === 'python_version' && release.length === 2 ? version!.replace(/\.\*$/, '') : version;
        return `${variable} ${op} "${value}"`;
      })
      .join(' and '),
  );
  if (branches.some((b) => b === '')) return undefined;
  return branches.length === 1 ? branches[0] : branches.map((b) => (b.includes(' and ') ? `(${b})` : b)).join(' or ');
}

function convertBranch(branch: string, whole: string): string {
  if (branch === '' || branch === '*' || branch === 'x' || branch === 'X') return '';
  const hyphen = /^(\S+)\s+-\s+(\S+)$/.exec(branch);
  if (hyphen) return `>=${exactVersion(hyphen[1]!, whole)},<=${exactVersion(hyphen[2]!, whole)}`;
  // Clauses are separated by commas or spaces; a space after an operator belongs to the clause (`>= 1.2`).
  const clauses = branch
    .replace(/(\^|~=|~|===|==|!=|>=|<=|>|<|=)\s+/g, '$1')
    .split(/\s*,\s*|\s+/)
    .filter(Boolean);
  if (clauses.length === 0) throw new PoetryConstraintError(`"${whole}" is not a version constraint`);
  const converted = clauses.map((clause) => convertClause(clause, whole)).filter(Boolean);
  return [...new Set(converted.flatMap((c) => c.split(',')))].join(',');
}

function convertClause(clause: string, whole: string): string {
  const m = comparison.exec(clause);
  if (!m) throw new PoetryConstraintError(`"${whole}" is not a version constraint`);
  const op = m[1] ?? '';
  const text = m[2]!.replace(/^[vV](?=\d)/, '');
  if (text === '*' || text === 'x' || text === 'X') {
    if (op === '' || op === '==' || op === '=' || op === '>=') return '';
    throw new PoetryConstraintError(`"${whole}": ${op}${text} is not a version constraint`);
  }
  const star = wildcard.exec(text);
  if (star) {
    if (op === '' || op === '==' || op === '=') return `==${star[1]}.*`;
    if (op === '!=') return `!=${star[1]}.*`;
    throw new PoetryConstraintError(`"${whole}": a wildcard version can only follow == or !=`);
  }
  if (op === '===') return `===${text}`;
  const version = exactVersion(text, whole);
  // PEP 440 admits a local version label (`+cu118`) only in == and != clauses.
  if (version.includes('+') && !['', '=', '==', '!='].includes(op)) {
    throw new PoetryConstraintError(`"${whole}": a local version (${version}) can only follow == or !=`);
  }
  switch (op) {
    case '^':
      return `>=${version},<${nextBreaking(version, 'caret')}`;
    case '~':
      return `>=${version},<${nextBreaking(version, 'tilde')}`;
    case '~=':
      // PEP 440 needs two release segments for ~=; Poetry reads `~=1` as `>=1,<2`.
      return parseVersion(version)!.release.length === 1 ? `>=${version},<${nextBreaking(version, 'tilde')}` : `~=${version}`;
    case '':
    case '=':
      return `==${version}`;
    default:
      return `${op}${version}`;
  }
}

function exactVersion(text: string, whole: string): string {
  // @renovatebot/pep440's clean() joins the parts of a local label with commas (`0+0-0` → `0+0,0`): PEP 440 uses dots.
  const version = clean(text.replace(/^[vV](?=\d)/, ''))?.replace(/\+.*$/, (local) => local.replace(/,/g, '.'));
  if (!version) throw new PoetryConstraintError(`"${whole}": "${text}" is not a version`);
  return version;
}

/**
 * Upper bound of `^v` / `~v`, with as many release segments as written: `^1.2.3` → 2.0.0, `^0.2.3` → 0.3.0,
 * `^0.0.3` → 0.0.4, `^0` → 1, `~1.2` → 1.3, `~1` → 2 (Poetry's next_major/next_minor/next_patch).
 */
function nextBreaking(version: string, kind: 'caret' | 'tilde'): string {
  const parsed = parseVersion(version)!;
  const release = parsed.release;
  let bump: number;
  if (kind === 'tilde') bump = release.length === 1 ? 0 : 1;
  else if (release[0]! > 0 || release.length === 1) bump = 0;
  else if (release[1]! > 0 || release.length === 2) bump = 1;
  else bump = 2;
  const upper = release.map((part, i) => (i < bump ? part : i === bump ? part + 1 : 0));
  return `${parsed.epoch ? `${parsed.epoch}!` : ''}${upper.join('.')}`;
}

interface Bound {
  version: string;
  inclusive: boolean;
}

/** Lower and upper bound of one PEP 440 specifier (undefined = unbounded on that side). */
function bounds(specifier: string): { lower?: Bound; upper?: Bound } {
  let lower: Bound | undefined;
  let upper: Bound | undefined;
  const tighterLower = (b: Bound): void => {
    const c = lower ? compare(b.version, lower.version) : 1;
    if (c > 0 || (c === 0 && !b.inclusive)) lower = b;
  };
  const tighterUpper = (b: Bound): void => {
    const c = upper ? compare(b.version, upper.version) : -1;
    if (c < 0 || (c === 0 && !b.inclusive)) upper = b;
  };
  for (const clause of specifier.split(',').filter(Boolean)) {
    const [, op, version] = /^(~=|===|==|!=|>=|<=|>|<)(.*)$/.exec(clause)!;
    const v = version!;
    if (op === '>=') tighterLower({ version: v, inclusive: true });
    else if (op === '>') tighterLower({ version: v, inclusive: false });
    else if (op === '<=') tighterUpper({ version: v, inclusive: true });
    else if (op === '<') tighterUpper({ version: v, inclusive: false });
    else if (op === '==' && v.endsWith('.*')) {
      const prefix = v.slice(0, -2);
      tighterLower({ version: prefix, inclusive: true });
      tighterUpper({ version: bumpLast(prefix.split('.')), inclusive: false });
    } else if (op === '==') {
      tighterLower({ version: v, inclusive: true });
      tighterUpper({ version: v, inclusive: true });
    } else if (op === '~=') {
      const release = parseVersion(v)!.release;
      tighterLower({ version: v, inclusive: true });
      tighterUpper({ version: bumpLast(release.slice(0, -1).map(String)), inclusive: false });
    }
  }
  return { lower, upper };
}

function bumpLast(parts: string[]): string {
  return parts.map((p, i) => (i === parts.length - 1 ? String(Number(p) + 1) : p)).join('.');
}

/** Smallest single range holding every alternative. */
function hull(alternatives: string[]): string {
  const all = alternatives.map(bounds);
  let lower: Bound | undefined;
  let upper: Bound | undefined;
  if (all.every((b) => b.lower)) {
    for (const { lower: b } of all) {
      const c = lower ? compare(b!.version, lower.version) : -1;
      if (c < 0 || (c === 0 && b!.inclusive)) lower = b;
    }
  }
  if (all.every((b) => b.upper)) {
    for (const { upper: b } of all) {
      const c = upper ? compare(b!.version, upper.version) : 1;
      if (c > 0 || (c === 0 && b!.inclusive)) upper = b;
    }
  }
  const parts: string[] = [];
  if (lower) parts.push(`${lower.inclusive ? '>=' : '>'}${lower.version}`);
  if (upper) parts.push(`${upper.inclusive ? '<=' : '<'}${upper.version}`);
  return parts.join(',');
}
