import { bacNinh2026Reporting } from "@cchc/plan";
import { DECREE_30_LAYOUT, formatFigure, renderDocument } from "@cchc/documents";
import type { MonthlyMediaReport } from "@cchc/reports/monthly-media-report";
import type { SynthesisReport } from "@cchc/reports/synthesis-report";
import type { DifficultyReport } from "@cchc/reports/difficulty-report";
import { describe, expect, it } from "vitest";
import { example, SHIPPED } from "./support/fixtures.js";
import { attribute, paragraphs, paragraphXml, readDocx, tables, twipsToMm } from "./support/ooxml.js";

async function render(schema: string, report: unknown, meta: unknown, lang: "vi" | "en" = "vi") {
  const result = await renderDocument(schema, report, meta, { lang });
  if (!result.ok) throw new Error(JSON.stringify(result.error, null, 2));
  return readDocx(result.value);
}

const monthly = SHIPPED[0]!;
const synthesis = SHIPPED.find((s) => s.schema === "synthesis-report")!;
const difficulty = SHIPPED.find((s) => s.schema === "difficulty-report")!;

function indexOf(list: readonly string[], text: string): number {
  const i = list.findIndex((p) => p === text || p.startsWith(text));
  expect(i, `"${text}" in the document`).toBeGreaterThanOrEqual(0);
  return i;
}

describe("page, margins and fonts (Phụ lục I, Phần I, Mục I)", () => {
  for (const s of SHIPPED) {
    it(`${s.file}: A4 portrait, margins inside the decree's ranges, Times New Roman`, async () => {
      const docx = await render(s.schema, example(s.file), s.meta);
      const { document, styles } = docx;
      expect(attribute(document, "w:pgSz", "w:w")).toBe("11906"); // 210 mm
      expect(attribute(document, "w:pgSz", "w:h")).toBe("16838"); // 297 mm
      expect(attribute(document, "w:pgSz", "w:orient")).toBe("portrait");
      const margins = DECREE_30_LAYOUT.margins.value;
      for (const side of ["top", "bottom", "left", "right"] as const) {
        const value = twipsToMm(Number(attribute(document, "w:pgMar", `w:${side}`)));
        expect(value, side).toBeGreaterThanOrEqual(margins[side].min);
        expect(value, side).toBeLessThanOrEqual(margins[side].max);
      }
      expect(attribute(styles, "w:rFonts", "w:ascii")).toBe("Times New Roman");
      expect(attribute(styles, "w:rFonts", "w:hAnsi")).toBe("Times New Roman");
      // No run names another font.
      expect([...document.matchAll(/w:ascii="([^"]*)"/g)].map((m) => m[1]).filter((f) => f !== "Times New Roman")).toEqual([]);
      // Body text is 13–14 pt (26–28 half-points); only the recipients (11 pt), their heading and the header lines (12 pt) are smaller.
      const sizes = new Set([...document.matchAll(/<w:sz w:val="(\d+)"\/>/g)].map((m) => Number(m[1])));
      for (const size of sizes) expect([2, 12, 22, 24, 26, 28]).toContain(size);
    });
  }

  it("page numbers from the second page: a different first page with an empty header, PAGE centred in the others", async () => {
    const { document, headers } = await render(monthly.schema, example(monthly.file), monthly.meta);
    expect(document).toContain("<w:titlePg/>");
    const numbered = headers.filter((h) => h.includes("PAGE"));
    expect(numbered).toHaveLength(1);
    expect(numbered[0]).toContain('<w:jc w:val="center"/>');
    expect(numbered[0]).toContain('<w:sz w:val="28"/>');
    expect(headers.filter((h) => paragraphs(h).length === 0 && !h.includes("PAGE"))).toHaveLength(1);
  });
});

describe("the blocks of an official document, in the decree's order", () => {
  it("header, number, place and date, type and summary, body, signature and recipients", async () => {
    const { document } = await render(monthly.schema, example(monthly.file), monthly.meta);
    const text = paragraphs(document);
    const order = [
      "UBND TỈNH BẮC NINH",
      "BÁO VÀ PHÁT THANH, TRUYỀN HÌNH BẮC NINH",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "Số: 15/BC-BPTTH",
      "Bắc Ninh, ngày 06 tháng 3 năm 2026",
      "BÁO CÁO",
      "Kết quả tuyên truyền cải cách hành chính tháng 02 năm 2026",
      "Thực hiện Kế hoạch tuyên truyền cải cách hành chính tỉnh Bắc Ninh năm 2026",
      "Trên đây là báo cáo",
      "Nơi nhận:",
      "- Sở Văn hóa, Thể thao và Du lịch;",
      "- Ban Biên tập;",
      "- Lưu: VT, TKTS.",
      "KT. TỔNG BIÊN TẬP",
      "PHÓ TỔNG BIÊN TẬP",
      "Trần Thị Hoa",
    ].map((t) => indexOf(text, t));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it("styles each block as the decree says: Quốc hiệu bold 12, Tiêu ngữ bold 13, place and date italic 14, 'Nơi nhận' bold italic 12, recipients 11", async () => {
    const { document } = await render(monthly.schema, example(monthly.file), monthly.meta);
    const run = (text: string) => paragraphXml(document, text)[0] ?? "";
    expect(run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")).toMatch(/<w:b\/>[\s\S]*<w:sz w:val="24"\/>/);
    expect(run("Độc lập - Tự do - Hạnh phúc")).toMatch(/<w:b\/>[\s\S]*<w:sz w:val="26"\/>/);
    expect(run("Bắc Ninh, ngày 06 tháng 3 năm 2026")).toMatch(/<w:i\/>[\s\S]*<w:sz w:val="28"\/>/);
    expect(run("Nơi nhận:")).toMatch(/<w:b\/>[\s\S]*<w:i\/>[\s\S]*<w:sz w:val="24"\/>/);
    expect(run("- Lưu: VT, TKTS.")).toContain('<w:sz w:val="22"/>');
    expect(run("BÁO CÁO")).toMatch(/<w:jc w:val="center"\/>[\s\S]*<w:b\/>[\s\S]*<w:sz w:val="28"\/>/);
    expect(run("Số: 15/BC-BPTTH")).toContain('<w:sz w:val="26"/>');
    // Body paragraphs: justified, first line indented 12.7 mm, 6 pt after, 14 pt.
    const intro = paragraphXml(document, paragraphs(document).find((p) => p.startsWith("Thực hiện"))!)[0]!;
    expect(intro).toContain('<w:jc w:val="both"/>');
    expect(intro).toMatch(/w:firstLine="720"/);
    expect(intro).toMatch(/w:after="120"/);
    // Rules under the Tiêu ngữ, the issuing body and the summary: three bottom-bordered empty paragraphs.
    expect([...document.matchAll(/<w:pBdr><w:bottom w:val="single"/g)]).toHaveLength(3);
  });

  it("the monthly report lists the six contents of the plan's V.5 in the plan's order", async () => {
    const { document } = await render(monthly.schema, example(monthly.file), monthly.meta);
    const text = paragraphs(document);
    const contents = bacNinh2026Reporting.find((e) => e.id === "media-monthly-report")!.contents.map((c) => c.text.vi);
    expect(contents).toHaveLength(6);
    const at = contents.map((label, i) => indexOf(text, `${i + 1}. ${label[0]!.toUpperCase()}${label.slice(1)}`));
    expect(at).toEqual([...at].sort((a, b) => a - b));
  });

  it("a draft is marked DỰ THẢO above the header, with blanks for the number and the signer", async () => {
    const meta = { ...monthly.meta, number: undefined, signer: undefined, draft: true };
    const { document } = await render(monthly.schema, example(monthly.file), JSON.parse(JSON.stringify(meta)));
    const text = paragraphs(document);
    expect(text[0]).toBe("DỰ THẢO");
    expect(text).toContain("Số:        /BC-……");
    expect(text.slice(-2)).toEqual(["……………", "……………"]);
  });
});

describe("figures in tables, as the report gives them", () => {
  it("monthly report: sections with their total row, channels, topics, forms, feedback (Vietnamese number format)", async () => {
    const report = example(monthly.file) as MonthlyMediaReport;
    const all = tables((await render(monthly.schema, report, monthly.meta)).document);
    const find = (header: string) => all.find((t) => t[0]?.[0] === header && t.length > 1)!;
    const sections = all.find((t) => t[0]?.join("|") === "Chuyên mục|Loại|Kênh|Số tin|Số bài|Thời lượng (phút)|Số kỳ")!;
    expect(sections.slice(1, -1).map((r) => [r[0], r[3], r[4], r[5]])).toEqual(
      report.sections.map((s) => [s.name, formatFigure(s.newsItems), formatFigure(s.articles), formatFigure(s.airtimeMinutes)]),
    );
    expect(sections.at(-1)).toEqual(["Tổng cộng", "", "", "31", "9", "118,5", ""]);
    expect(find("Kênh").slice(1).map((r) => r[1])).toEqual(report.channels.map((c) => String(c.items)));
    expect(find("Kênh")[2]).toEqual(["Phát thanh (báo nói)", "7", "46,5"]);
    expect(find("Chủ đề").slice(1).map((r) => r[2])).toEqual(report.content.map((c) => String(c.items)));
    expect(find("Hình thức").slice(1).map((r) => r[1])).toEqual(report.forms.map((f) => String(f.count)));
    expect(find("Tổng số ý kiến")[1]).toEqual(["64", "51", "10", "3"]);
    expect(find("Nội dung")[1]).toEqual(["Lượt xem trên nền tảng số", "184.500"]);
  });

  it("the same report in English: English labels and number format", async () => {
    const { document } = await render(monthly.schema, example(monthly.file), monthly.meta, "en");
    const text = paragraphs(document);
    expect(text).toContain("SOCIALIST REPUBLIC OF VIET NAM");
    expect(text).toContain("Bắc Ninh, 6 March 2026");
    expect(text).toContain("REPORT");
    expect(tables(document).find((t) => t[0]?.[0] === "Section")?.at(-1)).toEqual(["Total", "", "", "31", "9", "118.5", ""]);
    expect(tables(document).find((t) => t[0]?.[0] === "Item")?.[1]).toEqual(["Lượt xem trên nền tảng số", "184,500"]);
  });

  it("synthesis: months with the total row, topics, channels", async () => {
    const report = example(synthesis.file) as SynthesisReport;
    const all = tables((await render(synthesis.schema, report, synthesis.meta)).document);
    const months = all.find((t) => t[0]?.[0] === "Tháng")!;
    expect(months.slice(1)).toEqual([
      ...report.media.byMonth.map((m) => [`Tháng ${m.month.slice(5)} năm ${m.month.slice(0, 4)}`, formatFigure(m.newsItems), formatFigure(m.articles), formatFigure(m.airtimeMinutes)]),
      ["Tổng cộng", "58", "16", "214,5"],
    ]);
    expect(all.find((t) => t[0]?.[0] === "Chủ đề")!.slice(1).map((r) => r[2])).toEqual(report.media.byTopic.map((t) => formatFigure(t.items)));
    expect(all.find((t) => t[0]?.[0] === "Kênh")!.slice(1).map((r) => r[1])).toEqual(report.media.byChannel.map((c) => formatFigure(c.items)));
  });

  it("difficulty report: one row per difficulty, and each proposal with who decides", async () => {
    const report = example(difficulty.file) as DifficultyReport;
    const { document } = await render(difficulty.schema, report, difficulty.meta);
    const rows = tables(document).find((t) => t[0]?.[0] === "STT")!.slice(1);
    expect(rows.map((r) => r[1])).toEqual(report.items.map((i) => i.title));
    expect(rows[0]![4]).toBe("01/9/2025");
    expect(paragraphs(document)).toContain("- Đề nghị bố trí kinh phí sửa chữa trong năm 2026. (đề nghị Chủ tịch UBND tỉnh xem xét, giải quyết)");
  });
});

describe("bad input makes no document", () => {
  it("an invalid report: the report's issues, no bytes", async () => {
    const result = await renderDocument("monthly-media-report", example("monthly-media-report.invalid-totals.json"), monthly.meta, { lang: "en" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe("document.invalid_report");
    expect(result.error.issues.length).toBeGreaterThan(0);
    expect(result.error.issues.every((i) => i.input === "report")).toBe(true);
    expect(result.error.message).toMatch(/^the report is invalid/);
  });

  it("invalid metadata: its issues with JSON Pointers, in Vietnamese by default", async () => {
    const result = await renderDocument("difficulty-report", example(difficulty.file), { ...difficulty.meta, date: "2026-02-30", number: "12/KH-UBND" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe("document.invalid_meta");
    expect(result.error.issues.map((i) => `${i.input}${i.path} ${i.code}`)).toEqual(["meta/number document.number_not_report", "meta/date document.invalid_date"]);
    expect(result.error.message).toMatch(/^thông tin văn bản không hợp lệ/);
  });

  it("a schema without a template", async () => {
    const result = await renderDocument("procedure-statistics", {}, {});
    expect(result.ok ? "" : result.error.code).toBe("document.unsupported_schema");
  });
});
