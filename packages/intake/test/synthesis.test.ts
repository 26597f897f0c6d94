/**
 * The synthesis the intake serves is `synthesizeReports` of the stored reports: a differential test
 * against the validating path on the same payloads (the intake skips re-validating what it stored
 * validated, and reads payloads through its cache), on both databases. A new revision is in the next
 * synthesis at once — also when another intake on the same PostgreSQL database received it.
 */
import { describe, expect, it } from "vitest";
import { synthesizeReports } from "@cchc/reports";
import { createIntake, vietnamInstant, type Intake } from "@cchc/intake";
import { DATABASES } from "./support/databases.js";
import { intakes } from "./support/intake.js";
import { at, sample } from "./support/samples.js";

const NOW = "2026-04-20T09:00:00+07:00";
const january = sample("monthly-media-report.valid-january");
const february = sample("monthly-media-report.valid");
const agency = sample("agency-communication-report.valid");

async function submit(intake: Intake, schema: string, report: Record<string, unknown>, unit: string): Promise<void> {
  const r = await intake.submit(schema, report, unit);
  if (!r.ok) throw new Error(r.error.messages.en);
}

/** What `synthesizeReports` gives for these raw payloads, validating them, as the intake would date it. */
function expected(media: unknown[], agencies: unknown[]) {
  const r = synthesizeReports({ media, agencies }, { coverage: { from: "2026-01", to: "2026-03" }, generatedAt: vietnamInstant(at(NOW)), reportId: "intake-synthesis-2026-Q1" });
  if (!r.ok) throw new Error(r.error.localized("en"));
  return r.value;
}

describe.each(DATABASES.map((kind) => [kind().name, kind] as const))("the synthesis on %s", (name, kind) => {
  const db = intakes(kind);

  it("is synthesizeReports of the latest stored revisions, validating path or not; a new revision shows at once", async () => {
    const intake = await db.open({ clock: () => at(NOW) });
    await submit(intake, "monthly-media-report", january, "bao-ptth-bac-ninh");
    await submit(intake, "monthly-media-report", february, "bao-ptth-bac-ninh");
    await submit(intake, "agency-communication-report", agency, "so-tu-phap");
    const first = await intake.synthesis("2026-Q1");
    if (!first.ok) throw new Error(first.error.messages.en);
    expect(first.value.synthesis).toEqual(expected([january, february], [agency]));
    const again = await intake.synthesis("2026-Q1"); // payloads from the cache now
    expect(again.ok && again.value).toEqual(first.value);

    const corrected = { ...february, reportId: "BPTTH-CCHC-2026-02-r2" };
    await submit(intake, "monthly-media-report", corrected, "bao-ptth-bac-ninh");
    const after = await intake.synthesis("2026-Q1");
    if (!after.ok) throw new Error(after.error.messages.en);
    expect(after.value.synthesis).toEqual(expected([january, corrected], [agency]));
    expect(after.value.provenance.map((p) => [p.id, p.revision])).toEqual([
      ["bao-ptth-bac-ninh@2026-01", 1],
      ["bao-ptth-bac-ninh@2026-02", 2],
      ["so-tu-phap@2026-Q1", 1],
    ]);
  });

  it.runIf(name === "PostgreSQL")("sees a revision another intake on the same database received after its own synthesis", async () => {
    const config = await db.database().fresh();
    const reader = await createIntake({ database: config, clock: () => at(NOW) });
    const writer = await createIntake({ database: config, clock: () => at(NOW) });
    try {
      await submit(writer, "monthly-media-report", february, "bao-ptth-bac-ninh");
      const before = await reader.synthesis("2026-02");
      expect(before.ok && before.value.synthesis.sources.map((s) => s.reportId)).toEqual(["BPTTH-CCHC-2026-02"]);
      await submit(writer, "monthly-media-report", { ...february, reportId: "BPTTH-CCHC-2026-02-r2" }, "bao-ptth-bac-ninh");
      const after = await reader.synthesis("2026-02");
      expect(after.ok && after.value.synthesis.sources.map((s) => s.reportId)).toEqual(["BPTTH-CCHC-2026-02-r2"]);
    } finally {
      await reader.close();
      await writer.close();
    }
  });
});
