import { PassThrough } from 'node:stream';
import { guardWorkflowCommands, logText } from '../../shared/log-text.js';
import { parseWorkflowCommands } from '../harness/workflow-commands.js';

const attempts = [
  '::error::x',
  'run\n::add-mask::secret',
  'run\r::stop-commands::t',
  'run\r\n \t::warning title=a::b',
  'run\n\u0085\u00a0\u2003::notice::c',
  'a ##[error]legacy',
  '::',
];

test('no line of the text is a workflow command to the runner, and the text reads the same', () => {
  for (const text of attempts) {
    expect(parseWorkflowCommands(logText(text))).toEqual([]);
    expect(logText(text).replaceAll('\u200b', '')).toBe(text);
  }
  expect(logText('plain: text :: with colons')).toBe('plain: text :: with colons');
});

test('random text with colons, hashes and line breaks never parses as a command', () => {
  const alphabet = [':', ':', '#', '[', ' ', '\n', '\r', '\u0085', 'a', 'error', '::'];
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
  for (let i = 0; i < 2000; i++) {
    const text = Array.from({ length: 1 + (next() % 20) }, () => alphabet[next() % alphabet.length]).join('');
    expect(parseWorkflowCommands(logText(text))).toEqual([]);
  }
});

test('a guarded stream neutralises line starts across writes, and only line starts', () => {
  const sink = new PassThrough();
  let written = '';
  sink.on('data', (d: Buffer) => (written += d.toString()));
  guardWorkflowCommands(sink as unknown as NodeJS.WriteStream);
  sink.write('best run: ');
  sink.write('::not a line start\n');
  sink.write('::error::x\n');
  sink.write(Buffer.from('done\n::warning::y\n'));
  expect(written).toBe('best run: ::not a line start\n:\u200b:error::x\ndone\n:\u200b:warning::y\n');
  expect(parseWorkflowCommands(written)).toEqual([]);
});
