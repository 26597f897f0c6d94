import * as Option from "effect/Option";
import * as Stream from "effect/Stream";
import type { LineReport } from "../schemas/validation-report.js";
import { LineSplitter, type RawLine } from "./lines.js";

/**
 * NDJSON bytes → one report per non-blank line, in input order, in constant memory: lines are split as
 * chunks arrive (a line over `maxLineBytes` is never held whole) and each line is decoded, parsed and
 * validated on its own, so a bad line never stops the stream.
 *
 * @param bytes - The input's byte chunks.
 * @param maxLineBytes - Longest line kept, in bytes.
 * @param toReport - Validates one line; `undefined` skips it (blank lines).
 */
export function ndjsonReports<E>(
  bytes: Stream.Stream<Uint8Array, E>,
  maxLineBytes: number,
  toReport: (raw: RawLine) => LineReport | undefined,
): Stream.Stream<LineReport, E> {
  return Stream.suspend(() => {
    const splitter = new LineSplitter(maxLineBytes);
    return bytes.pipe(
      Stream.mapConcat((chunk) => splitter.push(chunk)),
      Stream.concat(Stream.suspend(() => Stream.fromIterable(splitter.end()))),
      Stream.filterMap((raw) => Option.fromNullable(toReport(raw))),
    );
  });
}
