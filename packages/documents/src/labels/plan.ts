import { bacNinh2026Metadata, bacNinh2026Reporting, type ReportingEdge } from "@cchc/plan";
import { actors, channels, topics } from "@cchc/plan/codes";
import type { Lang } from "@cchc/core";
import { pick } from "./terms.js";

/**
 * The plan's own words for what the documents name: actors, topics, channels, the reporting edges and
 * the plan's title — all from `@cchc/plan`'s data, never retyped here.
 */

/** An actor's name (the plan's wording), or the id when the plan has no such actor. */
export function actorName(id: string, lang: Lang): string {
  const actor = actors.find((a) => a.id === id);
  return actor ? pick(actor.name, lang) : id;
}

/** An actor's official name when the plan records one (Vietnamese only), else its name. */
export function actorOfficialName(id: string, lang: Lang): string {
  const actor = actors.find((a) => a.id === id);
  if (!actor) return id;
  return lang === "vi" && actor.officialName !== undefined ? actor.officialName : pick(actor.name, lang);
}

/** The id of an actor's parent body in the plan. */
export function actorParent(id: string): string | undefined {
  return actors.find((a) => a.id === id)?.parent;
}

/** "T4.2 — Cải cách thủ tục hành chính". */
export function topicName(code: string, lang: Lang): string {
  const topic = topics.find((t) => t.code === code);
  return topic ? pick(topic.name, lang) : code;
}

/** A channel's name ("Truyền hình (báo hình)"). */
export function channelName(code: string, lang: Lang): string {
  const channel = channels.find((c) => c.code === code);
  return channel ? pick(channel.name, lang) : code;
}

/** A reporting edge of the plan by id. */
export function reportingEdge(id: string): ReportingEdge | undefined {
  return bacNinh2026Reporting.find((edge) => edge.id === id);
}

/** The plan's title ("Kế hoạch tuyên truyền cải cách hành chính tỉnh Bắc Ninh năm 2026"). */
export function planTitle(lang: Lang): string {
  return pick(bacNinh2026Metadata.title, lang);
}

/** The province's name without "Tỉnh" ("Bắc Ninh"): the place name of provincial bodies. */
export function provincePlace(): string {
  return bacNinh2026Metadata.province.name.replace(/^Tỉnh\s+/u, "");
}
