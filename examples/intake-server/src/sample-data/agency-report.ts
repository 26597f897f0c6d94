/** A plausible report of an agency on its reform communication, within the periodic CCHC reports (agency-communication-report). */
import type { ActorId } from "@cchc/plan/codes";
import type { AgencyCommunicationReportInput } from "@cchc/reports";
import { SAMPLE_NOTE, SAMPLE_REPORT_ID_PREFIX } from "./marker.js";
import { random } from "./random.js";

/** The data window of a CCHC period: from the 15th of the month before it to the 14th of its last month. */
export function dataWindow(period: string): { start: string; end: string } {
  const year = Number(period.slice(0, 4));
  const [first, last] = period.endsWith("-Q1") ? [1, 3] : period.endsWith("-H1") ? [1, 6] : period.endsWith("-Q3") ? [7, 9] : [1, 12];
  const before = first === 1 ? `${year - 1}-12` : `${year}-${String(first - 1).padStart(2, "0")}`;
  return { start: `${before}-15`, end: `${year}-${String(last).padStart(2, "0")}-14` };
}

const FOCAL_CONTENT = [
  { topic: "T4.2", content: "Hướng dẫn người dân nộp hồ sơ trực tuyến toàn trình." },
  { topic: "T4.6", content: "Tuyên truyền sử dụng tài khoản định danh điện tử VNeID khi làm thủ tục." },
  { topic: "T4.1", content: "Phổ biến văn bản quy phạm pháp luật mới của tỉnh sau sắp xếp đơn vị hành chính." },
  { topic: "T4.4", content: "Nêu gương cán bộ, công chức tận tụy phục vụ nhân dân." },
  { topic: "T3", content: "Kết quả cải cách hành chính của ngành trong kỳ." },
] as const;

const DIFFICULTIES = [
  "Cán bộ làm công tác truyền thông còn kiêm nhiệm.",
  "Kinh phí cho tuyên truyền cải cách hành chính còn hạn chế.",
  "Người dân ở vùng sâu còn khó tiếp cận dịch vụ công trực tuyến.",
] as const;

/** The report of an agency (its plan actor id and name) for a CCHC period, submitted at `submittedAt`. */
export function agencyReport(actor: string, name: string, period: string, submittedAt: string): AgencyCommunicationReportInput {
  const r = random(`agency ${actor} ${period}`);
  const window = dataWindow(period);
  const published = r.int(1, 4);
  const sessions = r.int(0, 3);
  const press = r.int(0, 6);
  const code = actor.replace(/^so-/, "").toUpperCase();
  return {
    schemaVersion: 1,
    reportId: `${SAMPLE_REPORT_ID_PREFIX}${code}-CCHC-${period}`,
    documentNumber: `${r.int(20, 240)}/BC-${code}`,
    agency: { actor: actor as ActorId, name },
    period,
    window,
    submittedAt,
    directives: {
      published,
      items: [{ title: "Kế hoạch tuyên truyền cải cách hành chính năm 2026 của đơn vị", publishedOn: window.end }].slice(0, Math.min(1, published)),
    },
    procedures: { posted: r.int(20, 160), updated: r.int(0, 20), feedbackChannelPosted: r.next() < 0.9 },
    staffBriefings: { sessions, participants: sessions === 0 ? 0 : sessions * r.int(20, 60) },
    pressMaterials: { items: press, outlets: press === 0 ? [] : ["Báo và Phát thanh, Truyền hình Bắc Ninh"] },
    legalDissemination: { integrated: true, activities: r.int(1, 4) },
    proposedFocalContent: r.some(FOCAL_CONTENT, r.int(1, 2)).map((c) => ({ ...c })),
    difficulties: r.next() < 0.4 ? [r.pick(DIFFICULTIES)] : [],
    notes: SAMPLE_NOTE,
  };
}
