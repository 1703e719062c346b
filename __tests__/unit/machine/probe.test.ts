import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkRequirements, probeMachine, runCommand, type CommandRunner, type MachineFacts } from '../../../shared/machine/probe.js';

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, '../../fixtures/machine', name), 'utf8');

/** nvidia-smi answering from fixtures: the query with the CSV, the bare call with the banner. */
function nvidiaSmi(csv: string, banner: string, code = 0): CommandRunner {
  return async (file, args) => (file === 'nvidia-smi' ? { code, stdout: args.length ? csv : banner } : runCommand(file, args));
}

describe('probeMachine', () => {
  test('reads GPUs and the CUDA version from nvidia-smi', async () => {
    const facts = await probeMachine({ run: nvidiaSmi(fixture('nvidia-smi-580-h100-nvl.csv'), fixture('nvidia-smi-580-h100-nvl.txt')) });
    expect(facts.gpus).toEqual([{ name: 'NVIDIA H100 NVL', memory: 95830 * 2 ** 20, driver: '580.65.06' }]);
    expect(facts.cuda).toBe('13.0');
  });

  test('no nvidia-smi is no GPU', async () => {
    const facts = await probeMachine({ run: async (file, args) => (file === 'nvidia-smi' ? undefined : runCommand(file, args)) });
    expect(facts.gpus).toEqual([]);
    expect(facts.cuda).toBeUndefined();
  });

  test('nvidia-smi without a driver (exit 9, complaint on stdout) is no GPU', async () => {
    const message = fixture('nvidia-smi-no-driver.txt');
    const facts = await probeMachine({ run: nvidiaSmi(message, message, 9) });
    expect(facts.gpus).toEqual([]);
  });

  test('CPUs, memory, free disk of the given folder and the Python asked for, from this machine', async () => {
    const facts = await probeMachine({ diskPath: os.tmpdir(), python: 'python3', run: nvidiaSmi('', '', 6) });
    expect(facts.cpus).toBe(os.availableParallelism());
    expect(facts.memory).toBe(os.totalmem());
    expect(facts.disk?.path).toBe(os.tmpdir());
    expect(facts.disk!.free).toBeGreaterThan(0);
    expect(facts.python).toMatch(/^3\.\d+\.\d+/);
    expect(facts.os).toBe(process.platform);
  });

  test('the real nvidia-smi runner reports a missing program as undefined', async () => {
    expect(await runCommand('ml-hub-no-such-program', [])).toBeUndefined();
    expect(await runCommand('python3', ['-c', 'import sys; print("out"); sys.exit(3)'])).toEqual({ code: 3, stdout: 'out\n' });
  });
});

describe('checkRequirements', () => {
  const laptop: MachineFacts = { os: 'linux', arch: 'x64', cpus: 2, memory: 7.8e9, disk: { path: '/', free: 20.55e9 }, gpus: [], python: '3.8.18' };

  test('each shortfall is a line saying what is needed and what was found', () => {
    expect(checkRequirements(laptop, { cpus: 8, memory: 32e9, disk: 100e9, gpu: 1, python: '3.11' })).toEqual({
      ok: false,
      shortfalls: [
        'Insufficient CPU: needs 8 cores, found 2',
        'Insufficient memory: needs 32 GB, found 7.8 GB',
        'Insufficient disk space: needs 100 GB free, found 20.5 GB free',
        'Insufficient GPU: needs 1 NVIDIA GPU, found none',
        'Unsupported Python: needs >=3.11, found 3.8.18',
      ],
    });
  });

  test('counts in the plural and a partial GPU count', () => {
    const workstation: MachineFacts = { ...laptop, cpus: 1, gpus: [{ name: 'Tesla T4' }] };
    expect(checkRequirements(workstation, { cpus: 1, gpu: 2 }).shortfalls).toEqual(['Insufficient GPU: needs 2 NVIDIA GPUs, found 1']);
    expect(checkRequirements({ ...laptop, cpus: 0 }, { cpus: 1 }).shortfalls).toEqual(['Insufficient CPU: needs 1 core, found 0']);
  });

  test('a machine sold as 16 GB passes a 16 GiB requirement (the kernel keeps part of the RAM)', () => {
    expect(checkRequirements({ ...laptop, memory: 15.5 * 2 ** 30 }, { memory: 16 * 2 ** 30 }).ok).toBe(true);
    expect(checkRequirements({ ...laptop, memory: 15e9 }, { memory: 16 * 2 ** 30 }).ok).toBe(false);
  });

  test('what was not measured is not a shortfall', () => {
    const unknown: MachineFacts = { ...laptop, disk: undefined, python: undefined };
    expect(checkRequirements(unknown, { disk: 1e15, python: '3.13' })).toEqual({ ok: true, shortfalls: [] });
  });

  test('an empty record is met by anything', () => {
    expect(checkRequirements(laptop, {})).toEqual({ ok: true, shortfalls: [] });
  });
});
