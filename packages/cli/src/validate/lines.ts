/**
 * One physical input line: its 1-based number, the offset of its first byte in the input, and its
 * bytes (without the line ending) — or a marker that it was too long to keep.
 */
export type RawLine =
  | { readonly line: number; readonly offset: number; readonly bytes: Uint8Array; readonly tooLong?: undefined }
  | { readonly line: number; readonly offset: number; readonly bytes?: undefined; readonly tooLong: true };

const LF = 0x0a;
const CR = 0x0d;

/**
 * Splits raw bytes into lines (`\n`, with an optional `\r` before it) with bounded memory. Splitting
 * happens before decoding, so that each line is decoded strictly on its own and a bad byte is reported
 * with its line and offset (a newline byte never occurs inside a UTF-8 multi-byte character). A line
 * longer than `maxBytes` is not kept — it is reported as `tooLong` and the rest of it is skipped up to
 * the next newline. Stateful; one instance per input.
 */
export class LineSplitter {
  private parts: Uint8Array[] = [];
  private length = 0;
  private overflow = false;
  private line = 0;
  /** Offset of the current line's first byte, and how many of its bytes were seen so far. */
  private lineStart = 0;
  private seen = 0;

  constructor(private readonly maxBytes: number) {}

  /** Feeds a chunk of bytes; returns the lines it completes. */
  push(chunk: Uint8Array): RawLine[] {
    const out: RawLine[] = [];
    let start = 0;
    for (let nl = chunk.indexOf(LF); nl >= 0; nl = chunk.indexOf(LF, start)) {
      this.append(chunk.subarray(start, nl));
      out.push(this.take(1));
      start = nl + 1;
    }
    this.append(chunk.subarray(start));
    return out;
  }

  /** Ends the input; returns the last line when it had no final newline. */
  end(): RawLine[] {
    return this.seen > 0 ? [this.take(0)] : [];
  }

  private append(piece: Uint8Array): void {
    this.seen += piece.length;
    if (piece.length === 0 || this.overflow) return;
    // One extra byte of room for a "\r" that a following "\n" turns into a line ending.
    if (this.length + piece.length > this.maxBytes + 1) {
      this.overflow = true;
      this.parts = [];
      this.length = 0;
      return;
    }
    this.parts.push(piece);
    this.length += piece.length;
  }

  private take(newlineBytes: number): RawLine {
    this.line += 1;
    const { line, lineStart: offset } = this;
    this.lineStart += this.seen + newlineBytes;
    this.seen = 0;
    if (this.overflow) {
      this.overflow = false;
      return { line, offset, tooLong: true };
    }
    let bytes = this.parts.length === 1 ? this.parts[0]! : Buffer.concat(this.parts, this.length);
    this.parts = [];
    this.length = 0;
    if (bytes[bytes.length - 1] === CR) bytes = bytes.subarray(0, -1);
    if (bytes.length > this.maxBytes) return { line, offset, tooLong: true };
    return { line, offset, bytes };
  }
}
