/**
 * The quickstart tour: each section returns printable lines, so the same code is printed by
 * `pnpm demo` and checked by the example's test.
 */
import { foldKey, formatCitation, normalizeText, parseDocumentNumber } from "@cchc/core";
import { bacNinh2026Plan, describeReporting } from "@cchc/plan";

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

/**
 * Who reports what to whom in 2026, and when, from the plan's data (@cchc/plan): each reporting edge in
 * the plan's words, with the deadline rule it carries. Dated occurrences need the deadline evaluation of
 * @cchc/deadlines on a working-day calendar; until that is wired in, the rule is printed as text.
 */
export function reportingSection(): string[] {
  const plan = bacNinh2026Plan();
  const lines = ["Who reports what to whom in 2026 (Kế hoạch tuyên truyền CCHC 2026, V.1, V.5 and closing):"];
  describeReporting(plan, "en").forEach((line, i) => {
    lines.push(`  ${line}`);
    const schedule = plan.reporting[i]?.schedule;
    lines.push(schedule ? `    rule: ${JSON.stringify(schedule.rule)} [${schedule.confidence}]` : "    rule: none stated in the plan");
  });
  return lines;
}

export function tour(): string[] {
  return [...legalBasesSection(), "", ...nameMatchingSection(), "", ...reportingSection()];
}
