import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { Lang } from "@cchc/core";
import * as Effect from "effect/Effect";
import type * as Scope from "effect/Scope";
import type { LineBlock } from "./line-blocks.js";
import type { RenderedLines } from "./render-lines.js";

/** What a worker needs to validate lines as the main thread would. */
export interface WorkerSetup {
  /** An id of the bin's own registry (workers cannot receive a registry's functions). */
  readonly schemaId: string;
  readonly shapeOnly: boolean;
  readonly lang: Lang;
  readonly json: boolean;
  readonly maxLineBytes: number;
}

/** A worker's answer to one block, with the block's buffer transferred back for reuse. */
export interface BlockReply extends RenderedLines {
  readonly seq: number;
  readonly buffer: ArrayBufferLike | undefined;
}

/** Validates blocks of lines on worker threads; answers in any order, the caller keeps the input order. */
export interface LinePool {
  readonly size: number;
  /** Starts the threads now (they warm up while this thread still validates); else the first `validate` does. */
  start(): void;
  /**
   * Posts a block to the next worker (the threads start on the first call); the block's buffer is
   * transferred, not copied, and handed to `recycle` when the answer brings it back.
   */
  validate(block: LineBlock, recycle: (buffer: ArrayBufferLike) => void): Promise<RenderedLines>;
}

/** The worker script, next to this module in the bin's dist/bin-lazy/ (absent from the library build). */
const WORKER_URL = new URL("./ndjson-worker.js", import.meta.url);

/** Whether worker threads can be used: the bin ships the worker script; the library entry and the sources do not. */
export function workersAvailable(): boolean {
  return WORKER_URL.protocol === "file:" && existsSync(fileURLToPath(WORKER_URL));
}


interface Pending {
  readonly resolve: (reply: BlockReply) => void;
  readonly reject: (error: Error) => void;
}

/**
 * `size` worker threads as a scoped resource, started by `start` or the first block posted (an input
 * validated by the calling thread alone never pays for them) and terminated when the scope closes, however the run ends. Blocks go round-robin; a
 * worker that fails (it never should: validation does not throw) fails every block it holds.
 */
export function openLinePool(size: number, setup: WorkerSetup): Effect.Effect<LinePool, never, Scope.Scope> {
  const workers: Worker[] = [];
  const pending: Map<number, Pending>[] = [];
  const start = (): void => {
    if (workers.length > 0) return;
    for (let i = 0; i < size; i++) {
      const worker = new Worker(WORKER_URL, { workerData: setup });
      const held = new Map<number, Pending>();
      const failAll = (error: Error) => {
        for (const p of held.values()) p.reject(error);
        held.clear();
      };
      worker.on("message", (reply: BlockReply) => {
        const p = held.get(reply.seq);
        held.delete(reply.seq);
        p?.resolve(reply);
      });
      worker.on("error", failAll);
      worker.on("exit", (code) => failAll(new Error(`NDJSON worker exited with code ${code}`)));
      workers.push(worker);
      pending.push(held);
    }
  };
  let seq = 0;
  const pool: LinePool = {
    size,
    start,
    validate: (block, recycle) =>
      new Promise<RenderedLines>((resolve, reject) => {
        start();
        const id = seq++;
        const i = id % size;
        const answered = (reply: BlockReply): void => {
          if (reply.buffer) recycle(reply.buffer);
          resolve(reply);
        };
        pending[i]!.set(id, { resolve: answered, reject });
        workers[i]!.postMessage({ seq: id, block }, block.bytes === undefined ? [] : [block.bytes.buffer as ArrayBuffer]);
      }),
  };
  return Effect.acquireRelease(Effect.succeed(pool), () => Effect.promise(() => Promise.all(workers.map((w) => w.terminate()))));
}
