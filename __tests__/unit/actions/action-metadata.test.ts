// Every action at the repository root (`<name>/action.yml`) against what GitHub requires of its metadata and against
// its code: the inputs actions/<name>/ reads and the outputs it sets are exactly the ones action.yml declares. An input
// the code never reads is a setting that silently does nothing; one the code reads but action.yml lacks gets a warning
// from the runner and never its default.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { ActionIoScanner, tsFilesUnder, type ActionIo } from './action-io-scanner.js';
import { brandingColors, brandingIcons } from './branding.js';

const root = path.resolve('.');

interface ActionMetadata {
  name?: unknown;
  description?: unknown;
  branding?: { icon?: unknown; color?: unknown };
  inputs?: Record<string, { description?: unknown } | null>;
  outputs?: Record<string, { description?: unknown } | null>;
  runs?: { using?: unknown; main?: unknown; pre?: unknown; post?: unknown };
}

const actions = readdirSync(root)
  .filter((name) => existsSync(path.join(root, name, 'action.yml')))
  .map((name) => ({ name, metadata: YAML.parse(readFileSync(path.join(root, name, 'action.yml'), 'utf8')) as ActionMetadata }));

const sourceDir = (name: string) => path.join(root, 'actions', name);

// One program for every action's sources: the scan of each is then a walk of the files it imports.
let scanner: ActionIoScanner | undefined;
function codeOf(name: string): ActionIo {
  scanner ??= new ActionIoScanner(actions.filter((a) => existsSync(sourceDir(a.name))).flatMap((a) => tsFilesUnder(sourceDir(a.name))));
  return scanner.scan(tsFilesUnder(sourceDir(name)));
}

const sorted = (names: Iterable<string>) => [...names].sort();
const undescribed = (entries: ActionMetadata['inputs']) =>
  Object.entries(entries ?? {})
    .filter(([, spec]) => typeof spec?.description !== 'string' || spec.description.trim() === '')
    .map(([name]) => name);

test('the repository has its actions at the root', () => {
  expect(actions.map((a) => a.name)).toEqual(expect.arrayContaining(['detect-env', 'package-env', 'publish-metrics']));
});

describe.each(actions)('$name/action.yml', ({ name, metadata }) => {
  test('runs on node24 from a committed bundle in dist/', () => {
    const problems: string[] = [];
    if (metadata.runs?.using !== 'node24') problems.push(`runs.using is ${JSON.stringify(metadata.runs?.using)}, not node24`);
    for (const key of ['main', 'pre', 'post'] as const) {
      const entry = metadata.runs?.[key];
      if (entry === undefined && key !== 'main') continue;
      if (typeof entry !== 'string') {
        problems.push(`runs.${key} is not a path`);
        continue;
      }
      const bundle = path.resolve(root, name, entry);
      // scripts/build.mjs bundles actions/<name>/ into dist/<name>/.
      if (!bundle.startsWith(path.join(root, 'dist', name) + path.sep)) problems.push(`runs.${key} ${entry} is outside dist/${name}/`);
      else if (!existsSync(bundle) || !statSync(bundle).isFile()) problems.push(`runs.${key} ${entry}: no such file (run npm run build and commit dist/)`);
    }
    expect(problems).toEqual([]);
  });

  test('has a name, a description and branding GitHub accepts', () => {
    const text = (value: unknown) => typeof value === 'string' && value.trim() !== '';
    expect({ name: text(metadata.name), description: text(metadata.description) }).toEqual({ name: true, description: true });
    expect({ icon: metadata.branding?.icon, accepted: brandingIcons.has(String(metadata.branding?.icon)) }).toEqual({ icon: metadata.branding?.icon, accepted: true });
    expect({ color: metadata.branding?.color, accepted: brandingColors.has(String(metadata.branding?.color)) }).toEqual({ color: metadata.branding?.color, accepted: true });
  });

  test('describes every input and output', () => {
    expect({ inputs: undescribed(metadata.inputs), outputs: undescribed(metadata.outputs) }).toEqual({ inputs: [], outputs: [] });
  });

  test('declares exactly the inputs the code reads and the outputs it sets', () => {
    expect(readdirSync(sourceDir(name))).toContain('main.ts');
    const code = codeOf(name);
    expect(code.unresolved).toEqual([]);
    expect({ inputs: sorted(Object.keys(metadata.inputs ?? {})), outputs: sorted(Object.keys(metadata.outputs ?? {})) }).toEqual({
      inputs: sorted(code.inputs),
      outputs: sorted(code.outputs),
    });
  });

  test('its folder holds only action.yml and an optional README.md', () => {
    expect(readdirSync(path.join(root, name)).filter((f) => f !== 'action.yml' && f !== 'README.md')).toEqual([]);
  });
});
