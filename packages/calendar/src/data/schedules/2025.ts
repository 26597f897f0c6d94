/**
 * 2025: ../shared/domain/calendar-and-deadlines.md §2.1 (VERIFIED, at least two sources agree).
 * Legal basis: VPCP letter 8726/VPCP-KGVX of 26/11/2024, conveyed to state bodies by Thông báo
 * 6150/TB-BLĐTBXH of the Bộ Lao động – Thương binh và Xã hội (03/12/2024). The facts file reports a
 * "6150/TB-BNV" as not found: the number is right, the issuer code is the labour ministry's (BLĐTBXH),
 * which announced the yearly schedule until 2025 (§2 "Mechanism"); its number and date are SECONDARY
 * (cited by independent holiday datasets that quote the government portal; the project has not read it).
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
    note:
      "Conveyed to state bodies by Thông báo 6150/TB-BLĐTBXH (Bộ Lao động – Thương binh và Xã hội, 03/12/2024; number and date SECONDARY), " +
      "the notice sometimes cited as \"6150/TB-BNV\". Also reported by xosobinhdinh.org, tet-amlich.com and VietnamPlus (via tracuuquyhoach.com).",
  };
  const cite = (note: string): Citation => ({ ...VPCP_8726, note: `${note} ${VPCP_8726.note}` });

  return {
    year: 2025,
    complete: true,
    tet: {
      days: ["2025-01-27", "2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31"],
      citation: cite("Break Sat 25/01 – Sun 02/02/2025 (9 days); official Tết days Mon 27/01 (28 Chạp) – Fri 31/01 (mùng 3)."),
    },
    nationalDayExtra: {
      date: "2025-09-01",
      citation: cite("Break Sat 30/8 – Tue 2/9/2025; holidays Mon 1/9 and Tue 2/9."),
    },
    swaps: [
      {
        off: "2025-05-02",
        workedOn: "2025-04-26",
        occasion: { vi: "30/4 – 1/5/2025", en: "30 April – 1 May 2025" },
        citation: cite("Break Wed 30/4 – Sun 4/5/2025: Fri 2/5 off, Sat 26/4 worked."),
      },
    ],
    note: "Complete. phunuvagiadinh.vn's \"31/8 – 3/9\" for 2025 repeats the 2024 dates (mislabelled page).",
  };
}

/** @internal */
export const SCHEDULE_2025: YearSchedule = /* @__PURE__ */ schedule2025();
