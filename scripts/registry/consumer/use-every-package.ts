// A small program a user could write against the packages as installed from a registry, type-checked
// by the registry round trip (scripts/registry-round-trip.mjs) with `module: node16` and with
// `moduleResolution: bundler`, strict, against the published .d.ts files. Every entry point of every
// published package is also imported by the generated entries.generated.ts beside it; this file checks
// that the main APIs compose with the types users see. Add a line here when a package gains an API
// worth proving from the outside.
import { formatCitation, parseDocumentNumber, type Citation, type Lang } from "@cchc/core";
import { toLunar, vietnamCalendar, type WorkCalendar } from "@cchc/calendar";
import { evaluateDeadline, explainDeadline } from "@cchc/deadlines";
import { bacNinh2026Plan, dutiesOf, type Plan } from "@cchc/plan";
import { TOPIC_CODES } from "@cchc/plan/codes";
import { validateReport } from "@cchc/reports";
import { validateMonthlyMediaReport, type MonthlyMediaReport } from "@cchc/reports/monthly-media-report";
import { defineSchemaEntry, EXIT_CODES, type ExitCode } from "@cchc/cli";
import { z } from "zod";

const lang: Lang = "en";

const docref = parseDocumentNumber("167/KH-UBND");
const canonical: string | undefined = docref.ok ? docref.value.canonical : undefined;

const calendar: WorkCalendar = vietnamCalendar();
const due: string = calendar.addWorkingDays("2026-02-13", 5);
const tet: number = toLunar("2026-02-17").day;

const monthly = evaluateDeadline({ kind: "day-of-month", day: 10, wording: "before", monthsAfterPeriodEnd: 1 }, { calendar, period: "2026-02" });
const explanation: string = monthly.ok ? explainDeadline(monthly.value, lang) : monthly.error.localized(lang);

const plan: Plan = bacNinh2026Plan();
const duties = dutiesOf(plan, "so-vhttdl");
const dutyCount: number = duties.ok ? duties.value.length : 0;
const firstTopic: string | undefined = TOPIC_CODES[0];

const checked = validateMonthlyMediaReport({}, lang);
const report: MonthlyMediaReport | undefined = checked.valid ? checked.value : undefined;
const anyReport = validateReport("monthly-media-report", {}, "vi");
const issues: number = checked.issues.length + anyReport.issues.length;

const source: Citation = { document: "45/2019/QH14", article: "112", confidence: "VERIFIED" };
const tally = defineSchemaEntry({ id: "tally", title: { vi: "Bảng đếm", en: "Tally" }, schema: z.object({ n: z.number() }) });
const ok: ExitCode = EXIT_CODES.ok;

export const summary = [canonical, due, tet, explanation, dutyCount, firstTopic, report, issues, formatCitation(source, lang), tally.id, ok];
