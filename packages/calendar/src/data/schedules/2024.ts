/**
 * 2024: ../shared/domain/calendar-and-deadlines.md §2.0 (VERIFIED, two sources agree per row).
 * Tết Dương lịch (Mon 1/1) and Giỗ Tổ (Thu 18/4) need no choice and no swap is reported for them.
 */
import type { Citation } from "@cchc/core";
import type { YearSchedule } from "../schedule-types.js";

function schedule2024(): YearSchedule {
  const MOLISA_NOTICE: Citation = {
    title: "Thông báo nghỉ Tết Nguyên đán Giáp Thìn và Quốc khánh 2024",
    issuer: "Bộ Lao động – Thương binh và Xã hội",
    url: "https://sucsongtre.vn/doi-song/can-bo-cong-chuc-vien-chuc-nguoi-lao-dong-nghi-tet-nguyen-dan-giap-thin-7-ngay.html",
    confidence: "VERIFIED",
    note: "Tết: Thu 08/02 (29 Chạp Quý Mão) – Wed 14/02/2024, 5 Tết days plus 2 nghỉ bù for the weekend days. The notice number is not in the facts file.",
  };

  return {
    year: 2024,
    complete: true,
    tet: { days: ["2024-02-08", "2024-02-09", "2024-02-10", "2024-02-11", "2024-02-12"], citation: MOLISA_NOTICE },
    nationalDayExtra: {
      date: "2024-09-03",
      citation: {
        ...MOLISA_NOTICE,
        url: "https://btv.org.vn/tin-tuc/le-quoc-khanh-29-nguoi-lao-dong-duoc-nghi-4-ngay-lien-tiep-95086.html",
        note: "Sat 31/08 – Tue 03/09/2024: holidays Mon 2/9 and Tue 3/9 (sucsongtre.vn and btv.org.vn agree).",
      },
    },
    swaps: [
      {
        off: "2024-04-29",
        workedOn: "2024-05-04",
        occasion: { vi: "30/4 – 1/5/2024", en: "30 April – 1 May 2024" },
        citation: {
          document: "2450/VPCP-KGVX",
          issuer: "Văn phòng Chính phủ",
          date: "2024-04-12",
          url: "https://web.archive.org/web/20241002165957/https://thuvienphapluat.vn/cong-van/EN/Lao-dong-Tien-luong/Official-Dispatch-2450-VPCP-KGVX-2024-swap-of-working-days-during-the-Reunification-Day/606458/tieng-anh.aspx",
          confidence: "VERIFIED",
          note: "Off Sat 27/4 – Wed 1/5/2024; làm bù Sat 4/5 (python-holidays and baophapluat.vn agree).",
        },
      },
    ],
    note: "Complete: Tết, the 30/4 swap and Quốc khánh are reported by two sources each; 1/1 and Giỗ Tổ follow the statutory rule.",
  };
}

/** @internal */
export const SCHEDULE_2024: YearSchedule = /* @__PURE__ */ schedule2024();
