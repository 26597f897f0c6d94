import { readFileSync } from "node:fs";
import { bacNinh2026Plan, traceabilityMarkdown } from "@cchc/plan";
import { describe, expect, it } from "vitest";
import { GUIDE, withGeneratedTable } from "../scripts/guide-blocks.js";

describe("docs/guides/plan-as-data.md", () => {
  const guide = readFileSync(GUIDE, "utf8");
  it("publishes the traceability table and code tables the data gives (run `pnpm --filter @cchc/plan guide`)", () => {
    expect(guide).toBe(withGeneratedTable(guide));
  });
  it("has one table row per clause of the plan", () => {
    const table = traceabilityMarkdown(bacNinh2026Plan(), "en");
    expect(guide).toContain(table);
    expect(table.split("\n")).toHaveLength(bacNinh2026Plan().clauses.length + 2);
    expect(traceabilityMarkdown(bacNinh2026Plan()).split("\n")[0]).toBe("| điều khoản | tiêu đề | được mã hóa bởi |");
  });
});
