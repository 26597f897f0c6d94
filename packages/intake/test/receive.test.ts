import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createIntake, type Intake } from "@cchc/intake";
import { movableClock, sample } from "./support/samples.js";

const clock = movableClock("2026-03-06T09:30:00+07:00");
let intake: Intake;
beforeAll(async () => {
  intake = await createIntake({ clock: clock.now });
}, 120_000);
afterAll(() => intake.close());

describe("receiving a report", () => {
  it("stores a first revision with its timeliness at receipt, and an identical resubmission returns the same receipt", async () => {
    const report = sample("monthly-media-report.valid");
    const first = await intake.submit("monthly-media-report", report, "bao-ptth-bac-ninh");
    expect(first.ok && first.value.created).toBe(true);
    if (!first.ok) throw first.error;
    expect(first.value.receipt).toMatchObject({
      id: "bao-ptth-bac-ninh@2026-02",
      revision: 1,
      receivedAt: "2026-03-06T09:30:00.000+07:00",
      unit: "bao-ptth-bac-ninh",
      period: "2026-02",
      timeliness: { status: "on-time", due: "2026-03-09" },
    });
    clock.set("2026-03-07T10:00:00+07:00");
    const again = await intake.submit("monthly-media-report", { ...report }, "bao-ptth-bac-ninh");
    expect(again.ok && again.value.created).toBe(false);
    if (again.ok) expect(again.value.receipt).toEqual(first.value.receipt);
  });
});
