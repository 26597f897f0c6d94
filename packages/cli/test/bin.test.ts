/**
 * The built CLI, spawned as a user runs it: the `cchc` bin (dist/bin.js) with the report schemas of
 * @cchc/reports, the root `pnpm cchc` script, and the bin's code bundled the same way with the CLI's test
 * schema registered. Needs `pnpm build` first (`pnpm test` builds before testing).
 */
import { spawn, spawnSync, type SpawnSyncReturns } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { buildBinWithTestSchema } from "./fixtures/build-bin-with-test-schema.js";
import { validTally } from "./fixtures/test-schema.js";

const pkg = fileURLToPath(new URL("..", import.meta.url));
const root = join(pkg, "..", "..");
const bin = join(pkg, "dist", "bin.js");
let launcher = "";

function node(args: readonly string[], input?: string, env: NodeJS.ProcessEnv = {}): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, args, { input, encoding: "utf8", env: { ...process.env, ...env }, cwd: root });
}

beforeAll(async () => {
  if (!existsSync(bin)) throw new Error("packages/cli/dist is missing: run `pnpm build` before these tests.");
  launcher = await buildBinWithTestSchema("test");
}, 120_000);

describe("the cchc bin", () => {
  it("docref --json: exit 0 and the contract fields", () => {
    const r = node([bin, "docref", "167/KH-UBND", "--json"]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ canonical: "167/KH-UBND", number: 167, year: null, type: "KH", issuer: "UBND" });
  });

  it("docref of unparseable text: exit 1 with the reason on stderr", () => {
    const r = node([bin, "docref", "KH-UBND", "--lang", "en"]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('Missing "/" between number and symbol');
  });

  it("unknown command and unknown flag: exit 2", () => {
    expect(node([bin, "calender"]).status).toBe(2);
    const r = node([bin, "docref", "--nope", "1/KH-UBND"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Tùy chọn "--nope" không tồn tại.');
  });

  it("ships the report schemas: the examples of @cchc/reports validate (0) or not (1); schema prints the shipped JSON Schema", () => {
    const examples = join(root, "packages", "reports", "examples");
    expect(node([bin, "validate", "monthly-media-report", join(examples, "monthly-media-report.valid.json")]).status).toBe(0);
    const bad = node([bin, "validate", "monthly-media-report", join(examples, "monthly-media-report.invalid-totals.json"), "--json"]);
    expect(bad.status).toBe(1);
    expect(JSON.parse(bad.stdout).issues).toContainEqual(expect.objectContaining({ path: "/totals/newsItems", code: "report.sum_mismatch" }));
    const schema = node([bin, "schema", "difficulty-report"]);
    expect(schema.status).toBe(0);
    expect(JSON.parse(schema.stdout)).toEqual(JSON.parse(readFileSync(join(root, "packages", "reports", "schemas", "difficulty-report.schema.json"), "utf8")));
  });

  it("the shipped example with an invalid UTF-8 byte in a text field is refused (exit 1), not repaired to U+FFFD", () => {
    const valid = readFileSync(join(root, "packages", "reports", "examples", "monthly-media-report.valid.json"));
    const at = valid.indexOf(Buffer.from("Bắc Ninh"));
    const broken = Buffer.concat([valid.subarray(0, at), Buffer.of(0xc3), valid.subarray(at)]);
    const file = join(mkdtempSync(join(tmpdir(), "cchc-bin-utf8-")), "broken.json");
    writeFileSync(file, broken);
    const r = node([bin, "validate", "monthly-media-report", file]);
    expect(r.status).toBe(1);
    expect(r.stdout).not.toContain("✔");
    expect(r.stdout).toContain(`chuỗi byte sai (0xC3) tại byte ${at}. [json.invalid_utf8]`);
  });

  /** The source modules (esbuild's "// <path>" comments in the bundle) of every file a run loads. */
  function loadedSources(args: readonly string[]): { urls: string[]; sources: string[] } {
    const trace = join(mkdtempSync(join(tmpdir(), "cchc-trace-")), "imports.txt");
    const r = node(["--import", join(pkg, "test", "fixtures", "trace-imports.mjs"), bin, ...args], undefined, { CCHC_TRACE_IMPORTS: trace });
    expect(r.status).toBe(0);
    const urls = readFileSync(trace, "utf8").trim().split("\n");
    // The modules bundled into each loaded file: the start-up module is whitespace-minified, so the build
    // lists them (tsup.bin.config.ts, BIN_INPUTS_FILE); the lazy modules still name them in comments.
    const listed = JSON.parse(readFileSync(join(pkg, ".artifacts", "bin-inputs.json"), "utf8")) as Record<string, string[]>;
    const sources = urls
      .filter((url) => url.startsWith("file:"))
      .flatMap((url) => {
        const inputs = listed[relative(pkg, fileURLToPath(url))];
        return inputs ? inputs.map((input) => `// ${input}`) : (readFileSync(fileURLToPath(url), "utf8").match(/^\/\/ \S+\.[cm]?[jt]s$/gm) ?? []);
      });
    return { urls, sources };
  }
  const heavy = (path: string) => /(?:calendar|deadlines|plan|reports)\/src\/|node_modules\/\.pnpm\/(?:zod|effect)@/.test(path);

  it("docref loads nothing from node_modules, nor the calendar, effect or zod (cold-start design)", () => {
    const { urls, sources } = loadedSources(["docref", "167/KH-UBND"]);
    expect(urls).toContain(pathToFileURL(bin).href);
    const outside = urls.filter((url) => !url.startsWith("node:") && !url.startsWith(pathToFileURL(join(pkg, "dist")).href));
    expect(outside).toEqual([]);
    expect(sources).toContain("// ../core/src/document-number/document-number.ts");
    expect(sources.filter(heavy)).toEqual([]);
  });

  it("the calendar commands load the calendar only when they run (control for the test above)", () => {
    const { sources } = loadedSources(["lunar", "2026-02-17"]);
    expect(sources).toContain("// ../calendar/src/lunar/lunar.ts");
    expect(sources.filter((path) => /node_modules\/\.pnpm\/(?:zod|effect)@/.test(path))).toEqual([]);
  });

  it("calendar --json and --ics: exit 0, the contract fields, an iCalendar file", () => {
    const r = node([bin, "calendar", "2026", "--json"]);
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json).toMatchObject({ year: 2026, estimated: false });
    expect(json.days[0]).toMatchObject({ date: "2026-01-01", working: false, kind: "holiday", name: { vi: "Tết Dương lịch" } });
    const ics = node([bin, "calendar", "2026", "--ics"]);
    expect(ics.status).toBe(0);
    expect(ics.stdout).toMatch(/^BEGIN:VCALENDAR\r\n[\s\S]*DTSTART;VALUE=DATE:20260427\r\n[\s\S]*END:VCALENDAR\r\n$/);
    const bad = node([bin, "calendar", "1999", "--lang", "en"]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain("Year 1999 is outside the range");
  });

  it("workdays add (negative n) and count: exit 0 with the contract fields; a bad date exits 1", () => {
    const add = node([bin, "workdays", "add", "2026-02-27", "-3", "--json"]);
    expect(add.status).toBe(0);
    expect(JSON.parse(add.stdout)).toMatchObject({ date: "2026-02-24" });
    const count = node([bin, "workdays", "count", "2026-02-01", "2026-02-28", "--json"]);
    expect(JSON.parse(count.stdout)).toMatchObject({ count: 15 });
    const bad = node([bin, "workdays", "add", "31/02/2026", "1"]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain("Ngày 31 không tồn tại trong tháng 2/2026.");
  });

  it("deadlines --json and explain: exit 0 with the contract fields; a bad period exits 1", () => {
    const list = JSON.parse(node([bin, "deadlines", "2026", "--json"]).stdout) as { obligation: string; period: string; due: string }[];
    expect(list).toContainEqual(expect.objectContaining({ obligation: "bac-ninh-2026.media-monthly-report", period: "2026-02", due: "2026-03-09" }));
    const explain = node([bin, "explain", "media-monthly-report", "2026-02", "--lang", "en"]);
    expect(explain.status).toBe(0);
    expect(explain.stdout).toContain("Due: Monday 9 March 2026, ending at 24:00 (Vietnam time).");
    const bad = node([bin, "explain", "media-monthly-report", "2026-13"]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('Mã kỳ báo cáo "2026-13" không hợp lệ');
  });

  it("lunar and solar: one object for one date, an array for several; an impossible lunar date exits 1", () => {
    expect(JSON.parse(node([bin, "lunar", "2026-02-17", "--json"]).stdout)).toMatchObject({ year: 2026, month: 1, day: 1, leap: false });
    const solar = node([bin, "solar", "2026-1-1", "2026-3-10", "--json"]);
    expect(solar.status).toBe(0);
    expect((JSON.parse(solar.stdout) as { date: string }[]).map((d) => d.date)).toEqual(["2026-02-17", "2026-04-26"]);
    const bad = node([bin, "solar", "2025-12-30", "--lang", "en"]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain("Lunar month 12 of 2025 has 29 days; day 30 does not exist.");
  });
});

describe("the built CLI with a test schema", () => {
  const good = JSON.stringify(validTally(1));
  const bad = JSON.stringify({ ...(validTally(1) as object), total: 0 });

  it("validate a file: 0 valid, 1 invalid, --json shape", () => {
    const dir = mkdtempSync(join(tmpdir(), "cchc-bin-"));
    writeFileSync(join(dir, "ok.json"), good);
    writeFileSync(join(dir, "bad.json"), bad);
    expect(node([launcher, "validate", "test-tally", join(dir, "ok.json")]).status).toBe(0);
    const r = node([launcher, "validate", "test-tally", join(dir, "bad.json"), "--json"]);
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject({ schema: "test-tally", valid: false, issues: [{ path: "/total", code: "test.total_mismatch" }] });
  });

  it("validate --ndjson from a pipe: NDJSON out in order, summary on stderr", () => {
    const input = `${good}\n${bad}\n{oops\n${good}\n`;
    const r = node([launcher, "validate", "test-tally", "-", "--ndjson", "--json", "--lang", "en"], input);
    expect(r.status).toBe(1);
    const lines = r.stdout.trim().split("\n").map((l) => JSON.parse(l) as { line: number; valid: boolean });
    expect(lines.map((l) => [l.line, l.valid])).toEqual([
      [1, true],
      [2, false],
      [3, false],
      [4, true],
    ]);
    expect(r.stderr).toMatch(/^4 line\(s\): 2 valid, 2 invalid/);
    expect(r.stderr).not.toContain("\r"); // stderr is a pipe: no progress bar
  });

  it("a reader that stops early (| head) ends the run at once: exit 0, nothing on stderr, input no longer read", async () => {
    const child = spawn(process.execPath, [launcher, "validate", "test-tally", "-", "--ndjson", "--json"], { cwd: root });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.stdout.once("data", () => child.stdout.destroy());
    const batch = `${good}\n`.repeat(100);
    const planned = 20_000; // ≈ 2 million lines: far more than the run may read once the reader is gone
    let written = 0;
    const feed = async () => {
      for (; written < planned && child.stdin.writable; written++) {
        if (!child.stdin.write(batch)) await new Promise((r) => child.stdin.once("drain", r));
      }
      child.stdin.end();
    };
    child.stdin.on("error", () => undefined);
    void feed();
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(written).toBeLessThan(planned / 10);
  });

  it("commands that write a lot end quietly too when the reader goes (calendar --ics, schema)", async () => {
    for (const args of [["calendar", "2026", "--ics"], ["schema", "monthly-media-report"]]) {
      const child = spawn(process.execPath, [bin, ...args], { cwd: root });
      let stderr = "";
      child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
      child.stdout.once("data", () => child.stdout.destroy());
      const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
      expect({ args, code, stderr }).toEqual({ args, code: 0, stderr: "" });
    }
  });

  it("echoes of user input are bounded and show control characters escaped", () => {
    const long = node([bin, "docref", "A".repeat(5000)]);
    expect(long.status).toBe(1);
    expect(long.stderr.length).toBeLessThan(400);
    expect(long.stderr).toContain("…");
    const esc = node([bin, "docref", "\u001b[31mRED/KH"]);
    expect(esc.status).toBe(1);
    expect(esc.stderr).not.toContain("\u001b");
    expect(esc.stderr).toContain("\\x1b[31m");
    const unknown = node([bin, "schema", `\u001b]0;owned\u0007${"x".repeat(300)}`]);
    expect(unknown.status).toBe(2);
    // eslint-disable-next-line no-control-regex -- looking for raw control characters is the point
    expect(unknown.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/);
    expect(unknown.stderr).not.toContain("x".repeat(100));
  });
});

describe("pnpm cchc from the repository root", () => {
  it("runs the built bin with file paths relative to where it was typed", () => {
    const dir = mkdtempSync(join(tmpdir(), "cchc-root-"));
    const r = node([join(root, "scripts", "cchc.mjs"), "docref", "76/NQ-CP", "--json"], undefined, { INIT_CWD: dir });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).canonical).toBe("76/NQ-CP");
    const missing = node([join(root, "scripts", "cchc.mjs"), "validate", "x", "relative.json"], undefined, { INIT_CWD: dir });
    expect(missing.status).toBe(2);
  });

  it("`pnpm -s cchc` prints clean JSON", () => {
    const r = spawnSync("pnpm", ["-s", "cchc", "docref", "69/KH-UBND", "--json"], { cwd: root, encoding: "utf8", shell: process.platform === "win32" });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).canonical).toBe("69/KH-UBND");
  });
});
