/**
 * The guides show `cchc` sessions (`$ cchc …` followed by what it prints); a reader trusts them, so
 * this test replays every one through `runCli` with the shipped schema registry and compares:
 * - in the expected text, `…` stands for any text (a whole line of `…`, any lines); trailing spaces,
 *   a `← on stderr` note and a shell `# comment` after the command are ignored;
 * - with `--json` (and not `--ndjson`), white space outside JSON strings is ignored on both sides, so
 *   the guides may print a result on one line where the CLI indents it;
 * - the elapsed time of a summary (`(0.0 s)`) is not compared;
 * - `$ echo $?` prints the exit code of the command before it.
 * Commands shown as plain `pnpm cchc …` lines (the getting-started tour) must run and exit 0.
 * Files named in a session (`report.json`, `reports.ndjson`, `twice.json`, `from-so-tu-phap.json`) are
 * the fixtures in fixtures/docs/, which hold what the guide says they hold.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Readable } from "node:stream";
import { fileURLToPath } from "node:url";
import { runCli } from "@cchc/cli";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../..", import.meta.url));
const fixtures = fileURLToPath(new URL("./fixtures/docs/", import.meta.url));
const fixtureNames = new Set(readdirSync(fixtures));
const guides = readdirSync(join(root, "docs", "guides"))
  .filter((name) => name.endsWith(".md"))
  .map((name) => join("docs", "guides", name));

interface Session {
  readonly argv: readonly string[];
  readonly expected: string;
}

/** Splits a command line into words: quotes group words, an unquoted `#` starts a comment. */
function words(line: string): string[] {
  const out: string[] = [];
  let word: string | undefined;
  let quote: string | undefined;
  for (const c of line) {
    if (quote !== undefined) {
      if (c === quote) quote = undefined;
      else word = (word ?? "") + c;
    } else if (c === '"' || c === "'") {
      quote = c;
      word ??= "";
    } else if (c === " ") {
      if (word !== undefined) out.push(word);
      word = undefined;
    } else if (c === "#" && word === undefined) {
      break;
    } else {
      word = (word ?? "") + c;
    }
  }
  if (word !== undefined) out.push(word);
  return out;
}

/** The fenced code blocks of a Markdown text, as lines. */
function codeBlocks(markdown: string): string[][] {
  const blocks: string[][] = [];
  let current: string[] | undefined;
  for (const line of markdown.split("\n")) {
    if (line.startsWith("```")) {
      if (current) blocks.push(current);
      current = current ? undefined : [];
    } else current?.push(line);
  }
  return blocks;
}

/** A line without the `← on stderr` note the guide writes after it. */
function withoutNote(line: string): string {
  const note = line.indexOf("← on stderr");
  return note < 0 ? line : line.slice(0, note).trimEnd();
}

/** `$ cchc …` sessions (and `$ echo $?`) of a guide, with the lines each is shown to print. */
function sessions(markdown: string): Session[] {
  const out: { argv: string[]; lines: string[] }[] = [];
  for (const block of codeBlocks(markdown)) {
    let current: { argv: string[]; lines: string[] } | undefined;
    for (const line of block) {
      if (line.startsWith("$ ")) {
        current = { argv: words(line.slice(2)), lines: [] };
        out.push(current);
      } else current?.lines.push(withoutNote(line));
    }
  }
  return out
    .filter((s) => s.argv[0] === "cchc" || s.argv.join(" ") === "echo $?")
    .map((s) => ({ argv: s.argv[0] === "cchc" ? s.argv.slice(1) : s.argv, expected: s.lines.join("\n") }));
}

/** `pnpm cchc …` lines of shell blocks (commands a reader is told to run). */
function tourCommands(markdown: string): string[][] {
  return codeBlocks(markdown)
    .flat()
    .filter((line) => line.startsWith("pnpm cchc ") || line.startsWith("pnpm -s cchc "))
    .map((line) => words(line).slice(line.startsWith("pnpm -s") ? 3 : 2));
}

/** Removes white space outside JSON strings. */
function squeezeJson(text: string): string {
  let out = "";
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (inString) {
      out += c;
      if (c === "\\") out += text[++i] ?? "";
      else if (c === '"') inString = false;
    } else if (c === '"') {
      inString = true;
      out += c;
    } else if (!/\s/u.test(c)) out += c;
  }
  return out;
}

const tidy = (text: string): string =>
  text
    .split("\n")
    .map((line) => line.trimEnd().replace(/\((\d+)\.\d s\)/gu, "(0.0 s)"))
    .join("\n")
    .trim();

/** A pattern in which `…` matches any text, anchored at both ends. */
function pattern(expected: string): RegExp {
  const escaped = expected.split("…").map((part) => part.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&"));
  return new RegExp(`^${escaped.join("[\\s\\S]*?")}$`, "u");
}

async function cchc(argv: readonly string[]): Promise<{ code: number; output: string }> {
  let stdout = "";
  let stderr = "";
  const args = argv.map((arg) => (fixtureNames.has(arg) ? join(fixtures, arg) : arg));
  const code = await runCli(args, {
    io: {
      stdin: Readable.from([]),
      stdout: { write: (s) => ((stdout += s), true) },
      stderr: { write: (s) => ((stderr += s), true) },
    },
  });
  return { code, output: stdout + stderr };
}

describe("the CLI sessions shown in the guides", () => {
  const found = guides.flatMap((file) => sessions(readFileSync(join(root, file), "utf8")).map((s) => ({ file, ...s })));

  it("are found (the guide still shows sessions)", () => {
    expect(found.filter((s) => s.argv[0] !== "echo").length).toBeGreaterThanOrEqual(15);
  });

  it.each(found.map((s, i) => [`${s.file}: ${s.argv[0] === "echo" ? "echo $?" : `cchc ${s.argv.join(" ")}`}`, i] as const))(
    "%s",
    async (_, index) => {
      const session = found[index]!;
      if (session.argv[0] === "echo") {
        const previous = found[index - 1]!;
        expect(String((await cchc(previous.argv)).code)).toBe(session.expected.trim());
        return;
      }
      const { output } = await cchc(session.argv);
      const json = session.argv.includes("--json") && !session.argv.includes("--ndjson");
      const [actual, expected] = json ? [squeezeJson(output), squeezeJson(session.expected)] : [tidy(output), tidy(session.expected)];
      expect(actual).toMatch(pattern(expected));
    },
  );
});

describe("the commands of the getting-started tour", () => {
  const commands = tourCommands(readFileSync(join(root, "docs", "guides", "getting-started.md"), "utf8"));

  it("are found", () => {
    expect(commands.length).toBeGreaterThanOrEqual(5);
  });

  it.each(commands.map((argv) => [argv.join(" "), argv] as const))("cchc %s exits 0", async (_, argv) => {
    const args = argv.map((arg) => (arg.startsWith("packages/") ? join(root, arg) : arg));
    expect((await cchc(args)).code).toBe(0);
  });
});
