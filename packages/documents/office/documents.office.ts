/**
 * A real office suite opens every rendered document: LibreOffice (Debian's libreoffice-writer-nogui)
 * converts each .docx to PDF, poppler's pdfinfo/pdftotext read the PDF back, and pdftoppm keeps a PNG of
 * each first page in packages/documents/artifacts/ (git-ignored) for a person to look at. Checks: the
 * page count, the page number shown from page 2 on (centred in the top margin) and not on page 1, the
 * blocks' vertical order on the first page, "Nơi nhận:" on the line of the signing authority, and the
 * renderer's text-width estimate against the width LibreOffice lays out (Liberation Serif has Times New
 * Roman's metrics).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { draftDocumentMeta, renderDocument } from "@cchc/documents";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { textWidthMm } from "../src/render/text-width.js";
import { example, SHIPPED } from "../test/support/fixtures.js";

const artifacts = fileURLToPath(new URL("../artifacts/", import.meta.url));
const profile = mkdtempSync(join(tmpdir(), "cchc-soffice-"));

interface Rendered {
  readonly name: string;
  readonly pages: number;
  readonly words: readonly Word[][];
}
interface Word {
  readonly text: string;
  readonly xMin: number;
  readonly xMax: number;
  readonly yMin: number;
}

const cases = [
  ...SHIPPED.map((s) => ({ name: s.file.replace(/\.json$/, ""), schema: s.schema, report: example(s.file), meta: s.meta as unknown, lang: "vi" as const })),
  (() => {
    const report = example("monthly-media-report.valid.json");
    const meta = draftDocumentMeta("monthly-media-report", report, { now: new Date("2026-03-06T02:00:00Z"), lang: "en" });
    return { name: "monthly-media-report.draft.en", schema: "monthly-media-report", report, meta: meta.ok ? meta.value : null, lang: "en" as const };
  })(),
];
const rendered = new Map<string, Rendered>();

/** Words of every page with their boxes (pdftotext -bbox), in points from the top left. */
function words(pdf: string): Word[][] {
  const xml = execFileSync("pdftotext", ["-bbox", pdf, "-"], { encoding: "utf8" });
  return xml.split("<page ").slice(1).map((page) =>
    [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)].map((m) => ({
      xMin: Number(m[1]),
      yMin: Number(m[2]),
      xMax: Number(m[3]),
      text: m[4]!.replace(/&amp;/g, "&"),
    })),
  );
}

beforeAll(async () => {
  mkdirSync(artifacts, { recursive: true });
  for (const c of cases) {
    const result = await renderDocument(c.schema, c.report, c.meta, { lang: c.lang });
    if (!result.ok) throw new Error(`${c.name}: ${result.error.message}`);
    writeFileSync(join(artifacts, `${c.name}.docx`), result.value);
  }
  execFileSync(
    "soffice",
    [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", "pdf", "--outdir", artifacts, ...cases.map((c) => join(artifacts, `${c.name}.docx`))],
    { stdio: "pipe", timeout: 170_000 },
  );
  for (const c of cases) {
    const pdf = join(artifacts, `${c.name}.pdf`);
    const info = execFileSync("pdfinfo", [pdf], { encoding: "utf8" });
    const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
    execFileSync("pdftoppm", ["-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", pdf, join(artifacts, `${c.name}.page1`)]);
    rendered.set(c.name, { name: c.name, pages, words: words(pdf) });
  }
});

afterAll(() => rmSync(profile, { recursive: true, force: true }));

/** The first word of a phrase on a page (its first occurrence, consecutive words matching). */
function find(page: readonly Word[], phrase: string): Word {
  const parts = phrase.split(" ");
  const at = page.findIndex((_, i) => parts.every((p, k) => page[i + k]?.text === p));
  expect(at, `"${phrase}"`).toBeGreaterThanOrEqual(0);
  return page[at]!;
}

const MM = 25.4 / 72;
const A4_WIDTH_PT = 595.3;

describe("LibreOffice opens every rendered document", () => {
  it.each(cases.map((c) => c.name))("%s: PDF pages, PNG of the first page", (name) => {
    const doc = rendered.get(name)!;
    expect(doc.pages).toBeGreaterThanOrEqual(2);
    expect(doc.words).toHaveLength(doc.pages);
    expect(statSync(join(artifacts, `${name}.page1.png`)).size).toBeGreaterThan(10_000);
  });

  it.each(cases.map((c) => c.name))("%s: page numbers from page 2, centred in the top margin", (name) => {
    const doc = rendered.get(name)!;
    const topMargin = 20 / MM;
    const numberAt = (page: readonly Word[], n: number) => page.find((w) => w.text === String(n) && w.yMin < topMargin);
    expect(numberAt(doc.words[0]!, 1)).toBeUndefined();
    for (let p = 2; p <= doc.pages; p++) {
      const number = numberAt(doc.words[p - 1]!, p);
      expect(number, `page ${p}`).toBeDefined();
      // Centred over the text area (left margin 30 mm, right 15 mm).
      const centre = (30 / MM + (A4_WIDTH_PT - 15 / MM)) / 2;
      expect(Math.abs((number!.xMin + number!.xMax) / 2 - centre)).toBeLessThan(3);
    }
  });

  it.each(cases.map((c) => c.name))("%s: the blocks of the first page from top to bottom", (name) => {
    const vi = !name.endsWith(".en");
    const page = rendered.get(name)!.words[0]!;
    const national = find(page, vi ? "CỘNG HÒA XÃ HỘI" : "SOCIALIST REPUBLIC");
    const motto = find(page, vi ? "Độc lập" : "Independence");
    const number = find(page, vi ? "Số:" : "No.:");
    const place = find(page, vi ? "ngày" : "Bắc");
    const type = find(page, vi ? "BÁO CÁO" : "REPORT");
    // Quốc hiệu and Tiêu ngữ on the right, the number on the left, the date on the right of its line.
    expect(national.xMin).toBeGreaterThan(A4_WIDTH_PT / 2 - 40);
    expect(number.xMin).toBeLessThan(A4_WIDTH_PT / 2);
    expect(Math.abs(number.yMin - place.yMin)).toBeLessThan(3);
    const ys = [national.yMin, motto.yMin, number.yMin, type.yMin];
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
  });

  it.each(cases.map((c) => c.name))("%s: 'Nơi nhận:' on the line of the signing authority, on the last page", (name) => {
    const doc = rendered.get(name)!;
    const last = doc.words[doc.pages - 1]!;
    const recipients = find(last, name.endsWith(".en") ? "Recipients:" : "Nơi nhận:");
    const signerLine = last.filter((w) => Math.abs(w.yMin - recipients.yMin) < 3 && w.xMin > A4_WIDTH_PT / 2);
    expect(signerLine.length).toBeGreaterThan(0);
  });

  it("the renderer's width estimate matches LibreOffice's layout within 2% (Quốc hiệu and Tiêu ngữ)", () => {
    const page = rendered.get("monthly-media-report.valid")!.words[0]!;
    const span = (phrase: string) => {
      const first = find(page, phrase.split(" ").slice(0, 2).join(" "));
      const i = page.indexOf(first);
      const last = page[i + phrase.split(" ").length - 1]!;
      return (last.xMax - first.xMin) * MM;
    };
    const national = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    const motto = "Độc lập - Tự do - Hạnh phúc";
    expect(textWidthMm(national, 12, true) / span(national)).toBeCloseTo(1, 1);
    expect(Math.abs(textWidthMm(national, 12, true) / span(national) - 1)).toBeLessThan(0.02);
    expect(Math.abs(textWidthMm(motto, 13, true) / span(motto) - 1)).toBeLessThan(0.02);
  });
});
