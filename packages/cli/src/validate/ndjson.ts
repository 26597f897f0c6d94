import * as Option from "effect/Option";
import * as Stream from "effect/Stream";
import type { LineReport } from "../schemas/validation-report.js";
import { LineSplitter, type RawLine } from "./lines.js";

/**
 * NDJSON text → one report per non-blank line, in input order, in constant memory: lines are split as
 * chunks arrive (a line over `maxLineLength` characters is never held whole) and each line is parsed
 * and validated on its own, so a bad line never stops the stream.
 *
 * @param text - Decoded text chunks.
 * @param maxLineLength - Longest line kept, in UTF-16 code units.
 * @param toReport - Validates one line; `undefined` skips it (blank lines).
 */
export function ndjsonReports<E>(
  text: Stream.Stream<string, E>,
  maxLineLength: number,
  toReport: (raw: RawLine) => LineReport | undefined,
): Stream.Stream<LineReport, E> {
  return Stream.suspend(() => {
    const splitter = new LineSplitter(maxLineLength);
    return text.pipe(
      Stream.mapConcat((chunk) => splitter.push(chunk)),
      Stream.concat(Stream.suspend(() => Stream.fromIterable(splitter.end()))),
      Stream.filterMap((raw) => Option.fromNullable(toReport(raw))),
    );
  });
}
