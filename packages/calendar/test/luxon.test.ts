import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { vietnamCalendar } from "@cchc/calendar";
import { VIETNAM_ZONE, toVietnamDateTime, withDateTimes } from "@cchc/calendar/luxon";

describe("@cchc/calendar/luxon", () => {
  it("returns the start of the Vietnamese day in Asia/Ho_Chi_Minh", () => {
    const dt = toVietnamDateTime("2026-09-02");
    expect(dt.toISO()).toBe("2026-09-02T00:00:00.000+07:00");
    expect(dt.zoneName).toBe(VIETNAM_ZONE);
    // An instant late in the evening in New York is already the next day in Hà Nội.
    expect(toVietnamDateTime(DateTime.fromISO("2026-09-01T20:00", { zone: "America/New_York" })).toISODate()).toBe("2026-09-02");
  });
  it("wraps a calendar so that it answers with DateTimes", () => {
    const cal = withDateTimes(vietnamCalendar());
    expect(cal.addWorkingDays("2026-08-28", 1).toISODate()).toBe("2026-09-03");
    expect(cal.nextWorkingDay("2026-02-14").toISODate()).toBe("2026-02-23");
    expect(cal.previousWorkingDay("2026-02-23").toISODate()).toBe("2026-02-13");
    expect(cal.addWorkingDays(DateTime.fromISO("2026-02-13T09:00", { zone: VIETNAM_ZONE }), 3).toISODate()).toBe("2026-02-25");
    expect(cal.calendar.id).toBe("vn-state");
  });
  it("throws the calendar's typed errors", () => {
    expect(() => toVietnamDateTime("2026-02-30")).toThrowError(expect.objectContaining({ code: "date.invalid_day" }));
  });
});
