import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { classifyImports } from '../../../shared/drift/classify-imports.js';
import { analyseProject } from '../../harness/drift-analysis.js';

function project(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'classify-'));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  return root;
}

const notebook = (...cells: string[]) =>
  JSON.stringify({ cells: cells.map((c) => ({ cell_type: 'code', source: c.split(/(?<=\n)/), metadata: {}, outputs: [], execution_count: null })), metadata: { kernelspec: { name: 'python3', language: 'python' } }, nbformat: 4, nbformat_minor: 5 });

test('standard library, relative and first-party imports are skipped; the rest are third-party, each with its distribution', () => {
  const analysis = analyseProject(project({
    'requirements.txt': 'numpy\n',
    'train.py': 'import os, json\nimport numpy as np\nfrom sklearn.linear_model import Ridge\nfrom mypkg import model\nimport helpers\n',
    'helpers.py': 'import yaml\n',
    'mypkg/__init__.py': 'from . import model\nfrom .model import fit\n',
    'mypkg/model.py': 'import torch.nn\n',
  }));
  const found = classifyImports(analysis.scanned, analysis);
  expect(found.importCount).toBe(10);
  expect(found.thirdParty.map((i) => [i.module, i.dotted, i.location.file, i.location.line, i.location.role, i.resolution.distributions[0]])).toEqual([
    ['yaml', 'yaml', 'helpers.py', 1, 'script', 'pyyaml'],
    ['torch', 'torch.nn', 'mypkg/model.py', 1, 'package', 'torch'],
    ['numpy', 'numpy', 'train.py', 2, 'script', 'numpy'],
    ['sklearn', 'sklearn.linear_model', 'train.py', 3, 'script', 'scikit-learn'],
  ]);
  expect(found.thirdParty.find((i) => i.module === 'sklearn')!.resolution.source).toBe('table');
  expect(found.pipInstalls).toEqual([]);
});

test('a guarded import keeps its guard, a lazy one is marked; a re-raising handler leaves only a lazy import optional', () => {
  const guarded = 'try:\n    import wandb\nexcept ImportError:\n    wandb = None\n';
  const reraised = 'try:\n    import mlflow\nexcept ImportError as e:\n    raise ImportError("pip install mlflow") from e\n';
  const lazyReraised = 'def log():\n    try:\n        import comet_ml\n    except ImportError as e:\n        raise ImportError("pip install comet_ml") from e\n';
  const analysis = analyseProject(project({
    'run.py': `${guarded}${reraised}def plot():\n    import matplotlib.pyplot as plt\n`,
    'lib/__init__.py': `${reraised}${lazyReraised}`,
  }));
  const found = classifyImports(analysis.scanned, analysis).thirdParty;
  const at = (module: string, file: string) => found.find((i) => i.module === module && i.location.file === file)!;
  expect(at('wandb', 'run.py').guard).toBe('try-except');
  // Code that stops with advice when the module is missing needs it, in a script or in a package's own import.
  expect(at('mlflow', 'run.py').guard).toBeUndefined();
  expect(at('mlflow', 'lib/__init__.py')).toMatchObject({ location: { role: 'package' } });
  expect(at('mlflow', 'lib/__init__.py').guard).toBeUndefined();
  // The same handler around a lazy import only stops the feature that needs it.
  expect(at('comet_ml', 'lib/__init__.py')).toMatchObject({ guard: 'try-except', inFunction: true, location: { file: 'lib/__init__.py', line: 7, role: 'package' } });
  expect(at('matplotlib', 'run.py')).toMatchObject({ dotted: 'matplotlib.pyplot', inFunction: true });
  expect(at('matplotlib', 'run.py').guard).toBeUndefined();
  expect(at('wandb', 'run.py').inFunction).toBeUndefined();
});

test("a notebook's IPython imports need nothing; its `!pip install` lines are collected with their cell's line", () => {
  const analysis = analyseProject(project({
    'explore.ipynb': notebook('!pip install seaborn==0.13\n', 'from IPython.display import display\nimport seaborn as sns\n'),
    'script.py': 'import IPython\n',
  }));
  const found = classifyImports(analysis.scanned, analysis);
  expect(found.thirdParty.map((i) => `${i.location.file}:${i.module}:${i.location.role}`)).toEqual(['explore.ipynb:seaborn:notebook', 'script.py:IPython:script']);
  expect(found.pipInstalls).toEqual([{ packages: ['seaborn==0.13'], location: { file: 'explore.ipynb', line: expect.any(Number) } }]);
});
