import ICAL from "ical.js";
import { evaluateObligation } from "@cchc/deadlines";
import { bacNinh2026Plan, planObligations } from "@cchc/plan";
import { describe, expect, it } from "vitest";
import { run } from "./helpers.js";

interface Deadline {
  obligation: string;
  period: string;
  due: string;
  endsAt: string;
  who: { id: string }[];
  to: { id: string }[];
  reading: string | null;
  ambiguous: boolean;
  earliestSafe: string;
  latestSafe: string;
  estimated: boolean;
  source: { clause?: string; confidence: string };
}

async function deadlines(argv: string[]): Promise<Deadline[]> {
  const r = await run(["deadlines", ...argv, "--json"]);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
}

const MEDIA = "bac-ninh-2026.media-monthly-report";
const AGENCIES = "bac-ninh-2026.agencies-cchc-report";

// The plan's monthly media report (Kế hoạch 2026, section V.5: "Định kỳ trước ngày 10 hằng tháng") read
// as docs/guides/deadline-semantics.md says: the report on month M is due strictly before the 10th of
// M + 1, a rest day moving it to the previous working day; the calendar is calendar-and-deadlines.md §2.2.
describe("cchc deadlines <year> --json", () => {
  it("is an array of every 2026 occurrence with obligation, period and due, in date order", async () => {
    const list = await deadlines(["2026"]);
    expect(list).toHaveLength(16); // 12 monthly media reports + the CCHC cycle's 4 periods
    expect(list.map((d) => d.due)).toEqual([...list.map((d) => d.due)].sort());
    for (const d of list) {
      expect(d.obligation).toMatch(/^bac-ninh-2026\./);
      expect(d.due).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(d.endsAt).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00\+07:00$/);
      expect(d.earliestSafe <= d.due && d.due <= d.latestSafe).toBe(true);
    }
    const at = (obligation: string, period: string) => list.find((d) => d.obligation === obligation && d.period === period);
    expect(at(MEDIA, "2026-01")).toMatchObject({ due: "2026-02-09", reading: "strictly-before", ambiguous: true, latestSafe: "2026-02-10" });
    expect(at(MEDIA, "2026-02")).toMatchObject({ due: "2026-03-09", endsAt: "2026-03-10T00:00:00+07:00" });
    expect(at(MEDIA, "2026-04")?.due).toBe("2026-05-08"); // 9/5 is a Saturday
    expect(at(MEDIA, "2026-12")).toMatchObject({ due: "2027-01-08", estimated: true }); // 2027: no official schedule
    expect(at(MEDIA, "2026-02")?.source).toMatchObject({ clause: "V.5" });
    expect(at(MEDIA, "2026-02")?.to.map((p) => p.id)).toEqual(["so-vhttdl"]);
    expect(list.filter((d) => d.obligation === AGENCIES).map((d) => d.period)).toEqual(["2026-Q1", "2026-H1", "2026-Q3", "2026"]);
  });

  it("gives the dates of @cchc/deadlines for the plan's obligations, occurrence by occurrence", async () => {
    const list = await deadlines(["2026"]);
    const obligations = planObligations(bacNinh2026Plan());
    for (const d of list) {
      const obligation = obligations.find((o) => o.id === d.obligation)!;
      const evaluated = evaluateObligation(obligation, d.period, {});
      expect(evaluated.ok && evaluated.value.evaluation.due).toBe(d.due);
    }
  });

  it("--actor keeps the obligations that actor owes, also through a group it belongs to", async () => {
    const health = await deadlines(["2026", "--actor", "so-y-te"]);
    expect(health.map((d) => d.period)).toEqual(["2026-Q1", "2026-H1", "2026-Q3", "2026"]);
    expect(new Set(health.map((d) => d.obligation))).toEqual(new Set([AGENCIES]));
    const media = await deadlines(["2026", "--actor", "bao-ptth-bac-ninh"]);
    expect(media).toHaveLength(12);
    expect(await deadlines(["2026", "--actor", "chinh-phu"])).toEqual([]);
  });

  it("an unknown actor is a usage error (exit 2) naming the actors that report", async () => {
    const vi = await run(["deadlines", "2026", "--actor", "so-khong-co"]);
    expect(vi.code).toBe(2);
    expect(vi.stdout).toBe("");
    expect(vi.stderr).toContain("so-khong-co");
    expect(vi.stderr).toContain("bao-ptth-bac-ninh");
    const en = await run(["deadlines", "2026", "--actor", "so-khong-co", "--lang", "en"]);
    expect(en.stderr).toContain("Actors owing dated reports:");
  });

  it.each([
    ["2027", "input.year_outside_plan", "năm 2027 nằm ngoài kế hoạch", "2027 is outside the plan"],
    ["1800", "input.year_outside_plan", "năm 1800 nằm ngoài kế hoạch", "1800 is outside the plan"],
    ["hai", "input.invalid_year", 'Năm "hai" không hợp lệ', 'Invalid year "hai"'],
  ])("year %s: exit 1 with %s in vi and en", async (year, code, vi, en) => {
    const text = await run(["deadlines", year]);
    expect(text.code).toBe(1);
    expect(text.stderr).toContain(vi);
    const r = await run(["deadlines", year, "--json", "--lang", "en"]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual({ input: year, error: { code, message: expect.stringContaining(en) } });
  });

  it("prints a table for people with who reports to whom and how to get the explanation", async () => {
    const r = await run(["deadlines", "2026"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("2026-03-09 T2  Báo cáo kết quả tuyên truyền CCHC — tháng 02/2026");
    expect(r.stdout).toContain("Báo và Phát thanh, Truyền hình Bắc Ninh → Sở Văn hóa, Thể thao và Du lịch");
    expect(r.stdout).toContain(`cchc explain ${MEDIA} 2026-02`);
    expect(r.stdout).toContain("2027-01-08 T6  Báo cáo kết quả tuyên truyền CCHC — tháng 12/2026 (ước tính)");
    expect(r.stdout).toContain("16 lần nộp.");
    // The confidence shows with every date: the agencies' dates rest on an UNCONFIRMED rule (V.1 sets none).
    expect(r.stdout).toContain(
      "2026-03-20 T6  Báo cáo kết quả thực hiện công tác tuyên truyền về CCHC, và lựa chọn, đề xuất nội dung tuyên truyền trọng tâm — quý I năm 2026 (chưa được xác nhận)",
    );
    expect(r.stdout.split("\n").filter((l) => l.trim() === "Độ tin cậy của quy định: UNCONFIRMED — hạn này chưa được xác nhận.")).toHaveLength(4);
    expect(r.stdout.split("\n").filter((l) => l.trim() === "Độ tin cậy của quy định: INFERRED.")).toHaveLength(12);
    const en = await run(["deadlines", "2026", "--actor", "so-y-te", "--lang", "en"]);
    expect(en.stdout).toContain("owed by Department of Health");
    expect(en.stdout).toContain("2026-03-20 Fri Results of reform communication");
  });

  it("--ics writes the occurrences as iCalendar events (checked with ical.js)", async () => {
    const r = await run(["deadlines", "2026", "--ics", "--lang", "en"]);
    expect(r.code).toBe(0);
    const events = new ICAL.Component(ICAL.parse(r.stdout)).getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
    expect(events).toHaveLength(16);
    expect(events.map((e) => e.uid)).toContain(`${MEDIA}.2026-02@cchc.local`);
    expect(events.find((e) => e.uid === `${MEDIA}.2026-02@cchc.local`)?.startDate.toString()).toBe("2026-03-09");
    const q1 = events.find((e) => e.uid === `${AGENCIES}.2026-Q1@cchc.local`)!;
    expect(q1.summary.startsWith("Due (UNCONFIRMED): ")).toBe(true);
    expect(q1.description).toContain("Confidence of the rule: UNCONFIRMED — this due date is not confirmed");
  });
});

describe("cchc explain <obligation> <period>", () => {
  it("explains the report on February 2026 with its readings, the Tết break and the sources", async () => {
    const r = await run(["explain", "media-monthly-report", "2026-02"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Báo cáo kết quả tuyên truyền CCHC — tháng 02/2026");
    expect(r.stdout).toContain('Quy định: khoản V.5, Kế hoạch tuyên truyền cải cách hành chính tỉnh Bắc Ninh năm 2026 [INFERRED]: "Định kỳ trước ngày 10 hằng tháng"');
    expect(r.stdout).toContain("Hạn: Thứ Hai, 09/03/2026, kết thúc lúc 24:00 (giờ Việt Nam).");
    expect(r.stdout).toContain("14/02/2026 – 22/02/2026 (9 ngày): Tết Nguyên đán");
    expect(r.stdout).toContain("khoản 6 Điều 148, Bộ luật Dân sự 2015 (91/2015/QH13)");
    const en = await run(["explain", MEDIA, "2026-02", "--lang", "en"]);
    expect(en.stdout).toContain("Due: Monday 9 March 2026, ending at 24:00 (Vietnam time).");
    expect(en.stdout).toContain("Set by: clause V.5");
  });

  it("--json: the occurrence, the explanation text and the evaluation data", async () => {
    const r = await run(["explain", "media-monthly-report", "2026-02", "--json", "--lang", "en"]);
    const json = JSON.parse(r.stdout);
    expect(json).toMatchObject({ obligation: MEDIA, period: "2026-02", due: "2026-03-09", ambiguous: true, precedence: null });
    expect(json.explanation).toMatch(/^Due: Monday 9 March 2026/);
    expect(json.evaluation.readings).toHaveLength(6);
    expect(json.evaluation.readings.filter((x: { selected: boolean }) => x.selected)).toEqual([
      expect.objectContaining({ reading: "strictly-before", policy: "previous-working-day", due: "2026-03-09", isDefault: true }),
    ]);
    expect(json.evaluation.restDays).toEqual([expect.objectContaining({ from: "2026-02-14", to: "2026-02-22", days: 9 })]);
    expect(json.evaluation.citations.map((c: { document?: string }) => c.document)).toContain("91/2015/QH13");
    expect(json.evaluation.steps[0].text.vi).toContain("Kỳ báo cáo tháng 02/2026");
  });

  it("the CCHC report: data window and the 581/BNV-CCHC source", async () => {
    const json = JSON.parse((await run(["explain", "agencies-cchc-report", "2026-Q1", "--json"])).stdout);
    expect(json).toMatchObject({ due: "2026-03-20", copyTo: [{ id: "so-vhttdl" }] });
    expect(json.evaluation.window).toEqual({ start: "2025-12-15", end: "2026-03-14" });
    expect(json.evaluation.citations.map((c: { document?: string }) => c.document)).toContain("581/BNV-CCHC");
  });

  it("an unknown obligation is a usage error (exit 2) listing the known ones", async () => {
    const r = await run(["explain", "weekly-report", "2026-02", "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`No obligation "weekly-report". Obligations with a due date: ${MEDIA}, ${AGENCIES} (or the schema id of their report).`);
  });

  it.each([
    ["media-monthly-report", "2026-13", "deadline.invalid_period_id", "Mã kỳ báo cáo \"2026-13\" không hợp lệ", 'The period id "2026-13" is invalid'],
    ["agencies-cchc-report", "2026-Q2", "input.period_not_in_recurrence", "không có kỳ báo cáo 2026-Q2", "has no reporting period 2026-Q2"],
    ["media-monthly-report", "2026-Q1", "input.period_not_in_recurrence", "không có kỳ báo cáo 2026-Q1", "has no reporting period 2026-Q1"],
    ["media-monthly-report", "2025-12", "input.period_outside_plan", "Kỳ 2025-12 nằm ngoài thời gian của kế hoạch", "Period 2025-12 is outside plan"],
  ])("explain %s %s: exit 1 with %s in vi and en", async (obligation, period, code, vi, en) => {
    const text = await run(["explain", obligation, period]);
    expect(text.code).toBe(1);
    expect(text.stderr).toContain(vi);
    const r = await run(["explain", obligation, period, "--json", "--lang", "en"]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual({ input: period, error: { code, message: expect.stringContaining(en) } });
  });
});
