/**
 * Recycled buffers for blocks of NDJSON lines. A fresh 1 MiB `ArrayBuffer` per block is memory outside
 * V8's heap, and V8 answers every 64 MB of it with a full (mark-compact) collection: on a 440 MB input
 * that was 25–28 full collections and about a tenth of the reading thread's time (measured with
 * `--trace-gc`). A block's buffer comes back when the block is validated — from a worker thread it is
 * transferred back with the answer — and serves the next block, so the buffers in use stay as many as
 * the blocks in flight.
 */
export class BlockBuffers {
  private readonly free: ArrayBuffer[] = [];

  /** @param minBytes - Smallest buffer made (one read chunk), so that most blocks fit any buffer. */
  constructor(private readonly minBytes: number) {}

  /** A buffer of at least `size` bytes, recycled when one is free and large enough. */
  take = (size: number): Uint8Array => {
    const at = this.free.findIndex((buffer) => buffer.byteLength >= size);
    const buffer = at >= 0 ? this.free.splice(at, 1)[0]! : new ArrayBuffer(Math.max(size, this.minBytes));
    return new Uint8Array(buffer);
  };

  /** Gives a buffer back (a block's, once validated); oversized ones (a long line's) are dropped. */
  give(buffer: ArrayBufferLike): void {
    if (buffer instanceof ArrayBuffer && buffer.byteLength === this.minBytes) this.free.push(buffer);
  }
}
