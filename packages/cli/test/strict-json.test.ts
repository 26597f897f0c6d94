/**
 * I-JSON at the CLI's doors (issue 17 §1): `cchc validate` on a file, on stdin and on every NDJSON line
 * decodes UTF-8 strictly and refuses lone surrogates, noncharacters, control characters other than tab,
 * CR and LF, and duplicate member names — each with its code, the byte offset (and the line for NDJSON),
 * and the JSON Pointer of the value concerned. Before, invalid UTF-8 was replaced by U+FFFD and all of
 * these validated.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { LineReport } from "@cchc/cli";
import { validTally } from "./fixtures/test-schema.js";
import { run } from "./helpers.js";

const dir = mkdtempSync(join(tmpdir(), "cchc-strict-json-"));
const utf8 = (text: string): Buffer => Buffer.from(text, "utf8");
const good = JSON.stringify(validTally(1));

/** A valid tally whose `unit` text is `before` + the bad part + `after`, as bytes; `at` is the bad part's offset. */
function tallyWith(bad: Uint8Array | string, before = "Báo Bắc Ninh "): { bytes: Buffer; at: number } {
  const [head, tail] = JSON.stringify({ ...(validTally(1) as object), unit: `${before}\u0000` }).split("\\u0000") as [string, string];
  const badBytes = typeof bad === "string" ? utf8(bad) : Buffer.from(bad);
  return { bytes: Buffer.concat([utf8(head), badBytes, utf8(tail)]), at: utf8(head).length };
}

interface BadInput {
  readonly name: string;
  readonly code: string;
  readonly path: string;
  readonly input: { bytes: Buffer; at: number };
}

const duplicate = (() => {
  const text = good.replace('"month":"2026-03"', '"month":"2026-03","month":"2026-04"');
  return { bytes: utf8(text), at: utf8(text).indexOf('"month":"2026-04"') };
})();

const badInputs: readonly BadInput[] = [
  { name: "invalid UTF-8 in a text field", code: "json.invalid_utf8", path: "", input: tallyWith(Uint8Array.of(0xe1, 0xba)) },
  { name: "a lone surrogate escape", code: "json.lone_surrogate", path: "/unit", input: tallyWith("\\ud800") },
  { name: "\\u0000 in free text", code: "json.control_character", path: "/unit", input: tallyWith("\\u0000") },
  { name: "an escape sequence (ESC) in free text", code: "json.control_character", path: "/unit", input: tallyWith("\\u001b[2J") },
  { name: "a noncharacter", code: "json.noncharacter", path: "/unit", input: tallyWith("\uFFFF") },
  { name: "a duplicate member name", code: "json.duplicate_key", path: "/month", input: duplicate },
];

describe.each(badInputs)("cchc validate refuses $name", ({ code, path, input }) => {
  it("in a file: exit 1, the issue with its code, pointer and byte offset (--json, en)", async () => {
    const file = join(dir, `${code}.json`);
    writeFileSync(file, input.bytes);
    const r = await run(["validate", "test-tally", file, "--json", "--lang", "en"]);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { valid: boolean; issues: { path: string; code: string; message: string }[] };
    expect(out.valid).toBe(false);
    expect(out.issues).toEqual([{ path, code, message: expect.stringContaining(`at byte ${input.at}`) }]);
  });

  it("on stdin, in chunks that split the bad bytes: the same verdict, in Vietnamese by default", async () => {
    const chunks = [input.bytes.subarray(0, input.at + 1), input.bytes.subarray(input.at + 1)];
    const r = await run(["validate", "test-tally", "-"], { stdin: chunks });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("✖ Không hợp lệ theo lược đồ test-tally: 1 lỗi.");
    expect(r.stdout).toContain(`tại byte ${input.at}`);
    expect(r.stdout).toContain(`[${code}]`);
    expect(r.stdout).not.toContain("Hợp lệ theo");
  });

  it("on an NDJSON line: that line is invalid with its line number and absolute byte offset; the others validate", async () => {
    const lines = [utf8(good), utf8(good), input.bytes, utf8(good)];
    const stdin = Buffer.concat(lines.flatMap((l) => [l, utf8("\n")]));
    const offset = lines[0]!.length + 1 + lines[1]!.length + 1 + input.at;
    const r = await run(["validate", "test-tally", "-", "--ndjson", "--json", "--lang", "en"], { stdin: [stdin] });
    expect(r.code).toBe(1);
    const reports = r.stdout.trim().split("\n").map((l) => JSON.parse(l) as LineReport);
    expect(reports.map((l) => [l.line, l.valid])).toEqual([
      [1, true],
      [2, true],
      [3, false],
      [4, true],
    ]);
    expect(reports[2]!.issues).toEqual([{ path, code, message: expect.stringContaining(`at byte ${offset} (line 3)`) }]);
    expect(r.stderr).toMatch(/^4 line\(s\): 3 valid, 1 invalid/);
  });
});

describe("cchc validate: what stays accepted", () => {
  it("a byte-order mark, CRLF line ends, escaped tab/CR/LF and emoji", async () => {
    const text = JSON.stringify({ ...(validTally(2) as object), unit: "Báo\tBắc\r\nNinh 📺" });
    const file = join(dir, "bom.json");
    writeFileSync(file, Buffer.concat([Buffer.of(0xef, 0xbb, 0xbf), utf8(text)]));
    expect((await run(["validate", "test-tally", file])).code).toBe(0);
    const ndjson = await run(["validate", "test-tally", "-", "--ndjson"], { stdin: [Buffer.of(0xef, 0xbb, 0xbf), utf8(`${text}\r\n${good}\r\n`)] });
    expect(ndjson.code).toBe(0);
    expect(ndjson.stdout).toMatch(/^2 dòng: 2 hợp lệ, 0 không hợp lệ/);
  });

  it("blank lines (spaces, a lone CR, non-breaking spaces) are still skipped, not reported", async () => {
    const r = await run(["validate", "test-tally", "-", "--ndjson", "--json"], { stdin: `${good}\n   \n\r\n\u00a0\u3000\n${good}\n` });
    expect(r.stdout.trim().split("\n").map((l) => (JSON.parse(l) as LineReport).line)).toEqual([1, 5]);
  });
});
