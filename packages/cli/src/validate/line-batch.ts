import type { RawLine } from "./lines.js";

/**
 * A run of NDJSON lines packed for a worker thread: their bytes end to end in one buffer (transferred,
 * not copied) and four numbers per line — line number, input offset, start in `bytes`, length (`-1`
 * for a line too long to keep). Posting one buffer and one `Float64Array` costs the same for 1 or 2 000
 * lines; posting the lines as objects would clone each of them.
 */
export interface LineBatch {
  readonly bytes: Uint8Array;
  readonly meta: Float64Array;
}

const FIELDS = 4;
const TOO_LONG = -1;

/** Packs lines into a {@link LineBatch}. */
export function packLines(lines: readonly RawLine[]): LineBatch {
  const meta = new Float64Array(lines.length * FIELDS);
  let size = 0;
  for (const raw of lines) size += raw.bytes?.length ?? 0;
  const bytes = new Uint8Array(size);
  let at = 0;
  lines.forEach((raw, i) => {
    const m = i * FIELDS;
    meta[m] = raw.line;
    meta[m + 1] = raw.offset;
    meta[m + 2] = at;
    meta[m + 3] = raw.bytes === undefined ? TOO_LONG : raw.bytes.length;
    if (raw.bytes !== undefined) {
      bytes.set(raw.bytes, at);
      at += raw.bytes.length;
    }
  });
  return { bytes, meta };
}

/**
 * The lines of a {@link LineBatch}, each a view into its buffer (as a Node `Buffer`, which the strict
 * JSON decoder searches natively).
 */
export function unpackLines(batch: LineBatch): RawLine[] {
  const { bytes, meta } = batch;
  const lines: RawLine[] = [];
  for (let i = 0; i < meta.length; i += FIELDS) {
    const [line, offset, start, length] = [meta[i]!, meta[i + 1]!, meta[i + 2]!, meta[i + 3]!];
    lines.push(
      length === TOO_LONG
        ? { line, offset, tooLong: true }
        : { line, offset, bytes: Buffer.from(bytes.buffer, bytes.byteOffset + start, length) },
    );
  }
  return lines;
}

/**
 * Groups lines into batches of about `maxBytes` bytes or `maxLines` lines, whichever comes first, in
 * input order. Stateful; one instance per input.
 */
export class LineBatcher {
  private lines: RawLine[] = [];
  private size = 0;

  constructor(
    private readonly maxBytes: number,
    private readonly maxLines: number,
  ) {}

  /** Adds lines; returns the batches they fill. */
  add(lines: readonly RawLine[]): LineBatch[] {
    const out: LineBatch[] = [];
    for (const raw of lines) {
      this.lines.push(raw);
      this.size += raw.bytes?.length ?? 0;
      if (this.size >= this.maxBytes || this.lines.length >= this.maxLines) out.push(this.take());
    }
    return out;
  }

  /** The last, partly filled batch, if any. */
  flush(): LineBatch[] {
    return this.lines.length > 0 ? [this.take()] : [];
  }

  private take(): LineBatch {
    const batch = packLines(this.lines);
    this.lines = [];
    this.size = 0;
    return batch;
  }
}
