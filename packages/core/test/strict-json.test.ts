import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { catalogueProblems, parseStrictJson, strictJsonIssue, strictJsonMessages, type CchcError } from "@cchc/core";
import * as jsonEntry from "@cchc/core/json";
import { strictJsonFragments } from "../src/json/messages.js";
import { needsExactScan } from "../src/json/precheck.js";
import { findJsonProblem } from "../src/json/scan.js";
import { invalidUtf8Offset } from "../src/json/utf8.js";

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

function refused(input: string | Uint8Array, options?: Parameters<typeof parseStrictJson>[1]): CchcError {
  const result = parseStrictJson(input, options);
  if (result.ok) throw new Error(`accepted: ${JSON.stringify(result.value)}`);
  return result.error;
}

/** What I-JSON forbids in a decoded string: lone surrogates, noncharacters, C0 controls but tab, LF, CR. */
function stringIsIJson(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i)!;
    if (cp > 0xffff) i++;
    if (cp >= 0xd800 && cp <= 0xdfff) return false;
    if (cp < 0x20 && cp !== 0x09 && cp !== 0x0a && cp !== 0x0d) return false;
    if ((cp >= 0xfdd0 && cp <= 0xfdef) || (cp & 0xfffe) === 0xfffe) return false;
  }
  return true;
}

/** Whether every string (member names included) of a JSON value is I-JSON. */
function valueIsIJson(value: unknown): boolean {
  if (typeof value === "string") return stringIsIJson(value);
  if (Array.isArray(value)) return value.every(valueIsIJson);
  if (typeof value === "object" && value !== null) return Object.entries(value).every(([k, v]) => stringIsIJson(k) && valueIsIJson(v));
  return true;
}

/** Characters that exercise every rule: ASCII, colons and escapes, Vietnamese, a pair, halves, controls, noncharacters. */
const unit = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom("a", "Z", "0", " ", ":", '"', "\\", "/", "ệ", "Đ", "ữ", "\u00a0", "\t", "\n", "\r") },
  { weight: 1, arbitrary: fc.constantFrom("😀", "\u{1F600}", "\u{10FFFD}", "\u{1FFFD}") },
  { weight: 1, arbitrary: fc.constantFrom("\ud800", "\udfff", "\udbff", "\u0000", "\u0001", "\u0008", "\u000c", "\u001f", "\u007f", "\ufffe", "\uffff", "\ufdd0", "\u{1FFFE}", "\u{10FFFF}") },
);
const anyValue = fc.jsonValue({ stringUnit: unit, maxDepth: 4 });
const cleanValue = anyValue.filter(valueIsIJson);

/** JSON text as Python's json.dumps writes it by default: every non-ASCII UTF-16 unit as \uXXXX. */
function asciiOnly(text: string): string {
  return text.replace(/[^\t\n\r\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
const escapeEverything = (text: string): string =>
  text.replace(/[\s\S]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);

describe("parseStrictJson: what it accepts", () => {
  it("returns JSON.parse's value for ordinary JSON, from text and from UTF-8 bytes", () => {
    const text = '{"month": "2026-01", "sections": [{"name": "Thời sự", "items": 3}], "ok": true, "none": null}';
    expect(parseStrictJson(text)).toEqual({ ok: true, value: JSON.parse(text) });
    expect(parseStrictJson(utf8(text))).toEqual({ ok: true, value: JSON.parse(text) });
  });

  it("accepts a leading UTF-8 byte-order mark (bytes and text), and tab, LF, CR written as escapes", () => {
    expect(parseStrictJson(Uint8Array.of(0xef, 0xbb, 0xbf, 0x31))).toEqual({ ok: true, value: 1 });
    expect(parseStrictJson('\uFEFF{"a":"x\\ty\\nz\\r\\u0009"}')).toEqual({ ok: true, value: { a: "x\ty\nz\r\t" } });
  });

  it("accepts surrogate pairs, raw, escaped or mixed, and the same name in different objects", () => {
    expect(parseStrictJson('["😀", "\\ud83d\\ude00", "\\ud83d\ude00"]')).toEqual({ ok: true, value: ["😀", "😀", "😀"] });
    expect(parseStrictJson('{"x": {"a": 1}, "y": {"a": 2}, "z": [{"a": 3}, {"a": 4}]}').ok).toBe(true);
  });

  it("a JSON value with no forbidden character parses to JSON.parse's value, however it is written (property)", () => {
    fc.assert(
      fc.property(cleanValue, fc.constantFrom(0, 2), fc.boolean(), (value, indent, ascii) => {
        const compact = JSON.stringify(value, null, indent);
        const text = ascii ? asciiOnly(compact) : compact;
        expect(parseStrictJson(text)).toEqual({ ok: true, value: JSON.parse(text) });
        expect(parseStrictJson(utf8(text))).toEqual({ ok: true, value: JSON.parse(text) });
      }),
      { numRuns: 400 },
    );
  });
});

describe("parseStrictJson: what it refuses, with the byte offset", () => {
  it("invalid UTF-8 is json.invalid_utf8 at the first bad byte, never replaced by U+FFFD", () => {
    const bytes = Uint8Array.of(...utf8('{"tên":"Bắc'), 0xe1, 0xba, ...utf8('"}'));
    const error = refused(bytes);
    expect(error.code).toBe("json.invalid_utf8");
    expect(error.params).toEqual({ offset: 14, byte: "E1" });
    expect(bytes[14]).toBe(0xe1);
    expect(error.localized("en")).toBe("The data is not valid UTF-8 text: invalid byte sequence (0xE1) at byte 14.");
    expect(error.localized()).toBe("Dữ liệu không phải văn bản UTF-8 hợp lệ: chuỗi byte sai (0xE1) tại byte 14.");
  });

  it.each([
    ["a surrogate encoded in UTF-8 (CESU)", [0x22, 0xed, 0xa0, 0x80, 0x22], 1],
    ["an overlong encoding", [0x22, 0xc0, 0xaf, 0x22], 1],
    ["a stray continuation byte", [0x22, 0x61, 0x80, 0x22], 2],
    ["a byte never used in UTF-8", [0x22, 0xff, 0x22], 1],
    ["a code point above U+10FFFF", [0x22, 0xf4, 0x90, 0x80, 0x80, 0x22], 1],
    ["a truncated sequence at the end", [0x22, 0x61, 0xe1], 2],
  ])("%s is json.invalid_utf8", (_, bytes, offset) => {
    expect(refused(Uint8Array.from(bytes)).params).toMatchObject({ offset });
  });

  it("a lone surrogate, escaped or raw, is json.lone_surrogate with the pointer of its value", () => {
    const escaped = refused('{"title": "A\\ud800B"}');
    expect(escaped.code).toBe("json.lone_surrogate");
    expect(escaped.params).toEqual({ offset: 12, codePoint: "U+D800", pointer: "/title" });
    expect(escaped.localized("en")).toBe(
      "A string holds the lone surrogate U+D800 at byte 12: it is not a Unicode character (I-JSON, RFC 7493 §2.1).",
    );
    expect(refused('["\\udc00\\ud800"]').params).toMatchObject({ offset: 2, codePoint: "U+DC00", pointer: "/0" });
    expect(refused('["\\ud83d\\u0041"]').params).toMatchObject({ offset: 2, codePoint: "U+D83D" });
    expect(refused('["\\ud83d"]').params).toMatchObject({ offset: 2, codePoint: "U+D83D" });
    // In a member name, the pointer is that of the object.
    expect(refused('{"a\ud800": 1}').params).toMatchObject({ offset: 3, pointer: "" });
    expect(refused('{"a\ud800": 1}').code).toBe("json.lone_surrogate");
  });

  it("U+0000 and other control characters, escaped or raw, are json.control_character; tab, LF, CR are not", () => {
    const nul = refused('{"note": "x\\u0000"}');
    expect(nul.code).toBe("json.control_character");
    expect(nul.params).toEqual({ offset: 11, codePoint: "U+0000", pointer: "/note" });
    expect(nul.localized()).toBe("Chuỗi chứa ký tự điều khiển U+0000 tại byte 11; chỉ cho phép tab, CR và LF.");
    expect(refused('["\\b"]').params).toMatchObject({ codePoint: "U+0008", offset: 2 });
    expect(refused('["\\f"]').params).toMatchObject({ codePoint: "U+000C", offset: 2 });
    expect(refused('["\u001b[31m"]').params).toMatchObject({ codePoint: "U+001B", offset: 2 });
    expect(refused('["\\u001F"]').code).toBe("json.control_character");
    // Raw tab inside a string is a JSON syntax error (it must be escaped), not a forbidden character.
    expect(refused('["a\tb"]').code).toBe("json.parse_error");
  });

  it("Unicode noncharacters, escaped or raw, are json.noncharacter", () => {
    expect(refused('["\\uFFFE"]').params).toMatchObject({ codePoint: "U+FFFE", offset: 2 });
    expect(refused('["\ufdd0"]').params).toMatchObject({ codePoint: "U+FDD0", offset: 2 });
    expect(refused('["\\ud83f\\udfff"]').params).toMatchObject({ codePoint: "U+1FFFF", offset: 2 });
    expect(refused('["ệ\u{10FFFE}"]').params).toMatchObject({ codePoint: "U+10FFFE", offset: 5 });
  });

  it("a duplicate member name is json.duplicate_key at its second occurrence, however it is spelled", () => {
    const error = refused('{"month": "2026-01", "month": "2026-02"}');
    expect(error.code).toBe("json.duplicate_key");
    expect(error.params).toEqual({ offset: 21, name: '"month"', pointer: "/month" });
    expect(error.localized()).toBe(
      'Tên trường "month" xuất hiện hai lần trong cùng một đối tượng tại byte 21; mỗi tên chỉ được có một lần (I-JSON, RFC 7493 §2.3).',
    );
    expect(refused('{"a": 1, "\\u0061": 2}').params).toMatchObject({ offset: 9, pointer: "/a" });
    expect(refused('{"__proto__": {}, "__proto__": {}}').code).toBe("json.duplicate_key");
    expect(refused('{"s": [{"x": 1}, {"x": 1, "y": 2, "x": 3}]}').params).toMatchObject({ pointer: "/s/1/x" });
    expect(refused('{"a/b~": {"k": 1, "k": 2}}').params).toMatchObject({ pointer: "/a~1b~0/k" });
    // A long name is shortened in the message, and a control character in it is shown escaped.
    const long = "x".repeat(100);
    expect(refused(`{"${long}": 1, "${long}": 2}`).params["name"]).toBe(JSON.stringify(`${"x".repeat(60)}…`));
    expect(refused('{"\\u001b[2J": 1}').code).toBe("json.control_character");
  });

  it("ordinary syntax errors are json.parse_error naming the character found, or the end of the text", () => {
    expect(refused('{"a": 1,}').params).toEqual({ offset: 8, found: "}" });
    expect(refused('{"a": 1,}').localized("en")).toBe("Not valid JSON: unexpected character “}” at byte 8.");
    expect(refused('{"unit": ').params).toEqual({ offset: 9, found: "" });
    expect(refused('{"unit": ').localized()).toBe("Không phải JSON hợp lệ: văn bản kết thúc giữa chừng tại byte 9.");
    expect(refused("").params).toEqual({ offset: 0, found: "" });
    expect(refused("\uFEFF").params).toEqual({ offset: 3, found: "" });
    expect(refused("[1, 2, tru]").params).toMatchObject({ offset: 10, found: "]" });
    expect(refused("01").params).toMatchObject({ offset: 1, found: "1" });
    expect(refused("[1] [2]").params).toMatchObject({ offset: 4, found: "[" });
    expect(refused("[NaN]").params).toMatchObject({ offset: 1, found: "N" });
    expect(refused('["\\x"]').params).toMatchObject({ offset: 3, found: "x" });
    expect(refused('["\\u12G4"]').params).toMatchObject({ offset: 6, found: "G" });
    expect(refused("[\u00a0]").params).toMatchObject({ offset: 1, found: "U+00A0" });
    expect(refused("ư").params).toMatchObject({ offset: 0, found: "ư" });
  });

  it("offsets count UTF-8 bytes of the input as given, BOM included, plus byteOffset; line is named", () => {
    const text = '\uFEFF{"tiêu đề": "Cải cách", "tiêu đề": 1}';
    const fromText = refused(text);
    const fromBytes = refused(utf8(text));
    expect(fromText.params).toEqual(fromBytes.params);
    expect(new TextDecoder().decode(utf8(text).subarray(Number(fromText.params["offset"]))).startsWith('"tiêu đề": 1')).toBe(true);
    const inStream = refused(utf8('{"a":"\\u0000"}'), { byteOffset: 1000, line: 7 });
    expect(inStream.params).toMatchObject({ offset: 1006, line: 7 });
    expect(inStream.localized("en")).toBe("A string holds the control character U+0000 at byte 1006 (line 7); only tab, CR and LF are allowed.");
    expect(inStream.localized()).toBe("Chuỗi chứa ký tự điều khiển U+0000 tại byte 1006 (dòng 7); chỉ cho phép tab, CR và LF.");
  });

  it("any text with a duplicated member name is refused at that member's opening quote (property)", () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string({ unit: fc.constantFrom("a", "b", ":", "ệ", '"', "\\", "😀") }), cleanValue, { minKeys: 1, maxKeys: 5 }),
        cleanValue,
        fc.nat(),
        fc.boolean(),
        fc.array(cleanValue, { maxLength: 3 }),
        (object, repeated, pick, ascii, siblings) => {
          const names = Object.keys(object);
          const name = names[pick % names.length]!;
          const members = names.map((k) => `${JSON.stringify(k)}:${JSON.stringify(object[k])}`);
          const before = `[${siblings.map((s) => `${JSON.stringify(s)},`).join("")}{${members.join(",")},`;
          const encode = ascii ? asciiOnly : (s: string) => s;
          const text = encode(`${before}${JSON.stringify(name)}:${JSON.stringify(repeated)}}]`);
          const error = refused(text);
          expect(error.code).toBe("json.duplicate_key");
          const offset = Number(error.params["offset"]);
          expect(offset).toBe(utf8(encode(before)).length);
          expect(utf8(text)[offset]).toBe(0x22);
          expect(error.params["pointer"]).toBe(`/${siblings.length}/${name.replace(/~/g, "~0").replace(/\//g, "~1")}`);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("a forbidden character put anywhere in a string is refused at its byte, raw or escaped (property)", () => {
    const forbidden = fc.constantFrom("\ud800", "\udbff", "\udc00", "\u0000", "\u0001", "\u0008", "\u000c", "\u001f", "\ufffe", "\uffff", "\ufdef", "\u{1FFFE}", "\u{10FFFF}");
    const codes: Record<string, string> = { "\ud800": "json.lone_surrogate", "\udbff": "json.lone_surrogate", "\udc00": "json.lone_surrogate" };
    fc.assert(
      fc.property(cleanValue, fc.string({ unit: fc.constantFrom("a", "ệ", "😀", ":", " ") }), forbidden, fc.boolean(), (value, prefix, bad, escape) => {
        const head = `[${JSON.stringify(value)},"${prefix}`;
        const written = escape ? escapeEverything(bad) : bad;
        // JSON.stringify would escape a raw control character; raw C0 controls are written as they are.
        const text = `${head}${written}"]`;
        const error = refused(text);
        const expected = codes[bad] ?? (bad.codePointAt(0)! < 0x20 ? "json.control_character" : "json.noncharacter");
        expect(error.code).toBe(expected);
        expect(error.params["offset"]).toBe(utf8(head).length);
        expect(error.params["codePoint"]).toBe(`U+${bad.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`);
        expect(error.params["pointer"]).toBe("/1");
      }),
      { numRuns: 300 },
    );
  });

  it("an invalid byte sequence put anywhere in a string is refused at its first byte (property)", () => {
    const sequences = fc.constantFrom([0x80], [0xbf], [0xc0, 0x80], [0xc1, 0xbf], [0xe0, 0x80, 0x80], [0xed, 0xa0, 0x80], [0xed, 0xbf, 0xbf], [0xf0, 0x80, 0x80, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xf5], [0xfe], [0xff], [0xe1, 0xba], [0xf0, 0x9f, 0x98]);
    fc.assert(
      fc.property(cleanValue, fc.string({ unit: fc.constantFrom("a", "ệ", "😀") }), sequences, (value, prefix, bad) => {
        const head = utf8(`[${JSON.stringify(value)},"${prefix}`);
        const bytes = Uint8Array.of(...head, ...bad, ...utf8('"]'));
        const error = refused(bytes, { byteOffset: 5 });
        expect(error.code).toBe("json.invalid_utf8");
        expect(error.params["offset"]).toBe(head.length + 5);
      }),
      { numRuns: 300 },
    );
  });

  it("the verdict on any JSON value's text is 'accepted' exactly when every string is I-JSON (property)", () => {
    fc.assert(
      fc.property(anyValue, fc.boolean(), (value, ascii) => {
        const compact = JSON.stringify(value);
        const text = ascii ? asciiOnly(compact) : compact;
        const result = parseStrictJson(text);
        expect(result.ok).toBe(valueIsIJson(value));
        if (result.ok) expect(result.value).toEqual(JSON.parse(text));
      }),
      { numRuns: 500 },
    );
  });

  it("never throws, whatever the bytes (property)", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const result = parseStrictJson(bytes);
        if (result.ok) expect(result.value).toEqual(JSON.parse(new TextDecoder().decode(bytes)));
        else expect(Object.keys(strictJsonMessages.vi)).toContain(result.error.code);
      }),
      { numRuns: 1000 },
    );
  });

  it("still finds duplicates when a library made a property of Object.prototype enumerable", () => {
    const proto = Object.prototype as Record<string, unknown>;
    proto["polluted"] = 1;
    try {
      expect(parseStrictJson('{"a": "x:y", "b": 1}')).toEqual({ ok: true, value: { a: "x:y", b: 1 } });
      // One inherited name per object would make up exactly for the member JSON.parse dropped here.
      expect(refused('{"c": 2, "c": 3}').params).toMatchObject({ pointer: "/c" });
    } finally {
      delete proto["polluted"];
    }
  });

  it("nesting a million levels deep is parsed or refused without overflowing the stack", () => {
    const depth = 1_000_000;
    expect(parseStrictJson(`${"[".repeat(depth)}${"]".repeat(depth)}`).ok).toBe(true);
    const duplicateDeep = `${'{"a":'.repeat(depth)}{"b":1,"b":2}${"}".repeat(depth)}`;
    expect(refused(duplicateDeep).params).toMatchObject({ offset: 5 * depth + 7 });
    expect(refused(`${"[".repeat(depth)}${"]".repeat(depth - 1)}`).params).toMatchObject({ found: "" });
  });
});

describe("the exact scanner against JSON.parse and the platform's UTF-8 decoder (differential)", () => {
  const jsonish = fc.string({ unit: fc.constantFrom("{", "}", "[", "]", ",", ":", '"', "\\", "u", "0", "1", "9", "-", "+", ".", "e", "E", "a", "t", "r", "n", "l", "f", "s", " ", "\n") , maxLength: 30 });
  it("JSON syntax: JSON.parse throws exactly when the scanner finds a problem other than a duplicate name", () => {
    fc.assert(
      fc.property(fc.oneof(jsonish, anyValue.map((v) => JSON.stringify(v))), (text) => {
        let parses = true;
        try {
          JSON.parse(text);
        } catch {
          parses = false;
        }
        const problem = findJsonProblem(text);
        if (!parses) expect(problem?.code).toBeDefined();
        if (problem?.code === "json.parse_error") expect(parses).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });

  it("the fast pre-check never clears a text the exact scanner refuses", () => {
    fc.assert(
      fc.property(fc.oneof(anyValue.map((v) => JSON.stringify(v)), anyValue.map((v) => asciiOnly(JSON.stringify(v))), jsonish), (text) => {
        let value: unknown;
        try {
          value = JSON.parse(text);
        } catch {
          return;
        }
        if (!needsExactScan(text, value)) expect(findJsonProblem(text)).toBeUndefined();
        // From UTF-8 bytes (well-formed text only): the byte searches on a Buffer and the plain Uint8Array path.
        if ((text as unknown as { isWellFormed(): boolean }).isWellFormed()) {
          for (const bytes of [Buffer.from(text), utf8(text)]) {
            if (!needsExactScan(text, value, bytes)) expect(findJsonProblem(text)).toBeUndefined();
          }
        }
      }),
      { numRuns: 3000 },
    );
  });

  it("the offset of invalid UTF-8 is where the WHATWG decoder first writes U+FFFD", () => {
    const likelyBytes = fc.uint8Array({ maxLength: 12 }).map((b) => b.map((x) => [0x61, 0x80, 0xbf, 0xc2, 0xe0, 0xe1, 0xed, 0xf0, 0xf4, 0xa0, 0x90, 0x9f][x % 12]!));
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 12 }), likelyBytes), (bytes) => {
        const offset = invalidUtf8Offset(bytes);
        let fatalThrows = false;
        try {
          new TextDecoder("utf-8", { fatal: true }).decode(bytes);
        } catch {
          fatalThrows = true;
        }
        expect(offset >= 0).toBe(fatalThrows);
        if (offset >= 0) {
          const loose = new TextDecoder("utf-8", { ignoreBOM: true });
          const prefix = loose.decode(bytes.subarray(0, offset));
          expect(prefix).not.toContain("\ufffd");
          expect(loose.decode(bytes).startsWith(`${prefix}\ufffd`)).toBe(true);
        }
      }),
      { numRuns: 5000 },
    );
  });
});

describe("messages and entry points", () => {
  it("every code has a vi and an en message with the same placeholders, fragments too", () => {
    expect(catalogueProblems(strictJsonMessages)).toEqual([]);
    expect(catalogueProblems(strictJsonFragments)).toEqual([]);
  });

  it("strictJsonIssue gives the JSON Pointer path, the code and the message in one language", () => {
    const error = refused('{"sections": [{"name": "A\\u0000"}]}');
    expect(strictJsonIssue(error, "en")).toEqual({
      path: "/sections/0/name",
      code: "json.control_character",
      message: "A string holds the control character U+0000 at byte 25; only tab, CR and LF are allowed.",
    });
    expect(strictJsonIssue(refused("{")).path).toBe("");
  });

  it("@cchc/core/json exports the same functions as @cchc/core", () => {
    expect(jsonEntry.parseStrictJson).toBe(parseStrictJson);
    expect(jsonEntry.strictJsonIssue).toBe(strictJsonIssue);
    expect(jsonEntry.strictJsonMessages).toBe(strictJsonMessages);
  });
});
