/**
 * The sample year: every report is accepted by the intake's validators, says it is sample data, is NFC
 * text; the board shows the cells fixed by construction (late, ambiguous, missing) as such; a database
 * that holds reports is left alone.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { createIntake } from "@cchc/intake";
import { FIXED_FATES } from "../src/sample-data/construction.js";
import { isSampleReport } from "../src/sample-data/marker.js";
import { seedSampleData } from "../src/sample-data/seed.js";

const AS_OF = Date.parse("2026-09-15T10:00:00+07:00");

function strings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value !== null && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => [k, ...strings(v)]);
  return [];
}

describe("the sample year", () => {
  it("seeds valid, marked, NFC reports up to the instant, shows the fixed fates on the board, and leaves a database with reports alone", async () => {
    // A data directory on disk: the seed closes its intake, and the board and the second seed reopen it.
    const dataDir = mkdtempSync(join(tmpdir(), "cchc-sample-"));
    onTestFinished(() => rmSync(dataDir, { recursive: true, force: true }));
    const database = { kind: "pglite" as const, dataDir };
    const first = await seedSampleData(database, AS_OF);
    expect(first.submissions.length).toBeGreaterThan(60);
    expect(first.stored).toBe(first.submissions.length); // every submission is a new revision
    expect(first.resolved).toBe(2);
    for (const s of first.submissions) {
      expect(s.at).toBeLessThan(AS_OF);
      expect(isSampleReport(s.report), `${s.schema} ${s.unit}@${s.period}`).toBe(true);
      for (const text of strings(s.report)) expect(text.normalize("NFC")).toBe(text);
    }
    const schemas = new Set(first.submissions.map((s) => s.schema));
    expect([...schemas].sort()).toEqual(["agency-communication-report", "difficulty-report", "monthly-media-report", "procedure-statistics", "synthesis-report"]);

    const intake = await createIntake({ database, clock: () => AS_OF });
    try {
      const board = await intake.statusBoard(2026);
      expect(board.ok).toBe(true);
      if (!board.ok) return;
      const status = (id: string) => board.value.cells.find((c) => `${c.unit}@${c.period}` === id)?.status;
      expect(status("bao-ptth-bac-ninh@2026-04")).toBe("late");
      expect(status("so-xay-dung@2026-Q1")).toBe("late");
      expect(status("bao-ptth-bac-ninh@2026-08")).toBe("ambiguous");
      expect(status("so-khcn@2026-H1")).toBe("missing");
      expect(status("cong-an-tinh@2026-Q3")).toBe("not-yet-due"); // missing by construction, but not due yet on 15 September
      expect(Object.keys(FIXED_FATES)).toContain("cong-an-tinh@2026-Q3");
      expect(board.value.counts["on-time"]).toBeGreaterThan(board.value.counts.late);
    } finally {
      await intake.close();
    }

    expect(await seedSampleData(database, AS_OF)).toEqual({ seeded: false, submissions: [], stored: 0, resolved: 0 });
  });
});
