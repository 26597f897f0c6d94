import { defineCatalogue } from "@cchc/core";
import { defineCommand } from "./command.js";

/** The messages of `cchc render` (also used by its lazy module, src/lazy/documents.ts). */
export const renderMessages = /* @__PURE__ */ defineCatalogue({
  vi: {
    description: "tạo văn bản hành chính (.docx, theo Nghị định 30/2020/NĐ-CP) từ một báo cáo JSON hợp lệ",
    "arg.schema": "mã lược đồ: monthly-media-report, agency-communication-report, synthesis-report hoặc difficulty-report",
    "arg.report": "tệp JSON của báo cáo, hoặc - để đọc từ đầu vào chuẩn",
    "option.out": "tệp .docx sẽ ghi (chỉ ghi khi báo cáo và thông tin văn bản hợp lệ)",
    "option.meta": "tệp JSON thông tin văn bản (cơ quan ban hành, số và ký hiệu, địa danh, ngày, nơi nhận, người ký); không có thì tạo bản dự thảo",
    written: "✔ Đã tạo {out} ({bytes} byte): {schema}{draft}",
    draft: ", bản DỰ THẢO (số, ký hiệu và người ký để trống)",
    invalid: "✖ {message} — không ghi {out}",
    issue: "  {input}{path}: {message} [{code}]",
    unsupported: "Lược đồ \"{id}\" không có mẫu văn bản. Các lược đồ có mẫu: {ids}.",
  },
  en: {
    description: "make an official document (.docx, Nghị định 30/2020/NĐ-CP) from a valid JSON report",
    "arg.schema": "schema id: monthly-media-report, agency-communication-report, synthesis-report or difficulty-report",
    "arg.report": "the report's JSON file, or - to read standard input",
    "option.out": "the .docx file to write (written only when the report and the metadata are valid)",
    "option.meta": "the document metadata's JSON file (issuing body, number and symbol, place, date, recipients, signer); without it, a draft is made",
    written: "✔ Wrote {out} ({bytes} bytes): {schema}{draft}",
    draft: ", a DRAFT (number, symbol and signer left blank)",
    invalid: "✖ {message} — {out} not written",
    issue: "  {input}{path}: {message} [{code}]",
    unsupported: "Schema \"{id}\" has no document template. Schemas with one: {ids}.",
  },
});

type Key = keyof typeof renderMessages.vi;

/**
 * `cchc render <schema> <report> --out <file.docx> [--meta meta.json]`: the report as an official
 * document. The renderer (docx, zod, the plan) is a lazy module, loaded only when the command runs.
 */
export const renderCommand = /* @__PURE__ */ defineCommand<Key>({
  name: "render",
  examples: ["cchc render monthly-media-report report.json --out bao-cao.docx", "cchc render monthly-media-report report.json --out report.docx --lang en --json"],
  messages: renderMessages,
  configure: (command, text) => {
    command
      .argument("<schema>", text("arg.schema"))
      .argument("<report>", text("arg.report"))
      .requiredOption("--out <file>", text("option.out"))
      .option("--meta <file>", text("option.meta"));
  },
  run: async (context, { args, options }) => {
    const { runRender } = await import("../lazy/documents.js");
    return runRender(context, {
      schema: args[0] as string,
      report: args[1] as string,
      out: options["out"] as string,
      meta: options["meta"] as string | undefined,
    });
  },
});
