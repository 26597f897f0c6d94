import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { Lang } from "@cchc/core";
import * as Effect from "effect/Effect";
import type * as Scope from "effect/Scope";
import type { LineBatch } from "./line-batch.js";
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

/** A worker's answer to one batch. */
export interface BatchReply extends RenderedLines {
  readonly seq: number;
}

/** Validates batches on worker threads; answers in any order, the caller keeps the input order. */
export interface LinePool {
  readonly size: number;
  validate(batch: LineBatch): Promise<RenderedLines>;
}

/** The worker script, next to this module in the bin's dist/bin-lazy/ (absent from the library build). */
const WORKER_URL = new URL("./ndjson-worker.js", import.meta.url);

/** Whether worker threads can be used: the bin ships the worker script; the library entry and the sources do not. */
export function workersAvailable(): boolean {
  return WORKER_URL.protocol === "file:" && existsSync(fileURLToPath(WORKER_URL));
}


interface Pending {
  readonly resolve: (rendered: RenderedLines) => void;
  readonly reject: (error: Error) => void;
}

/**
 * `size` worker threads as a scoped resource: terminated when the scope closes, however the run ends.
 * Batches go round-robin; a worker that fails (it never should: validation does not throw) fails every
 * batch it holds.
 */
export function openLinePool(size: number, setup: WorkerSetup): Effect.Effect<LinePool, never, Scope.Scope> {
  const acquire = Effect.sync(() => {
    const workers = Array.from({ length: size }, () => new Worker(WORKER_URL, { workerData: setup }));
    const pending = workers.map(() => new Map<number, Pending>());
    workers.forEach((worker, i) => {
      const failAll = (error: Error) => {
        for (const p of pending[i]!.values()) p.reject(error);
        pending[i]!.clear();
      };
      worker.on("message", (reply: BatchReply) => {
        const p = pending[i]!.get(reply.seq);
        pending[i]!.delete(reply.seq);
        p?.resolve(reply);
      });
      worker.on("error", failAll);
      worker.on("exit", (code) => failAll(new Error(`NDJSON worker exited with code ${code}`)));
    });
    let seq = 0;
    const pool: LinePool = {
      size,
      validate: (batch) =>
        new Promise<RenderedLines>((resolve, reject) => {
          const id = seq++;
          const i = id % size;
          pending[i]!.set(id, { resolve, reject });
          workers[i]!.postMessage({ seq: id, batch }, [batch.bytes.buffer as ArrayBuffer, batch.meta.buffer as ArrayBuffer]);
        }),
    };
    return { pool, workers };
  });
  return Effect.acquireRelease(acquire, ({ workers }) => Effect.promise(() => Promise.all(workers.map((w) => w.terminate())))).pipe(
    Effect.map(({ pool }) => pool),
  );
}
