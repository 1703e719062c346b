// The `metrics` table read straight from the database file's b-tree pages (https://sqlite.org/fileformat2.html).
// node:sqlite hands rows to JavaScript one at a time at about a microsecond each, which at 10,000 runs is most of a
// report; decoding the pages here reads the same rows at close to the speed of reading the file. Only the plain case
// is taken: a rollback-journal database (not WAL, whose newest pages live in another file), UTF-8, a rowid table whose
// records all hold numbers where numbers belong and no overflow pages. Anything else answers false and the caller
// reads through SQL as before, so what comes back never differs from the SQL read. The caller holds a read
// transaction (a SHARED lock) throughout, so no writer can change the file under us.

import { closeSync, openSync, readSync } from 'node:fs';

/**
 * Metric rows as MLflow stores them, in table order, rows `0 … count-1` of each column filled: `values` holds the
 * stored number (0 where `isNan` is 1). Handed over a batch at a time in columns because a call per row boxes its three
 * doubles, and at millions of rows that garbage is most of the read.
 */
export interface MetricRows {
  count: number;
  runIds: string[];
  keys: string[];
  values: Float64Array;
  isNan: Uint8Array;
  timestamps: Float64Array;
  steps: Float64Array;
}

/** Receives each batch; the columns are reused for the next one. */
export type MetricRowSink = (rows: MetricRows) => void;

const BATCH = 4096;

/** Where the columns sit in each record, from `PRAGMA table_xinfo(metrics)`. */
export interface MetricColumns {
  key: number;
  value: number;
  timestamp: number;
  runUuid: number;
  step: number;
  isNan: number;
  count: number;
}

const CHUNK = 256 * 1024;

class NotPlain extends Error {}

/** Every row of the table rooted at `rootPage`, in rowid order, to `sink`; false when the file is not the plain case. */
export function scanMetricPages(dbPath: string, rootPage: number, columns: MetricColumns, sink: MetricRowSink): boolean {
  const fd = openSync(dbPath, 'r');
  try {
    const header = Buffer.alloc(100);
    if (readSync(fd, header, 0, 100, 0) !== 100) return false;
    if (header.toString('latin1', 0, 16) !== 'SQLite format 3\0') return false;
    // Write/read versions 1: rollback journal; 2 is WAL.
    if (header[18] !== 1 || header[19] !== 1) return false;
    if (header.readUInt32BE(56) !== 1) return false; // text encoding UTF-8
    const raw = header.readUInt16BE(16);
    const pageSize = raw === 1 ? 65536 : raw;
    if (pageSize < 512 || (pageSize & (pageSize - 1)) !== 0) return false;
    const usable = pageSize - header[20]!;
    const maxLocal = usable - 35;
    const chunk = Buffer.allocUnsafe(Math.max(CHUNK, pageSize));
    let chunkStart = -1;
    let chunkEnd = -1;
    /** Offset in `chunk` of page `n` (1-based), reading the file from that page on when it is not there. */
    const page = (n: number): number => {
      const at = (n - 1) * pageSize;
      if (at < chunkStart || at + pageSize > chunkEnd) {
        const got = readSync(fd, chunk, 0, chunk.length, at);
        if (got < pageSize) throw new NotPlain();
        chunkStart = at;
        chunkEnd = at + got;
      }
      return at - chunkStart;
    };
    const decoder = new RecordDecoder(chunk, columns, sink);
    const walk = (n: number, depth: number): void => {
      if (depth > 40) throw new NotPlain();
      let p = page(n);
      const head = p + (n === 1 ? 100 : 0);
      const type = chunk[head]!;
      const cells = chunk.readUInt16BE(head + 3);
      if (type === 0x05) {
        // Interior table page: the children, then the right-most one; collected first, as walking them moves `chunk`.
        const children: number[] = [];
        for (let i = 0; i < cells; i++) children.push(chunk.readUInt32BE(p + chunk.readUInt16BE(head + 12 + 2 * i)));
        children.push(chunk.readUInt32BE(head + 8));
        for (const child of children) walk(child, depth + 1);
        return;
      }
      if (type !== 0x0d) throw new NotPlain();
      for (let i = 0; i < cells; i++) {
        p = page(n); // the same chunk: a leaf is decoded without reading
        let at = p + chunk.readUInt16BE(head + 8 + 2 * i);
        // Payload size and rowid, both varints.
        let payload = 0;
        let b: number;
        do {
          b = chunk[at++]!;
          payload = payload * 128 + (b & 0x7f);
        } while (b & 0x80 && payload < 2 ** 40);
        if (payload > maxLocal) throw new NotPlain(); // spills onto overflow pages
        for (let k = 0; k < 9 && chunk[at++]! & 0x80; k++);
        decoder.record(at, at + payload);
      }
    };
    walk(rootPage, 0);
    decoder.flush();
    return true;
  } catch (error) {
    if (error instanceof NotPlain) return false;
    throw error;
  } finally {
    closeSync(fd);
  }
}

/** Decodes table records (https://sqlite.org/fileformat2.html#record_format) into metric rows. */
class RecordDecoder {
  private readonly types: number[] = [];
  private readonly starts: number[] = [];
  private readonly runs = new RecentTexts();
  private readonly keys = new RecentTexts();
  private readonly view: DataView;
  private readonly rows: MetricRows = {
    count: 0,
    runIds: new Array<string>(BATCH).fill(''),
    keys: new Array<string>(BATCH).fill(''),
    values: new Float64Array(BATCH),
    isNan: new Uint8Array(BATCH),
    timestamps: new Float64Array(BATCH),
    steps: new Float64Array(BATCH),
  };

  constructor(
    private readonly buf: Buffer,
    private readonly columns: MetricColumns,
    private readonly sink: MetricRowSink,
  ) {
    this.view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  }

  /** Hands the rows decoded so far to the sink. */
  flush(): void {
    if (this.rows.count > 0) this.sink(this.rows);
    this.rows.count = 0;
  }

  record(start: number, end: number): void {
    const buf = this.buf;
    let at = start;
    const headerSize = buf[at++]!;
    if (headerSize & 0x80) throw new NotPlain(); // a header over 127 bytes: not a metrics row
    const headerEnd = start + headerSize;
    let body = headerEnd;
    let n = 0;
    while (at < headerEnd) {
      let type = 0;
      let b: number;
      do {
        b = buf[at++]!;
        type = type * 128 + (b & 0x7f);
      } while (b & 0x80);
      this.types[n] = type;
      this.starts[n] = body;
      body += type >= 12 ? (type - 12) >> 1 : SIZES[type] ?? 0;
      n++;
    }
    // Fewer columns (added by ALTER TABLE since) or a record running past its cell: not the plain case.
    if (n !== this.columns.count || body !== end) throw new NotPlain();
    const c = this.columns;
    const rows = this.rows;
    const i = rows.count;
    const isNan = this.number(c.isNan);
    if (isNan !== 0 && isNan !== 1) throw new NotPlain();
    rows.runIds[i] = this.text(c.runUuid, this.runs);
    rows.keys[i] = this.text(c.key, this.keys);
    rows.isNan[i] = isNan;
    rows.values[i] = this.number(c.value);
    rows.timestamps[i] = this.number(c.timestamp);
    rows.steps[i] = this.number(c.step);
    if (++rows.count === BATCH) this.flush();
  }

  /** A text column, as a string already made when the bytes are the same (see RecentTexts). */
  private text(column: number, seen: RecentTexts): string {
    const type = this.types[column]!;
    if (type < 13 || (type & 1) === 0) throw new NotPlain();
    return seen.text(this.buf, this.view, this.starts[column]!, (type - 13) >> 1);
  }

  /** An integer or real column, as SQLite's CAST(… AS REAL) reads it. */
  private number(column: number): number {
    const type = this.types[column]!;
    const at = this.starts[column]!;
    const v = this.view;
    switch (type) {
      case 1:
        return v.getInt8(at);
      case 2:
        return v.getInt16(at);
      case 3:
        return v.getInt8(at) * 65536 + v.getUint16(at + 1);
      case 4:
        return v.getInt32(at);
      case 5:
        return v.getInt16(at) * 4294967296 + v.getUint32(at + 2);
      case 6:
        // Both parts exact, so the one rounding of the sum is CAST(… AS REAL)'s.
        return v.getInt32(at) * 4294967296 + v.getUint32(at + 4);
      case 7:
        return v.getFloat64(at);
      case 8:
        return 0;
      case 9:
        return 1;
      default:
        throw new NotPlain(); // NULL, text or blob: the SQL read reports or converts it
    }
  }
}

/** Bytes per value of serial types 0–11 (10 and 11 are reserved and never appear). */
const SIZES = [0, 1, 2, 3, 4, 6, 8, 8, 0, 0, 0, 0];

/**
 * The last few strings decoded from one column, with their UTF-8 bytes: rows come run by run, their keys cycling
 * through a handful of names, so comparing bytes (four at a time) spares decoding a string per row.
 */
class RecentTexts {
  private readonly texts: string[] = [];
  private readonly bytes: DataView[] = [];

  text(buf: Buffer, view: DataView, start: number, length: number): string {
    for (let i = 0; i < this.texts.length; i++) {
      const known = this.bytes[i]!;
      if (known.byteLength === length && sameBytes(view, start, known)) return this.texts[i]!;
    }
    const value = buf.toString('utf8', start, start + length);
    if (this.texts.length === 8) {
      this.texts.pop();
      this.bytes.pop();
    }
    this.texts.unshift(value);
    this.bytes.unshift(new DataView(Uint8Array.prototype.slice.call(buf, start, start + length).buffer));
    return value;
  }
}

function sameBytes(view: DataView, start: number, known: DataView): boolean {
  const n = known.byteLength;
  let k = 0;
  for (; k + 4 <= n; k += 4) if (view.getInt32(start + k) !== known.getInt32(k)) return false;
  for (; k < n; k++) if (view.getUint8(start + k) !== known.getUint8(k)) return false;
  return true;
}
