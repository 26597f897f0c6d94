import { Effect } from "effect";
import { describe, expect, it } from "vitest";
import { createIntake, type Intake } from "@cchc/intake";
import { Database } from "@cchc/intake/effect";
import { DATABASES } from "./support/databases.js";
import { intakes } from "./support/intake.js";
import { movableClock, sample } from "./support/samples.js";

const media = sample("monthly-media-report.valid");
const MEDIA_UNIT = "bao-ptth-bac-ninh";

async function count(intake: Intake, table: string): Promise<number> {
  const r = await intake.run(Effect.flatMap(Database, (db) => Effect.promise(() => db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))));
  if (!r.ok) throw new Error("count failed");
  return r.value[0]!.n;
}

describe.each(DATABASES.map((kind) => [kind().name, kind] as const))("receiving reports on %s", (_name, kind) => {
  const db = intakes(kind);

  it("stores a first revision with its timeliness at receipt; an identical resubmission returns the same receipt", async () => {
    const clock = movableClock("2026-03-06T09:30:00+07:00");
    const intake = await db.open({ clock: clock.now });
    const first = await intake.submit("monthly-media-report", media, MEDIA_UNIT);
    if (!first.ok) throw first.error;
    expect(first.value.created).toBe(true);
    expect(first.value.receipt).toMatchObject({
      id: "bao-ptth-bac-ninh@2026-02",
      schema: "monthly-media-report",
      revision: 1,
      receivedAt: "2026-03-06T09:30:00.000+07:00",
      unit: MEDIA_UNIT,
      period: "2026-02",
      submittedBy: MEDIA_UNIT,
      timeliness: { status: "on-time", due: "2026-03-09", earliestSafe: "2026-03-09", latestSafe: "2026-03-10", obligationId: "bac-ninh-2026.media-monthly-report" },
    });
    expect(first.value.receipt.contentHash).toMatch(/^[0-9a-f]{64}$/);
    clock.set("2026-03-07T10:00:00+07:00");
    // Same content, keys in another order: the same report.
    const reordered = Object.fromEntries(Object.entries(media).reverse());
    const again = await intake.submit("monthly-media-report", reordered, MEDIA_UNIT);
    if (!again.ok) throw again.error;
    expect(again.value.created).toBe(false);
    expect(again.value.receipt).toEqual(first.value.receipt);
    expect(await count(intake, "intake_revision")).toBe(1);
  });

  it("makes every changed submission a new revision, never overwriting (A, B, A gives three revisions)", async () => {
    const clock = movableClock("2026-03-05T08:00:00+07:00");
    const intake = await db.open({ clock: clock.now });
    const a = media;
    const b = { ...media, notes: "Bổ sung số liệu phát thanh." };
    const numbers: number[] = [];
    for (const [i, body] of [a, b, a].entries()) {
      clock.set(`2026-03-0${5 + i}T08:00:00+07:00`);
      const r = await intake.submit("monthly-media-report", body, MEDIA_UNIT);
      if (!r.ok) throw r.error;
      expect(r.value.created).toBe(true);
      numbers.push(r.value.receipt.revision);
    }
    expect(numbers).toEqual([1, 2, 3]);
    const history = await intake.revisions("monthly-media-report", "bao-ptth-bac-ninh@2026-02");
    if (!history.ok) throw history.error;
    expect(history.value.map((r) => [r.revision, r.receivedAt])).toEqual([
      [1, "2026-03-05T08:00:00.000+07:00"],
      [2, "2026-03-06T08:00:00.000+07:00"],
      [3, "2026-03-07T08:00:00.000+07:00"],
    ]);
    expect(history.value[0]!.contentHash).toBe(history.value[2]!.contentHash);
    const second = await intake.get("monthly-media-report", "bao-ptth-bac-ninh@2026-02", 2);
    expect(second.ok && (second.value.report as { notes?: string }).notes).toBe("Bổ sung số liệu phát thanh.");
    const latest = await intake.get("monthly-media-report", "bao-ptth-bac-ninh@2026-02");
    expect(latest.ok && latest.value.revision).toBe(3);
  });

  it("treats NFD text as the NFC text it stands for (same hash, no new revision)", async () => {
    const intake = await db.open({ clock: movableClock("2026-03-05T08:00:00+07:00").now });
    const nfc = { ...media, notes: "Thông tin về cải cách hành chính" };
    const nfd = { ...media, notes: "Thông tin về cải cách hành chính".normalize("NFD") };
    const one = await intake.submit("monthly-media-report", nfc, MEDIA_UNIT);
    const two = await intake.submit("monthly-media-report", nfd, MEDIA_UNIT);
    expect(one.ok && two.ok && two.value.created).toBe(false);
    if (one.ok && two.ok) expect(two.value.receipt.contentHash).toBe(one.value.receipt.contentHash);
  });

  it("makes ONE revision of concurrent identical submissions, and numbered revisions without gaps of concurrent different ones", async () => {
    const intake = await db.open({ clock: movableClock("2026-03-05T08:00:00+07:00").now });
    const same = await Promise.all(Array.from({ length: 12 }, () => intake.submit("monthly-media-report", media, MEDIA_UNIT)));
    expect(same.every((r) => r.ok)).toBe(true);
    expect(same.filter((r) => r.ok && r.value.created)).toHaveLength(1);
    expect(new Set(same.map((r) => r.ok && r.value.receipt.contentHash)).size).toBe(1);
    const different = await Promise.all(
      Array.from({ length: 8 }, (_, i) => intake.submit("monthly-media-report", { ...media, notes: `Lần ${i}` }, MEDIA_UNIT)),
    );
    const revisions = different.map((r) => (r.ok ? r.value.receipt.revision : -1)).sort((x, y) => x - y);
    expect(revisions).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
    expect(await count(intake, "intake_revision")).toBe(9);
    expect(await count(intake, "intake_report")).toBe(1);
  });

  it("stores nothing for an invalid report (422 issues in both languages), a report of another unit (403) or an unknown schema (404)", async () => {
    const intake = await db.open({ clock: movableClock("2026-03-05T08:00:00+07:00").now });
    const invalid = await intake.submit("monthly-media-report", sample("monthly-media-report.invalid"), MEDIA_UNIT);
    expect(!invalid.ok && invalid.error._tag).toBe("ReportRejected");
    if (!invalid.ok && invalid.error._tag === "ReportRejected") {
      expect(invalid.error.issues.length).toBeGreaterThan(0);
      expect(invalid.error.issues[0]!.message.vi).not.toBe(invalid.error.issues[0]!.message.en);
    }
    const foreign = await intake.submit("monthly-media-report", media, "so-tu-phap");
    expect(!foreign.ok && foreign.error._tag).toBe("Forbidden");
    expect(!foreign.ok && foreign.error.messages.en).toBe("The token of unit so-tu-phap may not submit a report of unit bao-ptth-bac-ninh.");
    const unknown = await intake.submit("__proto__", media, MEDIA_UNIT);
    expect(!unknown.ok && unknown.error._tag).toBe("NotFound");
    for (const bad of ["a\u0000b", "\uD800", "x\uDC00y"]) {
      const r = await intake.submit("monthly-media-report", { ...media, notes: bad }, MEDIA_UNIT);
      expect(!r.ok && r.error._tag === "ReportRejected" && r.error.issues.map((i) => [i.path, i.code])).toEqual([["/notes", "intake.unstorable_text"]]);
    }
    expect(await count(intake, "intake_report")).toBe(0);
    expect(await count(intake, "intake_revision")).toBe(0);
  });

  it("refuses UPDATE, DELETE and TRUNCATE in the database itself (append-only)", async () => {
    const intake = await db.open({ clock: movableClock("2026-03-05T08:00:00+07:00").now });
    await intake.submit("monthly-media-report", media, MEDIA_UNIT);
    for (const sql of [
      "UPDATE intake_revision SET submitted_by = 'x'",
      "DELETE FROM intake_revision",
      "TRUNCATE intake_revision CASCADE",
      "UPDATE intake_report SET period = '2026-03'",
      "DELETE FROM intake_report",
    ]) {
      const r = await intake.run(Effect.flatMap(Database, (d) => Effect.tryPromise(() => d.query(sql))));
      expect(r.ok, sql).toBe(false);
      if (!r.ok) expect(String((r.error as { error?: unknown }).error ?? r.error)).toMatch(/append-only/);
    }
    expect(await count(intake, "intake_revision")).toBe(1);
  });

  it("judges timeliness at receipt on the state calendar, in Vietnam's time whatever the server's zone", async () => {
    const clock = movableClock("2026-03-10T08:00:00+07:00");
    const intake = await db.open({ clock: clock.now });
    const r = await intake.submit("monthly-media-report", media, MEDIA_UNIT);
    // "trước ngày 10": late under the default reading (due 9 March), on time if it includes the 10th.
    expect(r.ok && r.value.receipt.timeliness).toMatchObject({ status: "ambiguous", due: "2026-03-09", onTimeUnderDefault: false });
    // 23:30 UTC on 10 March is already 11 March in Vietnam: late under every reading.
    clock.set("2026-03-10T23:30:00Z");
    const late = await intake.submit("monthly-media-report", { ...media, month: "2026-02", notes: "sửa" }, MEDIA_UNIT);
    expect(late.ok && late.value.receipt.timeliness).toMatchObject({ status: "late", submittedOn: "2026-03-11", daysLate: 2 });
    const difficulty = await intake.submit("difficulty-report", sample("difficulty-report.valid"), "ubnd-xa-phuong:07663");
    expect(difficulty.ok && difficulty.value.receipt).toMatchObject({ id: "ubnd-xa-phuong:07663@2026-Q1", timeliness: { status: "no-deadline" } });
  });

  it("records each migration once, with its checksum, and refuses to start on a changed one", async () => {
    const intake = await db.open();
    const rows = await intake.run(
      Effect.flatMap(Database, (d) => Effect.promise(() => d.query<{ version: number; checksum: string }>("SELECT version, checksum FROM intake_schema_migrations"))),
    );
    expect(rows.ok && rows.value.map((r) => r.version)).toEqual([1]);
    expect(rows.ok && rows.value[0]!.checksum).toMatch(/^[0-9a-f]{64}$/);
  });

  it("migrates once across restarts, and refuses a database whose migration changed or that is newer", async () => {
    const config = await db.database().persistent();
    const sql = async (intake: Intake, text: string) => {
      const r = await intake.run(Effect.flatMap(Database, (d) => Effect.promise(() => d.query(text))));
      if (!r.ok) throw new Error(text);
      return r.value;
    };
    const first = await createIntake({ database: config });
    await first.submit("monthly-media-report", media, MEDIA_UNIT);
    await first.close();
    const second = await createIntake({ database: config });
    expect(await sql(second, "SELECT version FROM intake_schema_migrations")).toEqual([{ version: 1 }]);
    expect(await count(second, "intake_revision")).toBe(1);
    await sql(second, "INSERT INTO intake_schema_migrations (version, name, checksum) VALUES (99, 'from the future', 'x')");
    await second.close();
    await expect(createIntake({ database: config })).rejects.toMatchObject({ code: "intake.database_newer", params: { version: 99, known: 1 } });
    const third = await createIntake({ database: config, difficultyRecipients: [] }).catch(() => undefined);
    expect(third).toBeUndefined();
  });
});
