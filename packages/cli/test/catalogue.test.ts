import { catalogueProblems } from "@cchc/core";
import { describe, expect, it } from "vitest";
import { cliMessages } from "@cchc/cli";
import type { CliCommand } from "../src/commands/command.js";
import { commands } from "../src/commands/index.js";

function allCommands(list: readonly CliCommand[]): CliCommand[] {
  return list.flatMap((c) => [c, ...allCommands(c.subcommands ?? [])]);
}

describe("vi/en catalogues (parity)", () => {
  it("the CLI-wide catalogue has every key in both languages with the same placeholders", () => {
    expect(catalogueProblems(cliMessages)).toEqual([]);
  });
  it.each(allCommands(commands).map((c) => [c.name, c] as const))("command %s has a complete catalogue with a description", (_, command) => {
    expect(catalogueProblems(command.messages)).toEqual([]);
    expect(command.messages.vi.description).toBeTruthy();
  });
  it("registers every command, each name once", () => {
    const names = commands.map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(["validate", "schema", "calendar", "workdays", "lunar", "solar", "deadlines", "explain", "docref"]));
    expect(new Set(names).size).toBe(names.length);
  });
});
