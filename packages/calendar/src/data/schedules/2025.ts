/**
 * 2025: ../shared/domain/calendar-and-deadlines.md §2.1 (VERIFIED, at least two sources agree).
 * Legal basis: VPCP letter 8726/VPCP-KGVX of 26/11/2024.
 */
import type { Citation } from "@cchc/core";
import type { YearSchedule } from "../schedule-types.js";

function schedule2025(): YearSchedule {
  const VPCP_8726: Citation = {
    document: "8726/VPCP-KGVX",
    issuer: "Văn phòng Chính phủ",
    date: "2024-11-26",
    url: "https://pld.net.vn/tag/nghi-tet-nguyen-dan.html",
    confidence: "VERIFIED",
    note: "Also reported by xosobinhdinh.org, tet-amlich.com and VietnamPlus (via tracuuquyhoach.com). A proposal 6150/TB-BNV sometimes cited was not found.",
  };

  return {
    year: 2025,
    complete: true,
    tet: {
      days: ["2025-01-27", "2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31"],
      citation: { ...VPCP_8726, note: "Break Sat 25/01 – Sun 02/02/2025 (9 days); official Tết days Mon 27/01 (28 Chạp) – Fri 31/01 (mùng 3)." },
    },
    nationalDayExtra: {
      date: "2025-09-01",
      citation: { ...VPCP_8726, note: "Break Sat 30/8 – Tue 2/9/2025; holidays Mon 1/9 and Tue 2/9." },
    },
    swaps: [
      {
        off: "2025-05-02",
        workedOn: "2025-04-26",
        occasion: { vi: "30/4 – 1/5/2025", en: "30 April – 1 May 2025" },
        citation: { ...VPCP_8726, note: "Break Wed 30/4 – Sun 4/5/2025: Fri 2/5 off, Sat 26/4 worked." },
      },
    ],
    note: "Complete. phunuvagiadinh.vn's \"31/8 – 3/9\" for 2025 repeats the 2024 dates (mislabelled page).",
  };
}

/** @internal */
export const SCHEDULE_2025: YearSchedule = /* @__PURE__ */ schedule2025();
