import fc from "fast-check";
import { validateDocumentMeta, type DocumentMetaInput } from "@cchc/documents/metadata";
import { draftDocumentMeta } from "@cchc/documents";
import { describe, expect, it } from "vitest";
import { example } from "./support/fixtures.js";

const signed: DocumentMetaInput = {
  issuer: { parent: "UBND tỉnh Bắc Ninh", name: "Sở Văn hóa, Thể thao và Du lịch" },
  number: "24/BC-SVHTTDL",
  place: "Bắc Ninh",
  date: "2026-04-09",
  recipients: ["Chủ tịch UBND tỉnh (để b/c)"],
  signer: { authority: "KT. Giám đốc", title: "Phó Giám đốc", name: "Nguyễn Văn An" },
};

const codes = (input: unknown, lang: "vi" | "en" = "vi") => validateDocumentMeta(input, lang).issues.map((i) => `${i.path} ${i.code}`);

describe("validateDocumentMeta", () => {
  it("accepts signed metadata and writes the number in its canonical form (leading zero below 10)", () => {
    const r = validateDocumentMeta({ ...signed, number: "Số: 9 / bc - svhttdl" });
    expect(r.valid && r.value.number).toBe("09/BC-SVHTTDL");
  });

  it("normalizes text to NFC (Vietnamese typed on macOS arrives decomposed)", () => {
    const r = validateDocumentMeta({ ...signed, place: "Bắc Ninh".normalize("NFD") });
    expect(r.valid && r.value.place).toBe("Bắc Ninh");
  });

  it("the number must parse (@cchc/core) and be a report's (BC)", () => {
    expect(codes({ ...signed, number: "24-BC" })).toEqual(["/number document.invalid_number"]);
    expect(codes({ ...signed, number: "24/KH-SVHTTDL" })).toEqual(["/number document.number_not_report"]);
    expect(codes({ ...signed, number: undefined, symbol: "bc-svhttdl" }).length).toBe(1); // a symbol alone is fine for a draft only
    const draft = validateDocumentMeta({ ...signed, number: undefined, symbol: "bc-svhttdl", draft: true });
    expect(draft.valid && draft.value.symbol).toBe("BC-SVHTTDL");
  });

  it("a signed document needs its number and signer; a draft does not", () => {
    const { number: _n, signer: _s, ...rest } = signed;
    expect(codes(rest)).toEqual(["/number document.number_required", "/signer document.signer_required"]);
    expect(codes({ ...rest, draft: true })).toEqual([]);
  });

  it("the signing authority starts with TM., KT., TL., TUQ. or Q.", () => {
    expect(codes({ ...signed, signer: { authority: "Giám đốc", title: "Giám đốc", name: "A" } })).toEqual(["/signer/authority document.invalid_authority"]);
    expect(codes({ ...signed, signer: { authority: "tm. ủy ban nhân dân", title: "Chủ tịch", name: "A" } })).toEqual([]);
  });

  it("dates are strict civil dates", () => {
    for (const date of ["2026-02-29", "2026-13-01", "9/3/2026", "2026-3-9", ""]) expect(codes({ ...signed, date })).toEqual(["/date document.invalid_date"]);
    expect(codes({ ...signed, date: "2028-02-29" })).toEqual([]);
  });

  it("unknown keys, __proto__ included, are errors; messages in Vietnamese or English", () => {
    const withProto = JSON.parse(`{"__proto__": {"draft": true}, ${JSON.stringify(signed).slice(1)}`);
    const vi = validateDocumentMeta(withProto);
    expect(vi.valid).toBe(false);
    expect(vi.issues[0]?.code).toBe("unrecognized_keys");
    expect(validateDocumentMeta({ ...signed, place: "   " }, "en").issues).toEqual([{ path: "/place", code: "document.blank_text", message: "must not be blank" }]);
    expect(validateDocumentMeta({ ...signed, place: "   " }).issues[0]?.message).toBe("không được chỉ gồm khoảng trắng");
    expect(validateDocumentMeta(null, "en").issues[0]?.code).toBe("invalid_type");
  });

  it("never throws, whatever the input", () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const r = validateDocumentMeta(input);
        expect(r.valid).toBe(r.issues.length === 0);
      }),
    );
  });
});

describe("draftDocumentMeta: a draft from the report and the plan", () => {
  const monthly = example("monthly-media-report.valid.json");

  it("the unit and its parent body, the province as place, today in Asia/Ho_Chi_Minh, the plan's recipients", () => {
    // 2026-03-05T17:30Z is already 6 March in Việt Nam (UTC+7), whatever the host's time zone.
    const r = draftDocumentMeta("monthly-media-report", monthly, { now: new Date("2026-03-05T17:30:00Z") });
    expect(r.ok && r.value).toEqual({
      issuer: { parent: "Ủy ban nhân dân tỉnh Bắc Ninh", name: "Báo và Phát thanh, Truyền hình Bắc Ninh" },
      place: "Bắc Ninh",
      date: "2026-03-06",
      recipients: ["Sở Văn hóa, Thể thao và Du lịch"],
      draft: true,
    });
    expect(validateDocumentMeta(r.ok ? r.value : null).valid).toBe(true);
  });

  it("a commune's report is dated at its commune; the agencies' report goes to Sở Nội vụ, copy Sở VHTTDL", () => {
    const d = draftDocumentMeta("difficulty-report", example("difficulty-report.valid.json"));
    expect(d.ok && d.value.place).toBe("Tuấn Đạo");
    const a = draftDocumentMeta("agency-communication-report", example("agency-communication-report.valid.json"), { lang: "en" });
    expect(a.ok && a.value.recipients).toEqual(["Department of Home Affairs", "Department of Culture, Sports and Tourism"]);
  });

  it("an invalid report gives its issues", () => {
    const r = draftDocumentMeta("monthly-media-report", {});
    expect(r.ok ? "" : r.error.code).toBe("document.invalid_report");
  });
});
