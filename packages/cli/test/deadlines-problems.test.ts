import type { Obligation } from "@cchc/deadlines";
import { describe, expect, it, vi } from "vitest";
import { run } from "./helpers.js";

// A plan whose obligations include one that cannot be scheduled (a rule of an unknown kind).
vi.mock("@cchc/plan", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@cchc/plan")>();
  const broken = {
    id: "bac-ninh-2026.broken",
    who: [{ id: "so-y-te", name: { vi: "Sở Y tế", en: "Department of Health" } }],
    what: { vi: "Báo cáo hỏng", en: "Broken report" },
    to: [{ id: "so-noi-vu", name: { vi: "Sở Nội vụ", en: "Department of Home Affairs" } }],
    rule: { kind: "no-such-rule" },
    periodKind: "month",
    source: { confidence: "UNCONFIRMED" },
  } as unknown as Obligation;
  return { ...actual, planObligations: (plan: Parameters<typeof actual.planObligations>[0]) => [...actual.planObligations(plan), broken] };
});

describe("cchc deadlines with an obligation that cannot be dated", () => {
  it("still prints the others, reports the problem on stderr and exits 1 (never a silent omission)", async () => {
    const r = await run(["deadlines", "2026", "--json", "--lang", "en"]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toHaveLength(16);
    expect(r.stderr).toMatch(/^✖ bac-ninh-2026\.broken: .+/m);
    const text = await run(["deadlines", "2026"]);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain("16 lần nộp.");
    expect(text.stderr).toContain("✖ bac-ninh-2026.broken");
  });
});
