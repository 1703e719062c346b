import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { workingTreeReader } from '../../../shared/env/file-readers.js';
import { addedMarker, editRequirements } from '../../../shared/package/edit-requirements.js';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/package');
const project = (name: string) => {
  const reader = workingTreeReader(path.join(fixtures, name));
  return { reader, text: reader.read('requirements.txt')! };
};
const add = (...lines: string[]) => lines.map((text) => ({ pypi: text.split(/[=<>~; [@]/)[0]!.toLowerCase(), text }));

describe('a hand-written requirements file with comments, options, continuations and -e .', () => {
  const { reader, text } = project('options');
  const edited = (before: string) => editRequirements('requirements.txt', before, { add: add('seaborn==0.13.2', 'scipy>=1.11'), remove: [] }, { reader });

  test('new requirements go after the last requirement, under the marker, before the trailing blank line', () => {
    const outcome = edited(text);
    expect(outcome.status).toBe('edited');
    if (outcome.status !== 'edited') return;
    expect(outcome.text).toBe(
      [
        '# Training service dependencies.',
        '# Keep torch first: the CUDA wheels come from the extra index below.',
        '-i https://pypi.org/simple',
        '--extra-index-url https://download.pytorch.org/whl/cu121',
        '',
        'torch==2.1.2  # CUDA 12.1 build',
        'torchvision==0.16.2',
        'numpy>=1.24,<2 \\',
        '    ; python_version >= "3.9"',
        'pandas>=2.0   # dataframe I/O',
        'requests>=2.31  # only the downloader used this',
        '',
        '# Our own package, editable, for `python -m service`.',
        '-e .',
        addedMarker,
        'seaborn==0.13.2',
        'scipy>=1.11',
        '',
        '',
      ].join('\n'),
    );
    expect(outcome.added.map((a) => a.text)).toEqual(['seaborn==0.13.2', 'scipy>=1.11']);
  });

  test('CRLF files get CRLF lines', () => {
    const crlf = text.replace(/\n/g, '\r\n');
    const outcome = edited(crlf);
    if (outcome.status !== 'edited') throw new Error(outcome.status);
    expect(outcome.text).toBe(crlf.replace('-e .\r\n', `-e .\r\n${addedMarker}\r\nseaborn==0.13.2\r\nscipy>=1.11\r\n`));
  });

  test('a file without a final newline still has none', () => {
    const bare = text.trimEnd();
    const outcome = edited(bare);
    if (outcome.status !== 'edited') throw new Error(outcome.status);
    expect(outcome.text).toBe(`${bare}\n${addedMarker}\nseaborn==0.13.2\nscipy>=1.11`);
  });

  test('a package already declared (numpy, in a continued line) is not added again', () => {
    const outcome = editRequirements('requirements.txt', text, { add: add('numpy==1.26.2', 'torch'), remove: [] }, { reader });
    expect(outcome).toEqual({ status: 'unchanged' });
  });

  test('regenerating the result changes nothing, and the marker is written once', () => {
    const once = edited(text);
    if (once.status !== 'edited') throw new Error(once.status);
    expect(edited(once.text)).toEqual({ status: 'unchanged' });
    const more = editRequirements('requirements.txt', once.text, { add: add('pillow'), remove: [] }, { reader });
    if (more.status !== 'edited') throw new Error(more.status);
    expect(more.text).toBe(once.text.replace('scipy>=1.11\n', 'scipy>=1.11\npillow\n'));
  });

  test('pruning deletes the requirement line with its own comment, and keeps the comment lines around it', () => {
    const outcome = editRequirements('requirements.txt', text, { add: [], remove: [{ line: 11, pypi: 'requests' }] }, { reader });
    if (outcome.status !== 'edited') throw new Error(outcome.status);
    expect(outcome.text).toBe(text.replace('requests>=2.31  # only the downloader used this\n', ''));
    expect(outcome.removed.map((d) => [d.name, d.specifier, d.line])).toEqual([['requests', '>=2.31', 11]]);
  });

  test('pruning a continued requirement deletes all its physical lines', () => {
    const outcome = editRequirements('requirements.txt', text, { add: [], remove: [{ line: 8, pypi: 'numpy' }] }, { reader });
    if (outcome.status !== 'edited') throw new Error(outcome.status);
    expect(outcome.text).toBe(text.replace('numpy>=1.24,<2 \\\n    ; python_version >= "3.9"\n', ''));
  });

  test('pruning the last line of a file without a final newline keeps it without one', () => {
    const outcome = editRequirements('requirements.txt', 'numpy\nrequests', { add: [], remove: [{ line: 2, pypi: 'requests' }] });
    expect(outcome).toMatchObject({ status: 'edited', text: 'numpy' });
  });
});

describe('files that are not edited', () => {
  test('pip-compile output is left to pip-compile', () => {
    const { reader, text } = project('pip-compile');
    expect(editRequirements('requirements.txt', text, { add: add('seaborn'), remove: [] }, { reader })).toEqual({
      status: 'left-alone',
      reason: 'pip-compile header: re-run pip-compile instead',
    });
  });

  test('a hash-pinned file is left alone', () => {
    const { reader, text } = project('hash-pinned');
    const outcome = editRequirements('requirements.txt', text, { add: add('seaborn'), remove: [] }, { reader });
    expect(outcome).toEqual({ status: 'left-alone', reason: 'hash-pinned: every requirement has --hash: re-run pip-compile --generate-hashes instead' });
  });

  test('a malformed file is reported with its line and left alone', () => {
    const outcome = editRequirements('requirements.txt', 'numpy\nnot a requirement!\n', { add: add('seaborn'), remove: [] });
    expect(outcome.status).toBe('left-alone');
    if (outcome.status !== 'left-alone') return;
    expect(outcome.reason).toMatch(/^malformed: requirements\.txt:2: invalid requirement 'not a requirement!'/);
    expect(outcome.diagnostic).toMatchObject({ severity: 'error', code: 'requirements/syntax', file: 'requirements.txt', line: 2 });
  });

  test('a line that would swallow the addition (a dangling continuation) makes the edit refuse', () => {
    const outcome = editRequirements('requirements.txt', `${addedMarker}\nnumpy \\`, { add: add('seaborn'), remove: [] });
    expect(outcome.status).toBe('left-alone');
  });
});

describe('a new requirements file', () => {
  test('is the marker and the requirements', () => {
    expect(editRequirements('requirements.txt', undefined, { add: add('pandas>=2.0', 'seaborn'), remove: [] })).toMatchObject({
      status: 'edited',
      text: `${addedMarker}\npandas>=2.0\nseaborn\n`,
    });
  });

  test('a file of comments only gets the requirements after its comments', () => {
    expect(editRequirements('requirements.txt', '# runtime\n\n', { add: add('pandas'), remove: [] })).toMatchObject({
      status: 'edited',
      text: `# runtime\n${addedMarker}\npandas\n\n`,
    });
  });
});
