// Reads one file out of a zip archive in memory (GitHub serves artifacts as zips), with node:zlib: the central
// directory says where each entry is and how big; stored and deflated entries are read, the CRC is checked, and
// nothing inflates past the caller's limit. ZIP64 archives (over 4 GiB or 65,535 entries) are refused.

import { crc32, inflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

export class ZipError extends Error {
  override name = 'ZipError';
}

const eocdSignature = 0x06054b50;
const centralSignature = 0x02014b50;
const localSignature = 0x04034b50;

/** The entries the central directory lists. */
export function zipEntries(zip: Buffer): ZipEntry[] {
  // The end record is the last 22 bytes plus a comment of at most 65,535.
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === eocdSignature) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipError('not a zip archive (no end of central directory)');
  const count = zip.readUInt16LE(eocd + 10);
  const offset = zip.readUInt32LE(eocd + 16);
  if (count === 0xffff || offset === 0xffffffff) throw new ZipError('ZIP64 archives are not supported');
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== centralSignature) throw new ZipError(`central directory entry ${i + 1} is damaged`);
    const flags = zip.readUInt16LE(at + 8);
    const nameLength = zip.readUInt16LE(at + 28);
    const skip = nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const entry: ZipEntry = {
      name: zip.toString(flags & 0x800 ? 'utf8' : 'latin1', at + 46, at + 46 + nameLength),
      method: zip.readUInt16LE(at + 10),
      crc: zip.readUInt32LE(at + 16),
      compressedSize: zip.readUInt32LE(at + 20),
      size: zip.readUInt32LE(at + 24),
      localOffset: zip.readUInt32LE(at + 42),
    };
    if (entry.compressedSize === 0xffffffff || entry.size === 0xffffffff || entry.localOffset === 0xffffffff) throw new ZipError('ZIP64 archives are not supported');
    entries.push(entry);
    at += 46 + skip;
  }
  return entries;
}

/** The bytes of `name`, or undefined when the archive has no such file. Throws ZipError past `maxBytes` or on damage. */
export function readZipFile(zip: Buffer, name: string, maxBytes: number): Buffer | undefined {
  const entry = zipEntries(zip).find((e) => e.name === name);
  if (!entry) return undefined;
  if (entry.size > maxBytes) throw new ZipError(`${name} is ${entry.size} bytes, over the ${maxBytes}-byte limit`);
  const local = entry.localOffset;
  if (local + 30 > zip.length || zip.readUInt32LE(local) !== localSignature) throw new ZipError(`the local header of ${name} is damaged`);
  const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
  const raw = zip.subarray(start, start + entry.compressedSize);
  if (raw.length !== entry.compressedSize) throw new ZipError(`${name} is cut short`);
  let data: Buffer;
  if (entry.method === 0) data = Buffer.from(raw);
  else if (entry.method === 8) {
    try {
      data = inflateRawSync(raw, { maxOutputLength: maxBytes });
    } catch (error) {
      throw new ZipError(`${name} cannot be inflated: ${(error as Error).message}`);
    }
  } else throw new ZipError(`${name} uses compression method ${entry.method}; only stored and deflated entries are read`);
  if (data.length !== entry.size || crc32(data) !== entry.crc) throw new ZipError(`${name} is damaged (size or CRC does not match)`);
  return data;
}
