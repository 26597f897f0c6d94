/** Difficulty reports (difficulty-report) that agencies, communes and the broadcaster raise during the year. */
import type { DifficultyReportInput } from "@cchc/reports";
import { SAMPLE_NOTE, SAMPLE_REPORT_ID_PREFIX } from "./marker.js";

/** A difficulty report, when it is raised, and whether (when) Sở VHTTDL marks it resolved. */
export interface SampleDifficulty {
  readonly unit: string;
  readonly report: DifficultyReportInput;
  /** The day it is resolved by Sở VHTTDL, if it is. */
  readonly resolvedOn?: string;
  readonly resolutionNote?: string;
}

const from = (actor: DifficultyReportInput["from"]["actor"], name: string, communeCode?: string): DifficultyReportInput["from"] =>
  communeCode === undefined ? { actor, name } : { actor, name, communeCode };

const report = (id: string, f: DifficultyReportInput["from"], reportedOn: string, period: string, items: DifficultyReportInput["items"]): DifficultyReportInput => ({
  schemaVersion: 1,
  reportId: `${SAMPLE_REPORT_ID_PREFIX}KK-${id}`,
  from: f,
  reportedOn,
  period,
  items,
  notes: SAMPLE_NOTE,
});

/** The year's difficulty reports. */
export const SAMPLE_DIFFICULTIES: readonly SampleDifficulty[] = [
  {
    unit: "ubnd-xa-phuong:07663",
    report: report("TUANDAO-Q1", from("ubnd-xa-phuong", "UBND xã Tuấn Đạo", "07663"), "2026-04-02", "2026-Q1", [
      {
        title: "Thiếu thiết bị phát thanh cơ sở",
        description: "Hệ thống truyền thanh cơ sở ở 4 thôn bị hỏng từ sau sáp nhập, chưa có kinh phí sửa chữa.",
        topic: "T3",
        channel: "F1.grassroots-radio",
        since: "2025-09-01",
        proposal: "Đề nghị bố trí kinh phí sửa chữa trong năm 2026.",
        decisionBy: "chu-tich-ubnd-tinh",
      },
    ]),
    resolvedOn: "2026-05-15",
    resolutionNote: "Đã bố trí kinh phí sửa chữa trong đợt bổ sung dự toán tháng 5.",
  },
  {
    unit: "so-y-te",
    report: report("SYT-Q2", from("so-y-te", "Sở Y tế"), "2026-06-24", "2026-Q2", [
      {
        title: "Thiếu nhân lực làm truyền thông",
        description: "Sở chưa có cán bộ chuyên trách truyền thông; việc cập nhật tin về thủ tục hành chính trên trang thông tin điện tử còn chậm.",
        topic: "T4.4",
        channel: "F1.portal.agency",
        proposal: "Đề nghị Sở Nội vụ hướng dẫn bố trí biên chế kiêm nhiệm có phụ cấp.",
        decisionBy: "so-noi-vu",
      },
    ]),
  },
  {
    unit: "ubnd-xa-phuong:09367",
    report: report("PHUONG09367-Q2", from("ubnd-xa-phuong", "UBND phường Từ Sơn", "09367"), "2026-07-06", "2026-Q2", [
      {
        title: "Tài liệu hướng dẫn thanh toán trực tuyến",
        description: "Người cao tuổi khó tiếp cận hướng dẫn thanh toán trực tuyến phí, lệ phí.",
        topic: "T4.6",
        channel: "F3.leaflet",
        proposal: "Đề nghị Sở Văn hóa, Thể thao và Du lịch biên soạn tờ gấp hướng dẫn.",
        decisionBy: "so-vhttdl",
      },
    ]),
    resolvedOn: "2026-08-20",
    resolutionNote: "Đã in và cấp 5.000 tờ gấp cho các xã.",
  },
  {
    unit: "bao-ptth-bac-ninh",
    report: report("BPTTH-Q3", from("bao-ptth-bac-ninh", "Báo và Phát thanh, Truyền hình Bắc Ninh"), "2026-09-28", "2026-Q3", [
      {
        title: "Chậm nhận số liệu giải quyết hồ sơ",
        description: "Số liệu giải quyết hồ sơ của một số sở, ngành gửi chậm nên tin bài về kết quả cải cách hành chính chưa kịp thời.",
        topic: "T4.2",
        channel: "F1.press",
        proposal: "Đề nghị UBND tỉnh chỉ đạo các sở, ngành cung cấp số liệu trước ngày 5 hằng tháng.",
        decisionBy: "chu-tich-ubnd-tinh",
      },
    ]),
  },
  {
    unit: "trung-tam-phvhcc-xa:07663",
    report: report("TTXA07663-Q4", from("trung-tam-phvhcc-xa", "Trung tâm Phục vụ hành chính công xã Tuấn Đạo", "07663"), "2026-11-12", "2026-Q4", [
      {
        title: "Màn hình hướng dẫn tại bộ phận một cửa",
        description: "Trung tâm chưa có màn hình hướng dẫn thủ tục hành chính cho người dân chờ làm hồ sơ.",
        topic: "T4.2",
        channel: "F2.service-centre-commune",
        proposal: "Đề nghị hỗ trợ kinh phí lắp đặt màn hình và nội dung hướng dẫn.",
        decisionBy: "so-vhttdl",
      },
    ]),
  },
];
