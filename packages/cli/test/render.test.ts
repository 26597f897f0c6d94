import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { strFromU8, unzipSync } from "fflate";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { run } from "./helpers.js";

const examples = fileURLToPath(new URL("../../reports/examples/", import.meta.url));
const monthly = join(examples, "monthly-media-report.valid.json");
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "cchc-render-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const documentText = (path: string): string => strFromU8(unzipSync(readFileSync(path))["word/document.xml"]!);

const meta = {
  issuer: { parent: "UBND tỉnh Bắc Ninh", name: "Báo và Phát thanh, Truyền hình Bắc Ninh" },
  number: "15/BC-BPTTH",
  place: "Bắc Ninh",
  date: "2026-03-06",
  recipients: ["Sở Văn hóa, Thể thao và Du lịch"],
  signer: { authority: "KT. Tổng Biên tập", title: "Phó Tổng Biên tập", name: "Trần Thị Hoa" },
};

describe("cchc render", () => {
  it("without --meta: a draft (DỰ THẢO) with the plan's recipients", async () => {
    const out = join(dir, "draft.docx");
    const r = await run(["render", "monthly-media-report", monthly, "--out", out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^✔ Đã tạo .*draft\.docx \(\d+ byte\): monthly-media-report, bản DỰ THẢO/);
    const xml = documentText(out);
    expect(xml).toContain("DỰ THẢO");
    expect(xml).toContain("- Sở Văn hóa, Thể thao và Du lịch;");
  });

  it("with --meta, in English, --json: the outcome as JSON", async () => {
    const out = join(dir, "signed.docx");
    const metaPath = join(dir, "meta.json");
    writeFileSync(metaPath, JSON.stringify(meta));
    const r = await run(["render", "monthly-media-report", monthly, "--out", out, "--meta", metaPath, "--json", "--lang", "en"]);
    expect(r.code).toBe(0);
    const outcome = JSON.parse(r.stdout);
    expect(outcome).toEqual({ schema: "monthly-media-report", valid: true, out, bytes: readFileSync(out).byteLength, draft: false, issues: [] });
    const xml = documentText(out);
    expect(xml).toContain("No.: 15/BC-BPTTH");
    expect(xml).toContain("SOCIALIST REPUBLIC OF VIET NAM");
  });

  it("an invalid report: exit 1, the issues, no file written (an existing file is left as it was)", async () => {
    const out = join(dir, "kept.docx");
    writeFileSync(out, "previous");
    const r = await run(["render", "monthly-media-report", join(examples, "monthly-media-report.invalid-totals.json"), "--out", out, "--lang", "en"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^✖ the report is invalid \(\d+ issues\): no document made — .*kept\.docx not written\n {2}report\/totals/);
    expect(readFileSync(out, "utf8")).toBe("previous");
  });

  it("invalid metadata and malformed JSON: exit 1 with --json issues, no file", async () => {
    const out = join(dir, "none.docx");
    const metaPath = join(dir, "meta.json");
    writeFileSync(metaPath, JSON.stringify({ ...meta, number: "15/KH-BPTTH" }));
    const bad = await run(["render", "monthly-media-report", monthly, "--out", out, "--meta", metaPath, "--json"]);
    expect(bad.code).toBe(1);
    expect(JSON.parse(bad.stdout).issues).toEqual([expect.objectContaining({ input: "meta", path: "/number", code: "document.number_not_report" })]);
    writeFileSync(metaPath, "{ not json");
    const malformed = await run(["render", "monthly-media-report", monthly, "--out", out, "--meta", metaPath, "--json"]);
    expect(malformed.code).toBe(1);
    expect(JSON.parse(malformed.stdout).issues[0]).toMatchObject({ input: "meta", code: "json.parse_error" });
    expect(existsSync(out)).toBe(false);
  });

  it("decodes the report as strictly as cchc validate: a duplicate name or invalid UTF-8 is refused, no file", async () => {
    const out = join(dir, "never.docx");
    const text = readFileSync(monthly, "utf8");
    const twice = text.replace(/"month": "(\d{4}-\d{2})",/, '"month": "$1", "month": "2026-12",');
    const duplicate = await run(["render", "monthly-media-report", "-", "--out", out, "--json", "--lang", "en"], { stdin: twice });
    expect(duplicate.code).toBe(1);
    expect(JSON.parse(duplicate.stdout).issues).toEqual([
      { input: "report", path: "/month", code: "json.duplicate_key", message: expect.stringContaining('"month" appears twice') },
    ]);
    const at = Buffer.byteLength(text.slice(0, text.indexOf("Bắc Ninh")));
    const bytes = Buffer.concat([Buffer.from(text).subarray(0, at), Buffer.of(0xff), Buffer.from(text).subarray(at)]);
    const broken = await run(["render", "monthly-media-report", "-", "--out", out, "--json"], { stdin: [bytes] });
    expect(JSON.parse(broken.stdout).issues).toEqual([expect.objectContaining({ input: "report", code: "json.invalid_utf8", message: expect.stringContaining(`tại byte ${at}`) })]);
    expect(existsSync(out)).toBe(false);
  });

  it("reads the report from standard input with -", async () => {
    const out = join(dir, "stdin.docx");
    const r = await run(["render", "difficulty-report", "-", "--out", out], { stdin: readFileSync(join(examples, "difficulty-report.valid.json"), "utf8") });
    expect(r.code).toBe(0);
    expect(documentText(out)).toContain("Tuấn Đạo, ngày");
  });

  it("usage errors exit 2: a schema without a template, a missing --out, an unreadable file", async () => {
    const out = join(dir, "x.docx");
    const unsupported = await run(["render", "procedure-statistics", monthly, "--out", out, "--lang", "en"]);
    expect(unsupported.code).toBe(2);
    expect(unsupported.stderr).toContain('Schema "procedure-statistics" has no document template.');
    expect((await run(["render", "monthly-media-report", monthly])).code).toBe(2);
    const missing = await run(["render", "monthly-media-report", join(dir, "nope.json"), "--out", out]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("nope.json");
    expect(existsSync(out)).toBe(false);
  });
});
