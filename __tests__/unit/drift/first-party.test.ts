import { FirstPartyModules } from '../../../shared/drift/first-party.js';
import { fileRole } from '../../../shared/drift/file-role.js';

const files = [
  'examples/detector/detector/__init__.py',
  'examples/detector/detector/model.py',
  'examples/detector/train.py',
  'scripts/run.py',
  'helpers.py',
  'tests/conftest.py',
  'tests/test_x.py',
  'tests/fixtures_lib/__init__.py',
  'src/mylib/__init__.py',
  'projects/foo/lib/foo/__init__.py',
  'projects/foo/tests/test_foo.py',
  'ns/inner/mod.py',
  'data/readme.txt',
];

test('a module in any folder from the importing file up to the root is first-party', () => {
  const fp = new FirstPartyModules(files);
  // A package under examples/x/ importing itself by its own name, from deep inside.
  expect(fp.has('detector.model', 'examples/detector/detector/model.py')).toBe(true);
  expect(fp.has('detector', 'examples/detector/train.py')).toBe(true);
  // scripts/ importing a top-level module.
  expect(fp.has('helpers', 'scripts/run.py')).toBe(true);
  // src/ layout, from anywhere.
  expect(fp.has('mylib', 'tests/test_x.py')).toBe(true);
  // A namespace folder without a module of its own.
  expect(fp.has('ns.inner.mod', 'scripts/run.py')).toBe(true);
  // Not up the tree from there: a sibling project's package is not first-party elsewhere.
  expect(fp.has('detector', 'scripts/run.py')).toBe(false);
  expect(fp.has('numpy', 'scripts/run.py')).toBe(false);
  // A folder without Python modules is data, not a package.
  expect(fp.has('data', 'scripts/run.py')).toBe(false);
});

test('test roots, conftest folders and declared package roots', () => {
  const withoutRoots = new FirstPartyModules(files);
  // tests/ holds conftest.py and no __init__.py: pytest puts tests/ on sys.path.
  expect(withoutRoots.has('fixtures_lib', 'scripts/run.py')).toBe(true);
  expect(withoutRoots.has('foo', 'projects/foo/tests/test_foo.py')).toBe(false);
  const fp = new FirstPartyModules(files, { packageRoots: new Map([['projects/foo', ['projects/foo/lib']]]), declared: ['generated_pb2'] });
  expect(fp.has('foo', 'projects/foo/tests/test_foo.py')).toBe(true);
  // Declared by the sub-project: first-party inside it only.
  expect(fp.has('foo', 'scripts/run.py')).toBe(false);
  expect(fp.has('generated_pb2', 'scripts/run.py')).toBe(true);
  expect(fp.inPackage('projects/foo/lib/foo')).toBe(true);
  expect(fp.inPackage('src/mylib')).toBe(true);
  expect(fp.inPackage('scripts')).toBe(false);
});

test("a subpackage's module from the __init__.py folder its scripts run from; a known library from a script folder of its name", () => {
  const fp = new FirstPartyModules([
    'examples/boft_controlnet/__init__.py',
    'examples/boft_controlnet/train_controlnet.py',
    'examples/boft_controlnet/utils/__init__.py',
    'examples/boft_controlnet/utils/dataset.py',
    'examples/boft_controlnet/utils/args_loader.py',
    'examples/transformers/model.py',
    'examples/transformers/utils.py',
    'ldm/util.py',
    'ldm/models/model.py',
    'examples/inference/pippy/llama.py',
  ]);
  // peft's examples/boft_controlnet/utils/dataset.py: `from utils.args_loader import …` finds the sibling subpackage.
  expect(fp.has('utils.args_loader', 'examples/boft_controlnet/utils/dataset.py')).toBe(true);
  // A library of that name (`import utils`) is not made first-party by it.
  expect(fp.has('utils', 'examples/boft_controlnet/utils/dataset.py')).toBe(false);
  // ignite's examples/transformers/model.py: `from transformers import AutoModel` is the library…
  expect(fp.has('transformers', 'examples/transformers/model.py')).toBe(false);
  // …while the project's own folders importing themselves stay first-party.
  expect(fp.has('ldm.util', 'ldm/models/model.py')).toBe(true);
  // A folder of scripts is no package an install ships; a module or an __init__.py package is.
  expect(fp.isImportable('pippy')).toBe(false);
  expect(fp.isImportable('boft_controlnet')).toBe(true);
  expect(fp.isImportable('dataset')).toBe(true);
});

test('file roles', () => {
  const fp = new FirstPartyModules(files);
  const role = (f: string) => fileRole(f, (d) => fp.inPackage(d));
  expect(role('src/mylib/__init__.py')).toBe('package');
  expect(role('examples/detector/detector/model.py')).toBe('example');
  expect(role('scripts/run.py')).toBe('script');
  expect(role('tests/test_x.py')).toBe('test');
  expect(role('pkg/test_util.py')).toBe('test');
  expect(role('docs/conf.py')).toBe('docs');
  expect(role('analysis.ipynb')).toBe('notebook');
  expect(role('noxfile.py')).toBe('build');
});
