import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { run } from "./helpers.js";

// Document numbers from the plan and ../shared/domain/indices-identifiers-units.md §2 (NĐ 30/2020/NĐ-CP).
describe("cchc docref", () => {
  it("prints a parsed number for people (Vietnamese by default)", async () => {
    const r = await run(["docref", "167/KH-UBND"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("167/KH-UBND");
    expect(r.stdout).toMatch(/Loại\s+KH — Kế hoạch/);
    expect(r.stdout).toMatch(/Cơ quan ban hành\s+UBND/);
    expect(r.stdout).not.toContain("Năm");
    expect(r.stderr).toBe("");
  });

  it("prints English labels with --lang en", async () => {
    const r = await run(["docref", "09/2019/NĐ-CP", "--lang", "en"]);
    expect(r.stdout).toMatch(/Type\s+NĐ — Decree/);
    expect(r.stdout).toMatch(/Year\s+2019/);
  });

  it("--json gives the contract fields, year and type null when absent", async () => {
    const r = await run(["--json", "docref", "1187/UBND-KTTH"]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json).toMatchObject({ canonical: "1187/UBND-KTTH", number: 1187, year: null, type: null, issuer: "UBND" });
    expect(json).toMatchObject({ input: "1187/UBND-KTTH", kind: "letter", unit: "KTTH", typeKnown: false, typeName: null, warnings: [] });
  });

  it("--json normalizes the input and names the type in both languages", async () => {
    const r = await run(["docref", "Số: 09/2019/nđ-cp", "--json"]);
    expect(JSON.parse(r.stdout)).toEqual({
      input: "Số: 09/2019/nđ-cp",
      canonical: "09/2019/NĐ-CP",
      number: 9,
      year: 2019,
      type: "NĐ",
      issuer: "CP",
      kind: "normative",
      unit: null,
      typeKnown: true,
      typeName: { vi: "Nghị định", en: "Decree" },
      warnings: [],
    });
  });

  it("several texts give an array in input order", async () => {
    const r = await run(["docref", "76/NQ-CP", "69/KH-UBND", "167/KH-UBND", "--json"]);
    const json = JSON.parse(r.stdout) as { canonical: string }[];
    expect(json.map((d) => d.canonical)).toEqual(["76/NQ-CP", "69/KH-UBND", "167/KH-UBND"]);
  });

  it("unknown type codes parse with a localized warning", async () => {
    const r = await run(["docref", "12/XYZ-UBND", "--json", "--lang", "en"]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.typeKnown).toBe(false);
    expect(json.warnings[0]).toEqual({ code: "docnum.unknown_type", message: expect.stringContaining("not in Appendix III") });
  });

  it("unparseable text exits 1 with the reason in Vietnamese or English", async () => {
    const vi = await run(["docref", "KH-UBND"]);
    expect(vi.code).toBe(1);
    expect(vi.stdout).toBe("");
    expect(vi.stderr).toContain('Thiếu "/" giữa số và ký hiệu');
    const en = await run(["docref", "KH-UBND", "--lang=en"]);
    expect(en.code).toBe(1);
    expect(en.stderr).toContain('Missing "/" between number and symbol');
  });

  it("--json reports an unparseable text as { input, error } and still exits 1", async () => {
    const r = await run(["docref", "167/KH-UBND", "KH-UBND", "--json"]);
    expect(r.code).toBe(1);
    const [good, bad] = JSON.parse(r.stdout);
    expect(good.canonical).toBe("167/KH-UBND");
    expect(bad).toEqual({ input: "KH-UBND", error: { code: "docnum.missing_slash", message: expect.stringContaining("Thiếu") } });
  });

  it("never crashes on arbitrary text: exit 0 or 1, JSON always parses", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 60 }), async (text) => {
        const r = await run(["docref", "--json", "--", text]);
        expect([0, 1]).toContain(r.code);
        const json = JSON.parse(r.stdout);
        expect(json.input).toBe(text);
      }),
      { numRuns: 150 },
    );
  });
});
