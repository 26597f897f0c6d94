import { defineCatalogue, formatMessage } from "@cchc/core";
import { EXIT_CODES } from "../exit-codes.js";
import { writeText } from "../io.js";
import { defineCommand } from "./command.js";
import { lookupSchema } from "./schema-lookup.js";

const messages = /* @__PURE__ */ defineCatalogue({
  vi: {
    description: "in JSON Schema (draft 2020-12) của một lược đồ, hoặc ghi vào thư mục",
    "arg.schema": "mã lược đồ, ví dụ monthly-media-report",
    "option.out": "ghi tệp <mã>.schema.json vào thư mục này thay vì in ra",
    written: "Đã ghi {path}",
  },
  en: {
    description: "print the JSON Schema (draft 2020-12) of a schema, or write it to a folder",
    "arg.schema": "schema id, e.g. monthly-media-report",
    "option.out": "write <id>.schema.json into this folder instead of printing it",
    written: "Wrote {path}",
  },
});

type Key = keyof typeof messages.vi;

/** `cchc schema <schema> [--out dir]`. */
export const schemaCommand = /* @__PURE__ */ defineCommand<Key>({
  name: "schema",
  examples: ["cchc schema monthly-media-report", "cchc schema procedure-statistics --out schemas/"],
  messages,
  configure: (command, text) => {
    command.argument("<schema>", text("arg.schema")).option("--out <dir>", text("option.out"));
  },
  run: async (context, { args, options }) => {
    const { io, json, lang, t } = context;
    const entry = await lookupSchema(context, args[0] as string);
    if (entry === undefined) return EXIT_CODES.usage;
    const text = `${JSON.stringify(entry.jsonSchema(), null, 2)}\n`;
    const dir = options["out"] as string | undefined;
    if (dir === undefined) {
      await writeText(io.stdout, text);
      return EXIT_CODES.ok;
    }
    const [{ mkdir, writeFile }, { resolve }] = await Promise.all([import("node:fs/promises"), import("node:path")]);
    const path = resolve(dir, `${entry.id}.schema.json`);
    try {
      await mkdir(resolve(dir), { recursive: true });
      await writeFile(path, text, "utf8");
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      await writeText(io.stderr, `${t("usage.error", { message: t("io.write_failed", { path, reason }) })}\n`);
      return EXIT_CODES.usage;
    }
    await writeText(
      io.stdout,
      json ? `${JSON.stringify({ schema: entry.id, written: path }, null, 2)}\n` : `${formatMessage(messages, "written", { path }, lang)}\n`,
    );
    return EXIT_CODES.ok;
  },
});
