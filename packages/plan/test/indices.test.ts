import { bacNinh2026Plan, parsedLegalBases, performanceIndexSchema, performanceIndices, resolveIndexPoints } from "@cchc/plan";
import { describe, expect, it } from "vitest";

// Source: ../shared/domain/indices-identifiers-units.md §1.1–1.5.
const byId = (id: string) => performanceIndices.find((i) => i.id === id)!;

describe("indices", () => {
  it("are the four the plan names (I.1) plus the 766 index, each valid", () => {
    expect(performanceIndices.map((i) => i.abbreviation)).toEqual(["PAR INDEX", "SIPAS", "PAPI", "PCI", "766"]);
    for (const i of performanceIndices) expect(performanceIndexSchema.safeParse(i).success, i.id).toBe(true);
  });
  it("766: five groups 18/20/22/22/18 = 100 (§1.5, CONFIRMED), the online group shown as 12 + 10 (SECONDARY)", () => {
    const i = byId("index-766");
    const groups = i.components.filter((c) => c.parent === undefined);
    expect(groups.map((g) => g.maxPoints)).toEqual([18, 20, 22, 22, 18]);
    expect(groups.reduce((s, g) => s + g.maxPoints!, 0)).toBe(i.maxTotal);
    expect(i.components.filter((c) => c.parent === "766.online").map((c) => [c.maxPoints, c.citation.confidence])).toEqual([[12, "SECONDARY"], [10, "SECONDARY"]]);
  });
  it("PAPI has its 8 dimensions and PCI its 10 sub-indices, without guessed weights", () => {
    expect(byId("papi").components).toHaveLength(8);
    expect(byId("pci").components).toHaveLength(10);
    expect(byId("pci").components.every((c) => c.weightPercent === undefined && c.maxPoints === undefined)).toBe(true);
    expect(byId("par-index").components).toEqual([]);
  });
  it("every index says what is UNCONFIRMED", () => {
    for (const i of performanceIndices) {
      expect(i.facts.some((f) => f.citation.confidence === "UNCONFIRMED") || i.components.some((c) => c.citation.confidence === "UNCONFIRMED"), i.id).toBe(true);
    }
  });
  it("resolveIndexPoints fills unconfirmed points only from the user", () => {
    const r = resolveIndexPoints(byId("index-766"), { "766.digitisation.components": 8, "766.digitisation.reuse": 6 });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const get = (id: string) => r.value.find((p) => p.component === id)!;
    expect(get("766.online")).toEqual({ component: "766.online", points: 22, origin: "data", confidence: "VERIFIED" });
    expect(get("766.digitisation.reuse")).toEqual({ component: "766.digitisation.reuse", points: 6, origin: "user", confidence: "UNCONFIRMED" });
    expect(get("766.digitisation.e-results")).toEqual({ component: "766.digitisation.e-results", points: null, origin: "missing", confidence: "UNCONFIRMED" });
  });
  it("resolveIndexPoints rejects unknown components, bad points and children above their group", () => {
    const i = byId("index-766");
    expect(resolveIndexPoints(i, { nope: 1 }).ok || "x").toBe("x");
    const bad = resolveIndexPoints(i, { "766.online.payment": -1 });
    expect(!bad.ok && bad.error.code).toBe("plan.index_bad_points");
    const nan = resolveIndexPoints(i, { "766.online.payment": Number.NaN });
    expect(!nan.ok && nan.error.code).toBe("plan.index_bad_points");
    const over = resolveIndexPoints(i, { "766.digitisation.components": 20, "766.digitisation.reuse": 5 });
    expect(!over.ok && over.error.code).toBe("plan.index_children_exceed");
    const proto = resolveIndexPoints(i, JSON.parse('{"__proto__": 5}') as Record<string, number>);
    expect(!proto.ok && proto.error.code).toBe("plan.index_unknown_component");
  });
});

describe("legal bases", () => {
  it("parse with @cchc/core's parser: 76/NQ-CP, 69/KH-UBND, 167/KH-UBND (plan preamble)", () => {
    const parsed = parsedLegalBases(bacNinh2026Plan());
    expect(parsed.map((p) => (p.number?.ok ? [p.number.value.canonical, p.number.value.kind, p.number.value.type, p.number.value.number] : null))).toEqual([
      ["76/NQ-CP", "administrative", "NQ", 76],
      ["69/KH-UBND", "administrative", "KH", 69],
      ["167/KH-UBND", "administrative", "KH", 167],
      null,
    ]);
    expect(parsed[3]!.basis.citation.title).toBe("Luật Phổ biến, giáo dục pháp luật");
  });
});
