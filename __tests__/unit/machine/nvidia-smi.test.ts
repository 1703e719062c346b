import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseCudaVersion, parseGpuQuery } from '../../../shared/machine/nvidia-smi.js';

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, '../../fixtures/machine', name), 'utf8');

describe('parseGpuQuery', () => {
  test('one GPU with its memory in bytes and its driver', () => {
    expect(parseGpuQuery(fixture('nvidia-smi-535-tesla-t4.csv'))).toEqual([{ name: 'Tesla T4', memory: 15360 * 2 ** 20, driver: '535.104.05' }]);
  });

  test('every line is a GPU', () => {
    const gpus = parseGpuQuery(fixture('nvidia-smi-580-4x-l40s.csv'));
    expect(gpus).toHaveLength(4);
    expect(gpus[3]).toEqual({ name: 'NVIDIA L40S', memory: 46068 * 2 ** 20, driver: '580.178.04' });
  });

  test('a field nvidia-smi cannot read ([N/A]) leaves that value unset, not the GPU', () => {
    expect(parseGpuQuery('NVIDIA GH200 480GB, [N/A], 550.54.15\n')).toEqual([{ name: 'NVIDIA GH200 480GB', memory: undefined, driver: '550.54.15' }]);
  });

  test('the no-driver message is no GPU', () => {
    expect(parseGpuQuery(fixture('nvidia-smi-no-driver.txt'))).toEqual([]);
  });
});

describe('parseCudaVersion', () => {
  test('reads the banner of old and new table layouts', () => {
    expect(parseCudaVersion(fixture('nvidia-smi-535-tesla-t4.txt'))).toBe('12.2');
    expect(parseCudaVersion(fixture('nvidia-smi-580-h100-nvl.txt'))).toBe('13.0');
  });

  test('nothing to read without a banner', () => {
    expect(parseCudaVersion(fixture('nvidia-smi-no-driver.txt'))).toBeUndefined();
  });
});
