// Conda parsers never throw on what a repository may contain: a MatchSpec either parses or is a MatchSpecError with a
// column inside the text; an environment file always gives PackagingFiles whose diagnostics and dependencies point at
// lines inside the file they name.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { parseCondaEnvironment } from '../../shared/env/conda.js';
import { condaSpecToPep440, condaVersionAdmits, MatchSpecError, parseMatchSpec } from '../../shared/env/conda-matchspec.js';
import type { PackagingFile } from '../../shared/env/model.js';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/conda');
const fixtureTexts = ['seed-story/environment.yml', 'mlflow-model/conda.yaml', 'exported/environment.yml', 'forms/environment.yml', 'pip-include/environment.yml'].map((f) =>
  readFileSync(path.join(fixtures, f), 'utf8'),
);

// Pieces of real specs, recombined: names, channels, operators, versions, builds, brackets, comments.
const specPiece = fc.constantFrom(
  'numpy', 'pyTorch', 'ruamel.yaml', '_libgcc_mutex', 'conda-forge::', 'conda-forge/linux-64::', '*/win-32::', 'https://conda.anaconda.org/conda-forge::',
  '=', '==', '>=', '<', '!=', '~=', '|', ',', ' ', '*', '.*', '1.9', '2.0.1', '1!2.0', '1.0_5', '1.0-5', '+local', 'rc1', 'post2', 'dev',
  'py38_0', 'h7f98852_4', '[', ']', "version='>=1.9'", 'build=py*', 'channel=defaults', '(', ')', '^1\\.9.*$', '#', ' if ', '@', ':', '"', "'",
  '.tar.bz2', '.conda', '/', '-',
);
const specText = fc.oneof(
  fc.array(specPiece, { maxLength: 12 }).map((parts) => parts.join('')),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
);

test('parseMatchSpec returns a spec or throws MatchSpecError with a column inside the text', () => {
  fc.assert(
    fc.property(specText, (text) => {
      let spec;
      try {
        spec = parseMatchSpec(text);
      } catch (err) {
        expect(err).toBeInstanceOf(MatchSpecError);
        const column = (err as MatchSpecError).column;
        expect(Number.isInteger(column)).toBe(true);
        expect(column).toBeGreaterThanOrEqual(1);
        expect(column).toBeLessThanOrEqual(text.length + 1);
        return;
      }
      expect(spec.name).toMatch(/^[A-Za-z0-9_][A-Za-z0-9_.-]*$/);
      // What the parser returns is a valid spec in its canonical spelling: it compiles, and parsing it again is stable
      // (a glob may hold a quote, which brackets cannot carry).
      expect(() => condaSpecToPep440(spec.version)).not.toThrow();
      if (!/['"]/.test(spec.version)) {
        const again = parseMatchSpec(`${spec.name}${spec.version === '' ? '' : `[version='${spec.version}']`}`);
        expect(again.version).toBe(spec.version);
      }
    }),
    { numRuns: 3000 },
  );
});

test('condaVersionAdmits and condaSpecToPep440 only ever throw MatchSpecError', () => {
  const version = fc.oneof(fc.constantFrom('1.9', '1.9.3', '2.0a1', '1!1.0', '1.0.1_', '1.1.post1', '3.10.12', ''), fc.string({ maxLength: 12 }));
  const spec = fc.oneof(fc.array(specPiece, { maxLength: 8 }).map((p) => p.join('')), fc.string({ maxLength: 20 }));
  fc.assert(
    fc.property(spec, version, (s, v) => {
      for (const run of [() => condaVersionAdmits(s, v), () => condaSpecToPep440(s)]) {
        try {
          run();
        } catch (err) {
          expect(err).toBeInstanceOf(MatchSpecError);
        }
      }
    }),
    { numRuns: 3000 },
  );
});

// Environment-file-shaped text: keys, list items, pip sections, indentation, YAML punctuation.
const yamlPiece = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('name: ', 'channels:', 'dependencies:', 'prefix: /opt/env', 'variables:', '  - ', '    - ', '- ', '  - pip:', '      - ', '\n', '  ', ': ', '{', '}', '[', ']', '"', "'", '&a ', '*a', '|', '>', '---', '#', '\t', '? ', '!!str ') },
  { weight: 3, arbitrary: specText },
  { weight: 1, arbitrary: fc.constantFrom('-r base.txt', '-c constraints.txt', '-e .', '--index-url https://${HOST}/simple', 'jtest', 'torch==2.1 ; python_version<"3.12"', '\\') },
);
const yamlish = fc.array(yamlPiece, { maxLength: 60 }).map((parts) => parts.join(''));

/** A well-formed environment file whose entries are arbitrary spec text. */
const environment = fc
  .record({
    name: fc.string({ maxLength: 10 }),
    channels: fc.array(fc.string({ maxLength: 10 }), { maxLength: 3 }),
    deps: fc.array(specText, { maxLength: 8 }),
    pip: fc.option(fc.array(fc.oneof(specText, fc.constantFrom('-r base.txt', '-e .', 'jtest==1.0')), { maxLength: 5 })),
  })
  .map(({ name, channels, deps, pip }) => {
    const q = (s: string) => JSON.stringify(s);
    const lines = [`name: ${q(name)}`, 'channels:', ...channels.map((c) => `  - ${q(c)}`), 'dependencies:', ...deps.map((d) => `  - ${q(d)}`)];
    if (pip) lines.push('  - pip:', ...pip.map((p) => `      - ${q(p)}`));
    return lines.join('\n');
  });

/** A fixture with a few characters inserted, deleted or replaced. */
const mutatedFixture = fc
  .record({
    base: fc.constantFrom(...fixtureTexts),
    edits: fc.array(fc.record({ at: fc.nat(), cut: fc.nat({ max: 5 }), insert: fc.oneof(fc.constantFrom(':', '-', ' ', '\n', '"', '[', '|', '=', '#', '  - '), fc.string({ maxLength: 4 })) }), { maxLength: 6 }),
  })
  .map(({ base, edits }) =>
    edits.reduce((text, e) => {
      const at = e.at % (text.length + 1);
      return text.slice(0, at) + e.insert + text.slice(at + e.cut);
    }, base),
  );

function checkPlaces(files: PackagingFile[], texts: Map<string, string>): void {
  for (const f of files) {
    const text = texts.get(f.path);
    expect(text).toBeDefined();
    const lineCount = text!.split(/\r\n|\r|\n/).length;
    for (const d of f.diagnostics) {
      expect(d.file).toBe(f.path);
      if (d.line !== undefined) {
        expect(d.line).toBeGreaterThanOrEqual(1);
        expect(d.line).toBeLessThanOrEqual(lineCount);
      }
    }
    for (const dep of f.dependencies) {
      expect(dep.file).toBe(f.path);
      expect(dep.line).toBeGreaterThanOrEqual(1);
      expect(dep.line).toBeLessThanOrEqual(lineCount);
    }
    if (f.python) expect(f.python.line).toBeLessThanOrEqual(lineCount);
  }
}

test.each([
  ['random text', fc.string({ maxLength: 300 })],
  ['YAML-shaped text', yamlish],
  ['well-formed files with arbitrary entries', environment],
  ['fixtures with edits', mutatedFixture],
])('parseCondaEnvironment never throws on %s, and every place is inside its file', (_, arbitrary) => {
  fc.assert(
    fc.property(arbitrary, fc.string({ maxLength: 40 }), (text, included) => {
      const file = 'envs/environment.yml';
      const texts = new Map([
        [file, text],
        ['envs/base.txt', `${included}\n`],
      ]);
      const files = parseCondaEnvironment(file, text, { read: (p) => texts.get(p) }, { env: { HOST: 'pypi.org' } });
      expect(files[0]!.path).toBe(file);
      expect(files[0]!.kind).toBe('conda');
      checkPlaces(files, texts);
    }),
    { numRuns: 1500 },
  );
});
