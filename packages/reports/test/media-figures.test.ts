/**
 * The monthly media report's figures that are stated twice agree, and airtime is given only where
 * there is air (plan V.5: "thời gian phát sóng/đăng tải, số lượng tin/bài, chuyên mục; … hình thức thể
 * hiện"). Vectors from the shipped example (news 31 = 31 news items; article 5 + reportage 3 + talk show
 * 1 = 9 articles) and properties over generated reports.
 */
import { AIR_CHANNEL_CODES, FORM_TOTALS, MEDIA_CHANNEL_CODES, validateMonthlyMediaReport } from "@cchc/reports";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { monthlyMediaReport } from "./support/arbitraries.js";
import { clone, example } from "./support/examples.js";

type Obj = Record<string, unknown>;
const at = (r: { issues: readonly { path: string; code: string }[] }) => r.issues.map((i) => `${i.path} ${i.code}`);
const valid = (): Obj => clone(example("monthly-media-report.valid.json"));
const list = (report: Obj, key: string): Obj[] => report[key] as Obj[];
const GROUND = MEDIA_CHANNEL_CODES.filter((c) => !(AIR_CHANNEL_CODES as readonly string[]).includes(c));

describe("airtime only where there is air", () => {
  it("refuses airtime on a print or online section, broadcast or channel, and names the channel", () => {
    const r = valid();
    // The print page gets 30 minutes, kept consistent with the totals so that only the airtime rule speaks.
    list(r, "sections")[2]!["airtimeMinutes"] = 30;
    (r["totals"] as Obj)["airtimeMinutes"] = 148.5;
    list(r, "broadcasts")[8]!["airtimeMinutes"] = 5;
    list(r, "channels")[3]!["airtimeMinutes"] = 12;
    const result = validateMonthlyMediaReport(r, "en");
    expect(at(result)).toEqual([
      "/sections/2/airtimeMinutes report.airtime_without_air",
      "/broadcasts/8/airtimeMinutes report.airtime_without_air",
      "/channels/3/airtimeMinutes report.airtime_without_air",
    ]);
    expect(result.issues[0]!.message).toBe(
      "The channel F1.press.print does not broadcast: 30 minutes of airtime must be 0 (only radio and television have airtime).",
    );
    expect(validateMonthlyMediaReport(r).issues[2]!.message).toBe(
      "Kênh F1.press.online không phát sóng: thời lượng 12 phút phải là 0 (chỉ phát thanh, truyền hình có thời lượng).",
    );
  });

  it("accepts 0 minutes anywhere, and airtime on radio and television", () => {
    const r = valid();
    list(r, "broadcasts")[8]!["airtimeMinutes"] = 0;
    list(r, "channels")[3]!["airtimeMinutes"] = 0;
    expect(validateMonthlyMediaReport(r).issues).toEqual([]);
  });

  it("property: any positive airtime on a channel without air is refused", () => {
    const withGround = monthlyMediaReport.filter((r) => (r["sections"] as Obj[]).some((s) => GROUND.includes(s["channel"] as never)));
    fc.assert(
      fc.property(withGround, fc.integer({ min: 1, max: 600 }), (report, minutes) => {
        const r = clone(report);
        const sections = list(r, "sections");
        const i = sections.findIndex((s) => GROUND.includes(s["channel"] as never));
        sections[i]!["airtimeMinutes"] = minutes;
        const totals = r["totals"] as Obj;
        totals["airtimeMinutes"] = Math.round(((totals["airtimeMinutes"] as number) + minutes) * 1000) / 1000;
        const codes = validateMonthlyMediaReport(r).issues.map((x) => `${x.path} ${x.code}`);
        expect(codes).toContain(`/sections/${i}/airtimeMinutes report.airtime_without_air`);
      }),
      { numRuns: 200, seed: 17 },
    );
  });
});

describe("the forms of presentation agree with the totals", () => {
  it("maps news to the news items and article + reportage + talk show to the articles, as the shipped example does", () => {
    const r = valid();
    const count = (form: string) => (list(r, "forms").find((f) => f["form"] === form)?.["count"] as number | undefined) ?? 0;
    const totals = r["totals"] as { newsItems: number; articles: number };
    expect(count("news")).toBe(totals.newsItems); // 31
    expect(count("article") + count("reportage") + count("talk-show")).toBe(totals.articles); // 5 + 3 + 1 = 9
    expect(FORM_TOTALS).toEqual({ news: "newsItems", article: "articles", reportage: "articles", "talk-show": "articles" });
    expect(validateMonthlyMediaReport(r).valid).toBe(true);
  });

  it("refuses forms that disagree with the totals, at /forms, and leaves the other forms free", () => {
    const r = valid();
    list(r, "forms")[2]!["count"] = 4; // reportage 3 → 4: 10 articles in the forms, 9 in the totals
    const result = validateMonthlyMediaReport(r, "en");
    expect(at(result)).toEqual(["/forms report.sum_mismatch"]);
    expect(result.issues[0]!.message).toBe("Σ /forms/*/count (article + reportage + talk-show) = 10, which does not match /totals/articles = 9.");
    const free = valid();
    list(free, "forms")[4]!["count"] = 400; // infographic
    list(free, "forms")[5]!["count"] = 0; // video
    expect(validateMonthlyMediaReport(free).valid).toBe(true);
    const noNews = valid();
    list(noNews, "forms").splice(0, 1);
    expect(validateMonthlyMediaReport(noNews, "en").issues.map((i) => i.message)).toEqual([
      "Σ /forms/*/count (news) = 0, which does not match /totals/newsItems = 31.",
    ]);
  });

  it("refuses an empty list of forms when items were published (hình thức thể hiện is one of V.5's contents)", () => {
    const r = valid();
    r["forms"] = [];
    const result = validateMonthlyMediaReport(r, "en");
    expect(at(result)).toEqual(["/forms report.forms_required"]);
    expect(result.issues[0]!.message).toBe(
      "No form of presentation is given although 40 news items and articles were published (a content of the report under V.5).",
    );
  });

  it("accepts an empty list of forms in a month with nothing published", () => {
    const r = valid();
    r["totals"] = { newsItems: 0, articles: 0, airtimeMinutes: 0 };
    r["sections"] = [];
    r["broadcasts"] = [];
    r["forms"] = [];
    r["channels"] = [];
    expect(validateMonthlyMediaReport(r).issues).toEqual([]);
  });

  it("property: moving one item between news and articles in the forms alone is refused", () => {
    const withBoth = monthlyMediaReport.filter((r) => {
      const t = r["totals"] as { newsItems: number; articles: number };
      return t.newsItems > 0 && t.articles > 0;
    });
    fc.assert(
      fc.property(withBoth, (report) => {
        const r = clone(report);
        const news = list(r, "forms").find((f) => f["form"] === "news")!;
        const article = list(r, "forms").find((f) => FORM_TOTALS[f["form"] as "article"] === "articles" && (f["count"] as number) > 0)!;
        news["count"] = (news["count"] as number) + 1;
        article["count"] = (article["count"] as number) - 1;
        expect(at(validateMonthlyMediaReport(r))).toEqual(["/forms report.sum_mismatch", "/forms report.sum_mismatch"]);
      }),
      { numRuns: 200, seed: 18 },
    );
  });
});

describe("a channel's airtime is its sections' airtime", () => {
  it("refuses a television channel whose airtime differs from its sections'", () => {
    const r = valid();
    list(r, "channels")[0]!["airtimeMinutes"] = 80;
    const result = validateMonthlyMediaReport(r, "en");
    expect(at(result)).toEqual(["/channels/0/airtimeMinutes report.sum_mismatch"]);
    expect(result.issues[0]!.message).toBe("Σ /sections/*/airtimeMinutes (channel F1.press.tv) = 72, which does not match /channels/0/airtimeMinutes = 80.");
  });

  it("checks only a stated airtime", () => {
    const r = valid();
    delete list(r, "channels")[1]!["airtimeMinutes"];
    expect(validateMonthlyMediaReport(r).valid).toBe(true);
  });
});

describe("a section's broadcasts fit the section", () => {
  it("refuses more broadcasts than editions, more broadcast airtime than the section's, and another channel", () => {
    const result = validateMonthlyMediaReport(example("monthly-media-report.invalid-figures.json"), "en");
    expect(at(result)).toEqual([
      "/sections/1/airtimeMinutes report.airtime_without_air",
      "/broadcasts/2/channel report.channel_mismatch",
      "/sections/0/editions report.broadcasts_exceed_editions",
      "/sections/0/airtimeMinutes report.parts_exceed_total",
      "/channels/0/airtimeMinutes report.sum_mismatch",
      "/forms report.sum_mismatch",
    ]);
    expect(result.issues.map((i) => i.message).slice(1, 4)).toEqual([
      'The channel F1.press.radio differs from the channel of the section "Cải cách hành chính" (/sections/0/channel = F1.press.tv).',
      '3 broadcasts or postings belong to the section "Cải cách hành chính", more than /sections/0/editions = 2 editions.',
      'Σ /broadcasts/*/airtimeMinutes (section "Cải cách hành chính") = 54, more than /sections/0/airtimeMinutes = 36.',
    ]);
  });

  it("counts the broadcasts named with another case or spacing, and skips the editions check when none are given", () => {
    const r = valid();
    list(r, "sections")[1]!["editions"] = 3; // the radio section has 4 broadcasts, one named "chính  quyền số"
    expect(at(validateMonthlyMediaReport(r))).toEqual(["/sections/1/editions report.broadcasts_exceed_editions"]);
    delete list(r, "sections")[1]!["editions"];
    expect(validateMonthlyMediaReport(r).valid).toBe(true);
  });

  it("property: listing one more broadcast under a section with as many editions as broadcasts is refused", () => {
    const full = monthlyMediaReport.filter((r) =>
      (r["sections"] as Obj[]).some((s) => s["editions"] !== undefined && (r["broadcasts"] as Obj[]).filter((b) => b["section"] === s["name"]).length === s["editions"]),
    );
    fc.assert(
      fc.property(full, (report) => {
        const r = clone(report);
        const sections = list(r, "sections");
        const i = sections.findIndex((s) => s["editions"] !== undefined && list(r, "broadcasts").filter((b) => b["section"] === s["name"]).length === s["editions"]);
        const section = sections[i]!;
        list(r, "broadcasts").push({ date: `${r["month"] as string}-01`, channel: section["channel"], section: section["name"] });
        expect(at(validateMonthlyMediaReport(r))).toContain(`/sections/${i}/editions report.broadcasts_exceed_editions`);
      }),
      { numRuns: 100, seed: 19 },
    );
  });
});
