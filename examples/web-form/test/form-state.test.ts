import { validateMonthlyMediaReport } from "@cchc/reports/monthly-media-report";
import { describe, expect, it } from "vitest";
import { FORM, fieldPointer } from "../src/form-spec.js";
import { addRow, removeRow, toJsonValue, toPayload } from "../src/form-state.js";
import { TEXTS } from "../src/texts.js";
import { filledIn, part, spec, type } from "./filled-in.js";

describe("the form's payload", () => {
  it("is valid for a filled-in form and keeps the values typed", () => {
    const payload = toPayload(filledIn());
    const result = validateMonthlyMediaReport(payload, { lang: "en" });
    expect(result.issues).toEqual([]);
    expect(payload).toMatchObject({
      schemaVersion: 2,
      unit: { actor: "bao-ptth-bac-ninh" },
      month: "2026-02",
      totals: { newsItems: 8, articles: 2, airtimeMinutes: 36.5 },
      sections: [{ name: "Cải cách hành chính", kind: "section", channel: "F1.press.tv", newsItems: 8 }],
      broadcasts: [],
      recommendations: ["Đề nghị A", "Đề nghị B"],
    });
    expect(payload).not.toHaveProperty("documentNumber"); // optional and empty: left out
  });

  it("lets the validator name missing, negative and unreadable values at the inputs' pointers", () => {
    const state = filledIn();
    type(state, "totals", "articles", "-2");
    type(state, "totals", "newsItems", "");
    type(state, "sections", "newsItems", "1e999", 0);
    const paths = validateMonthlyMediaReport(toPayload(state)).issues.map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(["/totals/articles", "/totals/newsItems", "/sections/0/newsItems"]));
  });

  it("converts text by kind", () => {
    expect(toJsonValue(spec("totals", "newsItems"), "12")).toBe(12);
    expect(toJsonValue(spec("totals", "newsItems"), " ")).toBeUndefined();
    expect(toJsonValue(spec("totals", "airtimeMinutes"), "abc")).toBe("abc");
    expect(toJsonValue(spec("sections", "name"), "")).toBe(""); // required text: sent, so the validator names it
    expect(toJsonValue(spec("general", "documentNumber"), "  ")).toBeUndefined();
    expect(toJsonValue(spec("sections", "kind"), "")).toBeUndefined();
    expect(toJsonValue(spec("closing", "recommendations"), "")).toEqual([]);
  });

  it("adds and removes rows, moving touched marks with the rows", () => {
    const state = filledIn();
    const sections = part("sections");
    addRow(state, sections);
    addRow(state, sections);
    type(state, "sections", "name", "Chính quyền số", 2);
    removeRow(state, sections, 1);
    expect(state.rows.get("sections")!.map((r) => r["name"])).toEqual(["Cải cách hành chính", "Chính quyền số"]);
    expect(state.touched.has("/sections/1/name")).toBe(true);
    expect(state.touched.has("/sections/2/name")).toBe(false);
    removeRow(state, sections, 5); // out of range: nothing happens
    expect(state.rows.get("sections")).toHaveLength(2);
  });
});

describe("the form's description", () => {
  it("has a label in both languages for every part and field", () => {
    for (const lang of ["vi", "en"] as const) {
      for (const p of FORM) {
        expect(TEXTS[lang]).toHaveProperty([`part.${p.id}`]);
        for (const f of p.fields) expect(TEXTS[lang]).toHaveProperty([`${p.id}.${f.key}`]);
      }
    }
  });

  it("offers exactly the options the validator accepts", () => {
    const state = filledIn();
    addRow(state, part("forms"));
    type(state, "forms", "count", "1", 0);
    for (const [partId, key] of [["sections", "kind"], ["sections", "channel"], ["content", "topic"], ["forms", "form"]] as const) {
      for (const option of spec(partId, key).options!("vi")) {
        type(state, partId, key, option.value, 0);
        expect(validateMonthlyMediaReport(toPayload(state)).issues.filter((i) => i.path === `/${partId}/0/${key}`)).toEqual([]);
      }
    }
    expect(spec("content", "topic").options!("en").map((o) => o.value)).toHaveLength(11);
    expect(spec("sections", "channel").options!("en")).toContainEqual({ value: "F1.press.tv", label: "F1.press.tv — Television (broadcast press)" });
  });

  it("points every input at a distinct JSON Pointer", () => {
    const pointers = FORM.flatMap((p) => p.fields.map((f) => fieldPointer(p, f, 0)));
    expect(new Set(pointers).size).toBe(pointers.length);
    expect(pointers).toContain("/month");
    expect(pointers).toContain("/totals/newsItems");
    expect(pointers).toContain("/sections/0/name");
  });
});
