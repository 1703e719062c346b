// Reads nvidia-smi's two outputs ml-hub asks for: the CSV of
// `nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader`, and the banner of plain
// `nvidia-smi`, the only place the driver's CUDA version is printed.

import type { GpuInfo } from './model.js';

export const gpuQueryArgs = ['--query-gpu=name,memory.total,driver_version', '--format=csv,noheader'];

const units: Record<string, number> = { KiB: 2 ** 10, MiB: 2 ** 20, GiB: 2 ** 30 };

/** One GPU per non-empty line: `NVIDIA H100 80GB HBM3, 81559 MiB, 535.104.05`. */
export function parseGpuQuery(csv: string): GpuInfo[] {
  const gpus: GpuInfo[] = [];
  for (const line of csv.split(/\r?\n/)) {
    if (!line.trim()) continue;
    // GPU names carry no commas; the last two fields are memory and driver.
    const fields = line.split(',').map((f) => f.trim());
    if (fields.length < 3) continue;
    const driver = fields.pop()!;
    const memoryText = fields.pop()!;
    const m = /^(\d+(?:\.\d+)?)\s*(KiB|MiB|GiB)?$/.exec(memoryText);
    const memory = m ? Number(m[1]) * units[m[2] ?? 'MiB']! : undefined;
    gpus.push({
      name: fields.join(', '),
      // Hundreds of digits overflow to Infinity: that is no reading, not endless memory.
      memory: memory !== undefined && Number.isFinite(memory) ? memory : undefined,
      driver: /^\d/.test(driver) ? driver : undefined,
    });
  }
  return gpus;
}

/** `CUDA Version: 12.2` from the banner; undefined on drivers too old to print it, or `N/A`. */
export function parseCudaVersion(banner: string): string | undefined {
  return /CUDA Version\s*:\s*(\d+\.\d+(?:\.\d+)?)/.exec(banner)?.[1];
}
