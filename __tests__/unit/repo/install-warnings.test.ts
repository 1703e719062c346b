// A fresh clone's `npm ci` on a Node that package.json's `engines` (and the README) admits prints no EBADENGINE and
// no install-script warning: every locked package's engines range must contain the whole declared range, and every
// package with an install script must be decided in allowScripts. semver is the library npm checks engines with.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

// semver ships no types (and @types/semver is not installed): the two calls used here, typed.
const semver = createRequire(import.meta.url)('semver') as { subset(sub: string, dom: string): boolean };

interface LockedPackage { engines?: { node?: string }; hasInstallScript?: boolean }
const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as { engines: { node: string }; allowScripts?: Record<string, boolean> };
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, LockedPackage> };
const locked = Object.entries(lock.packages).filter(([path]) => path !== '');
const nameOf = (path: string) => path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);

test('every locked package supports every Node that package.json engines admits', () => {
  const declared = manifest.engines.node;
  const narrower = locked
    .filter(([, p]) => p.engines?.node && !semver.subset(declared, p.engines.node))
    .map(([path, p]) => `${nameOf(path)} needs ${p.engines?.node}`);
  expect(narrower).toEqual([]);
});

test('the README states the Node versions package.json engines admits', () => {
  const readme = readFileSync('README.md', 'utf8');
  const stated = /On a fresh clone \(Node\.js ([^)]*?) and Python/.exec(readme)?.[1] ?? '';
  // "20.19+, 22.13+ or 24": each "X.Y+" is that minor and later within major X, a bare "X" is major X.
  const range = stated.split(/, | or /).map((v) => (v.endsWith('+') ? `^${v.slice(0, -1)}.0` : `^${v}.0.0`)).join(' || ');
  expect(stated).not.toBe('');
  expect(semver.subset(range, manifest.engines.node) && semver.subset(manifest.engines.node, range)).toBe(true);
});

test('every package with an install script is decided in allowScripts', () => {
  const undecided = locked.filter(([path, p]) => p.hasInstallScript && !(nameOf(path) in (manifest.allowScripts ?? {}))).map(([path]) => nameOf(path));
  expect(undecided).toEqual([]);
});
