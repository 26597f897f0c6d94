import type { RawLine } from "./lines.js";

/**
 * A run of whole NDJSON lines, cut from the input without looking at each line: the unit of work of
 * `cchc validate --ndjson`, validated on this thread or posted to a worker thread as one buffer. Cutting
 * costs one native search for the last newline of each read chunk and one per line to count them, so
 * the thread that reads stays free to feed the threads that validate; splitting, decoding and
 * validating the lines is the validating thread's work (see `validateBlock`).
 *
 * - `bytes`: whole lines, each ending with `\n` — but the input's last line, which may have none. A line
 *   in a block is at most `maxLineBytes + 1` bytes long before its `\n`; whether it is too long (a `\r`
 *   before the `\n` does not count) is decided where it is split, as for any other line.
 * - `line`, `offset`: number of the block's first line (1-based) and input offset of its first byte.
 * - A line that grew past `maxLineBytes + 1` bytes without a newline is never held: it becomes a block
 *   of its own with `tooLong: true` (and no bytes), and the rest of it is skipped up to the next newline.
 */
export type LineBlock =
  | { readonly line: number; readonly offset: number; readonly bytes: Uint8Array; readonly tooLong?: undefined }
  | { readonly line: number; readonly offset: number; readonly bytes?: undefined; readonly tooLong: true };

const LF = 0x0a;
const CR = 0x0d;

/** The number of `\n` bytes in `bytes` (a native search per line). */
export function countNewlines(bytes: Uint8Array): number {
  let count = 0;
  for (let at = bytes.indexOf(LF); at >= 0; at = bytes.indexOf(LF, at + 1)) count++;
  return count;
}

/**
 * Cuts byte chunks into {@link LineBlock}s, in input order, holding at most one unfinished line of at most
 * `maxLineBytes + 1` bytes between chunks (bounded memory whatever the input). Every block's bytes are
 * copied into a buffer of its own, so a chunk may be overwritten as soon as `push` returns (the file
 * reader reuses one buffer) and a block can be transferred to a worker thread. Stateful; one instance
 * per input.
 */
export class LineBlockCutter {
  /** The unfinished line carried over from earlier chunks. */
  private carry: Uint8Array[] = [];
  private carried = 0;
  /** Inside a line that is too long: how many of its bytes were seen (they are skipped up to the next newline). */
  private skipped: number | undefined;
  /** Number of the next line, and input offset of its first byte. */
  private line = 1;
  private offset = 0;

  /**
   * @param maxLineBytes - Longest line kept, in bytes.
   * @param allocate - Where a block's bytes go: a buffer of at least `size` bytes that the block owns from
   *   its first byte (to transfer to a worker thread, or to recycle; see `BlockBuffers`).
   */
  constructor(
    private readonly maxLineBytes: number,
    private readonly allocate: (size: number) => Uint8Array = (size) => new Uint8Array(size),
  ) {}

  /** Feeds a chunk; returns the blocks it completes. */
  push(chunk: Uint8Array): LineBlock[] {
    const out: LineBlock[] = [];
    let start = 0;
    if (this.skipped !== undefined) {
      const end = chunk.indexOf(LF);
      if (end < 0) {
        this.skipped += chunk.length;
        return out;
      }
      out.push(this.tooLong(end + 1));
      start = end + 1;
    }
    const last = chunk.lastIndexOf(LF);
    if (last < start) {
      this.hold(chunk.subarray(start));
      return out;
    }
    const head = chunk.subarray(start, last + 1);
    out.push(this.block(head, countNewlines(head)));
    this.hold(chunk.subarray(last + 1));
    return out;
  }

  /** Ends the input; returns the last line when it had no final newline. */
  end(): LineBlock[] {
    if (this.skipped !== undefined) return [this.tooLong(0)];
    return this.carried === 0 ? [] : [this.block(new Uint8Array(0), 0)];
  }

  /** Keeps the start of an unfinished line — or, once it is too long, only counts its bytes. */
  private hold(piece: Uint8Array): void {
    if (piece.length === 0) return;
    // One byte of room for a "\r" that a following "\n" turns into a line ending.
    if (this.carried + piece.length > this.maxLineBytes + 1) {
      this.skipped = this.carried + piece.length;
      this.carry = [];
      this.carried = 0;
      return;
    }
    // A copy (not `slice`, which only makes a view of a Node Buffer): the chunk's buffer may be reused for the next read.
    this.carry.push(new Uint8Array(piece));
    this.carried += piece.length;
  }

  /** The too-long line's block; `rest` is how many of its bytes (its newline included) the current chunk held. */
  private tooLong(rest: number): LineBlock {
    const block: LineBlock = { line: this.line, offset: this.offset, tooLong: true };
    this.line += 1;
    this.offset += (this.skipped ?? 0) + rest;
    this.skipped = undefined;
    return block;
  }

  /** The carried bytes followed by `head` (whole lines, `newlines` of them) as one block. */
  private block(head: Uint8Array, newlines: number): LineBlock {
    const size = this.carried + head.length;
    const bytes = this.allocate(size).subarray(0, size);
    let at = 0;
    for (const part of this.carry) {
      bytes.set(part, at);
      at += part.length;
    }
    bytes.set(head, at);
    const block: LineBlock = { line: this.line, offset: this.offset, bytes };
    // The input's last line, without a newline, still counts as a line.
    this.line += newlines === 0 ? 1 : newlines;
    this.offset += bytes.length;
    this.carry = [];
    this.carried = 0;
    return block;
  }
}

/**
 * Calls `visit` with each line of a block, in order: its number, input offset and bytes (a view, without
 * the `\n` and one `\r` before it), or `tooLong` when it has more than `maxLineBytes` bytes. One line at a
 * time, so that nothing of a line outlives its visit.
 */
export function forEachLine(block: LineBlock, maxLineBytes: number, visit: (line: RawLine) => void): void {
  if (block.tooLong) {
    visit(block);
    return;
  }
  const { bytes } = block;
  let { line, offset } = block;
  for (let start = 0; start < bytes.length; line++) {
    const newline = bytes.indexOf(LF, start);
    const end = newline < 0 ? bytes.length : newline;
    const last = end > start && bytes[end - 1] === CR ? end - 1 : end;
    visit(last - start > maxLineBytes ? { line, offset, tooLong: true } : { line, offset, bytes: bytes.subarray(start, last) });
    offset += end + 1 - start;
    start = end + 1;
  }
}
