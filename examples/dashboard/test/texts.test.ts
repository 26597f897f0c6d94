// The page's words: the same keys in both languages, every text NFC, placeholders filled.
import { describe, expect, it } from "vitest";
import { t, TEXT_KEYS, type TextKey } from "../src/texts.js";

describe("the dashboard's texts", () => {
  it("has every key in Vietnamese and English, in NFC", () => {
    expect(TEXT_KEYS.en).toEqual(TEXT_KEYS.vi);
    for (const key of TEXT_KEYS.vi as TextKey[]) {
      for (const lang of ["vi", "en"] as const) {
        const text = t(lang, key);
        expect(text.length, `${lang} ${key}`).toBeGreaterThan(0);
        expect(text.normalize("NFC"), `${lang} ${key}`).toBe(text);
      }
    }
  });

  it("fills placeholders and leaves unknown ones visible", () => {
    expect(t("vi", "difficulties.open", { count: 3 })).toBe("Chưa giải quyết (3)");
    expect(t("en", "asOf", { date: "7 Dec 2026" })).toBe("Figures as of 7 Dec 2026");
    expect(t("en", "asOf")).toBe("Figures as of {date}");
  });
});
