import { defineCatalogue } from "@cchc/core";
import { EXIT_CODES } from "../exit-codes.js";
import { entryToRun } from "../schemas/shape-only.js";
import { defineCommand } from "./command.js";
import { lookupSchema } from "./schema-lookup.js";

const messages = /* @__PURE__ */ defineCatalogue({
  vi: {
    description: "kiểm tra một tài liệu JSON (hoặc NDJSON với --ndjson) theo một lược đồ",
    "arg.schema": "mã lược đồ, ví dụ monthly-media-report",
    "arg.file": "tệp JSON, hoặc - để đọc từ đầu vào chuẩn",
    "option.ndjson": "mỗi dòng là một tài liệu JSON (NDJSON): đọc dạng luồng với bộ nhớ không đổi, báo lỗi theo từng dòng",
    "option.shapeOnly":
      "chỉ kiểm tra cấu trúc (và các quy tắc liên trường), không kiểm tra quy tắc của Kế hoạch (đơn vị nào phải gửi báo cáo) — cho báo cáo thuộc kế hoạch khác",
    "option.jobs": "với --ndjson: số luồng phụ kiểm tra song song (mặc định: một luồng mỗi lõi, tối đa 4; 1: chỉ luồng chính)",
  },
  en: {
    description: "validate a JSON document (or NDJSON with --ndjson) against a schema",
    "arg.schema": "schema id, e.g. monthly-media-report",
    "arg.file": "a JSON file, or - to read standard input",
    "option.ndjson": "one JSON document per line (NDJSON): streamed with constant memory, issues reported per line",
    "option.shapeOnly": "check the shape (and the cross-field rules) alone, not the plan's rules (who owes the report) — for a report of another plan",
    "option.jobs": "with --ndjson: worker threads validating in parallel (default: one per core, at most 4; 1: the main thread only)",
  },
});

type Key = keyof typeof messages.vi;

/**
 * `cchc validate <schema> <file|-> [--ndjson [--jobs <n>]] [--shape-only]`: the report schemas check the plan's rules
 * (who owes the report) after the shape unless `--shape-only`. The Effect pipeline is loaded only when
 * it runs.
 */
export const validateCommand = /* @__PURE__ */ defineCommand<Key>({
  name: "validate",
  examples: ["cchc validate monthly-media-report report.json", "cchc validate monthly-media-report report.json --json --lang en", "cchc validate monthly-media-report reports.ndjson --ndjson --json"],
  messages,
  configure: (command, text) => {
    command
      .argument("<schema>", text("arg.schema"))
      .argument("<file>", text("arg.file"))
      .option("--ndjson", text("option.ndjson"))
      .option("--shape-only", text("option.shapeOnly"))
      .option("--jobs <n>", text("option.jobs"));
  },
  run: async (context, { args, options }) => {
    const found = await lookupSchema(context, args[0] as string);
    if (found === undefined) return EXIT_CODES.usage;
    const shapeOnly = options["shapeOnly"] === true;
    const { runValidation } = await import("../validate/run-validation.js");
    // Worker threads rebuild the entry from its id: only the bin's own registry can be rebuilt there.
    const workerSchema = context.binSchemas ? { id: found.id, shapeOnly } : undefined;
    return runValidation(context, entryToRun(found, shapeOnly), args[1] as string, {
      ndjson: options["ndjson"] === true,
      jobs: options["jobs"] as string | undefined,
      workerSchema,
    });
  },
});
