/**
 * The rules of a monthly media report that tie its figures together beyond the sections' sums: airtime
 * only where there is air, and every figure stated twice stated the same — the forms of presentation
 * against the totals, each channel's airtime against its sections', and each section's broadcasts
 * against its editions and airtime. Each is a documented entry of `CROSS_FIELD_RULES`.
 */
import { AIR_CHANNEL_CODES, FORM_TOTALS, type PresentationForm } from "./codes.js";
import { checkAtMost, checkSum, pointer, type RuleSink } from "./common.js";

interface Section {
  readonly name: string;
  readonly channel: string;
  readonly airtimeMinutes: number;
  readonly editions?: number | undefined;
}

interface Broadcast {
  readonly channel: string;
  readonly airtimeMinutes?: number | undefined;
}

/** What the rules read of a structurally valid monthly media report. */
export interface MediaFigures {
  readonly totals: { readonly newsItems: number; readonly articles: number };
  readonly sections: readonly Section[];
  readonly broadcasts: readonly Broadcast[];
  readonly forms: readonly { readonly form: PresentationForm; readonly count: number }[];
  readonly channels: readonly { readonly channel: string; readonly airtimeMinutes?: number | undefined }[];
}

const AIR: ReadonlySet<string> = /* @__PURE__ */ new Set(AIR_CHANNEL_CODES);

const shortName = (name: string): string => (name.length > 60 ? `${name.slice(0, 60)}…` : name);

/** Airtime belongs to radio and television: a section, broadcast or channel elsewhere states none. */
export function checkAirtime(report: MediaFigures, sink: RuleSink): void {
  const lists = [
    ["sections", report.sections],
    ["broadcasts", report.broadcasts],
    ["channels", report.channels],
  ] as const;
  for (const [list, entries] of lists) {
    entries.forEach((entry: { channel: string; airtimeMinutes?: number | undefined }, i) => {
      const airtime = entry.airtimeMinutes ?? 0;
      if (airtime > 0 && !AIR.has(entry.channel)) sink.add([list, i, "airtimeMinutes"], "report.airtime_without_air", { channel: entry.channel, value: airtime });
    });
  }
}

/**
 * The forms of presentation are given whenever something was published, and agree with the totals
 * (the mapping is {@link FORM_TOTALS}).
 */
export function checkForms(report: MediaFigures, sink: RuleSink): void {
  const { totals, forms } = report;
  if (forms.length === 0) {
    const items = totals.newsItems + totals.articles;
    if (items > 0) sink.add(["forms"], "report.forms_required", { items });
    return;
  }
  // Two entries of one form are reported as a duplicate; their sum would only repeat it.
  if (new Set(forms.map((f) => f.form)).size < forms.length) return;
  for (const key of ["newsItems", "articles"] as const) {
    const counted = forms.filter((f) => FORM_TOTALS[f.form] === key).map((f) => f.count);
    const names = Object.entries(FORM_TOTALS).filter(([, k]) => k === key).map(([form]) => form);
    checkSum(counted, `Σ /forms/*/count (${names.join(" + ")})`, totals[key], ["totals", key], sink, ["forms"]);
  }
}

/** A channel's airtime, when stated, is the airtime of its sections. */
export function checkChannelAirtime(report: MediaFigures, sink: RuleSink): void {
  report.channels.forEach((c, i) => {
    if (c.airtimeMinutes === undefined || !AIR.has(c.channel)) return;
    const parts = report.sections.filter((s) => s.channel === c.channel).map((s) => s.airtimeMinutes);
    checkSum(parts, `Σ /sections/*/airtimeMinutes (channel ${c.channel})`, c.airtimeMinutes, ["channels", i, "airtimeMinutes"], sink);
  });
}

/**
 * The broadcasts listed under a section (`sectionOf` gives each broadcast's section index, or
 * `undefined`) are on the section's channel, no more than its editions and within its airtime.
 */
export function checkSectionBroadcasts(report: MediaFigures, sectionOf: readonly (number | undefined)[], sink: RuleSink): void {
  const { sections } = report;
  const listed = sections.map(() => 0);
  const airtime: number[][] = sections.map(() => []);
  report.broadcasts.forEach((b, i) => {
    const at = sectionOf[i];
    if (at === undefined) return;
    const section = sections[at]!;
    if (b.channel !== section.channel) {
      sink.add(["broadcasts", i, "channel"], "report.channel_mismatch", {
        channel: b.channel,
        section: shortName(section.name),
        sectionChannel: section.channel,
        at: pointer(["sections", at, "channel"]),
      });
    }
    listed[at]! += 1;
    if (b.airtimeMinutes !== undefined) airtime[at]!.push(b.airtimeMinutes);
  });
  sections.forEach((s, i) => {
    if (s.editions !== undefined && listed[i]! > s.editions) {
      sink.add(["sections", i, "editions"], "report.broadcasts_exceed_editions", {
        listed: listed[i]!,
        section: shortName(s.name),
        whole: pointer(["sections", i, "editions"]),
        count: s.editions,
      });
    }
    const parts = airtime[i]!;
    if (parts.length > 0) {
      const path = ["sections", i, "airtimeMinutes"];
      checkAtMost(parts, `Σ /broadcasts/*/airtimeMinutes (section "${shortName(s.name)}")`, s.airtimeMinutes, path, path, sink);
    }
  });
}
