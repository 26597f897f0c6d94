/**
 * 2026: ../shared/domain/calendar-and-deadlines.md §2.2. Tết Dương lịch, Tết and Quốc khánh are
 * VERIFIED; Giỗ Tổ (Sunday 26/4 → Monday 27/4 nghỉ bù) and 30/4–1/5 follow the statutory rules and
 * are confirmed by news (SECONDARY). Ngày Văn hóa Việt Nam (24/11) is UNCONFIRMED and is an option of
 * the calendar, off by default (see ../cultural-day.ts).
 *
 * The Quốc khánh swap (Mon 31/8 off, Sat 22/8 worked) has two independent sources, both reporting the
 * Prime Minister's decision of 13/10/2025: thanhnien.vn and kienthuc.net.vn (§2.2), hence VERIFIED. The
 * notice that conveyed it, with the Tết days, to state bodies is reported as Thông báo 9441/TB-BNV of
 * the Bộ Nội vụ (16/10/2025) by independent holiday datasets citing the government portal; the project
 * has not read it, so that number stays in the notes (SECONDARY) and the VPCP letter number is still
 * not known (§9).
 */
import type { Citation } from "@cchc/core";
import type { YearSchedule } from "../schedule-types.js";

function schedule2026(): YearSchedule {
  const PM_DECISION_OCT_2025: Citation = {
    title: "Phương án nghỉ Tết Âm lịch Bính Ngọ và Quốc khánh 2026",
    issuer: "Thủ tướng Chính phủ (Văn phòng Chính phủ thông báo)",
    date: "2025-10-13",
    url: "https://kienthuc.net.vn/chot-phuong-an-nghi-tet-am-lich-binh-ngo-va-quoc-khanh-nam-2026-post1576857.html",
    confidence: "VERIFIED",
    note:
      "Reported 13/10/2025 by kienthuc.net.vn, thanhnien.vn, congan.com.vn and vnanet.vn. Conveyed to state bodies by Thông báo 9441/TB-BNV " +
      "(Bộ Nội vụ, 16/10/2025; number and date SECONDARY: cited by holiday datasets, not read by the project). The VPCP letter number was not found (UNCONFIRMED).",
  };

  return {
    year: 2026,
    complete: true,
    tet: {
      days: ["2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20"],
      citation: {
        ...PM_DECISION_OCT_2025,
        note: `${PM_DECISION_OCT_2025.note} Break Sat 14/02 (27 Chạp Ất Tỵ) – Sun 22/02/2026 (mùng 6); official days Mon 16/02 (29 Chạp) – Fri 20/02 (mùng 4).`,
      },
    },
    nationalDayExtra: {
      date: "2026-09-01",
      citation: {
        ...PM_DECISION_OCT_2025,
        url: "https://thanhnien.vn/tet-binh-ngo-nghi-9-ngay-lien-tuc-185251013200157051.htm",
        note: `${PM_DECISION_OCT_2025.note} Break Sat 29/8 – Wed 2/9/2026; holidays Tue 1/9 and Wed 2/9.`,
      },
    },
    swaps: [
      {
        off: "2026-01-02",
        workedOn: "2026-01-10",
        occasion: { vi: "Tết Dương lịch 2026", en: "New Year 2026" },
        citation: {
          document: "12729/VPCP-KGVX",
          issuer: "Văn phòng Chính phủ",
          date: "2025-12-25",
          confidence: "VERIFIED",
          note: "Break Thu 01/01 – Sun 04/01/2026: Fri 02/01 off, Sat 10/01 worked (baohiemxahoi.gov.vn and tracuuquyhoach.com agree).",
        },
      },
      {
        off: "2026-08-31",
        workedOn: "2026-08-22",
        occasion: { vi: "Quốc khánh 2/9/2026", en: "National Day 2026" },
        citation: {
          ...PM_DECISION_OCT_2025,
          url: "https://thanhnien.vn/tet-binh-ngo-nghi-9-ngay-lien-tuc-185251013200157051.htm",
          note:
            "Mon 31/8 off, Sat 22/8/2026 worked: two independent sources agree, thanhnien.vn (this link) and " +
            `https://kienthuc.net.vn/chot-phuong-an-nghi-tet-am-lich-binh-ngo-va-quoc-khanh-nam-2026-post1576857.html. ${PM_DECISION_OCT_2025.note}`,
        },
      },
    ],
    note:
      "Complete for the statutory holidays. 30/4 (Thu) – 1/5 (Fri): no swap (kenh14 says there is no 9-day plan). Giỗ Tổ Sunday 26/4 gives Monday 27/4 as nghỉ bù (thanhnien, kenh14). 24/11 is not included unless the caller enables it.",
  };
}

/** @internal */
export const SCHEDULE_2026: YearSchedule = /* @__PURE__ */ schedule2026();
