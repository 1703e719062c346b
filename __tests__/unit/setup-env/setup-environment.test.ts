import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { MachineFacts } from '../../../shared/machine/model.js';
import { cacheKeys } from '../../../shared/setup-env/cache-key.js';
import { FolderCache } from '../../../shared/setup-env/env-cache.js';
import { readRecord } from '../../../shared/setup-env/read-record.js';
import { SetupError, setupEnvironment, type SetupLog, type SetupOptions } from '../../../shared/setup-env/setup-environment.js';
import { runnerOs } from '../../../shared/setup-env/venv-layout.js';

const python3 = execFileSync('python3', ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' }).trim();
const pythonVersion = execFileSync(python3, ['-c', 'import platform; print(platform.python_version())'], { encoding: 'utf8' }).trim();

interface Logged {
  log: SetupLog;
  lines: string[];
}

function recorder(): Logged {
  const lines: string[] = [];
  return {
    lines,
    log: {
      info: (m) => lines.push(m),
      warning: (m) => lines.push(`warning: ${m}`),
      step: async (step, run) => {
        lines.push(`step: ${step.title}`);
        await run(() => {});
      },
    },
  };
}

function project(files: Record<string, string>): { root: string; prefix: string; scratch: string } {
  const root = mkdtempSync(path.join(os.tmpdir(), 'setup-unit-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
  return { root, prefix: path.join(root, '..', `${path.basename(root)}-env`), scratch: path.join(root, '..', `${path.basename(root)}-scratch`) };
}

const smallMachine: MachineFacts = { os: 'linux', arch: 'x64', cpus: 2, memory: 7.8e9, disk: { path: '/', free: 20e9 }, gpus: [] };

function options(p: ReturnType<typeof project>, logged: Logged, overrides: Partial<SetupOptions> = {}): SetupOptions {
  // PATH without uv or conda, whatever this machine has.
  return { root: p.root, prefix: p.prefix, manager: 'auto', python: python3, checkMachine: true, scratch: p.scratch, env: { ...process.env, PATH: '/usr/bin:/bin' }, log: logged.log, ...overrides };
}

describe('setupEnvironment', () => {
  test('a machine short of the record fails before anything is built, one line per shortfall', async () => {
    const p = project({ '.github/ml-hub.yml': 'requirements:\n  cpus: 8\n  memory: 32GB\n  gpu: 1\n' });
    const logged = recorder();
    const asked: unknown[] = [];
    const probe = async (o: unknown) => (asked.push(o), { ...smallMachine, python: pythonVersion });
    const run = setupEnvironment(options(p, logged, { probe }));
    await expect(run).rejects.toThrow(SetupError);
    await expect(run).rejects.toThrow(
      'This machine does not meet the requirements in .github/ml-hub.yml:\n' +
        '  - Insufficient CPU: needs 8 cores, found 2\n' +
        '  - Insufficient memory: needs 32 GB, found 7.8 GB\n' +
        '  - Insufficient GPU: needs 1 NVIDIA GPU, found none',
    );
    // Disk space where the environment will go; the Python the venv would be built from.
    expect(asked).toEqual([{ diskPath: path.dirname(p.prefix), python: python3 }]);
    expect(existsSync(p.prefix)).toBe(false);
  });

  test("the record's Python requirement is checked against the interpreter the probe asked", async () => {
    const p = project({ '.github/ml-hub.yml': 'requirements:\n  python: "3.99"\n' });
    const probe = async () => ({ ...smallMachine, python: pythonVersion });
    await expect(setupEnvironment(options(p, recorder(), { probe }))).rejects.toThrow(`  - Unsupported Python: needs >=3.99, found ${pythonVersion}`);
  });

  test('a prefix that holds something other than an environment is refused', async () => {
    const p = project({});
    mkdirSync(p.prefix, { recursive: true });
    writeFileSync(path.join(p.prefix, 'notes.txt'), 'mine');
    await expect(setupEnvironment(options(p, recorder()))).rejects.toThrow(`prefix ${p.prefix} exists and holds no environment (no python where one belongs): choose an empty or new folder`);
  });

  test('a cache entry whose interpreter no longer starts is discarded and the environment rebuilt', async () => {
    const p = project({});
    const cache = new FolderCache(mkdtempSync(path.join(os.tmpdir(), 'cache-')));
    // What a venv looks like when its base interpreter is gone: bin/python links to nothing.
    mkdirSync(path.join(p.prefix, 'bin'), { recursive: true });
    symlinkSync('/no/such/python3.11', path.join(p.prefix, 'bin', 'python'));
    const { key } = cacheKeys({ os: runnerOs(process.platform), arch: process.arch, manager: 'venv', python: pythonVersion, envHash: readRecord(p.root, {}).envHash });
    await cache.save([p.prefix], key);
    execFileSync('rm', ['-rf', p.prefix]);

    const logged = recorder();
    const result = await setupEnvironment(options(p, logged, { cache, checkMachine: false }));
    expect(logged.lines).toContain(`warning: The environment restored from ${key} does not start (its base interpreter is gone?): building a new one.`);
    expect(logged.lines).toContain(`step: Create ${p.prefix}`);
    expect(result.cache).toBe('miss');
    expect(result.saved).toBe(false); // the broken entry keeps the key: entries are immutable
    expect(execFileSync(result.layout.python, ['-c', 'import sys; print(sys.prefix)'], { encoding: 'utf8' }).trim()).toBe(p.prefix);
  }, 120_000);

  test('a prefix that already holds an environment is reconciled in place: no cache restored over it, none saved from it', async () => {
    const p = project({});
    execFileSync(python3, ['-m', 'venv', '--without-pip', p.prefix]);
    const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'cache-'));
    const logged = recorder();
    const result = await setupEnvironment(options(p, logged, { cache: new FolderCache(cacheDir), checkMachine: false }));
    expect(result).toMatchObject({ reused: true, cache: 'miss', saved: false });
    expect(logged.lines).toContain(`${p.prefix} already holds an environment: installing the record into it (the cache is not restored over it).`);
    expect(logged.lines.filter((l) => l.startsWith('step: '))).toEqual([]); // nothing declared, nothing to install
    expect(readdirSync(cacheDir)).toEqual([]);
  });
});
