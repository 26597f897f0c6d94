/**
 * Golden documents for the shipped examples (packages/reports/examples): the text of every paragraph of
 * the rendered .docx, in order, compared with test/golden/<example>.<lang>.txt — the text, not the bytes
 * (the zip's timestamps and ids change between runs). After a deliberate change, regenerate with
 * `UPDATE_GOLDEN=1 pnpm exec vitest run packages/documents/test/golden.test.ts` and review the diff.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { renderDocument } from "@cchc/documents";
import { describe, expect, it } from "vitest";
import { example, SHIPPED } from "./support/fixtures.js";
import { paragraphs, readDocx } from "./support/ooxml.js";

const goldenDir = fileURLToPath(new URL("./golden/", import.meta.url));
const cases = [...SHIPPED.map((s) => ({ ...s, lang: "vi" as const })), { ...SHIPPED[0]!, lang: "en" as const }];

describe("golden text of the shipped examples", () => {
  for (const c of cases) {
    const name = `${c.file.replace(/\.json$/, "")}.${c.lang}.txt`;
    it(name, async () => {
      const result = await renderDocument(c.schema, example(c.file), c.meta, { lang: c.lang });
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      const text = `${paragraphs(readDocx(result.value).document).join("\n")}\n`;
      const path = `${goldenDir}${name}`;
      if (process.env["UPDATE_GOLDEN"] === "1") writeFileSync(path, text);
      expect(existsSync(path), `${name} missing: run with UPDATE_GOLDEN=1`).toBe(true);
      expect(text).toBe(readFileSync(path, "utf8"));
    });
  }
});
