import { normalizeText } from "@cchc/core";
import { bacNinh2026Plan, checkPlan, planSchema, traceability, unmappedClauses } from "@cchc/plan";
import { describe, expect, it } from "vitest";
import { inSource, SOURCE_TEXT } from "./source-text.js";

/** Lower-case, single-spaced text, for comparing the data's words with the plan's. */
const words = (text: string): string => normalizeText(text).toLowerCase();

// Source: the plan itself (test/fixtures/ke-hoach-tuyen-truyen-cchc-2026.txt, a copy of
// ../shared/seeds/000_41b9030813a16d0b.txt).
const plan = bacNinh2026Plan();

describe("the Bắc Ninh 2026 plan as data", () => {
  it("validates against the model", () => {
    const r = planSchema.safeParse(plan);
    expect(r.success ? [] : r.error.issues).toEqual([]);
  });
  it("is consistent: ids unique, every reference resolves, document numbers parse", () => {
    expect(checkPlan(plan)).toEqual([]);
  });
  it("maps every clause of the text to at least one entity", () => {
    expect(unmappedClauses(plan)).toEqual([]);
    const leaves = ["I.1", "I.2", "II.1", "II.2", "II.3", "II.4", "II.4.1", "II.4.2", "II.4.3", "II.4.4", "II.4.5", "II.4.6", "II.5",
      "III.1", "III.2", "III.3", "III.4", "IV", "V.1", "V.2", "V.3", "V.4", "V.5", "preamble", "closing", "noi-nhan", "signature"];
    const rows = new Map(traceability(plan).map((r) => [r.clause.id, r.entities.length]));
    for (const id of leaves) expect(rows.get(id), id).toBeGreaterThan(0);
  });
  it("finds every clause's opening words in the source text, in order", () => {
    let from = 0;
    for (const clause of plan.clauses) {
      const at = SOURCE_TEXT.indexOf(normalizeText(clause.opening), from);
      expect(at, clause.id).toBeGreaterThanOrEqual(0);
      from = at;
    }
  });
  it("has a clause for every numbered heading of the source (I.–V., 1.–5., 4.1.–4.6.)", () => {
    const raw = SOURCE_TEXT;
    const romans = [...raw.matchAll(/(?:^| )(I{1,3}|IV|V)\. (?=[A-ZĐ])/g)].map((m) => m[1]);
    expect(romans).toEqual(["I", "II", "III", "IV", "V"]);
    const sub = [...raw.matchAll(/(?:^| )(4\.[1-6])\. /g)].map((m) => `II.${m[1]}`);
    expect(sub).toEqual(["II.4.1", "II.4.2", "II.4.3", "II.4.4", "II.4.5", "II.4.6"]);
    const ids = new Set(plan.clauses.map((c) => c.id));
    for (const id of [...romans, ...sub]) expect(ids.has(id as string), id).toBe(true);
    for (const [section, count] of [["I", 2], ["II", 5], ["III", 4], ["V", 5]] as const) {
      expect(plan.clauses.filter((c) => c.parent === section).length, section).toBe(count);
    }
  });
  it("quotes the plan verbatim in every duty, statement, legal basis, funding line and distribution line", () => {
    const quotes: [string, string][] = [
      ...plan.responsibilities.map((r): [string, string] => [r.id, r.duty.vi]),
      ...plan.purposes.map((s): [string, string] => [s.id, s.text.vi]),
      ...plan.requirements.map((s): [string, string] => [s.id, s.text.vi]),
      ...plan.legalBases.flatMap((b): [string, string][] => (b.citation.quote ? [[b.id, b.citation.quote]] : [])),
      ...plan.funding.map((f): [string, string] => [f.id, f.text.vi]),
      ...plan.metadata.distribution.map((d): [string, string] => [d.text, d.text]),
      ...plan.reporting.flatMap((e) => e.contents.map((c): [string, string] => [c.id, c.text.vi])),
      ...plan.reporting.flatMap((e): [string, string][] => (e.purpose ? [[e.id, e.purpose.vi]] : [])),
      ["media timing", plan.reporting.find((e) => e.id === "media-monthly-report")!.timing.vi],
      ["agencies timing", plan.reporting.find((e) => e.id === "agencies-cchc-report")!.timing.vi],
      ...plan.topics.flatMap((t) => t.focalTasks.map((f): [string, string] => [f.id, f.text.vi])),
      ...plan.channels.flatMap((c) => (c.guidance ?? []).map((g): [string, string] => [g.id, g.text.vi])),
    ];
    for (const [id, quote] of quotes) expect(inSource(quote), id).toBe(true);
  });
  it("records the metadata as printed, leaving the missing number and date out", () => {
    const m = plan.metadata;
    expect([m.signature.prefix, m.signature.authorityTitle, m.signature.signerTitle, m.signature.signerName]).toEqual(["KT.", "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Mai Sơn"]);
    expect(inSource("KT. CHỦ TỊCH PHÓ CHỦ TỊCH")).toBe(true);
    expect(inSource(m.signature.signerName)).toBe(true);
    expect(inSource(m.title.vi)).toBe(true);
    expect(m.number).toBeUndefined();
    expect(m.date).toBeUndefined();
    expect(m.distribution).toHaveLength(9);
  });
  it("lists the legal bases with the numbers and dates the preamble gives", () => {
    expect(plan.legalBases.map((b) => [b.citation.document, b.citation.date])).toEqual([
      ["76/NQ-CP", "2021-07-15"],
      ["69/KH-UBND", "2025-09-19"],
      ["167/KH-UBND", "2025-12-17"],
      [undefined, undefined],
    ]);
  });
  it("encodes the monthly media report with the six listed contents and an open list (V.5: \"…\")", () => {
    const media = plan.reporting.find((e) => e.id === "media-monthly-report")!;
    expect(media.contents).toHaveLength(6);
    expect(media.contentsOpenEnded).toBe(true);
    expect(inSource("kiến nghị, đề xuất…)")).toBe(true);
  });
});

describe("the plan's own words, every label compared with the text", () => {
  it("keeps in each form of Mục III what its clause says to do, word for word (III.3: \"phù hợp với từng nhóm đối tượng\")", () => {
    const clauses = plan.clauses;
    for (const id of ["III.1", "III.2", "III.3", "III.4"]) {
      const form = plan.channels.find((c) => c.source[0] === id && c.parent === undefined)!;
      const heading = `${id.slice(4)}. ${form.name.vi}`;
      const start = SOURCE_TEXT.indexOf(normalizeText(heading));
      expect(start, heading).toBeGreaterThanOrEqual(0);
      const next = clauses[clauses.findIndex((c) => c.id === id) + 1]!;
      const body = SOURCE_TEXT.slice(start + normalizeText(heading).length, SOURCE_TEXT.indexOf(normalizeText(next.opening), start)).trim();
      expect((form.guidance ?? []).map((g) => g.text.vi).join(" "), id).toBe(body);
    }
    expect(plan.channels.find((c) => c.code === "F3")!.guidance![0]!.text.vi).toContain("phù hợp với từng nhóm đối tượng");
  });

  it("names every means Mục III lists among the sub-channels of its form (III.4: \"báo cáo viên, cán bộ, công chức, viên chức, tuyên truyền viên ở cơ sở\")", () => {
    // The plan's enumerations, as printed (each checked against the text), and the form they belong to.
    const lists: [string, string][] = [
      ["F1", "báo chí; truyền thanh cơ sở; cổng/trang thông tin điện tử; mạng xã hội chính danh"],
      ["F1", "Facebook, Zalo, TikTok"],
      ["F3", "tờ gấp, pano, áp phích, tài liệu tuyên truyền"],
      ["F4", "hội nghị, hội thảo, tập huấn, hội thi"],
      ["F4", "báo cáo viên, cán bộ, công chức, viên chức, tuyên truyền viên ở cơ sở"],
    ];
    for (const [form, list] of lists) {
      expect(inSource(list), list).toBe(true);
      const below = plan.channels.filter((c) => c.code.startsWith(`${form}.`));
      const named = below.flatMap((c) => [c.name.vi, ...c.aliases]).map(words);
      for (const item of list.split(/[,;] /)) {
        expect(named.some((name) => name.includes(words(item))), `${form}: "${item}"`).toBe(true);
      }
    }
    expect(plan.channels.find((c) => c.code === "F4.communicators")!.name.vi).toBe("Báo cáo viên, cán bộ, công chức, viên chức, tuyên truyền viên ở cơ sở");
  });

  it("lists every partner a duty names after \"phối hợp với\" (V.2: \"Sở Nội vụ, các cơ quan, đơn vị liên quan\")", () => {
    // The plan's words after "Phối hợp với" in each duty (V.2–V.5), as printed.
    const partners: Record<string, string> = {
      "V.2.a": "Ban Tuyên giáo và Dân vận Tỉnh ủy, Sở Nội vụ",
      "V.2.c": "Sở Nội vụ, các cơ quan, đơn vị liên quan",
      "V.3.a": "Sở Văn hóa, Thể thao và Du lịch",
      "V.4.c": "Sở Văn hóa, Thể thao và Du lịch",
      "V.4.d": "Sở Văn hóa, Thể thao và Du lịch",
      "V.5.a": "Sở Văn hóa, Thể thao và Du lịch, các cơ quan, đơn vị, địa phương trong tỉnh",
    };
    const coordinating = plan.responsibilities.filter((r) => words(r.duty.vi).includes("phối hợp với ")).map((r) => r.id);
    expect(coordinating).toEqual(Object.keys(partners));
    for (const [id, phrase] of Object.entries(partners)) {
      const duty = plan.responsibilities.find((r) => r.id === id)!;
      expect(words(duty.duty.vi), id).toContain(`phối hợp với ${words(phrase)}`);
      let rest = words(phrase);
      for (const partner of duty.partners) {
        const actor = plan.actors.find((a) => a.id === partner)!;
        const name = [actor.name.vi, ...actor.aliases].map(words).filter((n) => rest.includes(n)).sort((a, b) => b.length - a.length)[0];
        expect(name, `${id}: ${partner} is named in "${phrase}"`).toBeDefined();
        rest = rest.replace(name!, "");
      }
      expect(rest.replace(/[,\s]/g, ""), `${id}: words of "${phrase}" no partner stands for`).toBe("");
    }
  });

  it("marks every list the plan leaves open (\"…\"), as V.5's contents are (II.4.1: \"hoạt động của các doanh nghiệp…\")", () => {
    const open = [...SOURCE_TEXT.matchAll(/…|\.\.\./g)];
    expect(open).toHaveLength(4); // II.4.1, III.1, III.3, V.5
    const statements = [
      ...plan.purposes,
      ...plan.requirements,
      ...plan.topics.flatMap((t) => t.focalTasks),
      ...plan.channels.flatMap((c) => c.guidance ?? []),
    ];
    for (const s of statements) expect(s.openEnded === true, s.id).toBe(/…|\.\.\./.test(s.text.vi));
    const focal = plan.topics.find((t) => t.code === "T4.1")!.focalTasks.find((f) => f.id === "T4.1.b")!;
    expect(focal.text.vi.endsWith("hoạt động của các doanh nghiệp…")).toBe(true);
    for (const [id, marker] of [["T4.1.b", "doanh nghiệp…"], ["F1.guidance", "TikTok..."], ["F3.guidance", "tài liệu tuyên truyền..."]] as const) {
      expect(statements.find((s) => s.id === id)!.text.vi, id).toContain(marker);
    }
    expect(plan.reporting.find((e) => e.id === "media-monthly-report")!.contentsOpenEnded).toBe(true); // "kiến nghị, đề xuất…"
  });
});
