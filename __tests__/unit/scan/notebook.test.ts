import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scanNotebook } from '../../../shared/scan/notebook.js';

const fixtures = join(import.meta.dirname, '../../fixtures/scan/notebooks');

function scan(name: string) {
  return scanNotebook(readFileSync(join(fixtures, name), 'utf8'), `notebooks/${name}`);
}

/** The 1-based line of the first line of `file` that contains `text`. */
function lineOf(name: string, text: string): number {
  return readFileSync(join(fixtures, name), 'utf8').split('\n').findIndex((l) => l.includes(text)) + 1;
}

describe('scanNotebook, nbformat 4', () => {
  const file = scan('analysis.ipynb');

  test('imports of code cells only, magics and shell lines skipped, each at its .ipynb line and cell', () => {
    expect(file.imports.map((i) => `${i.dotted}#${i.cell}`)).toEqual([
      'numpy#1', 'sklearn.linear_model#1', 'matplotlib.pyplot#2', 'scipy#3', 'requests#6', 'yaml#6', 'tqdm#6',
      'inside_function#7', '.#8', 'os#8', 'sys#8', 'last_cell#11',
    ]);
    const at = (dotted: string) => file.imports.find((i) => i.dotted === dotted)!.line;
    expect(at('numpy')).toBe(lineOf('analysis.ipynb', '"import numpy as np'));
    expect(at('sklearn.linear_model')).toBe(lineOf('analysis.ipynb', 'from sklearn.linear_model'));
    expect(at('matplotlib.pyplot')).toBe(lineOf('analysis.ipynb', 'import matplotlib.pyplot'));
    expect(at('os')).toBe(lineOf('analysis.ipynb', 'import os, sys'));
    // A cell whose source is one JSON string: every source line is on that JSON line.
    expect(at('tqdm')).toBe(lineOf('analysis.ipynb', '"source": "import requests'));
  });

  test('`%%time` runs Python; `%%writefile` does not; `%%bash` is read for pip only', () => {
    expect(file.imports.some((i) => i.module === 'scipy')).toBe(true);
    expect(file.imports.some((i) => i.module.startsWith('fake'))).toBe(false);
  });

  test('pip installs from `!pip`, `%pip`, `!{sys.executable} -m pip`, `%%bash` and indented escapes', () => {
    expect(file.pipInstalls).toEqual([
      { packages: ['torch==2.1', 'transformers>=4'], line: lineOf('analysis.ipynb', '!pip install -q torch'), cell: 1 },
      { packages: ['pandas'], line: lineOf('analysis.ipynb', '%pip install -U pandas'), cell: 2 },
      { packages: ['seaborn'], line: lineOf('analysis.ipynb', '{sys.executable} -m pip'), cell: 2 },
      { packages: ['lightgbm', 'xgboost'], line: lineOf('analysis.ipynb', 'pip install lightgbm'), cell: 4 },
      { packages: ['catboost'], line: lineOf('analysis.ipynb', '"source": "import requests'), cell: 6 },
    ]);
  });

  test('a broken cell is a problem at its line; the other cells are still read', () => {
    expect(file.problem).toMatchObject({ code: 'scan/unparsable', line: lineOf('analysis.ipynb', "x = 'unterminated") });
    expect(file.problem?.message).toContain('cell 11');
  });
});

describe('other notebooks', () => {
  test('nbformat 3: worksheets, `input`, string and list sources', () => {
    const file = scan('legacy_v3.ipynb');
    expect(file.problem).toBeUndefined();
    expect(file.imports.map((i) => `${i.module}@${i.line}#${i.cell}`)).toEqual([
      `pandas@${lineOf('legacy_v3.ipynb', 'import pandas')}#0`,
      `os@${lineOf('legacy_v3.ipynb', 'from os import path')}#0`,
      `requests@${lineOf('legacy_v3.ipynb', '!pip install requests')}#2`,
    ]);
    expect(file.pipInstalls).toEqual([{ packages: ['requests'], line: lineOf('legacy_v3.ipynb', '!pip install requests'), cell: 2 }]);
  });

  test('a notebook whose kernel is not Python has no Python imports', () => {
    expect(scan('r_kernel.ipynb')).toEqual({ path: 'notebooks/r_kernel.ipynb', imports: [], pipInstalls: [] });
  });

  test('malformed JSON: a problem at the line of the fault', () => {
    const file = scan('malformed.ipynb');
    expect(file.imports).toEqual([]);
    expect(file.problem).toMatchObject({ code: 'scan/unparsable', line: 9, column: 4 });
  });

  test('JSON that is no notebook', () => {
    expect(scanNotebook('[1, 2]', 'x.ipynb').problem?.message).toContain('not an object');
    expect(scanNotebook('{"nbformat": 4}', 'x.ipynb').problem?.message).toContain('no `cells` array');
  });

  test('a source split mid-line maps the line to where it starts', () => {
    const nb = JSON.stringify({ nbformat: 4, cells: [{ cell_type: 'code', source: ['x = 1; ', 'import a\n', 'import b'] }] }, null, 1);
    const file = scanNotebook(nb, 'x.ipynb');
    const lines = nb.split('\n');
    expect(file.imports.map((i) => i.line)).toEqual([
      lines.findIndex((l) => l.includes('x = 1')) + 1,
      lines.findIndex((l) => l.includes('import b')) + 1,
    ]);
  });

  test('line magics that run Python (`%time import x`) keep their imports, others (`%run x`) do not', () => {
    const source = ['import a\n', '%time import torch.nn as nn\n', '%run -i import_helper.py\n', '%timeit -n1 from b import c\n'];
    const nb = JSON.stringify({ nbformat: 4, cells: [{ cell_type: 'code', source }] }, null, 1);
    const lines = nb.split('\n');
    const file = scanNotebook(nb, 'x.ipynb');
    expect(file.imports.map((i) => `${i.dotted}@${i.line}`)).toEqual([
      `a@${lines.findIndex((l) => l.includes('"import a')) + 1}`,
      `torch.nn@${lines.findIndex((l) => l.includes('%time import')) + 1}`,
      `b@${lines.findIndex((l) => l.includes('%timeit')) + 1}`,
    ]);
  });

  test('help and assignment-from-shell lines are IPython, not Python', () => {
    const source = 'np.mean?\nx = !ls\ny, z = %who_ls\n?np\nimport a\n';
    const file = scanNotebook(JSON.stringify({ nbformat: 4, cells: [{ cell_type: 'code', source }] }), 'x.ipynb');
    expect(file.problem).toBeUndefined();
    expect(file.imports.map((i) => i.module)).toEqual(['a']);
  });
});

test('a notebook records the files it writes (%%writefile) and the .proto files it compiles (!protoc)', () => {
  const notebook = JSON.stringify({
    nbformat: 4,
    nbformat_minor: 5,
    metadata: {},
    cells: [
      { cell_type: 'code', metadata: {}, outputs: [], source: ['%%writefile person.proto\n', 'syntax = "proto3";\n'] },
      { cell_type: 'code', metadata: {}, outputs: [], source: ['!protoc person.proto --python_out=. --include_imports\n'] },
      { cell_type: 'code', metadata: {}, outputs: [], source: ['%%writefile -a my_helpers.py\n', 'def f(): pass\n'] },
      { cell_type: 'code', metadata: {}, outputs: [], source: ['from person_pb2 import Person\n', 'import my_helpers\n'] },
    ],
  });
  const file = scanNotebook(notebook, 'ch13.ipynb');
  expect(file.writes).toEqual(['person.proto', 'person.proto', 'my_helpers.py']);
  expect(file.imports.map((i) => i.module)).toEqual(['person_pb2', 'my_helpers']);
});
