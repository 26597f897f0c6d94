// One month of the working-day calendar with its days off, and the dates that the readings of
// "trước ngày 10" (before the 10th) give for the plan's monthly media report: computed by
// `evaluateDeadline` of @cchc/deadlines on `vietnamCalendar()` of @cchc/calendar, for the obligation and
// period named in PICTURED_DEADLINE below.
import type { WorkCalendar } from "@cchc/calendar";
import { labelText } from "@cchc/core";
import type { DeadlineEvaluation, ReadingOutcome } from "@cchc/deadlines";
import { escapeXml, svgDocument, textLines, wrapText, type Picture } from "./svg.js";

/** Which deadline the picture shows: the monthly media report (plan V.5) on April 2026, due in May 2026. */
export const PICTURED_DEADLINE = { obligation: "media-monthly-report", period: "2026-04" } as const;

const CELL = 64;
const MARGIN = 16;
const HEADER = 26;
const WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

const READING_TEXT: Record<string, string> = {
  "strictly-before": "strictly before the 10th",
  "on-or-before": "on or before the 10th",
};
const POLICY_TEXT: Record<string, string> = {
  keep: "a rest day stays",
  "previous-working-day": "a rest day moves to the previous working day",
  "next-working-day": "a rest day moves to the next working day",
};

/** "strictly before the 10th, a rest day moves to the previous working day (the default)". */
export function readingText(r: ReadingOutcome): string {
  const parts = [r.reading ? READING_TEXT[r.reading] ?? r.reading : null, r.policy ? POLICY_TEXT[r.policy] ?? r.policy : null].filter(Boolean);
  return `${parts.join(", ")}${r.isDefault ? " (the documented default)" : ""}`;
}

const pad = (n: number) => String(n).padStart(2, "0");
/** ISO weekday, 1 = Monday, of a civil date. */
const weekday = (year: number, month: number, day: number) => ((new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7) + 1;

export function deadlineMonthPicture(calendar: WorkCalendar, evaluation: DeadlineEvaluation, what: string): Picture {
  const [year, month] = evaluation.due.split("-").map(Number) as [number, number];
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const first = weekday(year, month, 1);
  const weeks = Math.ceil((first - 1 + days) / 7);
  const byDate = new Map<string, ReadingOutcome[]>();
  for (const r of evaluation.readings) byDate.set(r.due, [...(byDate.get(r.due) ?? []), r]);
  const dueDates = [...byDate.keys()].sort();
  const gridWidth = 7 * CELL;
  const width = MARGIN * 2 + gridWidth;
  const id = "deadline-month";
  const cells: string[] = [];
  const offDays: { date: string; name: string }[] = [];
  WEEKDAYS.forEach((w, i) => cells.push(textLines([w], MARGIN + i * CELL + CELL / 2, MARGIN + 16, 14, "cchc-pic-text cchc-pic-small")));
  for (let d = 1; d <= days; d++) {
    const date = `${year}-${pad(month)}-${pad(d)}`;
    const info = calendar.dayInfo(date);
    const slot = first - 1 + d - 1;
    const x = MARGIN + (slot % 7) * CELL;
    const y = MARGIN + HEADER + Math.floor(slot / 7) * CELL;
    const kind = info.working ? "cchc-pic-box" : info.kind === "weekend" ? "cchc-pic-weekend" : "cchc-pic-off";
    if (!info.working && info.kind !== "weekend") offDays.push({ date, name: info.name ? labelText(info.name, "en") : info.kind });
    cells.push(`<rect x="${x + 2}" y="${y + 2}" width="${CELL - 4}" height="${CELL - 4}" rx="5" class="${kind}"/>`);
    cells.push(textLines([String(d)], x + 10, y + 20, 14, "cchc-pic-text", "start"));
    const index = dueDates.indexOf(date);
    if (index >= 0) {
      const isDefault = byDate.get(date)!.some((r) => r.isDefault);
      cells.push(`<circle cx="${x + CELL - 16}" cy="${y + CELL - 16}" r="10" class="${isDefault ? "cchc-pic-due" : "cchc-pic-accent"}"/>`);
      cells.push(`<text x="${x + CELL - 16}" y="${y + CELL - 12}" text-anchor="middle" class="cchc-pic-text cchc-pic-small cchc-pic-strong"${isDefault ? ' style="fill:var(--vp-c-white, #fff)"' : ""}>${String.fromCharCode(65 + index)}</text>`);
    }
  }
  const legendTop = MARGIN + HEADER + weeks * CELL + 18;
  const legend: string[] = [];
  let y = legendTop;
  dueDates.forEach((date, i) => {
    const day = Number(date.slice(8));
    const text = `${String.fromCharCode(65 + i)} — ${WEEKDAYS[weekday(year, month, day) - 1]} ${day} ${MONTHS[month - 1]}: ${byDate.get(date)!.map(readingText).join("; ")}`;
    const lines = wrapText(text, gridWidth, 12);
    legend.push(textLines(lines, MARGIN, y, 16, "cchc-pic-text cchc-pic-small", "start"));
    y += lines.length * 16 + 4;
  });
  const keyY = y + 8;
  const key = [
    `<rect x="${MARGIN}" y="${keyY - 11}" width="14" height="14" rx="3" class="cchc-pic-off"/>`,
    textLines(["holiday or day off"], MARGIN + 20, keyY, 14, "cchc-pic-text cchc-pic-small", "start"),
    `<rect x="${MARGIN + 160}" y="${keyY - 11}" width="14" height="14" rx="3" class="cchc-pic-weekend"/>`,
    textLines(["weekly rest"], MARGIN + 180, keyY, 14, "cchc-pic-text cchc-pic-small", "start"),
    `<rect x="${MARGIN + 270}" y="${keyY - 11}" width="14" height="14" rx="3" class="cchc-pic-box"/>`,
    textLines(["working day"], MARGIN + 290, keyY, 14, "cchc-pic-text cchc-pic-small", "start"),
  ].join("");
  const height = keyY + MARGIN;
  const monthName = `${MONTHS[month - 1]} ${year}`;
  const title = `${monthName}: the readings of “trước ngày 10” for ${what}`;
  const summary = `${monthName} with its days off (${offDays.map((o) => `${Number(o.date.slice(8))} ${MONTHS[month - 1]}: ${o.name}`).join("; ") || "none besides weekends"}). The admissible readings give ${dueDates.length} different due dates, from ${evaluation.earliestSafe} (on time under every reading) to ${evaluation.latestSafe}; the default gives ${evaluation.due}.`;
  const rows = dueDates
    .map((date) => `<tr><td>${escapeXml(date)}</td><td>${byDate.get(date)!.map((r) => escapeXml(readingText(r))).join("<br>")}</td></tr>`)
    .join("\n");
  const off = offDays.map((o) => `<li>${escapeXml(o.date)}: ${escapeXml(o.name)}</li>`).join("\n");
  return {
    name: id,
    title,
    summary,
    svg: svgDocument(id, width, height, title, summary, [...cells, ...legend, key].join("\n")),
    textVersion: `<p>Days off in ${escapeXml(monthName)} besides weekends:</p><ul>\n${off}\n</ul><table><thead><tr><th>Due date</th><th>Reading</th></tr></thead><tbody>\n${rows}\n</tbody></table>`,
  };
}
