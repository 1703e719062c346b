import { FirstPartyModules } from '../../../shared/drift/first-party.js';
import { FirstPartyImporters } from '../../../shared/drift/gated-modules.js';
import { scanPythonSource } from '../../../shared/scan/python-imports.js';
import type { ScannedFile } from '../../../shared/scan/model.js';

const project = (files: Record<string, string>): ScannedFile[] =>
  Object.entries(files).map(([file, source]) => ({ ...scanPythonSource(source, file), path: file }));

function importersOf(code: ScannedFile[]): FirstPartyImporters {
  const firstParty = new FirstPartyModules(code.map((f) => f.path));
  return new FirstPartyImporters(code, (dotted, from) => firstParty.has(dotted, from));
}

test('a module imported only in the else of a successful import, and what only it imports, are gated by that guard', () => {
  const importers = importersOf(
    project({
      'pkg/__init__.py': 'from .export import TracingAdapter\n',
      'pkg/export/__init__.py': 'from .flatten import TracingAdapter\ntry:\n    import caffe2\nexcept ImportError:\n    pass\nelse:\n    from .api import *\n',
      'pkg/export/api.py': 'import caffe2\nfrom .shared import helper\n',
      'pkg/export/shared.py': 'import caffe2\n',
      'pkg/export/flatten.py': 'import torch\n',
      'tools/deploy.py': 'from pkg.export.api import Caffe2Tracer\n',
    }),
  );
  const gated = importers.gated('caffe2');
  // tools/deploy.py imports api unguarded: api loads without the guard, and so does shared below it.
  expect([...gated.keys()].sort()).toEqual([]);
  const withoutTool = importersOf(
    project({
      'pkg/export/__init__.py': 'try:\n    import caffe2\nexcept ImportError:\n    pass\nelse:\n    from .api import *\n',
      'pkg/export/api.py': 'import caffe2\nfrom .shared import helper\n',
      'pkg/export/shared.py': 'import caffe2\n',
      'pkg/export/flatten.py': 'import torch\n',
    }),
  );
  expect(Object.fromEntries(withoutTool.gated('caffe2'))).toEqual({ 'pkg/export/api.py': 'try-except', 'pkg/export/shared.py': 'try-except' });
});

test('an install call before a first-party import gates that module for the package it installs only', () => {
  const files = project({
    'models/common.py': 'def load(triton):\n    if triton:\n        check_requirements("tritonclient[all]")\n        from utils.triton import TritonRemoteModel\n',
    'utils/__init__.py': '',
    'utils/triton.py': 'def f():\n    from tritonclient.http import InferenceServerClient\n',
  });
  const importers = importersOf(files);
  expect(Object.fromEntries(importers.gated('tritonclient'))).toEqual({ 'utils/triton.py': 'installed-on-demand' });
  expect(Object.fromEntries(importers.gated('numpy'))).toEqual({});
  // A file that installs the module itself (a notebook's `!pip install`) passes it on to what it imports.
  const through = importersOf(project({ 'run.py': 'import helpers\n', 'helpers.py': 'import lightgbm\n' }));
  expect(Object.fromEntries(through.gated('lightgbm', new Set(['run.py'])))).toEqual({ 'helpers.py': 'installed-on-demand' });
  expect(Object.fromEntries(through.gated('lightgbm'))).toEqual({});
});

test("a third-party import never resolves to a project file of the same name; a module nothing imports is not imported", () => {
  const importers = importersOf(project({ 'pkg/__init__.py': '', 'pkg/integration/mlflow.py': 'try:\n    import mlflow\nexcept ImportError:\n    raise ImportError("pip install mlflow")\n', 'train.py': 'import mlflow\n' }));
  expect(importers.isImported('pkg/integration/mlflow.py')).toBe(false);
  expect(importersOf(project({ 'pkg/__init__.py': 'from .integration import mlflow\n', 'pkg/integration/__init__.py': '', 'pkg/integration/mlflow.py': '' })).isImported('pkg/integration/mlflow.py')).toBe(true);
});
