// The Python version a requirements record asks for. A bare version (`3.11`) means that version or newer; otherwise
// it is a PEP 440 specifier limited to release numbers, the subset the generated setup.py evaluates the same way
// (assets/bootstrap_setup.py mirrors these functions).

const clause = /^(~=|===|==|!=|<=|>=|<|>)(\d+(?:\.\d+)*)(\.\*)?$/;

/** `3.11` → `>=3.11`; `3.11.*` → `>=3.11`; a specifier stays as written, spaces removed. */
export function pythonSpecifier(python: string): string {
  const s = python.replace(/\s+/g, '');
  return /^\d+(\.\d+)*(\.\*)?$/.test(s) ? `>=${s.replace(/\.\*$/, '')}` : s;
}

function release(version: string): number[] | undefined {
  const m = /^v?(\d+(?:\.\d+)*)/.exec(version.trim());
  return m ? m[1]!.split('.').map(Number) : undefined;
}

function compare(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return 0;
}

const startsWith = (v: number[], prefix: number[]) => prefix.every((p, i) => (v[i] ?? 0) === p);

/** Whether `version` (`3.11.4`, `3.13.0rc1`) meets `specifier`; undefined when either is outside the subset. */
export function pythonSatisfies(version: string, specifier: string): boolean | undefined {
  const v = release(version);
  if (!v) return undefined;
  let ok = true;
  for (const part of specifier.split(',').map((p) => p.trim()).filter(Boolean)) {
    const m = clause.exec(part);
    if (!m) return undefined;
    const [, op, text, star] = m as unknown as [string, string, string, string | undefined];
    const target = text.split('.').map(Number);
    if (star && op !== '==' && op !== '!=') return undefined;
    let pass: boolean;
    switch (op) {
      case '==':
        pass = star ? startsWith(v, target) : compare(v, target) === 0;
        break;
      case '!=':
        pass = star ? !startsWith(v, target) : compare(v, target) !== 0;
        break;
      case '===':
        pass = version.trim() === text;
        break;
      case '~=':
        if (target.length < 2) return undefined;
        pass = compare(v, target) >= 0 && startsWith(v, target.slice(0, -1));
        break;
      case '>=':
        pass = compare(v, target) >= 0;
        break;
      case '<=':
        pass = compare(v, target) <= 0;
        break;
      case '>':
        pass = compare(v, target) > 0;
        break;
      default:
        pass = compare(v, target) < 0;
    }
    ok &&= pass;
  }
  return ok;
}
