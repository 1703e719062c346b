// PEP 440 specifier clauses: the grammar pip 23.2 (packaging 21.3) uses to find and validate them, and the version
// arithmetic the drift engine needs (does a version satisfy a set, can two sets ever agree).

import { compare, explain, valid, type Pep440Version } from '@renovatebot/pep440';

/** Python's `str.isspace()` set, which its `\s`, `str.strip()` and `str.split()` use; JavaScript's `\s` differs. */
export const PY_SPACE_CHARS = '\\t\\n\\v\\f\\r \\x1c-\\x1f\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const S = `[${PY_SPACE_CHARS}]`;
const NOT_S = `[^${PY_SPACE_CHARS}]`;

const PRE = '(?:[-_.]?(?:a|b|c|rc|alpha|beta|pre|preview)[-_.]?[0-9]*)?';
const POST = '(?:(?:-[0-9]+)|(?:[-_.]?(?:post|rev|r)[-_.]?[0-9]*))?';
const DEV = '(?:[-_.]?dev[-_.]?[0-9]*)?';
const RELEASE = 'v?(?:[0-9]+!)?[0-9]+';

// packaging 21.3's Specifier._regex_str, alternation order and lookbehinds kept: pip finds where a clause ends by
// running it unanchored, so `~=1.0alpha1` stops after `a` exactly as it does in Python.
const PEP440_CLAUSE =
  '(?<operator>~=|==|!=|<=|>=|<|>|===)(?<version>' +
  [
    `(?<====)${S}*${NOT_S}*`,
    `(?<===|!=)${S}*${RELEASE}(?:\\.[0-9]+)*${PRE}${POST}(?:${DEV}(?:\\+[a-z0-9]+(?:[-_.][a-z0-9]+)*)?|\\.\\*)?`,
    `(?<=~=)${S}*${RELEASE}(?:\\.[0-9]+)+${PRE}${POST}${DEV}`,
    `(?<!==|!=|~=)${S}*${RELEASE}(?:\\.[0-9]+)*${PRE}${POST}${DEV}`,
  ].join('|') +
  ')';

// LegacySpecifier: pip 23.2 still accepts any run of characters after a comparison operator (`==dev`, `>=1.0.*`).
const LEGACY_CLAUSE = `(?<operator>==|!=|<=|>=|<|>)${S}*(?<version>[^,;${PY_SPACE_CHARS})]*)`;

const EDGE_SPACE = new RegExp(`^${S}+|${S}+$`, 'g');
const ALL_SPACE = new RegExp(`^${S}*$`);
const pep440At = new RegExp(PEP440_CLAUSE, 'iy');
const legacyAt = new RegExp(LEGACY_CLAUSE, 'iy');
const pep440Whole = new RegExp(`^${S}*${PEP440_CLAUSE}${S}*$`, 'i');
const legacyWhole = new RegExp(`^${S}*${LEGACY_CLAUSE}${S}*$`, 'i');

/**
 * Where the clause starting at `pos` ends, or -1 when none starts there. Like pyparsing's `Or`, the longer of the
 * PEP 440 and legacy readings wins.
 */
export function clauseEnd(text: string, pos: number): number {
  let end = -1;
  for (const re of [pep440At, legacyAt]) {
    re.lastIndex = pos;
    const m = re.exec(text);
    if (m && pos + m[0].length > end) end = pos + m[0].length;
  }
  return end;
}

export interface Clause {
  operator: string;
  version: string;
  /** A PEP 440 clause; false for a legacy one (`==dev`) that only pip < 24.1 accepts. */
  pep440: boolean;
}

/** One comma-separated piece of a specifier set, as `SpecifierSet` reads it; undefined when it is neither kind. */
export function parseClause(text: string): Clause | undefined {
  const pep440 = pep440Whole.exec(text);
  const m = pep440 ?? legacyWhole.exec(text);
  if (!m?.groups) return undefined;
  const version = m.groups.version!.replace(EDGE_SPACE, '');
  return { operator: m.groups.operator!, version, pep440: pep440 !== null };
}

/** Splits a specifier set (`>=1.2, <2`) into clauses the way `SpecifierSet` does; undefined when a piece is invalid. */
export function parseSpecifierSet(specifier: string): Clause[] | undefined {
  const clauses: Clause[] = [];
  for (const piece of specifier.split(',')) {
    if (ALL_SPACE.test(piece)) continue;
    const clause = parseClause(piece);
    if (!clause) return undefined;
    clauses.push(clause);
  }
  return clauses;
}

// ---- Version arithmetic ----

interface Version {
  text: string;
  info: Pep440Version;
}

function version(text: string): Version | undefined {
  const trimmed = text.trim();
  const info = valid(trimmed) ? explain(trimmed) : null;
  return info ? { text: trimmed, info } : undefined;
}

/**
 * The version with its release's trailing zeros cut (`1.2.0.0rc1` → `1.2rc1`), which PEP 440 ignores when comparing:
 * the library drops them one `Array.shift()` at a time, which is quadratic in their number.
 */
function withoutTrailingZeros(v: string): string {
  let i = /^\s*v?/i.exec(v)![0].length;
  const digits = (): void => {
    while (i < v.length && v[i]! >= '0' && v[i]! <= '9') i++;
  };
  digits();
  if (v[i] === '!') {
    i++;
    digits();
  }
  const firstEnd = i;
  while (v[i] === '.' && v[i + 1]! >= '0' && v[i + 1]! <= '9') {
    i++;
    digits();
  }
  let end = i;
  for (;;) {
    let j = end;
    while (j > firstEnd && v[j - 1] === '0') j--;
    if (j === end || v[j - 1] !== '.' || j - 1 < firstEnd) break;
    end = j - 1;
  }
  return v.slice(0, end) + v.slice(i);
}

const cmp = (a: string, b: string): number => Math.sign(compare(withoutTrailingZeros(a), withoutTrailingZeros(b)));

/** packaging's _version_split: `1.0rc1` → [1, 0, rc1]. */
function versionSplit(v: string): string[] {
  return v.split('.').flatMap((item) => {
    const m = /^([0-9]+)((?:a|b|c|rc)[0-9]+)$/.exec(item);
    return m ? [m[1]!, m[2]!] : [item];
  });
}

function prefixMatches(prefix: string, candidate: Version): boolean {
  const spec = versionSplit(normalized(prefix));
  const shortened = versionSplit(candidate.info.public).slice(0, spec.length);
  const release = (parts: string[]): number => {
    let i = 0;
    while (i < parts.length && /^[0-9]+$/.test(parts[i]!)) i++;
    return i;
  };
  const pad = (parts: string[], width: number): string[] => {
    const r = release(parts);
    return [...parts.slice(0, r), ...Array<string>(Math.max(0, width - r)).fill('0'), ...parts.slice(r)];
  };
  const width = Math.max(release(spec), release(shortened));
  return pad(spec, width).join('.') === pad(shortened, width).join('.');
}

function normalized(v: string): string {
  const parsed = version(v);
  if (!parsed) return v.toLowerCase();
  const { epoch, public: pub, local } = parsed.info;
  return `${epoch && !pub.includes('!') ? `${epoch}!` : ''}${pub}${local ? `+${local}` : ''}`;
}

const sameBase = (a: Version, b: Version): boolean => cmp(a.info.base_version, b.info.base_version) === 0;

/** packaging's Specifier operators, prerelease gating left to the caller. */
function clauseContains(clause: Clause, candidate: Version): boolean | undefined {
  const { operator, version: spec } = clause;
  if (operator === '===') return candidate.text.toLowerCase() === spec.toLowerCase() || normalized(candidate.text) === spec.toLowerCase();
  if (!clause.pep440) return undefined;
  if ((operator === '==' || operator === '!=') && spec.endsWith('.*')) {
    return prefixMatches(spec.slice(0, -2), candidate) === (operator === '==');
  }
  const target = version(spec);
  if (!target) return undefined;
  const pub = candidate.info.public;
  switch (operator) {
    case '==':
    case '!=': {
      const equal = target.info.local ? cmp(candidate.text, spec) === 0 : cmp(pub, spec) === 0;
      return equal === (operator === '==');
    }
    case '<=':
      return cmp(pub, spec) <= 0;
    case '>=':
      return cmp(pub, spec) >= 0;
    case '<':
      return cmp(candidate.text, spec) < 0 && !(!target.info.is_prerelease && candidate.info.is_prerelease && sameBase(candidate, target));
    case '>':
      return (
        cmp(candidate.text, spec) > 0 &&
        !(!target.info.is_postrelease && candidate.info.is_postrelease && sameBase(candidate, target)) &&
        !(candidate.info.local && sameBase(candidate, target))
      );
    case '~=': {
      // ~=1.4.5a4 is >=1.4.5a4 plus ==1.4.*: the release without its last number (suffixes dropped) as a prefix.
      const parts = versionSplit(normalized(spec));
      const suffix = parts.findIndex((p) => /^(dev|a|b|rc|post)/.test(p));
      const release = suffix < 0 ? parts : parts.slice(0, suffix);
      return cmp(pub, spec) >= 0 && prefixMatches(release.slice(0, -1).join('.'), candidate);
    }
    default:
      return undefined;
  }
}

/** Does any clause name a prerelease? packaging then lets prereleases through. */
function mentionsPrerelease(clauses: Clause[]): boolean {
  return clauses.some((c) => {
    if (!['==', '>=', '<=', '~=', '==='].includes(c.operator)) return false;
    const v = version(c.operator === '==' && c.version.endsWith('.*') ? c.version.slice(0, -2) : c.version);
    return v?.info.is_prerelease ?? false;
  });
}

function containsAll(clauses: Clause[], candidate: Version): boolean | undefined {
  let unknown = false;
  for (const clause of clauses) {
    const r = clauseContains(clause, candidate);
    if (r === false) return false;
    if (r === undefined) unknown = true;
  }
  return unknown ? undefined : true;
}

export interface SatisfiesOptions {
  /**
   * true (default): PEP 440 containment, prereleases included (an installed `2.1.0rc1` is within `>=2`).
   * false: pip's selection rule, where a prerelease only matches a set that names one.
   */
  prereleases?: boolean;
}

/** Does `version` fall within `specifier` (`>=1.2,<2`, '' for any)? undefined when either is not PEP 440. */
export function satisfies(versionText: string, specifier: string, options: SatisfiesOptions = {}): boolean | undefined {
  const candidate = version(versionText);
  const clauses = parseSpecifierSet(specifier);
  if (!candidate || !clauses) return undefined;
  if (options.prereleases === false && candidate.info.is_prerelease && !mentionsPrerelease(clauses)) return false;
  try {
    return containsAll(clauses, candidate);
  } catch {
    // The library throws on some clauses it parsed (`<` and a 400-digit release): not readable, so no answer.
    return undefined;
  }
}

// Versions near each bound, tried as witnesses that two sets overlap. `local` is a local label no clause names.
function candidatesAround(v: string, local: string): string[] {
  const parsed = version(v);
  if (!parsed) return [];
  const { epoch, release } = parsed.info;
  const e = epoch ? `${epoch}!` : '';
  const base = release.join('.');
  const bumped = (i: number): string => [...release.slice(0, i), release[i]! + 1].join('.');
  const pub = parsed.info.public;
  const out = [normalized(v), `${pub}+${local}`, `${e}${base}`, `${e}${base}.dev0`, `${e}${base}.post1`, `${e}${base}.1`];
  for (let i = 0; i < release.length; i++) out.push(`${e}${bumped(i)}`, `${e}${bumped(i)}.dev0`);
  const last = release.length - 1;
  if (release[last]! > 0) out.push(`${e}${[...release.slice(0, last), release[last]! - 1].join('.')}.99999`);
  return out;
}

interface Bound {
  v: string;
  inclusive: boolean;
}

// The least version there is: epoch 0, release 0, dev release 0.
const LEAST: Bound = { v: '0.dev0', inclusive: true };

/** The prefix range `==P.*` covers: [P.dev0, P'.dev0) with P' the prefix with its last number bumped. */
function prefixRange(prefix: string): { lo: Bound; hi: Bound } | undefined {
  const p = version(prefix);
  if (!p) return undefined;
  const { epoch, release } = p.info;
  const e = epoch ? `${epoch}!` : '';
  const next = [...release.slice(0, -1), release[release.length - 1]! + 1].join('.');
  return { lo: { v: `${e}${release.join('.')}.dev0`, inclusive: true }, hi: { v: `${e}${next}.dev0`, inclusive: false } };
}

/**
 * Lower and upper bounds on the public versions a clause admits, a superset (`!=` holes and most pre/post-release
 * exclusions are ignored), used to prove that two sets cannot meet.
 */
function bounds(clause: Clause): { lo?: Bound; hi?: Bound } | undefined {
  const { operator: op, version: v } = clause;
  if (op === '!=') return {};
  if (op === '==' && v.endsWith('.*')) return prefixRange(v.slice(0, -2));
  const p = version(v);
  if (!p) return undefined;
  const pub = p.info.public;
  const { pre, post, dev } = p.info;
  switch (op) {
    case '==':
      return { lo: { v: pub, inclusive: true }, hi: { v: pub, inclusive: true } };
    case '>=':
      return { lo: { v: pub, inclusive: true } };
    case '>':
      return { lo: { v: pub, inclusive: false } };
    case '<=':
      return { hi: { v: pub, inclusive: true } };
    case '<':
      // <2.0 rejects 2.0's own pre- and dev releases, so it ends where they begin.
      return { hi: { v: pre === null && post === null && dev === null ? `${pub}.dev0` : pub, inclusive: false } };
    case '~=': {
      const range = prefixRange(`${p.info.epoch ? `${p.info.epoch}!` : ''}${p.info.release.slice(0, -1).join('.')}`);
      return range && { lo: { v: pub, inclusive: true }, hi: range.hi };
    }
    default:
      return undefined;
  }
}

const below = (a: Bound, b: Bound): boolean => {
  const c = cmp(a.v, b.v);
  return c < 0 || (c === 0 && a.inclusive && b.inclusive);
};

function provablyDisjoint(clauses: Clause[]): boolean {
  let lo = LEAST;
  let hi: Bound | undefined;
  for (const clause of clauses) {
    const b = bounds(clause);
    if (!b) return false;
    if (b.lo && (cmp(b.lo.v, lo.v) > 0 || (cmp(b.lo.v, lo.v) === 0 && !b.lo.inclusive))) lo = b.lo;
    if (b.hi && (!hi || cmp(b.hi.v, hi.v) < 0 || (cmp(b.hi.v, hi.v) === 0 && !b.hi.inclusive))) hi = b.hi;
  }
  if (hi && !below(lo, hi)) return true;
  // What is left may fall inside a range some `!=P.*` removes.
  return clauses.some((c) => {
    if (c.operator !== '!=' || !c.version.endsWith('.*') || !hi) return false;
    const gap = prefixRange(c.version.slice(0, -2));
    return gap !== undefined && cmp(lo.v, gap.lo.v) >= 0 && (cmp(hi.v, gap.hi.v) < 0 || (cmp(hi.v, gap.hi.v) === 0 && !hi.inclusive));
  });
}

/**
 * Can one version satisfy both specifier sets (prereleases counted)? true with a witness version found, false when
 * provably not (disjoint bounds, an exact pin that fails the other set), undefined when unknowable: a legacy clause,
 * or no witness and no proof.
 */
export function specifiersIntersect(a: string, b: string): boolean | undefined {
  const left = parseSpecifierSet(a);
  const right = parseSpecifierSet(b);
  if (!left || !right) return undefined;
  const clauses = [...left, ...right];
  if (clauses.some((c) => !c.pep440)) return undefined;

  const arbitrary = clauses.find((c) => c.operator === '===');
  if (arbitrary) {
    const v = version(arbitrary.version);
    if (!v) return clauses.every((c) => c.operator === '===' && c.version.toLowerCase() === arbitrary.version.toLowerCase());
    return containsAll(clauses, v);
  }

  const mentioned = clauses.map((c) => (c.version.endsWith('.*') ? c.version.slice(0, -2) : c.version));
  const locals = clauses.filter((c) => c.version.includes('+')).map((c) => c.version);
  let fresh = 0;
  while (locals.some((l) => l.toLowerCase().endsWith(`+mlhub${fresh}`))) fresh++;
  const candidates = [...mentioned.flatMap((v) => candidatesAround(v, `mlhub${fresh}`)), ...locals, '0', '0.dev0', '99999'];
  for (const text of candidates) {
    const v = version(text);
    if (v && containsAll(clauses, v)) return true;
  }
  // An exact pin admits only its version and that version's local variants: the named ones and one unnamed (which
  // stands for all unnamed ones, as no clause tells them apart) were all tried above.
  if (clauses.some((c) => c.operator === '==' && !c.version.endsWith('.*'))) return false;
  return provablyDisjoint(clauses) ? false : undefined;
}
