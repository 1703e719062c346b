import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { workingTreeReader } from '../../../shared/env/file-readers.js';
import { editCondaEnvironment, newCondaEnvironmentText, type CondaChange } from '../../../shared/package/edit-conda-environment.js';
import type { EditOutcome, Removal } from '../../../shared/package/edit-outcome.js';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/package');
const project = (name: string) => {
  const reader = workingTreeReader(path.join(fixtures, name));
  return { reader, text: reader.read('environment.yml')! };
};
/** Entries named by their PyPI name (`torch:pytorch>=2`), or by their own name when the two agree. */
const entries = (...texts: string[]) =>
  texts.map((written) => {
    const [pypi, text] = written.includes(':') ? written.split(':') : [written.split(/[=<>~ ]/)[0]!, written];
    return { pypi: pypi!, text: text! };
  });
const change = (conda: string[], pip: string[] = [], remove: Removal[] = []): CondaChange => ({ conda: entries(...conda), pip: entries(...pip), remove });
const textOf = (outcome: EditOutcome): string => {
  if (outcome.status !== 'edited') throw new Error(`expected an edit, got ${JSON.stringify(outcome)}`);
  return outcome.text;
};
const edit = (text: string, c: CondaChange) => textOf(editCondaEnvironment('environment.yml', text, c));

describe('an environment file with comments, a flow list, blank lines, a pip section and variables', () => {
  const { reader, text } = project('conda');

  test('conda entries follow the last conda entry, pip lines end the pip section; nothing else moves', () => {
    const outcome = editCondaEnvironment('environment.yml', text, change(['matplotlib', 'torch:pytorch>=2'], ['opencv-contrib-python==4.8.1.78']), { reader });
    expect(textOf(outcome)).toBe(
      [
        '# Conda environment for the segmentation experiments.',
        '# Create it with: conda env create -f environment.yml',
        'name: segmentation',
        'channels: [pytorch, nvidia, conda-forge]   # order matters: pytorch first',
        '',
        'dependencies:',
        '  - python=3.11',
        '  - pytorch=2.1        # CUDA build from the pytorch channel',
        '  - pytorch-cuda=12.1',
        '  - "numpy>=1.24,<2"',
        '  - scikit-image',
        '',
        '  # Data loading',
        '  - pandas>=2.0',
        '  - matplotlib',
        '',
        '  - pip',
        '  - pip:',
        '      - --extra-index-url https://example.org/simple',
        '      - albumentations==1.3.1   # not on conda-forge at this version',
        '      - requests>=2.31',
        '      - opencv-contrib-python==4.8.1.78',
        '',
        'variables:',
        '  CUDA_VISIBLE_DEVICES: "0"',
        '  OMP_NUM_THREADS: 4',
        '',
      ].join('\n'),
    );
    // pytorch provides torch: declared already, so only two of the three were added.
    if (outcome.status === 'edited') expect(outcome.added.map((a) => a.text)).toEqual(['matplotlib', 'opencv-contrib-python==4.8.1.78']);
  });

  test('regenerating the result changes nothing', () => {
    const c = change(['matplotlib'], ['opencv-contrib-python==4.8.1.78']);
    const once = textOf(editCondaEnvironment('environment.yml', text, c, { reader }));
    expect(editCondaEnvironment('environment.yml', once, c, { reader })).toEqual({ status: 'unchanged' });
  });

  test('pruning deletes the entry line with its own comment, in both sections', () => {
    const outcome = editCondaEnvironment('environment.yml', text, change([], [], [{ line: 8, pypi: 'torch' }, { line: 19, pypi: 'albumentations' }]), { reader });
    expect(textOf(outcome)).toBe(
      text.replace('  - pytorch=2.1        # CUDA build from the pytorch channel\n', '').replace('      - albumentations==1.3.1   # not on conda-forge at this version\n', ''),
    );
    if (outcome.status === 'edited') expect(outcome.removed.map((d) => `${d.ecosystem}:${d.name}`)).toEqual(['conda:pytorch', 'pypi:albumentations']);
  });
});

describe('layouts', () => {
  test('an unindented block list keeps its indentation; the pip section is created with pip listed', () => {
    expect(edit('name: x\ndependencies:\n- numpy\n', change(['scipy'], ['requests']))).toBe('name: x\ndependencies:\n- numpy\n- scipy\n- pip\n- pip:\n    - requests\n');
  });

  test('a flow list grows in place, quoting entries with commas, with the pip section as a flow map', () => {
    const before = 'name: x\ndependencies: [numpy, pandas]  # keep short\nvariables: {A: "1"}\n';
    expect(edit(before, change(['scipy>=1.11,<2'], ['requests']))).toBe(
      'name: x\ndependencies: [numpy, pandas, "scipy>=1.11,<2", pip, {pip: [requests]}]  # keep short\nvariables: {A: "1"}\n',
    );
  });

  test('a flow pip section grows in place', () => {
    expect(edit('dependencies: [numpy, pip, {pip: [flask]}]\n', change(['scipy'], ['requests']))).toBe('dependencies: [numpy, scipy, pip, {pip: [flask, requests]}]\n');
  });

  test('an empty flow list is filled', () => {
    expect(edit('name: x\ndependencies: []\n', change(['numpy']))).toBe('name: x\ndependencies: [numpy]\n');
  });

  test('entries copy the quoting of their neighbours', () => {
    expect(edit("dependencies:\n  - 'numpy'\n  - 'pandas'\n", change(['scipy']))).toBe("dependencies:\n  - 'numpy'\n  - 'pandas'\n  - 'scipy'\n");
    expect(edit('dependencies:\n  - "numpy"\n', change(['scipy']))).toBe('dependencies:\n  - "numpy"\n  - "scipy"\n');
  });

  test('no dependencies key: one is added after the last key, indented like channels', () => {
    expect(edit('name: x\nchannels:\n    - conda-forge\n', change(['numpy'], ['requests']))).toBe(
      'name: x\nchannels:\n    - conda-forge\ndependencies:\n    - numpy\n    - pip\n    - pip:\n        - requests\n',
    );
  });

  test('an empty dependencies key and an empty pip section are filled', () => {
    expect(edit('name: x\ndependencies:   # none yet\nchannels: [conda-forge]\n', change(['numpy']))).toBe('name: x\ndependencies:   # none yet\n  - numpy\nchannels: [conda-forge]\n');
    expect(edit('dependencies:\n  - pip\n  - pip:\n', change([], ['requests']))).toBe('dependencies:\n  - pip\n  - pip:\n      - requests\n');
  });

  test('only pip listed: conda entries go before it', () => {
    expect(edit('dependencies:\n  - pip\n  - pip:\n      - flask\n', change(['numpy']))).toBe('dependencies:\n  - numpy\n  - pip\n  - pip:\n      - flask\n');
  });

  test('CRLF and a missing final newline are kept', () => {
    expect(edit('name: x\r\ndependencies:\r\n  - numpy # a', change(['scipy'], ['requests']))).toBe(
      'name: x\r\ndependencies:\r\n  - numpy # a\r\n  - scipy\r\n  - pip\r\n  - pip:\r\n      - requests',
    );
  });

  test('a file of comments only gets a dependencies block', () => {
    expect(edit('# to be filled\n', change(['numpy']))).toBe('# to be filled\ndependencies:\n  - numpy\n');
  });

  test('removing from a flow list removes the item and its comma', () => {
    const flow = 'dependencies: [numpy, requests, pandas]\n';
    expect(edit(flow, change([], [], [{ line: 1, pypi: 'requests' }]))).toBe('dependencies: [numpy, pandas]\n');
    expect(edit(flow, change([], [], [{ line: 1, pypi: 'numpy' }]))).toBe('dependencies: [requests, pandas]\n');
    expect(edit(flow, change([], [], [{ line: 1, pypi: 'pandas' }, { line: 1, pypi: 'numpy' }, { line: 1, pypi: 'requests' }]))).toBe('dependencies: []\n');
    const outcome = editCondaEnvironment('environment.yml', 'dependencies:\n  - numpy\n  - pip:\n      - requests\n', change([], [], [{ line: 4, pypi: 'requests' }]));
    expect(textOf(outcome)).toBe('dependencies:\n  - numpy\n  - pip:\n');
  });
});

describe('files that are not edited', () => {
  test('an exported environment (prefix:) is left alone', () => {
    const { reader, text } = project('exported');
    const outcome = editCondaEnvironment('environment.yml', text, change(['matplotlib']), { reader });
    expect(outcome).toEqual({
      status: 'left-alone',
      reason:
        'written by `conda env export` (it records the prefix /home/ana/miniconda3/envs/segmentation): an exported environment; edit the environment file it was made from, or export it again',
    });
  });

  test('malformed YAML is reported with its line and left alone', () => {
    const { reader, text } = project('malformed');
    const outcome = editCondaEnvironment('environment.yml', text, change(['matplotlib']), { reader });
    expect(outcome).toMatchObject({ status: 'left-alone', diagnostic: { code: 'conda/syntax', file: 'environment.yml', line: 4 } });
    if (outcome.status === 'left-alone') expect(outcome.reason).toMatch(/^malformed: environment\.yml:4: /);
  });

  test('a layout it cannot extend without re-printing (a flow mapping lacking dependencies) is refused', () => {
    expect(editCondaEnvironment('environment.yml', '{name: x, channels: [conda-forge]}\n', change(['scipy']))).toEqual({
      status: 'left-alone',
      reason: 'environment.yml could not be edited without rewriting what is around the change; edit it by hand',
    });
  });

  test('inside a flow mapping, the flow list still grows in place', () => {
    expect(edit('{name: x, dependencies: [numpy]}\n', change(['scipy']))).toBe('{name: x, dependencies: [numpy, scipy]}\n');
  });
});

describe('a new environment file', () => {
  test('names the environment, uses conda-forge, pins Python, then the packages', () => {
    expect(edit(newCondaEnvironmentText('wine quality', '3.11'), change(['numpy>=1.24'], ['requests']))).toBe(
      'name: wine quality\nchannels:\n  - conda-forge\ndependencies:\n  - python=3.11\n  - numpy>=1.24\n  - pip\n  - pip:\n      - requests\n',
    );
  });
});
