import fc from "fast-check";
import { matchTopics, MAX_TOPIC_TEXT_LENGTH, topics } from "@cchc/plan";
import { describe, expect, it } from "vitest";

function codes(text: string): string[] {
  const r = matchTopics(topics, text);
  if (!r.ok) throw r.error;
  return r.value.map((m) => m.code);
}

describe("topics matching a Vietnamese text", () => {
  it("tags a news item about late procedures and online payment (keywords of II.4.2 and II.4.6)", () => {
    expect(codes("Sở Y tế xin lỗi người dân vì hồ sơ trễ hạn; tỷ lệ thanh toán trực tuyến tăng")).toEqual(["T4.2", "T4.6"]);
  });
  it("matches NFC, NFD, upper case and text without diacritics the same way", () => {
    const text = "Đẩy mạnh chuyển đổi số, phủ sóng 5G";
    const variants = [text, text.normalize("NFD"), text.toUpperCase(), "Day manh chuyen doi so, phu song 5G"];
    const results = variants.map(codes);
    for (const r of results) expect(r).toEqual(["T4.6"]);
  });
  it("matches whole words only", () => {
    expect(codes("PCI")).toEqual(["T2", "T4.5"]);
    expect(codes("PCIX và SPCI")).toEqual([]);
    expect(codes("phòng chống tham nhũng")).toContain("T4.1");
  });
  it("ranks by the number of distinct keywords found", () => {
    const r = matchTopics(topics, "Cải cách thủ tục hành chính: TTHC, một cửa, trễ hạn — và sáng kiến");
    expect(r.ok && r.value[0]).toMatchObject({ code: "T4.2" });
    expect(r.ok && r.value[0]!.score).toBeGreaterThan(1);
  });
  it("returns nothing for unrelated text and refuses huge input", () => {
    expect(codes("Thời tiết hôm nay nắng đẹp")).toEqual([]);
    const r = matchTopics(topics, "a".repeat(MAX_TOPIC_TEXT_LENGTH + 1));
    expect(!r.ok && r.error.code).toBe("plan.input_too_long");
  });
  it("every topic is found by each of its own keywords (property)", () => {
    const pairs = topics.flatMap((t) => t.keywords.map((k) => [t.code, k] as const));
    fc.assert(fc.property(fc.constantFrom(...pairs), ([code, keyword]) => codes(`Tin: ${keyword.normalize("NFD")}.`).includes(code)));
  });
  it("stays fast on a long article", () => {
    const article = "Bắc Ninh đẩy mạnh cải cách thủ tục hành chính và chuyển đổi số. ".repeat(10_000);
    const t = performance.now();
    expect(codes(article)).toContain("T4.6");
    expect(performance.now() - t).toBeLessThan(2_000);
  });
});
