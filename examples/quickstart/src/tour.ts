/**
 * The quickstart tour: each section returns printable lines, so the same code is printed by
 * `pnpm demo` and checked by the example's test.
 */
import { vietnamCalendar } from "@cchc/calendar";
import { foldKey, formatCitation, isoWeekday, normalizeText, parseDocumentNumber } from "@cchc/core";
import { evaluateDeadline, explainDeadline, formatShortDay, periodId, periodsOfYear, type DeadlineRule } from "@cchc/deadlines";
import { bacNinh2026DueInRange, bacNinh2026Plan, describeReporting } from "@cchc/plan";
import { composeDocument } from "@cchc/documents";
import { validateMonthlyMediaReport, type MonthlyMediaReportInput } from "@cchc/reports/monthly-media-report";

/** The three legal bases (căn cứ) named in the first paragraph of the plan, as written there. */
const LEGAL_BASES = [
  { text: "Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ", number: "76/NQ-CP", date: "2021-07-15", issuer: "Chính phủ" },
  { text: "Kế hoạch số 69/KH-UBND ngày 19/9/2025 của UBND tỉnh", number: "69/KH-UBND", date: "2025-09-19", issuer: "UBND tỉnh Bắc Ninh" },
  { text: "Kế hoạch số 167/KH-UBND ngày 17/12/2025 của UBND tỉnh Bắc Ninh", number: "167/KH-UBND", date: "2025-12-17", issuer: "UBND tỉnh Bắc Ninh" },
] as const;

export function legalBasesSection(): string[] {
  const lines = ["Căn cứ của Kế hoạch (legal bases), parsed from their document numbers:"];
  for (const basis of LEGAL_BASES) {
    const parsed = parseDocumentNumber(`Số: ${basis.number.toLowerCase()}`);
    if (!parsed.ok) {
      lines.push(`  ✖ ${basis.number}: ${parsed.error.localized("en")}`);
      continue;
    }
    const d = parsed.value;
    const citation = formatCitation({ document: d.canonical, issuer: basis.issuer, date: basis.date, confidence: "VERIFIED" }, "en");
    lines.push(`  ${d.canonical.padEnd(12)} kind=${d.kind}, type=${d.type}, issuer=${d.issuer}, number=${d.number} — ${citation}`);
  }
  return lines;
}

export function nameMatchingSection(): string[] {
  const typed = ["Phường Kinh Bắc", "Phường Kinh Bắc".normalize("NFD"), "PHUONG KINH BAC", "phuong kinh bac"];
  const lines = ["One Vietnamese name, typed four ways (NFC, NFD, upper case, no diacritics):"];
  for (const t of typed) {
    const shown = JSON.stringify(t);
    const width = [...shown.normalize("NFC")].length; // pad by what the terminal shows
    lines.push(`  ${shown}${" ".repeat(Math.max(1, 20 - width))} NFC=${String(t === t.normalize("NFC")).padEnd(5)}  key=${JSON.stringify(foldKey(t))}`);
  }
  const same = new Set(typed.map(foldKey)).size === 1;
  lines.push(`  → ${same ? "all four match" : "they do not match"}; displayed as "${normalizeText(typed[1]!)}"`);
  return lines;
}

/** The 2026 days off of state bodies (and make-up Saturdays), with their reasons and sources. */
export function nonWorkingDays2026Section(): string[] {
  const { days, estimated } = vietnamCalendar().yearDays(2026);
  const lines = [`Non-working days 2026 for state bodies (${estimated ? "estimated" : "official schedule"}), weekends aside:`];
  for (const d of days) {
    const source = d.source ? formatCitation(d.source, "en") : "";
    lines.push(`  ${d.date}  ${d.working ? "WORK" : "off "}  ${d.kind.padEnd(14)} ${d.name?.vi ?? ""} — ${source}`);
  }
  return lines;
}

/**
 * The plan's monthly media report, section V.5: "Định kỳ trước ngày 10 hằng tháng, báo cáo kết quả
 * tuyên truyền … gửi Sở Văn hóa, Thể thao và Du lịch". Read as: the report on month M is due before the
 * 10th of month M + 1 (the guide "Deadline semantics" explains the choice and every other reading).
 */
export const MONTHLY_MEDIA_REPORT: DeadlineRule = { kind: "day-of-month", day: 10, wording: "before", monthsAfterPeriodEnd: 1 };

/** The 2026 due dates of the monthly media report under the default reading, with the range of all readings. */
export function monthlyReportSection(): string[] {
  const lines = [
    "Monthly media report \"trước ngày 10 hằng tháng\" (plan V.5), report on month M due before the 10th of M + 1:",
    "  (default reading: strictly before the 10th, a rest day moves to the previous working day)",
    "  period    due (default)        earliest … latest over all readings",
  ];
  for (const period of periodsOfYear("month", 2026)) {
    const r = evaluateDeadline(MONTHLY_MEDIA_REPORT, { period });
    if (!r.ok) {
      lines.push(`  ${periodId(period)}   ✖ ${r.error.localized("en")}`);
      continue;
    }
    const e = r.value;
    const due = `${["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][isoWeekday(e.dueDay) - 1]} ${formatShortDay(e.dueDay, "vi")}`;
    const range = e.ambiguous ? `${e.earliestSafe} … ${e.latestSafe}` : e.due;
    lines.push(`  ${periodId(period)}   ${due.padEnd(20)} ${range}${e.estimated ? "  (calendar estimated)" : ""}`);
  }
  return lines;
}

/** Why the report on February 2026 is due when it is, across the Tết break: the explanation in English. */
export function februaryExplanationSection(): string[] {
  const r = evaluateDeadline(MONTHLY_MEDIA_REPORT, { period: "2026-02" });
  return r.ok ? ["Why the February 2026 report is due then:", ...explainDeadline(r.value, "en").split("\n").map((l) => `  ${l}`)] : [`✖ ${r.error.localized("en")}`];
}

/**
 * Who reports what to whom in 2026, and when, from the plan's data (@cchc/plan): each reporting edge in
 * the plan's words and, for the edges with a deadline, the dated occurrences evaluated by @cchc/deadlines
 * on the state bodies' working-day calendar (default readings; the confidence of each rule in brackets).
 */
export function reportingSection(): string[] {
  const plan = bacNinh2026Plan();
  const due = bacNinh2026DueInRange({ from: "2026-01-01", to: "2027-12-31" });
  const lines = ["Who reports what to whom in 2026, and when (plan V.1, V.5 and closing; dates on the state bodies' calendar):"];
  describeReporting(plan, "en").forEach((line, i) => {
    const edge = plan.reporting[i]!;
    lines.push(`  ${line}`);
    if (!edge.schedule) {
      lines.push("    no dated deadline in the plan");
    } else if (!due.ok) {
      lines.push(`    ✖ ${due.error.localized("en")}`);
    } else {
      const dates = due.value.filter((o) => o.obligation.id === `${plan.id}.${edge.id}`).map((o) => `${o.period} → ${o.due}`);
      lines.push(`    due [${edge.schedule.confidence}]: ${dates.join(", ")}`);
    }
  });
  return lines;
}

/** A monthly media report of Báo và Phát thanh, Truyền hình Bắc Ninh (plan V.5), as a sender would post it. */
const FEBRUARY_REPORT: MonthlyMediaReportInput = {
  schemaVersion: 2,
  unit: { actor: "bao-ptth-bac-ninh" },
  month: "2026-02",
  submittedAt: "2026-03-06T09:30:00+07:00",
  totals: { newsItems: 14, articles: 3, airtimeMinutes: 54 },
  sections: [
    { name: "Cải cách hành chính", kind: "section", channel: "F1.press.tv", newsItems: 8, articles: 2, airtimeMinutes: 54 },
    { name: "Tin ngoài chuyên mục", kind: "none", channel: "F1.press.online", newsItems: 6, articles: 1, airtimeMinutes: 0 },
  ],
  broadcasts: [{ date: "2026-02-24", slot: "19:45", channel: "F1.press.tv", section: "Cải cách hành chính", airtimeMinutes: 18 }],
  content: [{ topic: "T4.2", summary: "Cải cách thủ tục hành chính; tỷ lệ hồ sơ giải quyết đúng hạn.", items: 9 }],
  forms: [{ form: "news", count: 14 }, { form: "article", count: 1 }, { form: "reportage", count: 2 }],
  channels: [{ channel: "F1.press.tv", items: 10, airtimeMinutes: 54 }],
  feedback: { summary: "Người dân quan tâm đến thanh toán trực tuyến.", received: 12, positive: 10, neutral: 2, negative: 0 },
  recommendations: ["Đề nghị các sở cung cấp số liệu giải quyết hồ sơ hằng tuần."],
};

/** The same report with the mistakes a hand-typed report makes: totals that do not add up, a date in the wrong month, a topic twice. */
const MISTYPED_REPORT: MonthlyMediaReportInput = {
  ...FEBRUARY_REPORT,
  totals: { newsItems: 15, articles: 3, airtimeMinutes: 54 },
  broadcasts: [{ date: "2026-03-02", slot: "19:45", channel: "F1.press.tv", section: "Cải cách hành chính", airtimeMinutes: 18 }],
  content: [...FEBRUARY_REPORT.content, { topic: "T4.2", summary: "Dịch vụ công trực tuyến." }],
};

/** Validates a valid and an invalid monthly media report and prints the issues in Vietnamese (the default). */
export function reportValidationSection(): string[] {
  const lines = ["Validating the monthly media report (báo cáo tuyên truyền hằng tháng, schema monthly-media-report):"];
  for (const [label, payload] of [["February report", FEBRUARY_REPORT], ["mistyped report", MISTYPED_REPORT]] as const) {
    const result = validateMonthlyMediaReport(JSON.parse(JSON.stringify(payload)));
    lines.push(`  ${label}: ${result.valid ? "hợp lệ (valid)" : `${result.issues.length} lỗi (issues)`}`);
    for (const issue of result.issues) lines.push(`    ${issue.path}  ${issue.message}`);
  }
  return lines;
}

/**
 * The February report as an official document (@cchc/documents, Nghị định 30/2020/NĐ-CP): the page's
 * header, title and signature as composed; `renderDocument` writes the same page as .docx, and
 * `pnpm cchc render` does it from the shell.
 */
export function officialDocumentSection(): string[] {
  const meta = {
    issuer: { parent: "UBND tỉnh Bắc Ninh", name: "Báo và Phát thanh, Truyền hình Bắc Ninh" },
    number: "9/bc-bptth",
    place: "Bắc Ninh",
    date: "2026-03-06",
    recipients: ["Sở Văn hóa, Thể thao và Du lịch"],
    signer: { authority: "KT. Tổng Biên tập", title: "Phó Tổng Biên tập", name: "Trần Thị Hoa" },
  };
  const result = composeDocument("monthly-media-report", JSON.parse(JSON.stringify(FEBRUARY_REPORT)), meta);
  if (!result.ok) return [`Official document: ${result.error.message}`];
  const doc = result.value;
  return [
    "The February report as an official document (@cchc/documents, Nghị định 30/2020/NĐ-CP, Phụ lục I):",
    `  ${doc.parent} / ${doc.issuer}    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`,
    `  ${doc.numberLine}    ${doc.placeAndDate}`,
    `  ${doc.type}: ${doc.summary}`,
    `  ${doc.blocks.filter((b) => b.kind === "heading").length} headings, ${doc.blocks.filter((b) => b.kind === "table").length} tables; signed ${doc.signature.authority} ${doc.signature.name}`,
    "  → as .docx: renderDocument(...) in code, or pnpm cchc render monthly-media-report report.json --out report.docx [--meta meta.json]",
  ];
}

export function tour(): string[] {
  return [
    ...legalBasesSection(),
    "",
    ...nameMatchingSection(),
    "",
    ...nonWorkingDays2026Section(),
    "",
    ...monthlyReportSection(),
    "",
    ...februaryExplanationSection(),
    "",
    ...reportingSection(),
    "",
    ...reportValidationSection(),
    "",
    ...officialDocumentSection(),
  ];
}
