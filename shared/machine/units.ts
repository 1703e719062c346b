// How machine sizes are compared and shown. The generated setup.py repeats these rules in Python
// (assets/bootstrap_setup.py); the differential tests run both on the same inputs, so change them together.

/** Decimal gigabyte: what messages show ("needs 16 GB"). */
export const GB = 1e9;
export const GIB = 2 ** 30;

/**
 * Memory may fall this far under the requirement and still pass: firmware and the kernel keep part of the RAM, so a
 * machine sold as 16 GB reports about 15.5 GiB.
 */
export const MEMORY_TOLERANCE = 0.05;

/**
 * Bytes as GB with one decimal and no trailing `.0`. Needs round up and findings round down, so a shortfall never
 * reads "needs 16 GB, found 16 GB". The epsilon keeps float noise (1.3e9 / 1e8 = 13.000000000000002) from tipping it.
 */
export function formatGb(bytes: number, round: 'up' | 'down'): string {
  const tenths = round === 'up' ? Math.ceil(bytes / 1e8 - 1e-6) : Math.floor(bytes / 1e8 + 1e-6);
  return tenths % 10 === 0 ? String(tenths / 10) : `${Math.floor(tenths / 10)}.${tenths % 10}`;
}

/**
 * The whole number of GB a person means by a machine size: `16GB` and `16 GiB` both mean the 16 GB tier that GitHub
 * lists and devcontainer.json writes as `16gb` (1024-based). Anything else rounds up to the next decimal GB.
 */
export function nominalGb(bytes: number): number {
  if (bytes <= 0) return 0;
  return bytes % GIB === 0 ? bytes / GIB : Math.ceil(bytes / GB - 1e-9);
}
