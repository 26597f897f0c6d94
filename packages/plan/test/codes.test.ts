import { isNfc } from "@cchc/core";
import {
  ACTOR_IDS,
  CHANNEL_CODES,
  TOPIC_CODES,
  actorIdSchema,
  actorSchema,
  actors,
  channelCodeSchema,
  channelSchema,
  channels,
  PLAN_ID_PATTERN,
  topicCodeSchema,
  topicSchema,
  topics,
} from "@cchc/plan";
import * as codesEntry from "@cchc/plan/codes";
import { describe, expect, it } from "vitest";
import { inSource } from "./source-text.js";

function duplicates(values: readonly string[]): string[] {
  return values.filter((v, i) => values.indexOf(v) !== i);
}

describe("topic codes (Mục II of the plan)", () => {
  it("are T1–T5 with T4.1–T4.6 under T4, in the plan's order", () => {
    expect(topics.map((t) => t.code)).toEqual([...TOPIC_CODES]);
    expect(topics.filter((t) => t.parent === "T4").map((t) => t.code)).toEqual(["T4.1", "T4.2", "T4.3", "T4.4", "T4.5", "T4.6"]);
    expect(duplicates(TOPIC_CODES)).toEqual([]);
  });
  it("validate against the model and the code schema", () => {
    for (const topic of topics) {
      expect(topicSchema.safeParse(topic).success).toBe(true);
      expect(topicCodeSchema.safeParse(topic.code).success).toBe(true);
    }
    expect(topicCodeSchema.safeParse("T4.7").success).toBe(false);
  });
  it("quote the plan verbatim in every focal task, with unique ids under their topic", () => {
    const ids = topics.flatMap((t) => t.focalTasks.map((f) => f.id));
    expect(duplicates(ids)).toEqual([]);
    for (const topic of topics) {
      for (const task of topic.focalTasks) {
        expect(task.id.startsWith(`${topic.code}.`), task.id).toBe(true);
        expect(inSource(task.text.vi), task.id).toBe(true);
      }
    }
  });
  it("give each of the six reform areas its Vietnamese name as printed in II.4 (source: plan II.4)", () => {
    for (const t of topics.filter((x) => x.parent === "T4")) expect(inSource(t.name.vi.replace("thủ tục hành chính", "TTHC")), t.code).toBe(true);
  });
  it("have keywords, each NFC", () => {
    for (const t of topics) {
      expect(t.keywords.length).toBeGreaterThan(0);
      for (const k of t.keywords) expect(isNfc(k)).toBe(true);
    }
  });
});

describe("channel codes (Mục III of the plan)", () => {
  it("list every channel once, in order, each with a parent that is its code minus the last segment", () => {
    expect(channels.map((c) => c.code)).toEqual([...CHANNEL_CODES]);
    expect(duplicates(CHANNEL_CODES)).toEqual([]);
    for (const c of channels) {
      const dot = c.code.lastIndexOf(".");
      const expected = dot < 0 ? undefined : c.code.slice(0, dot);
      // F2.service-centre-province has no F2.service-centre entry: its parent is the form F2
      const parent = expected && (CHANNEL_CODES as readonly string[]).includes(expected) ? expected : expected ? "F2" : undefined;
      expect(c.parent, c.code).toBe(parent);
    }
  });
  it("include the sub-channels report schemas need (print, online, radio, TV, social accounts, portals, grassroots radio)", () => {
    for (const code of [
      "F1.press.print",
      "F1.press.online",
      "F1.press.radio",
      "F1.press.tv",
      "F1.social.facebook",
      "F1.social.zalo",
      "F1.social.tiktok",
      "F1.portal.province",
      "F1.grassroots-radio",
    ]) {
      expect(channelCodeSchema.safeParse(code).success, code).toBe(true);
    }
  });
  it("validate against the model; refinements not in the plan carry a citation", () => {
    for (const c of channels) expect(channelSchema.safeParse(c).success, c.code).toBe(true);
    for (const code of ["F1.press.print", "F1.press.online", "F1.press.radio", "F1.press.tv"]) {
      expect(channels.find((c) => c.code === code)?.citation?.confidence).toBe("INFERRED");
    }
  });
  it("name the four forms with the plan's own headings (source: plan III.1–III.4)", () => {
    for (const form of channels.filter((c) => c.parent === undefined)) expect(inSource(form.name.vi), form.code).toBe(true);
  });
});

describe("actor ids (Mục V and nơi nhận of the plan)", () => {
  it("are unique, ASCII kebab-case, one actor each, in order", () => {
    expect(actors.map((a) => a.id)).toEqual([...ACTOR_IDS]);
    expect(duplicates(ACTOR_IDS)).toEqual([]);
    for (const id of ACTOR_IDS) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });
  it("validate against the model, and every parent and member resolves", () => {
    const known = new Set<string>(ACTOR_IDS);
    for (const a of actors) {
      expect(actorSchema.safeParse(a).success, a.id).toBe(true);
      expect(actorIdSchema.safeParse(a.id).success).toBe(true);
      if (a.parent) expect(known.has(a.parent), `${a.id} → ${a.parent}`).toBe(true);
      for (const m of a.members) expect(known.has(m), `${a.id} ∋ ${m}`).toBe(true);
      if (a.members.length > 0 || a.membersAreAdminUnits) expect(["group", "service-centre"]).toContain(a.kind);
    }
  });
  it("quote the plan verbatim wherever a citation quotes it", () => {
    expect(inSource("Sở Thông tin và Truyền thông")).toBe(false); // the check can fail
    for (const a of actors) if (a.citation.quote) expect(inSource(a.citation.quote), a.id).toBe(true);
    for (const c of channels) if (c.citation?.quote) expect(inSource(c.citation.quote), c.code).toBe(true);
  });
  it("cover every body named in V.1–V.5 (source: plan V)", () => {
    const named = ["Sở Nội vụ", "Sở Văn hóa, Thể thao và Du lịch", "Văn phòng UBND tỉnh", "Báo và Phát thanh, Truyền hình Bắc Ninh",
      "Công an tỉnh", "Bưu điện tỉnh", "Thuế tỉnh", "Bảo hiểm xã hội tỉnh", "Công ty Điện lực tỉnh", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Chủ tịch UBND tỉnh"];
    for (const name of named) {
      expect(inSource(name), name).toBe(true);
      expect(actors.some((a) => a.name.vi === name), name).toBe(true);
    }
  });
  it("flag the newspaper-and-broadcaster's official name as UNCONFIRMED", () => {
    expect(actors.find((a) => a.id === "bao-ptth-bac-ninh")?.citation.confidence).toBe("UNCONFIRMED");
  });
});

describe("codes and ids share the plan id pattern", () => {
  it("every code matches PLAN_ID_PATTERN", () => {
    for (const code of [...TOPIC_CODES, ...CHANNEL_CODES, ...ACTOR_IDS]) expect(PLAN_ID_PATTERN.test(code), code).toBe(true);
  });
  it("the @cchc/plan/codes entry exports the same values as the main entry", () => {
    expect(codesEntry.TOPIC_CODES).toBe(TOPIC_CODES);
    expect(codesEntry.actors).toBe(actors);
    expect(Object.keys(codesEntry)).not.toContain("bacNinhAdminUnits");
  });
});
