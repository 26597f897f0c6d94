import {
  defineCatalogue,
  documentTypeInfo,
  formatMessage,
  labelText,
  parseDocumentNumber,
  type CchcErrorData,
  type DocumentNumber,
  type Lang,
} from "@cchc/core";
import type { DocrefJson, DocrefJsonError, DocrefJsonResult } from "./docref-json.js";
import { defineCommand } from "./command.js";
import { jsonError, writeResults } from "./outcome.js";

const messages = /* @__PURE__ */ defineCatalogue({
  vi: {
    description: "phân tích số, ký hiệu văn bản (ví dụ 167/KH-UBND, 09/2019/NĐ-CP)",
    "arg.text": "số, ký hiệu văn bản; nhiều văn bản thì mỗi số là một đối số",
    "field.kind": "Dạng",
    "field.number": "Số",
    "field.year": "Năm",
    "field.type": "Loại",
    "field.issuer": "Cơ quan ban hành",
    "field.unit": "Đơn vị / lĩnh vực",
    "field.warning": "Lưu ý",
    "kind.administrative": "văn bản hành chính",
    "kind.letter": "công văn",
    "kind.normative": "văn bản quy phạm pháp luật",
    "kind.legislature": "văn bản của Quốc hội, Ủy ban Thường vụ Quốc hội",
    "kind.party": "văn bản của Đảng",
    "type.unknown": "không có trong bảng mã loại văn bản",
  },
  en: {
    description: "parse document numbers (số, ký hiệu), e.g. 167/KH-UBND, 09/2019/NĐ-CP",
    "arg.text": "document numbers; one argument per document",
    "field.kind": "Kind",
    "field.number": "Number",
    "field.year": "Year",
    "field.type": "Type",
    "field.issuer": "Issuer",
    "field.unit": "Unit / field",
    "field.warning": "Note",
    "kind.administrative": "administrative document",
    "kind.letter": "official letter (công văn)",
    "kind.normative": "legal normative document",
    "kind.legislature": "National Assembly or its Standing Committee",
    "kind.party": "Party document",
    "type.unknown": "not in the document type table",
  },
});

type Key = keyof typeof messages.vi;

function toJson(input: string, value: DocumentNumber, lang: Lang): DocrefJsonResult {
  const info = value.type === null ? undefined : documentTypeInfo(value.type);
  return {
    input,
    canonical: value.canonical,
    number: value.number,
    year: value.year,
    type: value.type,
    issuer: value.issuer,
    kind: value.kind,
    unit: value.unit,
    typeKnown: value.typeKnown,
    typeName: info ? info.name : null,
    warnings: value.warnings.map((w: CchcErrorData) => ({ code: w.code, message: labelText(w.message, lang) })),
  };
}

function describe(result: DocrefJsonResult, lang: Lang): string {
  const t = (key: Key): string => formatMessage(messages, key, {}, lang);
  const typeName = result.typeName ? labelText(result.typeName, lang) : t("type.unknown");
  const rows: [Key, string | number | null][] = [
    ["field.kind", t(`kind.${result.kind}`)],
    ["field.number", result.number],
    ["field.year", result.year],
    ["field.type", result.type === null ? null : `${result.type} — ${typeName}`],
    ["field.issuer", result.issuer],
    ["field.unit", result.unit],
    ...result.warnings.map((w): [Key, string] => ["field.warning", w.message]),
  ];
  const shown = rows.filter(([, value]) => value !== null);
  const width = Math.max(...shown.map(([key]) => t(key).length));
  return [result.canonical, ...shown.map(([key, value]) => `  ${t(key).padEnd(width)}  ${value}`)].join("\n") + "\n";
}

/** `cchc docref <text...>`: parses document numbers with `parseDocumentNumber` of `@cchc/core`. */
export const docrefCommand = /* @__PURE__ */ defineCommand<Key>({
  name: "docref",
  examples: ["cchc docref 167/KH-UBND", "cchc docref \"Số: 09/2019/nđ-cp\" --json --lang en"],
  messages,
  configure: (command, text) => {
    command.argument("<text...>", text("arg.text"));
  },
  run: async (context, { args }) => {
    const texts = args[0] as string[];
    const results: DocrefJson[] = texts.map((input) => {
      const parsed = parseDocumentNumber(input);
      if (parsed.ok) return toJson(input, parsed.value, context.lang);
      const error: DocrefJsonError = { input, error: jsonError(parsed.error, context) };
      return error;
    });
    return writeResults<DocrefJsonResult>(context, results, (r) => describe(r, context.lang), "\n");
  },
});
