/** One physical input line: its 1-based number and text, or a marker that it was too long to keep. */
export type RawLine =
  | { readonly line: number; readonly text: string; readonly tooLong?: undefined }
  | { readonly line: number; readonly text?: undefined; readonly tooLong: true };

/**
 * Splits decoded text into lines (`\n`, with an optional `\r` before it) with bounded memory: a line
 * longer than `maxLength` characters is not kept — it is reported as `tooLong` and the rest of it is
 * skipped up to the next newline. Stateful; one instance per input.
 */
export class LineSplitter {
  private parts: string[] = [];
  private length = 0;
  private overflow = false;
  private line = 0;

  constructor(private readonly maxLength: number) {}

  /** Feeds a chunk of text; returns the lines it completes. */
  push(chunk: string): RawLine[] {
    const out: RawLine[] = [];
    let start = 0;
    for (let nl = chunk.indexOf("\n"); nl >= 0; nl = chunk.indexOf("\n", start)) {
      this.append(chunk.slice(start, nl));
      out.push(this.take());
      start = nl + 1;
    }
    this.append(chunk.slice(start));
    return out;
  }

  /** Ends the input; returns the last line when it had no final newline. */
  end(): RawLine[] {
    return this.length > 0 || this.overflow ? [this.take()] : [];
  }

  private append(piece: string): void {
    if (piece === "" || this.overflow) return;
    // One extra character of room for a "\r" that a following "\n" turns into a line ending.
    if (this.length + piece.length > this.maxLength + 1) {
      this.overflow = true;
      this.parts = [];
      this.length = 0;
      return;
    }
    this.parts.push(piece);
    this.length += piece.length;
  }

  private take(): RawLine {
    this.line += 1;
    const line = this.line;
    if (this.overflow) {
      this.overflow = false;
      return { line, tooLong: true };
    }
    let text = this.parts.length === 1 ? this.parts[0]! : this.parts.join("");
    this.parts = [];
    this.length = 0;
    if (text.endsWith("\r")) text = text.slice(0, -1);
    if (text.length > this.maxLength) return { line, tooLong: true };
    return { line, text };
  }
}
