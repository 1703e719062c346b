// The shared pieces of every action shell, run as the runner runs them: INPUT_* and GITHUB_* variables, a real event
// payload file (GitHub's own webhook examples), and the workflow commands @actions/core writes to standard output.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { LocatedError } from '../../../shared/diagnostics.js';
import { eventFacts } from '../../../actions/common/event.js';
import { booleanInput, durationInput, InputError, sizeInput, tokenInput, workflowRepository } from '../../../actions/common/inputs.js';
import { failureLine, runAction } from '../../../actions/common/run-action.js';
import { parseDuration } from '../../../shared/text/units.js';

const require = createRequire(import.meta.url);
const examples = require('@octokit/webhooks-examples/api.github.com/index.json') as { name: string; examples: Record<string, unknown>[] }[];
/** The fields read here; the rest of each payload stays as GitHub's example has it. */
interface Example {
  before: string;
  after: string;
  number: number;
  pull_request: { base: { sha: string }; head: { sha: string; repo: { full_name: string; fork: boolean } | null } };
  merge_group: { base_sha: string; head_sha: string };
}
function example(name: string): Example {
  return structuredClone(examples.find((e) => e.name === name)!.examples[0]!) as unknown as Example;
}

let dir: string;
let saved: NodeJS.ProcessEnv;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'ml-hub-common-'));
  saved = { ...process.env };
});
afterEach(() => {
  process.env = saved;
  process.exitCode = undefined;
  rmSync(dir, { recursive: true, force: true });
});

/** The event as the runner hands it over: a JSON file named by GITHUB_EVENT_PATH. */
function event(name: string, payload: unknown, sha = 'f'.repeat(40)): NodeJS.ProcessEnv {
  const file = path.join(dir, 'event.json');
  writeFileSync(file, JSON.stringify(payload));
  return { GITHUB_EVENT_PATH: file, GITHUB_EVENT_NAME: name, GITHUB_SHA: sha };
}

describe('eventFacts', () => {
  test('a push compares with `before`; a push that creates the branch has nothing to compare with', () => {
    const push = { ...example('push'), before: 'a'.repeat(40) };
    expect(eventFacts(event('push', push, push.after))).toEqual({ name: 'push', base: push.before, head: push.after, defaultBranch: 'master' });
    expect(eventFacts(event('push', example('push'), push.after)).base).toBeUndefined();
    expect(example('push').before).toMatch(/^0+$/);
  });

  test('a pull request: its base and head commits (not the merge commit in GITHUB_SHA), its number, not from a fork', () => {
    const pr = example('pull_request');
    expect(eventFacts(event('pull_request', pr))).toEqual({
      name: 'pull_request',
      base: pr.pull_request.base.sha,
      head: pr.pull_request.head.sha,
      defaultBranch: 'master',
      pullRequest: { number: pr.number, fromFork: false },
    });
  });

  test('a pull request from a fork, or from a fork since deleted (head.repo null), is from a fork', () => {
    const pr = example('pull_request');
    pr.pull_request.head.repo = { ...pr.pull_request.head.repo!, full_name: 'someone/Hello-World', fork: true };
    expect(eventFacts(event('pull_request_target', pr)).pullRequest).toEqual({ number: pr.number, fromFork: true });
    pr.pull_request.head.repo = null;
    expect(eventFacts(event('pull_request', pr)).pullRequest?.fromFork).toBe(true);
  });

  test('a merge group compares its base with its head', () => {
    const group = example('merge_group');
    const facts = eventFacts(event('merge_group', group, group.merge_group.head_sha));
    expect(facts).toMatchObject({ name: 'merge_group', base: group.merge_group.base_sha, head: group.merge_group.head_sha });
    expect(facts.pullRequest).toBeUndefined();
  });

  test('outside a workflow, or with the event file gone, there are no facts but GITHUB_SHA', () => {
    expect(eventFacts({})).toEqual({ name: '', base: undefined, head: undefined, defaultBranch: undefined });
    expect(eventFacts({ GITHUB_EVENT_PATH: path.join(dir, 'missing.json'), GITHUB_SHA: 'abc' }).head).toBe('abc');
  });
});

describe('inputs', () => {
  const input = (name: string, value: string) => (process.env[`INPUT_${name.toUpperCase()}`] = value);

  test('booleanInput: true/false in any case, empty is false, anything else names the input', () => {
    for (const [text, value] of [['true', true], ['False', false], [' TRUE ', true], ['', false]] as const) {
      input('wait', text);
      expect(booleanInput('wait')).toBe(value);
    }
    input('wait', 'yes');
    expect(() => booleanInput('wait')).toThrow(new InputError('input wait: expected true or false, got "yes"'));
  });

  test('sizeInput and durationInput read what shared/text/units.ts reads, the same as the CLI options', () => {
    input('max-size', '10MB');
    expect(sizeInput('max-size', '1')).toBe(10_000_000);
    input('max-size', '');
    expect(sizeInput('max-size', '512KiB')).toBe(512 * 1024);
    expect(sizeInput('max-size', '16', 'GiB')).toBe(16 * 2 ** 30);
    input('max-size', 'lots');
    expect(() => sizeInput('max-size', '1')).toThrow(new InputError('input max-size: expected a size such as 10MB, 512KiB or 1048576, got "lots"'));

    for (const text of ['1h30m', '90', '45s']) {
      input('timeout', text);
      expect(durationInput('timeout', '6h')).toBe(parseDuration(text));
    }
    input('timeout', '');
    expect(durationInput('timeout', '6h')).toBe(6 * 3_600_000);
    input('timeout', 'soon');
    expect(() => durationInput('timeout', '6h')).toThrow(new InputError(`input timeout: ${errorOf(() => parseDuration('soon'))}`));
  });

  test('workflowRepository and tokenInput: the runner\'s values, or one line saying what is missing', () => {
    process.env.GITHUB_REPOSITORY = 'octo/demo';
    expect(workflowRepository('package-env')).toEqual({ owner: 'octo', repo: 'demo', repository: 'octo/demo' });
    delete process.env.GITHUB_REPOSITORY;
    expect(() => workflowRepository('package-env')).toThrow(new InputError('GITHUB_REPOSITORY is not set; package-env runs in a GitHub Actions workflow'));

    input('token', '');
    process.env.GITHUB_TOKEN = 'ghs_fromenv';
    expect(capture(() => tokenInput('token', '(the default)')).result).toBe('ghs_fromenv');
    delete process.env.GITHUB_TOKEN;
    expect(() => tokenInput('token', '(the default) or a personal access token')).toThrow(
      new InputError('input token: empty; pass `token: ${{ github.token }}` (the default) or a personal access token'),
    );
  });
});

function errorOf(f: () => unknown): string {
  try {
    f();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected a throw');
}

/** What @actions/core writes to standard output while `f` runs: the workflow commands the runner reads. */
function capture<T>(f: () => T): { result: T; out: string } {
  let out = '';
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  }) as typeof process.stdout.write;
  try {
    return { result: f(), out };
  } finally {
    process.stdout.write = write;
  }
}

async function captureAsync(f: () => Promise<void>): Promise<string> {
  let out = '';
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  }) as typeof process.stdout.write;
  try {
    await f();
    return out;
  } finally {
    process.stdout.write = write;
  }
}

describe('runAction', () => {
  class NoRunnerFits extends Error {}

  test('the token read is masked', () => {
    input('token', 'ghs_secret');
    expect(capture(() => tokenInput('token', 'x')).out).toContain('::add-mask::ghs_secret');
  });
  function input(name: string, value: string) {
    process.env[`INPUT_${name.toUpperCase()}`] = value;
  }

  test('a finished main leaves the step green', async () => {
    const out = await captureAsync(() => runAction(async () => {}));
    expect(out).toBe('');
    expect(process.exitCode).toBeUndefined();
  });

  test("the user's mistakes fail the step with their message alone, never a stack trace, even in the debug log", async () => {
    process.env.RUNNER_DEBUG = '1';
    for (const [error, line] of [
      [new InputError('input wait: expected true or false, got "yes"'), 'input wait: expected true or false, got "yes"'],
      [new NoRunnerFits('no runner has 4 GPUs'), 'no runner has 4 GPUs'],
      [new LocatedError('bad-toml', 'expected a value', 'pyproject.toml', 12), 'pyproject.toml:12: expected a value'],
    ] as const) {
      process.exitCode = undefined;
      const out = await captureAsync(() => runAction(() => Promise.reject(error), [NoRunnerFits]));
      expect(out).toBe(`::error::${line}\n`);
      expect(process.exitCode).toBe(1);
    }
  });

  test('anything else fails with its message; the stack trace goes to the debug log only', async () => {
    const out = await captureAsync(() => runAction(() => Promise.reject(new TypeError('x is not a function'))));
    const lines = out.trimEnd().split('\n');
    expect(lines.at(-1)).toBe('::error::x is not a function');
    // ::debug:: lines show only when the run is re-run with debug logging; the stack is escaped onto one line.
    expect(lines.slice(0, -1).every((l) => l.startsWith('::debug::'))).toBe(true);
    expect(lines[0]).toContain('TypeError: x is not a function%0A    at ');
    expect(process.exitCode).toBe(1);
    expect(failureLine('a string was thrown')).toEqual({ line: 'a string was thrown', userError: false });
  });
});
