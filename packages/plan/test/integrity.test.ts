import { catalogueProblems } from "@cchc/core";
import { bacNinh2026Plan, checkPlan, planMessages, unmappedClauses, type Plan } from "@cchc/plan";
import { describe, expect, it } from "vitest";

const base = bacNinh2026Plan();

function codes(plan: Plan): string[] {
  return checkPlan(plan).map((i) => `${i.code} ${i.path}`);
}

describe("checkPlan finds what the schema cannot", () => {
  it("duplicate ids", () => {
    const plan: Plan = { ...base, actors: [...base.actors, base.actors[0]!] };
    expect(codes(plan)).toContain(`plan.duplicate_id /actors/${base.actors.length}/id`);
  });
  it("duplicate statement ids across purposes and requirements", () => {
    const plan: Plan = { ...base, requirements: [{ ...base.requirements[0]!, id: "P1" }, ...base.requirements.slice(1)] };
    expect(codes(plan).some((c) => c.startsWith("plan.duplicate_id /requirements/0"))).toBe(true);
  });
  it("unknown clause, actor, channel, topic, legal basis and reporting references", () => {
    const r0 = base.responsibilities[0]!;
    const plan: Plan = {
      ...base,
      responsibilities: [
        { ...r0, source: ["V.9"], actors: ["so-khong-co"], channels: ["F9"], topics: ["T9"], legalBases: ["x"], reporting: "nope" },
        ...base.responsibilities.slice(1),
      ],
    };
    const found = codes(plan);
    expect(found).toEqual(
      expect.arrayContaining([
        "plan.unknown_clause /responsibilities/0/source/0",
        "plan.unknown_reference /responsibilities/0/actors/0",
        "plan.unknown_reference /responsibilities/0/channels/0",
        "plan.unknown_reference /responsibilities/0/topics/0",
        "plan.unknown_reference /responsibilities/0/legalBases/0",
        "plan.unknown_reference /responsibilities/0/reporting",
      ]),
    );
  });
  it("a group member or distribution recipient that does not exist", () => {
    const plan: Plan = {
      ...base,
      metadata: { ...base.metadata, distribution: [{ text: "X", recipients: ["khong-co"], purpose: "recipient" }] },
    };
    expect(codes(plan)).toContain("plan.unknown_reference /metadata/distribution/0/recipients/0");
  });
  it("a parent cycle", () => {
    const actors = base.actors.map((a) => (a.id === "ubnd-tinh" ? { ...a, parent: "so-noi-vu" } : a));
    expect(codes({ ...base, actors }).some((c) => c.startsWith("plan.parent_cycle"))).toBe(true);
  });
  it("a document number that does not parse, in both languages", () => {
    const legalBases = [{ ...base.legalBases[0]!, citation: { ...base.legalBases[0]!.citation, document: "76-NQ" } }, ...base.legalBases.slice(1)];
    const issue = checkPlan({ ...base, legalBases }).find((i) => i.code === "plan.invalid_document_number")!;
    expect(issue.path).toBe("/legalBases/0/citation/document");
    expect(issue.message.vi).toContain("76-NQ");
    expect(issue.message.en).toContain("invalid document number");
    expect(issue.message.vi).not.toBe(issue.message.en);
  });
  it("an inverted period", () => {
    const metadata = { ...base.metadata, period: { from: "2026-12-31", to: "2026-01-01" } };
    expect(codes({ ...base, metadata })).toContain("plan.period_inverted /metadata/period");
  });
});

describe("unmappedClauses", () => {
  it("fails when a clause loses its last entity", () => {
    const plan: Plan = { ...base, funding: [] };
    expect(unmappedClauses(plan).map((i) => i.params["id"])).toEqual(["IV"]);
  });
  it("covers a section through its sub-clauses", () => {
    const plan: Plan = { ...base, clauses: [...base.clauses, { id: "VI", kind: "section", title: { vi: "Mới", en: "New" }, opening: "VI." }] };
    expect(unmappedClauses(plan).map((i) => i.params["id"])).toEqual(["VI"]);
  });
});

describe("message catalogue", () => {
  it("has every key in both languages with the same placeholders", () => {
    expect(catalogueProblems(planMessages)).toEqual([]);
  });
});
