import { describe, expect, it } from "vitest";
import { run } from "./helpers.js";

describe("usage errors exit 2 with a vi/en message", () => {
  it("unknown command (Vietnamese default), with a suggestion", async () => {
    const r = await run(["docrf", "167/KH-UBND"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain('Lỗi: Lệnh "docrf" không tồn tại.');
    expect(r.stderr).toContain("Có phải ý bạn là docref?");
    expect(r.stderr).toContain('Xem "cchc --help"');
  });
  it("unknown command in English", async () => {
    const r = await run(["--lang", "en", "calender"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Error: Unknown command "calender".');
    expect(r.stderr).toContain("Did you mean calendar?");
  });
  it("unknown subcommand of a group, and a group without its subcommand", async () => {
    const r = await run(["workdays", "sub", "2026-01-01", "1"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Lệnh "sub" không tồn tại.');
    const bare = await run(["workdays", "--lang", "en"]);
    expect(bare.code).toBe(2);
    expect(bare.stderr).toContain("add [options] <date> <n>");
    expect(bare.stderr).toContain("No command given.");
  });
  it("subcommand help shows its own description and arguments", async () => {
    const r = await run(["workdays", "count", "--help", "--lang", "en"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Usage: cchc workdays count [options] <from> <to>");
    expect(r.stdout).toContain("count the working days between two dates, both ends included");
    expect(r.stdout).toContain("--exclude-start");
  });
  it("unknown flag on a command", async () => {
    const r = await run(["docref", "--frobnicate", "1/KH-UBND"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Tùy chọn "--frobnicate" không tồn tại.');
    const en = await run(["docref", "--frobnicate", "1/KH-UBND", "--lang", "en"]);
    expect(en.stderr).toContain('Unknown option "--frobnicate".');
  });
  it("missing argument", async () => {
    const r = await run(["validate", "test-tally"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Thiếu đối số bắt buộc "file".');
  });
  it("too many arguments", async () => {
    const r = await run(["schema", "test-tally", "extra", "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Too many arguments: the command takes 1, got 2.");
  });
  it("an option without its value", async () => {
    const r = await run(["schema", "test-tally", "--out"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Tùy chọn "--out <dir>" cần một giá trị.');
  });
  it("an invalid --lang value", async () => {
    const r = await run(["docref", "1/KH-UBND", "--lang", "fr"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Giá trị "fr" không hợp lệ cho "--lang <lang>" (chọn một trong: vi, en).');
  });
  it("no command: help on stderr, exit 2", async () => {
    const r = await run([]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("Cách dùng: cchc [tùy chọn] <lệnh>");
    expect(r.stderr).toContain("Chưa có lệnh.");
  });
});

describe("help, version and global options", () => {
  it("--help exits 0 with Vietnamese help listing every command", async () => {
    const r = await run(["--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Cách dùng:");
    expect(r.stdout).toContain("Lệnh:");
    for (const name of ["validate", "schema", "calendar", "workdays", "lunar", "solar", "deadlines", "explain", "docref"]) expect(r.stdout).toContain(name);
    expect(r.stdout).not.toMatch(/Usage:|Options:|Commands:/);
  });
  it("command help in English shows the global options", async () => {
    const r = await run(["validate", "--help", "--lang", "en"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Usage: cchc validate [options] <schema> <file>");
    expect(r.stdout).toContain("Global options:");
    expect(r.stdout).toContain("--json");
    expect(r.stdout).toContain("--lang <lang>");
    expect(r.stdout).toContain("(one of: vi, en; default: vi)");
  });
  it("help <command> works like <command> --help", async () => {
    const r = await run(["help", "docref"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Cách dùng: cchc docref");
  });
  it("--version prints the package version", async () => {
    const r = await run(["--version"]);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
  it("--json and --lang are accepted before or after the command", async () => {
    const before = await run(["--json", "--lang", "en", "docref", "x"]);
    const after = await run(["docref", "x", "--json", "--lang", "en"]);
    expect(before).toEqual(after);
    expect(JSON.parse(before.stdout).error.message).toMatch(/^Missing/);
  });
});
