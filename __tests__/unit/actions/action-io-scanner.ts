// Which inputs an action's code reads and which outputs it sets, found statically so that action.yml can be compared
// with the code both ways. A function whose parameter reaches core.getInput/getBooleanInput/getMultilineInput or
// core.setOutput (listInput, choiceInput, a local booleanInput, …) becomes a reader or setter of whatever its callers
// pass, at any depth, so new helpers need no list here. Names are followed through constants, template strings,
// conditionals and `for (const [name, value] of Object.entries(outputsOf(report)))`; anything else is reported as
// unresolved rather than silently skipped.
//
// The type checker resolves identifiers across files; node_modules and the standard library are left out (nothing
// here needs their types), which keeps the program small enough to build in a couple of seconds.

import { readdirSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export type IoKind = 'input' | 'output';

export interface ActionIo {
  inputs: Set<string>;
  outputs: Set<string>;
  /** `file:line: call` for each read or write whose name could not be worked out. */
  unresolved: string[];
}

interface Sink {
  kind: IoKind;
  /** The argument that carries the name. */
  index: number;
}

type FunctionNode = ts.FunctionLikeDeclaration;
type Resolved = { names: string[] } | { param: { fn: FunctionNode; index: number } } | undefined;

const coreSinks: Record<string, IoKind> = { getInput: 'input', getBooleanInput: 'input', getMultilineInput: 'input', setOutput: 'output' };

/** Every .ts file under a folder, recursively. */
export function tsFilesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
    .map((f) => path.join(dir, f));
}

export class ActionIoScanner {
  private readonly program: ts.Program;
  private readonly checker: ts.TypeChecker;
  private readonly calls: ts.CallExpression[] = [];
  private readonly envReads: ts.Expression[] = [];
  /** Helper functions: which of their parameters end up as an input or output name. */
  private readonly helpers = new Map<FunctionNode, Sink[]>();

  constructor(rootFiles: string[]) {
    const options: ts.CompilerOptions = { module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, target: ts.ScriptTarget.ES2023, noLib: true, types: [], noEmit: true };
    const host = ts.createCompilerHost(options);
    // Only the project's own files: package imports stay unresolved, their import declarations still say where from.
    host.resolveModuleNameLiterals = (literals, containingFile, _redirected, opts) =>
      literals.map((l) => (l.text.startsWith('.') ? ts.resolveModuleName(l.text, containingFile, opts, host) : { resolvedModule: undefined }));
    this.program = ts.createProgram(rootFiles, options, host);
    this.checker = this.program.getTypeChecker();
    for (const file of this.program.getSourceFiles()) {
      const visit = (node: ts.Node): void => {
        if (ts.isCallExpression(node)) this.calls.push(node);
        else if (inputEnvName(node) !== undefined) this.envReads.push(node as ts.Expression);
        ts.forEachChild(node, visit);
      };
      visit(file);
    }
    this.findHelpers();
  }

  /** The inputs and outputs of the code reachable from these files (an action's own folder). */
  scan(entryFiles: string[]): ActionIo {
    const files = this.reachableFrom(entryFiles);
    const io: ActionIo = { inputs: new Set(), outputs: new Set(), unresolved: [] };
    for (const call of this.calls) {
      if (!files.has(call.getSourceFile())) continue;
      for (const sink of this.sinksOf(call)) {
        const arg = call.arguments[sink.index];
        if (!arg) continue;
        const resolved = this.resolve(arg);
        if (resolved && 'param' in resolved) continue; // inside a helper: its callers say the name
        if (!resolved) io.unresolved.push(where(call));
        else for (const name of resolved.names) (sink.kind === 'input' ? io.inputs : io.outputs).add(name);
      }
    }
    for (const read of this.envReads) if (files.has(read.getSourceFile())) io.inputs.add(inputEnvName(read)!);
    return io;
  }

  private findHelpers(): void {
    for (let changed = true; changed; ) {
      changed = false;
      for (const call of this.calls) {
        for (const sink of this.sinksOf(call)) {
          const arg = call.arguments[sink.index];
          const resolved = arg && this.resolve(arg);
          if (!resolved || !('param' in resolved)) continue;
          const known = this.helpers.get(resolved.param.fn) ?? [];
          if (known.some((s) => s.kind === sink.kind && s.index === resolved.param.index)) continue;
          this.helpers.set(resolved.param.fn, [...known, { kind: sink.kind, index: resolved.param.index }]);
          changed = true;
        }
      }
    }
  }

  /** What a call does with names: @actions/core's readers and setOutput, or a helper found to call them. */
  private sinksOf(call: ts.CallExpression): Sink[] {
    const callee = call.expression;
    const core = coreFunctionName(this.checker, callee);
    if (core !== undefined) return core in coreSinks ? [{ kind: coreSinks[core]!, index: 0 }] : [];
    const fn = this.functionOf(callee);
    return (fn && this.helpers.get(fn)) ?? [];
  }

  /** The function declaration an expression refers to, through imports and `const f = () => …`. */
  private functionOf(expr: ts.Expression): FunctionNode | undefined {
    if (ts.isFunctionExpression(expr) || ts.isArrowFunction(expr)) return expr;
    const declaration = this.declarationOf(expr);
    if (!declaration) return undefined;
    if (ts.isFunctionDeclaration(declaration) || ts.isMethodDeclaration(declaration)) return declaration;
    if (ts.isVariableDeclaration(declaration) && declaration.initializer) {
      const init = skipOuter(declaration.initializer);
      if (ts.isArrowFunction(init) || ts.isFunctionExpression(init)) return init;
    }
    return undefined;
  }

  private declarationOf(expr: ts.Expression): ts.Declaration | undefined {
    let symbol = this.checker.getSymbolAtLocation(ts.isPropertyAccessExpression(expr) ? expr.name : expr);
    if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = this.checker.getAliasedSymbol(symbol);
    return symbol?.valueDeclaration ?? symbol?.declarations?.[0];
  }

  /** The names an argument can hold, or the helper parameter it is. */
  private resolve(arg: ts.Expression): Resolved {
    const expr = skipOuter(arg);
    if (ts.isStringLiteralLike(expr)) return { names: [expr.text] };
    if (ts.isConditionalExpression(expr)) return joinNames([this.resolve(expr.whenTrue), this.resolve(expr.whenFalse)], (a) => a.flat());
    if (ts.isTemplateExpression(expr)) {
      const parts = [{ names: [expr.head.text] } as Resolved];
      for (const span of expr.templateSpans) parts.push(this.resolve(span.expression), { names: [span.literal.text] });
      return joinNames(parts, (lists) => lists.reduce<string[]>((acc, list) => acc.flatMap((a) => list.map((b) => a + b)), ['']));
    }
    if (!ts.isIdentifier(expr)) return this.literalType(expr);
    const declaration = this.declarationOf(expr);
    if (declaration && ts.isParameter(declaration)) {
      const fn = declaration.parent as FunctionNode;
      // A callback (`names.map((n) => core.getInput(n))`) has no call site to follow: its names are unknown.
      const named = ts.isFunctionDeclaration(fn) || ts.isMethodDeclaration(fn) || ts.isVariableDeclaration(fn.parent);
      return named && ts.isIdentifier(declaration.name) ? { param: { fn, index: fn.parameters.indexOf(declaration) } } : undefined;
    }
    if (declaration && ts.isVariableDeclaration(declaration) && declaration.initializer && isConst(declaration)) return this.resolve(declaration.initializer);
    if (declaration && ts.isBindingElement(declaration)) return this.entryKey(declaration) ?? this.literalType(expr);
    return this.literalType(expr);
  }

  /** A value whose type is a string literal or a union of them (`'a' | 'b'`). */
  private literalType(expr: ts.Expression): Resolved {
    const type = this.checker.getTypeAtLocation(expr);
    const parts = type.isUnion() ? type.types : [type];
    return parts.every((t) => t.isStringLiteral()) ? { names: parts.map((t) => (t as ts.StringLiteralType).value) } : undefined;
  }

  /** `name` in `for (const [name, …] of Object.entries(x))` or `Object.keys(x)`: the keys of the object x. */
  private entryKey(element: ts.BindingElement): Resolved {
    const pattern = element.parent;
    const declaration = pattern.parent;
    const forOf = declaration?.parent?.parent;
    const isKey = ts.isArrayBindingPattern(pattern) ? pattern.elements[0] === element : false;
    if (!isKey || !ts.isVariableDeclaration(declaration) || !forOf || !ts.isForOfStatement(forOf)) return undefined;
    const source = skipOuter(forOf.expression);
    if (!ts.isCallExpression(source) || source.expression.getText() !== 'Object.entries' || !source.arguments[0]) return undefined;
    const keys = this.objectKeys(source.arguments[0]);
    return keys ? { names: keys } : undefined;
  }

  /** The property names of an object literal, of the object a const holds, or of what a function returns. */
  private objectKeys(arg: ts.Expression): string[] | undefined {
    const expr = skipOuter(arg);
    if (ts.isObjectLiteralExpression(expr)) return literalKeys(expr);
    if (ts.isIdentifier(expr)) {
      const declaration = this.declarationOf(expr);
      return declaration && ts.isVariableDeclaration(declaration) && declaration.initializer ? this.objectKeys(declaration.initializer) : undefined;
    }
    if (!ts.isCallExpression(expr)) return undefined;
    const fn = this.functionOf(expr.expression);
    if (!fn?.body) return undefined;
    if (!ts.isBlock(fn.body)) return this.objectKeys(fn.body);
    const returned = returnedExpressions(fn.body).map((r) => this.objectKeys(r));
    return returned.length > 0 && returned.every((k) => k !== undefined) ? [...new Set(returned.flat() as string[])] : undefined;
  }

  /** Source files imported, directly or not, by the given files (relative imports; packages are not followed). */
  private reachableFrom(entryFiles: string[]): Set<ts.SourceFile> {
    const seen = new Set<ts.SourceFile>();
    const queue = entryFiles.map((f) => this.program.getSourceFile(path.resolve(f)) ?? fail(`not in the program: ${f}`));
    for (let file = queue.pop(); file; file = queue.pop()) {
      if (seen.has(file)) continue;
      seen.add(file);
      for (const statement of file.statements) {
        const specifier = (ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) && statement.moduleSpecifier;
        const target = specifier && this.checker.getSymbolAtLocation(specifier)?.valueDeclaration;
        if (target && ts.isSourceFile(target)) queue.push(target);
      }
    }
    return seen;
  }
}

/** `core.getInput` or a `getInput` imported (or re-exported) from @actions/core: the function's name there. */
function coreFunctionName(checker: ts.TypeChecker, callee: ts.Expression): string | undefined {
  const [target, member] = ts.isPropertyAccessExpression(callee) ? [callee.expression, callee.name.text] : [callee, undefined];
  for (let symbol = checker.getSymbolAtLocation(target); symbol && symbol.flags & ts.SymbolFlags.Alias; symbol = checker.getImmediateAliasedSymbol(symbol)) {
    const declaration = symbol.declarations?.[0];
    if (!declaration || moduleOf(declaration) !== '@actions/core') continue;
    if (ts.isNamespaceImport(declaration)) return member;
    if ((ts.isImportSpecifier(declaration) || ts.isExportSpecifier(declaration)) && member === undefined) return (declaration.propertyName ?? declaration.name).text;
    return undefined;
  }
  return undefined;
}

/** The module an import or export declaration names. */
function moduleOf(node: ts.Node): string | undefined {
  for (let n: ts.Node | undefined = node; n; n = n.parent) {
    if ((ts.isImportDeclaration(n) || ts.isExportDeclaration(n)) && n.moduleSpecifier && ts.isStringLiteral(n.moduleSpecifier)) return n.moduleSpecifier.text;
  }
  return undefined;
}

/** `process.env.INPUT_FOO` or `process.env['INPUT_FOO-BAR']`: the input name the runner derived that variable from. */
function inputEnvName(node: ts.Node): string | undefined {
  let key: string | undefined;
  if (ts.isPropertyAccessExpression(node)) key = node.name.text;
  else if (ts.isElementAccessExpression(node) && ts.isStringLiteralLike(node.argumentExpression)) key = node.argumentExpression.text;
  const target = (node as ts.PropertyAccessExpression | ts.ElementAccessExpression).expression;
  if (key === undefined || !target || target.getText() !== 'process.env' || !key.startsWith('INPUT_')) return undefined;
  return key.slice('INPUT_'.length).toLowerCase();
}

function joinNames(parts: Resolved[], combine: (lists: string[][]) => string[]): Resolved {
  if (parts.some((p) => !p || !('names' in p))) return undefined;
  return { names: combine(parts.map((p) => (p as { names: string[] }).names)) };
}

function literalKeys(object: ts.ObjectLiteralExpression): string[] | undefined {
  const keys: string[] = [];
  for (const property of object.properties) {
    const name = property.name && (ts.isComputedPropertyName(property.name) ? skipOuter(property.name.expression) : property.name);
    if (!name || !(ts.isIdentifier(name) || ts.isStringLiteralLike(name))) return undefined; // a spread or computed key
    keys.push(name.text);
  }
  return keys;
}

/** The expressions a function body returns, not counting nested functions. */
function returnedExpressions(body: ts.Block): ts.Expression[] {
  const out: ts.Expression[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node)) return;
    if (ts.isReturnStatement(node) && node.expression) out.push(node.expression);
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(body, visit);
  return out;
}

function isConst(declaration: ts.VariableDeclaration): boolean {
  return ts.isVariableDeclarationList(declaration.parent) && (declaration.parent.flags & ts.NodeFlags.Const) !== 0;
}

/** The expression inside parentheses, `as`, `satisfies` and `!`. */
function skipOuter(expr: ts.Expression): ts.Expression {
  while (ts.isParenthesizedExpression(expr) || ts.isAsExpression(expr) || ts.isSatisfiesExpression(expr) || ts.isTypeAssertionExpression(expr) || ts.isNonNullExpression(expr)) expr = expr.expression;
  return expr;
}

function where(node: ts.Node): string {
  const file = node.getSourceFile();
  const line = file.getLineAndCharacterOfPosition(node.getStart()).line + 1;
  return `${path.relative(process.cwd(), file.fileName)}:${line}: ${node.getText()}`;
}

function fail(message: string): never {
  throw new Error(message);
}
