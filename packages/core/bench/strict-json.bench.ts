/**
 * Strict JSON decoding (parseStrictJson: fatal UTF-8, I-JSON checks with byte offsets) against the named
 * baseline of every lenient reader — `JSON.parse` (after a non-fatal `TextDecoder` for bytes) — on the
 * same payloads, from one run: 100 monthly media reports (~4 kB each, variations of the shipped example
 * of @cchc/reports). The ratio is the price of the strict verdict on the fast path (no exact scan):
 * a regular expression, `isWellFormed`, a count of `:` and a walk over the parsed value.
 *
 * Two more suites show the texts that take other paths: JSON written by Python's `json.dumps` (every
 * non-ASCII letter as `\uXXXX`, so the escape test runs), and a report with an emoji in a title — a
 * surrogate pair, which sends the text through the exact scanner.
 */
import { readFileSync } from "node:fs";
import { parseStrictJson } from "@cchc/core/json";
import { suite } from "../../../scripts/bench-harness.js";

const example = readFileSync(new URL("../../reports/examples/monthly-media-report.valid.json", import.meta.url), "utf8");
const reports = Array.from({ length: 100 }, (_, i) => JSON.stringify({ ...(JSON.parse(example) as object), reportId: `BPTTH-${i}` }));
// Node hands HTTP bodies and file chunks over as Buffers.
const bytes = reports.map((text) => Buffer.from(text));
const pythonStyle = reports.map((text) => text.replace(/[^\t\n\r\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`));
const withEmoji = reports.map((text) => text.replace('"reportId":"', '"reportId":"📺 '));

for (const set of [reports, pythonStyle, withEmoji]) {
  for (const text of set) if (!parseStrictJson(text).ok) throw new Error("a valid payload is refused");
}

const lenient = new TextDecoder();
let sink = 0;
const each =
  <T>(inputs: readonly T[], parse: (input: T) => unknown) =>
  () => {
    for (const input of inputs) sink += parse(input) === undefined ? 0 : 1;
  };

await suite("strict JSON: 100 monthly media reports as UTF-8 bytes (HTTP body, file, NDJSON line)", {
  name: "baseline: TextDecoder (lenient) + JSON.parse",
  fn: each(bytes, (b) => JSON.parse(lenient.decode(b))),
}, [{ name: "parseStrictJson(bytes)", fn: each(bytes, (b) => parseStrictJson(b)) }]);

await suite("strict JSON: the same 100 reports as text", { name: "baseline: JSON.parse", fn: each(reports, (t) => JSON.parse(t)) }, [
  { name: "parseStrictJson(text)", fn: each(reports, (t) => parseStrictJson(t)) },
]);

await suite("strict JSON: the same reports as Python's json.dumps writes them (\\uXXXX escapes)", {
  name: "baseline: JSON.parse",
  fn: each(pythonStyle, (t) => JSON.parse(t)),
}, [{ name: "parseStrictJson(text)", fn: each(pythonStyle, (t) => parseStrictJson(t)) }]);

await suite("strict JSON: reports with an emoji in a field (exact scan)", { name: "baseline: JSON.parse", fn: each(withEmoji, (t) => JSON.parse(t)) }, [
  { name: "parseStrictJson(text)", fn: each(withEmoji, (t) => parseStrictJson(t)) },
]);
if (sink === 42) console.log("");
