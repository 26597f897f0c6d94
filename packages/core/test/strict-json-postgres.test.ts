/**
 * Differential test against PostgreSQL's `jsonb` input (PGlite, the embedded PostgreSQL the intake
 * service stores reports in): every text parseStrictJson accepts, PostgreSQL stores, and reads back as
 * the same value. The converse does not hold on purpose — PostgreSQL keeps the last of duplicate names
 * and accepts `\u0001` or noncharacters, which I-JSON refuses.
 */
import { PGlite } from "@electric-sql/pglite";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseStrictJson } from "@cchc/core";

let db: PGlite;
beforeAll(async () => {
  db = await PGlite.create();
}, 120_000);
afterAll(async () => {
  await db?.close();
});

/** PostgreSQL's verdict on `text` as `jsonb`: accepted, or its error message. */
async function jsonb(text: string): Promise<{ ok: true } | { ok: false; message: string }> {
  try {
    await db.query("select $1::jsonb", [text]);
    return { ok: true };
  } catch (error) {
    return { ok: false, message: (error as Error).message };
  }
}

const unit = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom("a", ":", '"', "\\", "ệ", "Đ", "\t", "\n") },
  { weight: 1, arbitrary: fc.constantFrom("😀", "\u0000", "\u0001", "\u001f", "\ufffe", "\u{1FFFF}") },
);
const value = fc.jsonValue({ stringUnit: unit, maxDepth: 3 });
const escapedSurrogate = fc.constantFrom('"\\ud800"', '["a\\udfff"]', '{"k\\udbff": 1}', '"\\ud83d\\ude00"');
const ascii = (text: string): string => text.replace(/[^\t\n\r\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);

describe("parseStrictJson against PostgreSQL jsonb (PGlite)", () => {
  it("the issue's examples: PostgreSQL refuses \\u0000 and a lone surrogate escape, and so do we", async () => {
    for (const text of ['{"note": "\\u0000"}', '{"note": "\\ud800"}']) {
      expect(await jsonb(text)).toMatchObject({ ok: false });
      expect(parseStrictJson(text).ok).toBe(false);
    }
    // Where PostgreSQL accepts but reads a different report than another parser would: we refuse.
    expect(await jsonb('{"month": "2026-01", "month": "2026-02"}')).toMatchObject({ ok: true });
    expect(parseStrictJson('{"month": "2026-01", "month": "2026-02"}').ok).toBe(false);
  });

  it("whatever we accept, PostgreSQL stores, and its value equals ours (property)", async () => {
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(fc.oneof(value.map((v) => JSON.stringify(v)), value.map((v) => ascii(JSON.stringify(v))), escapedSurrogate), async (text) => {
        const ours = parseStrictJson(text);
        const theirs = await jsonb(text);
        if (!ours.ok) return;
        accepted++;
        expect(theirs).toMatchObject({ ok: true });
        const equal = await db.query<{ equal: boolean }>("select $1::jsonb = $2::jsonb as equal", [text, JSON.stringify(ours.value)]);
        expect(equal.rows[0]!.equal).toBe(true);
      }),
      { numRuns: 400 },
    );
    expect(accepted).toBeGreaterThan(50);
  }, 120_000);
});
