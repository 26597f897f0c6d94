import fc from "fast-check";
import { epochDayToIso, toEpochDay } from "@cchc/core";
import { describe, expect, it } from "vitest";
import { run } from "./helpers.js";

async function json(argv: string[]): Promise<Record<string, unknown>> {
  const r = await run([...argv, "--json"]);
  expect(r.code, r.stderr + r.stdout).toBe(0);
  return JSON.parse(r.stdout);
}

// Vectors: /work/shared/domain/calendar-and-deadlines.md §2.2 — Tết Bính Ngọ: days off Sat 14/02 – Sun
// 22/02/2026; Quốc khánh: Mon 31/8 off, Sat 22/8/2026 worked; Tết Dương lịch: Fri 02/01 off, Sat 10/01 worked.
describe("cchc workdays add <date> <n>", () => {
  it("moves forward over Tết: 5 working days after Fri 13/02/2026 is Fri 27/02/2026", async () => {
    expect(await json(["workdays", "add", "2026-02-13", "5"])).toEqual({
      date: "2026-02-27",
      from: "2026-02-13",
      n: 5,
      calendar: "vn-state",
      estimated: false,
    });
  });

  it("accepts a negative n as a value, not an option: 3 working days before 27/02/2026", async () => {
    expect((await json(["workdays", "add", "2026-02-27", "-3"])).date).toBe("2026-02-24");
    expect((await json(["workdays", "add", "2026-02-23", "-1"])).date).toBe("2026-02-13");
  });

  it("counts make-up Saturdays: the working day after Fri 21/08/2026 is Sat 22/08/2026", async () => {
    expect((await json(["workdays", "add", "2026-08-21", "1"])).date).toBe("2026-08-22");
    expect((await json(["workdays", "add", "2026-08-28", "1"])).date).toBe("2026-09-03");
  });

  it("n = 0 keeps a working day and moves a day off to the next working day", async () => {
    expect((await json(["workdays", "add", "2026-02-13", "0"])).date).toBe("2026-02-13");
    expect((await json(["workdays", "add", "2026-02-16", "0"])).date).toBe("2026-02-23");
  });

  it("reads the Vietnamese DD/MM/YYYY form", async () => {
    expect(await json(["workdays", "add", "13/2/2026", "+5"])).toMatchObject({ date: "2026-02-27", from: "2026-02-13" });
  });

  it("flags an answer that rests on an estimated year", async () => {
    expect((await json(["workdays", "add", "2026-12-30", "5"])).estimated).toBe(true);
    const text = await run(["workdays", "add", "2026-12-30", "5", "--lang", "en"]);
    expect(text.stdout).toContain("Estimated: 2027 has no official holiday schedule");
  });

  it("prints the date for people, with its weekday", async () => {
    expect((await run(["workdays", "add", "2026-02-13", "5"])).stdout).toBe("2026-02-27 (T6): 5 ngày làm việc tính từ 2026-02-13\n");
    expect((await run(["workdays", "add", "2026-02-13", "5", "--lang", "en"])).stdout).toBe("2026-02-27 (Fri): 5 working day(s) from 2026-02-13\n");
  });

  it.each([
    ["31/02/2026", "2", "date.invalid_day", "Ngày 31 không tồn tại trong tháng 2/2026.", "Day 31 does not exist in 2/2026."],
    ["2026-02-31", "2", "date.invalid_day", "Ngày 31 không tồn tại trong tháng 2/2026.", "Day 31 does not exist in 2/2026."],
    ["2026-13-01", "2", "date.invalid_month", "Tháng 13 không tồn tại", "Month 13 does not exist"],
    ["tomorrow", "2", "date.invalid_format", "không đúng định dạng", "not in YYYY-MM-DD form"],
    ["1999-12-31", "2", "calendar.out_of_range", "nằm ngoài phạm vi của lịch", "outside the range of calendar"],
    ["2026-02-13", "1.5", "input.invalid_integer", '"1.5" không phải là số nguyên', '"1.5" is not an integer'],
    ["2026-02-13", "ba", "input.invalid_integer", '"ba" không phải là số nguyên', '"ba" is not an integer'],
    ["2199-12-30", "5", "calendar.result_out_of_range", "Kết quả vượt ra ngoài phạm vi", "The result leaves the range"],
  ])("add %s %s: exit 1 with %s in vi and en", async (date, n, code, vi, en) => {
    const text = await run(["workdays", "add", date, n]);
    expect(text.code).toBe(1);
    expect(text.stdout).toBe("");
    expect(text.stderr).toContain(vi);
    const r = await run(["workdays", "add", date, n, "--json", "--lang", "en"]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).error).toEqual({ code, message: expect.stringContaining(en) });
  });

  it("a missing n is a usage error (exit 2)", async () => {
    expect((await run(["workdays", "add", "2026-02-13"])).code).toBe(2);
  });
});

describe("cchc workdays count <from> <to>", () => {
  it("counts both ends inclusive: February 2026 has 15 working days (Tết 16–20/02)", async () => {
    expect(await json(["workdays", "count", "2026-02-01", "2026-02-28"])).toEqual({
      count: 15,
      from: "2026-02-01",
      to: "2026-02-28",
      includeStart: true,
      includeEnd: true,
      calendar: "vn-state",
      estimated: false,
    });
    expect((await json(["workdays", "count", "2026-01-01", "2026-12-31"])).count).toBe(250);
  });

  it("--exclude-start leaves out the first date only", async () => {
    expect((await json(["workdays", "count", "2026-02-13", "2026-02-27"])).count).toBe(6);
    expect(await json(["workdays", "count", "2026-02-13", "2026-02-27", "--exclude-start"])).toMatchObject({ count: 5, includeStart: false });
    expect((await json(["workdays", "count", "2026-02-14", "2026-02-27", "--exclude-start"])).count).toBe(5);
  });

  it("is 0 when from is after to, and reads DD/MM/YYYY", async () => {
    expect((await json(["workdays", "count", "2026-03-01", "2026-02-01"])).count).toBe(0);
    expect((await json(["workdays", "count", "01/01/2026", "10/01/2026"])).count).toBe(6);
  });

  it("prints the count for people", async () => {
    expect((await run(["workdays", "count", "2026-02-01", "2026-02-28"])).stdout).toBe("15 ngày làm việc từ 2026-02-01 đến 2026-02-28\n");
    expect((await run(["workdays", "count", "2026-02-01", "2026-02-28", "--exclude-start", "--lang", "en"])).stdout).toBe(
      "15 working day(s) from 2026-02-01 (excluded) to 2026-02-28\n",
    );
  });

  it.each([
    ["31/02/2026", "2026-03-31", "date.invalid_day", "31/02/2026"],
    ["2026-01-01", "2026-13-01", "date.invalid_month", "2026-13-01"],
  ])("count %s %s: exit 1 with %s naming the bad argument", async (from, to, code, input) => {
    const r = await run(["workdays", "count", from, to, "--json"]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject({ input, error: { code } });
  });

  it("add and count agree: n > 0 working days after a date, counted without the start, is n", async () => {
    const first = toEpochDay({ year: 2024, month: 1, day: 1 });
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 365 * 4 }), fc.integer({ min: 1, max: 300 }), async (offset, n) => {
        const from = epochDayToIso(first + offset);
        const { date } = (await json(["workdays", "add", from, String(n)])) as { date: string };
        expect((await json(["workdays", "count", from, date, "--exclude-start"])).count).toBe(n);
        const back = (await json(["workdays", "add", date, String(-n)])) as { date: string };
        expect(back.date <= from).toBe(true);
      }),
      { numRuns: 40 },
    );
  });
});

// 24/11/2026 (Tuesday), Ngày Văn hóa Việt Nam: UNCONFIRMED (facts §1.2), not a holiday by default.
describe("cchc workdays: 24/11 and --culture-day", () => {
  it("November 2026 has 21 working days by default, 20 with --culture-day 2026; the default says why", async () => {
    const plain = await run(["workdays", "count", "2026-11-01", "2026-11-30"]);
    expect(plain.stdout.split("\n")[0]).toBe("21 ngày làm việc từ 2026-11-01 đến 2026-11-30");
    expect(plain.stdout).toContain("24/11/2026 (Ngày Văn hóa Việt Nam) không được tính là ngày nghỉ lễ");
    const counted = await run(["workdays", "count", "2026-11-01", "2026-11-30", "--culture-day", "2026"]);
    expect(counted.stdout).toBe("20 ngày làm việc từ 2026-11-01 đến 2026-11-30\n");
    expect(await json(["workdays", "count", "2026-11-01", "2026-11-30", "--culture-day", "2026"])).toMatchObject({ count: 20, calendar: "vn-state+culture-day-2026" });
  });

  it("add crosses 24/11/2026 one day later with --culture-day; no note when the range misses 24/11", async () => {
    expect(await json(["workdays", "add", "2026-11-23", "1"])).toMatchObject({ date: "2026-11-24" });
    expect(await json(["workdays", "add", "2026-11-23", "1", "--culture-day", "2026"])).toMatchObject({ date: "2026-11-25" });
    expect((await run(["workdays", "add", "2026-11-25", "3"])).stdout).not.toContain("24/11");
    expect((await run(["workdays", "add", "2025-11-20", "3"])).stdout).not.toContain("24/11");
    expect((await run(["workdays", "add", "2026-11-26", "-3", "--lang", "en"])).stdout).toContain("Note: 24/11/2026 (Vietnamese Culture Day)");
  });
});
