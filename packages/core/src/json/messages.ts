import { defineCatalogue } from "../i18n/catalogue.js";

/**
 * Messages of {@link parseStrictJson}'s refusals, vi and en. Each key is the stable `code` of the
 * error: invalid UTF-8, ordinary JSON syntax errors, and the I-JSON rules (RFC 7493) — lone
 * surrogates, Unicode noncharacters, control characters other than tab, CR and LF, duplicate member
 * names. `{where}` is filled in with the byte offset (and the line, for NDJSON callers) in the same
 * language; `{codePoint}` reads `U+0000`; `{name}` is the member name, quoted and shortened.
 *
 * @example
 * ```ts
 * import { catalogueProblems, strictJsonMessages } from "@cchc/core";
 *
 * catalogueProblems(strictJsonMessages); // => []
 * ```
 *
 * @category Strict JSON
 */
export const strictJsonMessages = /* @__PURE__ */ defineCatalogue({
  vi: {
    "json.invalid_utf8": "Dữ liệu không phải văn bản UTF-8 hợp lệ: chuỗi byte sai (0x{byte}) {where}.",
    "json.parse_error": "Không phải JSON hợp lệ: {problem} {where}.",
    "json.duplicate_key":
      "Tên trường {name} xuất hiện hai lần trong cùng một đối tượng {where}; mỗi tên chỉ được có một lần (I-JSON, RFC 7493 §2.3).",
    "json.lone_surrogate":
      "Chuỗi chứa nửa cặp thay thế (surrogate) {codePoint} đứng một mình {where}: đó không phải ký tự Unicode (I-JSON, RFC 7493 §2.1).",
    "json.noncharacter": "Chuỗi chứa mã {codePoint}, không phải ký tự Unicode (noncharacter) {where} (I-JSON, RFC 7493 §2.1).",
    "json.control_character": "Chuỗi chứa ký tự điều khiển {codePoint} {where}; chỉ cho phép tab, CR và LF.",
  },
  en: {
    "json.invalid_utf8": "The data is not valid UTF-8 text: invalid byte sequence (0x{byte}) {where}.",
    "json.parse_error": "Not valid JSON: {problem} {where}.",
    "json.duplicate_key":
      "The member name {name} appears twice in the same object {where}; each name may appear only once (I-JSON, RFC 7493 §2.3).",
    "json.lone_surrogate":
      "A string holds the lone surrogate {codePoint} {where}: it is not a Unicode character (I-JSON, RFC 7493 §2.1).",
    "json.noncharacter": "A string holds {codePoint}, a Unicode noncharacter, {where} (I-JSON, RFC 7493 §2.1).",
    "json.control_character": "A string holds the control character {codePoint} {where}; only tab, CR and LF are allowed.",
  },
});

/**
 * The pieces the messages above are composed of, in the same two languages: where the problem is,
 * and what the parser found instead of JSON.
 *
 * @internal
 */
export const strictJsonFragments = /* @__PURE__ */ defineCatalogue({
  vi: {
    at: "tại byte {offset}",
    at_line: "tại byte {offset} (dòng {line})",
    unexpected_character: "ký tự “{found}” không đúng chỗ",
    unexpected_end: "văn bản kết thúc giữa chừng",
  },
  en: {
    at: "at byte {offset}",
    at_line: "at byte {offset} (line {line})",
    unexpected_character: "unexpected character “{found}”",
    unexpected_end: "unexpected end of text",
  },
});

/**
 * The `code` of an error returned by {@link parseStrictJson}: a key of {@link strictJsonMessages}.
 *
 * @example
 * ```ts
 * import type { StrictJsonCode } from "@cchc/core";
 *
 * const code: StrictJsonCode = "json.duplicate_key";
 * ```
 *
 * @category Strict JSON
 */
export type StrictJsonCode = keyof (typeof strictJsonMessages)["vi"];
