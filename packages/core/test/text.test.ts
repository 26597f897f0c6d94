import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareVietnamese, equalsFolded, foldKey, includesFolded, isNfc, normalizeText, slugify } from "@cchc/core";

const NFC_NAME = "Bắc Ninh";
const NFD_NAME = NFC_NAME.normalize("NFD");

describe("normalizeText", () => {
  it("turns NFD into NFC and cleans spaces", () => {
    expect(NFD_NAME).not.toBe(NFC_NAME);
    expect(normalizeText(`  ${NFD_NAME}\u00A0\u00A0tỉnh `)).toBe("Bắc Ninh tỉnh");
    expect(isNfc(normalizeText(NFD_NAME))).toBe(true);
    expect(isNfc(NFD_NAME)).toBe(false);
  });
  it("is idempotent", () => {
    fc.assert(fc.property(fc.string({ unit: "grapheme" }), (s) => normalizeText(normalizeText(s)) === normalizeText(s)));
  });
});

describe("foldKey", () => {
  it("matches the four spellings named in the foundation issue", () => {
    const keys = new Set([NFC_NAME, NFD_NAME, "BAC NINH", "bac ninh"].map(foldKey));
    expect([...keys]).toEqual(["bac ninh"]);
  });
  it("maps đ and Đ to d and strips every tone mark", () => {
    expect(foldKey("ĐỒNG NGUYÊN")).toBe("dong nguyen");
    expect(foldKey("Sở Văn hóa, Thể thao và Du lịch")).toBe("so van hoa, the thao va du lich");
    expect(foldKey("ắằẳẵặ ấầẩẫậ ếềểễệ ốồổỗộ ớờởỡợ ứừửữự ýỳỷỹỵ")).toBe("aaaaa aaaaa eeeee ooooo ooooo uuuuu yyyyy");
  });
  it("gives NFC and NFD input the same key (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (s) => foldKey(s.normalize("NFC")) === foldKey(s.normalize("NFD"))),
    );
  });
  it("is idempotent and case-insensitive over Vietnamese text (property)", () => {
    const letters = [..."aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂBCDĐEÊGHIKLMNOÔƠPQRSTUƯVXY0123456789 ,.-"];
    const marks = ["", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323"];
    const viChar = fc.tuple(fc.constantFrom(...letters), fc.constantFrom(...marks)).map(([l, m]) => l + m);
    const viText = fc.array(viChar, { maxLength: 30 }).map((cs) => cs.join(""));
    fc.assert(
      fc.property(viText, (s) => {
        const k = foldKey(s);
        return foldKey(k) === k && foldKey(s.toUpperCase()) === foldKey(s.toLowerCase());
      }),
    );
  });
  it("handles a megabyte of input linearly", () => {
    const big = "Phường Kinh Bắc ".repeat(70_000);
    const t = performance.now();
    expect(foldKey(big).startsWith("phuong kinh bac")).toBe(true);
    expect(performance.now() - t).toBeLessThan(2_000);
  });
});

describe("equalsFolded / includesFolded", () => {
  it("compares and searches through the folding key", () => {
    expect(equalsFolded("Đa Mai", "da mai")).toBe(true);
    expect(equalsFolded("Đa Mai", "Đa Mại")).toBe(true);
    expect(equalsFolded("Kinh Bắc", "Kinh Bac Ninh")).toBe(false);
    expect(includesFolded("Cải cách thủ tục hành chính", "THU TUC")).toBe(true);
    expect(includesFolded("Cải cách thể chế", "tài chính")).toBe(false);
  });
});

describe("compareVietnamese", () => {
  it("sorts in Vietnamese alphabetical order (d before đ, a before ă before â)", () => {
    expect(["Đồng Việt", "Dương Hưu", "Bắc Giang", "An Lạc"].sort(compareVietnamese)).toEqual([
      "An Lạc",
      "Bắc Giang",
      "Dương Hưu",
      "Đồng Việt",
    ]);
    expect(["ân", "ăn", "an"].sort(compareVietnamese)).toEqual(["an", "ăn", "ân"]);
  });
  it("treats NFD input like its NFC twin", () => {
    expect(compareVietnamese(NFD_NAME, NFC_NAME)).toBe(0);
  });
});

describe("slugify", () => {
  it("makes ASCII slugs", () => {
    expect(slugify("Phường Kinh Bắc")).toBe("phuong-kinh-bac");
    expect(slugify("  Sở Văn hóa, Thể thao & Du lịch!  ")).toBe("so-van-hoa-the-thao-du-lich");
    expect(slugify("!!!")).toBe("");
  });
  it("only ever contains [a-z0-9-] without edge dashes (property)", () => {
    fc.assert(fc.property(fc.string({ unit: "grapheme" }), (s) => /^(?:[a-z0-9]+(?:-[a-z0-9]+)*)?$/.test(slugify(s))));
  });
});
