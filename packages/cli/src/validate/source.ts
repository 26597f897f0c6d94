import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import * as Effect from "effect/Effect";
import * as Stream from "effect/Stream";
import { inputError, InputError } from "./errors.js";

/** The bytes of the input (a file or stdin), with the file's size when known (for the progress bar). */
export interface ByteSource {
  readonly path: string;
  readonly size: number | undefined;
  readonly chunks: Stream.Stream<Uint8Array | string, InputError>;
}

const CHUNK_BYTES = 64 * 1024;

/** A file as a stream; the file handle is a scoped resource, closed however the stream ends. */
function fileChunks(path: string): Stream.Stream<string, InputError> {
  return Stream.unwrapScoped(
    Effect.acquireRelease(
      Effect.sync(() => createReadStream(path, { highWaterMark: CHUNK_BYTES, encoding: "utf8" })),
      (file) => Effect.sync(() => file.destroy()),
    ).pipe(Effect.map((file) => Stream.fromAsyncIterable<string, InputError>(file, (e) => inputError(path, e)))),
  );
}

/**
 * Opens `path`, or stdin for `-`. Fails with an {@link InputError} when the path does not exist, cannot
 * be read or is a directory. Pipes and devices are accepted (their size is unknown).
 */
export function openSource(path: string, stdin: AsyncIterable<Uint8Array | string>): Effect.Effect<ByteSource, InputError> {
  if (path === "-") {
    return Effect.succeed({ path, size: undefined, chunks: Stream.fromAsyncIterable(stdin, (e) => inputError(path, e)) });
  }
  return Effect.tryPromise({ try: () => stat(path), catch: (e) => inputError(path, e) }).pipe(
    Effect.filterOrFail(
      (info) => !info.isDirectory(),
      () => new InputError({ path, code: "not_a_file", reason: "directory" }),
    ),
    Effect.map((info) => ({ path, size: info.isFile() ? info.size : undefined, chunks: fileChunks(path) })),
  );
}

/** UTF-8 decoding across chunk boundaries; a leading byte-order mark is dropped. */
export function decodeUtf8<E>(chunks: Stream.Stream<Uint8Array | string, E>): Stream.Stream<string, E> {
  return Stream.suspend(() => {
    const decoder = new TextDecoder("utf-8");
    let first = true;
    const decode = (chunk: Uint8Array | string): string => {
      let text = typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true });
      if (first && text !== "") {
        first = false;
        if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      }
      return text;
    };
    return chunks.pipe(
      Stream.map(decode),
      Stream.concat(Stream.sync(() => decoder.decode())),
      Stream.filter((text) => text !== ""),
    );
  });
}

/** Byte length of a chunk (strings counted as UTF-8). */
export function byteLength(chunk: Uint8Array | string): number {
  return typeof chunk === "string" ? Buffer.byteLength(chunk) : chunk.byteLength;
}
