// The first hour with cchc: help that helps, suggestions for mistyped ids, the monthly report found by
// its schema id or its obligation id, `deadlines` defaulting to this year in Việt Nam, and every help
// ending with examples that run and with where the documentation is.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { fileURLToPath } from "node:url";
import { runCli } from "@cchc/cli";
import { describe, expect, it } from "vitest";
import { commands } from "../src/commands/index.js";
import { helpForUnknownCommand } from "../src/run.js";
import type { CliCommand } from "../src/commands/command.js";

const fixtures = fileURLToPath(new URL("./fixtures/docs/", import.meta.url));

/** Runs the CLI with the shipped schema registry and, when given, a fixed clock. */
async function cchc(argv: readonly string[], now?: Date): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await runCli(argv, {
    io: { stdin: Readable.from([]), stdout: { write: (s) => ((stdout += s), true) }, stderr: { write: (s) => ((stderr += s), true), columns: 100 } },
    ...(now ? { now: () => now } : {}),
  });
  return { code, stdout, stderr };
}

describe("help for an unknown command", () => {
  it("suggests the closest command and exits 2, in both languages", async () => {
    const vi = await cchc(["help", "validat"]);
    expect(vi.code).toBe(2);
    expect(vi.stdout).toBe("");
    expect(vi.stderr).toContain('Lỗi: Lệnh "validat" không tồn tại.');
    expect(vi.stderr).toContain("Có phải ý bạn là validate?");
    const en = await cchc(["--lang", "en", "help", "calender"]);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain("Did you mean calendar?");
  });
  it("leaves help for a known command, and every other command line, as it is", () => {
    expect(helpForUnknownCommand(["help", "validate"], ["validate"])).toEqual(["help", "validate"]);
    expect(helpForUnknownCommand(["--lang", "en", "help", "validat"], ["validate"])).toEqual(["--lang", "en", "validat"]);
    expect(helpForUnknownCommand(["validate", "help", "x.json"], ["validate"])).toEqual(["validate", "help", "x.json"]);
    expect(helpForUnknownCommand(["help"], ["validate"])).toEqual(["help"]);
  });
});

describe("mistyped ids get a suggestion", () => {
  it("a schema id", async () => {
    const r = await cchc(["validate", "monthly-media-reprot", join(fixtures, "report.json"), "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Error: No schema "monthly-media-reprot".');
    expect(r.stderr).toContain("Did you mean monthly-media-report?");
    const schema = await cchc(["schema", "procedure-statistic"]);
    expect(schema.code).toBe(2);
    expect(schema.stderr).toContain("Có phải ý bạn là procedure-statistics?");
  });
  it("an obligation id", async () => {
    const r = await cchc(["explain", "media-monthly", "2026-02", "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('No obligation "media-monthly".');
    expect(r.stderr).toContain("Did you mean media-monthly-report?");
  });
});

describe("the monthly report has one name everywhere: its schema id and its obligation id are both accepted", () => {
  it("explain takes the schema id of the report", async () => {
    const bySchema = await cchc(["explain", "monthly-media-report", "2026-02", "--json"]);
    const byObligation = await cchc(["explain", "media-monthly-report", "2026-02", "--json"]);
    expect(bySchema.code).toBe(0);
    expect(bySchema.stdout).toBe(byObligation.stdout);
    expect(JSON.parse(bySchema.stdout).due).toBe("2026-03-09");
  });
  it("validate and schema take the obligation id", async () => {
    const r = await cchc(["validate", "media-monthly-report", join(fixtures, "report.json"), "--json"]);
    expect(JSON.parse(r.stdout).schema).toBe("monthly-media-report");
    const bySchema = await cchc(["schema", "agency-communication-report"]);
    const byObligation = await cchc(["schema", "agencies-cchc-report"]);
    expect(byObligation.code).toBe(0);
    expect(byObligation.stdout).toBe(bySchema.stdout);
  });
});

describe("cchc deadlines without a year: the current year in Việt Nam, whatever the host's time zone", () => {
  it("the first minutes of 2026 in Hà Nội are still 2025 in UTC", async () => {
    const r = await cchc(["deadlines", "--json"], new Date("2025-12-31T17:30:00Z"));
    expect(r.code).toBe(0);
    const list = JSON.parse(r.stdout) as { period: string }[];
    expect(list[0]?.period).toBe("2026-01");
    expect(r.stdout).toBe((await cchc(["deadlines", "2026", "--json"])).stdout);
  });
  it("the first minute of 2027 in Hà Nội is outside the 2026 plan", async () => {
    const r = await cchc(["deadlines", "--lang", "en"], new Date("2026-12-31T17:00:00Z"));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("2027 is outside the plan");
    const last = await cchc(["deadlines", "--json"], new Date("2026-12-31T16:59:59Z"));
    expect(last.code).toBe(0);
  });
});

/** Every command and subcommand, with its path of names. */
function allCommands(list: readonly CliCommand[], parents: string[] = []): { path: string[]; spec: CliCommand }[] {
  return list.flatMap((spec) => [{ path: [...parents, spec.name], spec }, ...allCommands(spec.subcommands ?? [], [...parents, spec.name])]);
}

/** An example as arguments: files named in it are the fixtures, outputs go to a temporary folder, `> file` cut. */
function exampleArgv(example: string, outDir: string): string[] {
  const words = (example.split(">")[0] ?? "").match(/"[^"]*"|\S+/g) ?? [];
  return words
    .slice(1)
    .map((w) => w.replace(/^"(.*)"$/, "$1"))
    .map((w) => (w === "report.json" || w === "reports.ndjson" ? join(fixtures, w) : w === "schemas/" ? outDir : w.endsWith(".docx") ? join(outDir, w) : w));
}

describe("every help ends with two or three examples and says where the documentation is", () => {
  const entries = allCommands(commands);
  it.each(entries.map((e) => [e.path.join(" "), e] as const))("cchc %s --help", async (_name, { path, spec }) => {
    expect(spec.examples?.length ?? 0).toBeGreaterThanOrEqual(2);
    expect(spec.examples?.length ?? 0).toBeLessThanOrEqual(3);
    for (const lang of ["vi", "en"]) {
      const r = await cchc([...path, "--help", "--lang", lang]);
      expect(r.code).toBe(0);
      const help = r.stdout;
      expect(help).toContain(lang === "vi" ? "Ví dụ:" : "Examples:");
      for (const example of spec.examples ?? []) expect(help).toContain(`  ${example}`);
      expect(help.lastIndexOf(`  ${spec.examples![0]!}`)).toBeGreaterThan(help.indexOf(lang === "vi" ? "Tùy chọn" : "Options"));
      expect(help).toContain("README.md");
      expect(help).toContain("https://github.com/cchc-vn/cchc/blob/main/docs/guides/cli.md");
    }
  });
  it("the program's help too", async () => {
    const r = await cchc(["--help", "--lang", "en"]);
    expect(r.stdout).toMatch(/Examples:\n {2}cchc [^\n]+\n {2}cchc [^\n]+/);
    expect(r.stdout.trimEnd().endsWith("docs/guides/cli.md")).toBe(true);
  });
  it("every example runs: no usage error (exit 0, or 1 where the example's input is invalid data)", async () => {
    const outDir = mkdtempSync(join(tmpdir(), "cchc-examples-"));
    try {
      for (const { spec } of entries) {
        for (const example of spec.examples ?? []) {
          const r = await cchc(exampleArgv(example, outDir), new Date("2026-06-01T03:00:00Z"));
          expect(r.code, `${example}\n${r.stderr}`).not.toBe(2);
        }
      }
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  });
});
