/**
 * The validation guide gives integrators a Python check (`load_i_json`, standard library only) that is
 * meant to give the verdicts of parseStrictJson. This test takes that code from the guide as printed,
 * runs it with Debian's Python 3 (scripts/system-requirements.mjs) on the same inputs, and compares:
 * accepted by one exactly when accepted by the other, and the same code where an input has one problem.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseStrictJson } from "@cchc/core";

const PYTHON = "/usr/bin/python3";
const guide = readFileSync(new URL("../../../docs/guides/validating-from-any-language.md", import.meta.url), "utf8");
const snippet = [...guide.matchAll(/^```text\n([\s\S]*?)^```/gm)].map((m) => m[1]!).find((code) => code.includes("def load_i_json"));

/** Python's verdict on each input: "ok", or the code its error names (json.* or invalid UTF-8). */
function pythonVerdicts(inputs: readonly Uint8Array[]): string[] {
  const driver = `${snippet}
import base64, json, sys
out = []
for line in sys.stdin.read().split("\\n"):
    try:
        load_i_json(base64.b64decode(line[1:]))
        out.append("ok")
    except UnicodeDecodeError:
        out.append("json.invalid_utf8")
    except json.JSONDecodeError:
        out.append("json.parse_error")
    except ValueError as error:
        out.append(str(error).split(":")[0])
print(json.dumps(out))
`;
  // One input per line, each after a "." so that an empty input is a line too.
  const input = inputs.map((bytes) => `.${Buffer.from(bytes).toString("base64")}`).join("\n");
  const run = spawnSync(PYTHON, ["-c", driver], { input, encoding: "utf8" });
  if (run.status !== 0) throw new Error(`python3 failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as string[];
}

const ours = (bytes: Uint8Array): string => {
  const result = parseStrictJson(bytes);
  return result.ok ? "ok" : result.error.code;
};

const unit = fc.constantFrom("a", ":", '"', "\\", "ệ", "😀", "\t", "\n", "\u0000", "\u0001", "\u001f", "\u007f", "\ud800", "\udfff", "\ufffe", "\ufdd0", "\u{1FFFF}");
const value = fc.jsonValue({ stringUnit: unit, maxDepth: 3 });
const ascii = (text: string): string => text.replace(/[^\t\n\r\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);

describe("the guide's Python check gives parseStrictJson's verdicts", () => {
  it("finds the snippet in the guide", () => {
    expect(snippet).toContain("object_pairs_hook");
  });

  it("on one example of each rule: the same code", () => {
    const cases = [
      '{"month": "2026-01", "month": "2026-02"}',
      '{"a": 1, "\\u0061": 2}',
      '"\\ud800"',
      '["\\udc00"]',
      '{"note": "\\u0000"}',
      '"\\b"',
      '"\\uFFFE"',
      '"\\udbff\\udfff"',
      '{"a": 1,}',
      "[NaN]",
      "",
      '\uFEFF{"ok": "Bắc Ninh 😀"}',
      '{"x": {"a": 1}, "y": {"a": 2}}',
    ].map((text) => new TextEncoder().encode(text));
    cases.push(Uint8Array.of(0x22, 0xc3, 0x28, 0x22), Uint8Array.of(0x22, 0xed, 0xa0, 0x80, 0x22), Uint8Array.of(0x22, 0xf4, 0x90, 0x80, 0x80, 0x22));
    expect(pythonVerdicts(cases)).toEqual(cases.map(ours));
  });

  it("on generated texts (raw and \\uXXXX-escaped, duplicates, broken bytes): accepted by one exactly when by the other", () => {
    const texts = fc.oneof(
      value.map((v) => JSON.stringify(v)),
      value.map((v) => ascii(JSON.stringify(v))),
      fc.tuple(fc.string({ unit: fc.constantFrom("a", "b", "ệ") }), value, value).map(([k, a, b]) => `{${JSON.stringify(k)}:${JSON.stringify(a)},${JSON.stringify(k)}:${JSON.stringify(b)}}`),
    );
    const inputs = fc.oneof(
      texts.map((t) => new TextEncoder().encode(t)),
      fc.tuple(texts, fc.nat(), fc.constantFrom(0x80, 0xc0, 0xed, 0xf5, 0xff)).map(([t, at, byte]) => {
        const bytes = new TextEncoder().encode(t);
        const copy = Uint8Array.from(bytes);
        if (copy.length > 0) copy[at % copy.length] = byte;
        return copy;
      }),
    );
    const sample = fc.sample(inputs, { numRuns: 2000, seed: 17 });
    const theirs = pythonVerdicts(sample);
    const mismatches = sample.map((bytes, i) => ({ bytes: Buffer.from(bytes).toString("latin1"), ours: ours(bytes), python: theirs[i]! })).filter((m) => (m.ours === "ok") !== (m.python === "ok"));
    expect(mismatches).toEqual([]);
  });
});
