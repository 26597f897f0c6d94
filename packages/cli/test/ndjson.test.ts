import { spawnSync } from "node:child_process";
import { fileURLToPath, pathToFileURL } from "node:url";
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { runCli, type LineReport, type SchemaRegistry } from "@cchc/cli";
import type { RawLine } from "../src/validate/lines.js";
import { BlockBuffers } from "../src/validate/block-buffers.js";
import { forEachLine, LineBlockCutter, type LineBlock } from "../src/validate/line-blocks.js";
import { progressLine } from "../src/validate/progress.js";
import { testRegistry, validTally } from "./fixtures/test-schema.js";
import { run } from "./helpers.js";

const good = (i: number) => JSON.stringify(validTally(i));
const badTotal = JSON.stringify({ ...(validTally(2) as object), total: 1 });

function reports(stdout: string): LineReport[] {
  return stdout
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l) as LineReport);
}

describe("cchc validate --ndjson", () => {
  it("--json: one { line, valid, issues } per non-blank line, in order; summary on stderr", async () => {
    const input = [good(1), "", badTotal, "not json", "   ", good(2)].join("\n") + "\n";
    const r = await run(["validate", "test-tally", "-", "--ndjson", "--json", "--lang", "en"], { stdin: input });
    expect(r.code).toBe(1);
    const out = reports(r.stdout);
    expect(out.map((o) => [o.line, o.valid])).toEqual([
      [1, true],
      [3, false],
      [4, false],
      [6, true],
    ]);
    expect(Object.keys(out[0]!)).toEqual(["line", "valid", "issues"]);
    expect(out[1]!.issues).toEqual([{ path: "/total", code: "test.total_mismatch", message: "Items add up to 5, not 1." }]);
    expect(out[2]!.issues).toMatchObject([{ path: "", code: "json.parse_error", message: expect.stringMatching(/^Not valid JSON: /) }]);
    expect(r.stderr).toMatch(/^4 line\(s\): 2 valid, 2 invalid \([\d.]+ s\)\.\n$/);
  });

  it("human output lists invalid lines with their issues, then the summary", async () => {
    const r = await run(["validate", "test-tally", "-", "--ndjson"], { stdin: `${good(1)}\n${badTotal}\n` });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("✖ Dòng 2: 1 lỗi\n  /total: Tổng các mục là 5, không phải 1. [test.total_mismatch]\n");
    expect(r.stdout).toMatch(/2 dòng: 1 hợp lệ, 1 không hợp lệ \([\d.]+ giây\)\.\n$/);
    expect(r.stderr).toBe("");
  });

  it("all valid exits 0; empty input exits 0 with a zero summary", async () => {
    const ok = await run(["validate", "test-tally", "-", "--ndjson"], { stdin: `${good(1)}\r\n${good(2)}` });
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/^2 dòng: 2 hợp lệ, 0 không hợp lệ/);
    const empty = await run(["validate", "test-tally", "-", "--ndjson", "--json"], { stdin: "" });
    expect(empty.code).toBe(0);
    expect(empty.stdout).toBe("");
    expect(empty.stderr).toMatch(/^0 dòng/);
  });

  it("lines split across arbitrary chunk boundaries (and UTF-8 split mid-character) validate the same", async () => {
    const text = `${good(1)}\n${badTotal}\n${good(3)}`;
    const whole = await run(["validate", "test-tally", "-", "--ndjson", "--json"], { stdin: text });
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 30 }), async (sizes) => {
        const bytes = Buffer.from(text);
        const chunks: Uint8Array[] = [];
        for (let at = 0, i = 0; at < bytes.length; i++) {
          const size = sizes[i % sizes.length]!;
          chunks.push(bytes.subarray(at, at + size));
          at += size;
        }
        const split = await run(["validate", "test-tally", "-", "--ndjson", "--json"], { stdin: chunks });
        expect(split.stdout).toBe(whole.stdout);
        expect(split.code).toBe(1);
      }),
      { numRuns: 40 },
    );
  });

  it("a progress bar is drawn on stderr only when stderr is a terminal, and cleared at the end", async () => {
    const input = Array.from({ length: 2000 }, (_, i) => good(i)).join("\n");
    const chunks = Array.from({ length: Math.ceil(input.length / 4096) }, (_, i) => input.slice(i * 4096, (i + 1) * 4096));
    const plain = await run(["validate", "test-tally", "-", "--ndjson", "--json"], { stdin: chunks });
    expect(plain.stderr).not.toContain("\r");
    const tty = await run(["validate", "test-tally", "-", "--ndjson", "--json"], { stdin: chunks, tty: true });
    const clear = "\r\u001B[K";
    const drawn = tty.stderr.split(clear).filter((s) => s !== "");
    expect(drawn[0]).toMatch(/^\d+ dòng, 0 không hợp lệ$/);
    // The progress line is cleared before the summary is written.
    expect(drawn.at(-1)).toMatch(/^2000 dòng: 2000 hợp lệ, 0 không hợp lệ \([\d.]+ giây\)\.\n$/);
    expect(tty.stderr).toContain(`${clear}2000 dòng: 2000 hợp lệ`);
    expect(tty.stdout).toBe(plain.stdout);
  });

  it("a missing file is an I/O error (exit 2)", async () => {
    const r = await run(["validate", "test-tally", "/nonexistent/cchc.ndjson", "--ndjson"]);
    expect(r.code).toBe(2);
  });
});

describe("Ctrl-C during an NDJSON run on a terminal", () => {
  it("clears the progress line through onInterrupt, and stops listening when the run ends", async () => {
    let stderr = "";
    let listener: (() => void) | undefined;
    let removed = 0;
    let resume: () => void = () => undefined;
    const paused = new Promise<void>((resolve) => (resume = resolve));
    async function* stdin() {
      yield Buffer.from(`${good(1)}\n${good(2)}\n`);
      await paused; // the user presses Ctrl-C here
      yield Buffer.from(`${good(3)}\n`);
    }
    const running = runCli(["validate", "test-tally", "-", "--ndjson"], {
      io: {
        stdin: stdin(),
        stdout: { write: () => true },
        stderr: { write: (s) => ((stderr += s), true), isTTY: true, columns: 60 },
        onInterrupt: (l) => {
          listener = l;
          return () => void removed++;
        },
      },
      schemas: testRegistry as SchemaRegistry,
    });
    await vi.waitUntil(() => stderr.includes("dòng"));
    expect(listener).toBeTypeOf("function");
    listener!();
    expect(stderr.endsWith("\r\u001B[K")).toBe(true);
    resume();
    expect(await running).toBe(0);
    expect(removed).toBe(1);
  });

  it("the process's own handler runs the listener, then ends the process by SIGINT", () => {
    const io = fileURLToPath(new URL("../src/io.ts", import.meta.url));
    const script = `import { processIo } from ${JSON.stringify(pathToFileURL(io).href)};
processIo().onInterrupt(() => process.stdout.write("cleared"));
setTimeout(() => process.stdout.write("not ended"), 5000);
process.kill(process.pid, "SIGINT");`;
    const child = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { encoding: "utf8" });
    expect(child.stdout).toBe("cleared");
    expect(child.signal).toBe("SIGINT");
  });
});

describe("progress line", () => {
  it("shows a bar and percentage when the size is known, only counts otherwise", () => {
    expect(progressLine({ lines: 5, invalid: 1, bytes: 50 }, 100, "5 dòng", 80)).toMatch(/^\[█+░+\] {2}50% 5 dòng$/);
    expect(progressLine({ lines: 5, invalid: 1, bytes: 50 }, undefined, "5 dòng", 80)).toBe("5 dòng");
    expect(progressLine({ lines: 5, invalid: 0, bytes: 500 }, 100, "x", 80)).toContain("100%");
    expect(progressLine({ lines: 5, invalid: 0, bytes: 1 }, 100, "x".repeat(200), 40).length).toBeLessThan(40);
  });
});

const bytesOf = (text: string): Uint8Array => Buffer.from(text);
const textOf = (line: { bytes?: Uint8Array | undefined; tooLong?: true | undefined }): string | undefined =>
  line.bytes === undefined ? undefined : Buffer.from(line.bytes).toString("utf8");

/**
 * Every line of the input, as the validating threads see them: cut into blocks as chunks arrive, each
 * block split. With `reuse`, each chunk is read into one scratch buffer that is overwritten after `push`,
 * as the file reader does.
 */
function splitAll(chunks: readonly Uint8Array[], max: number, reuse = false): RawLine[] {
  const cutter = new LineBlockCutter(max);
  const scratch = Buffer.alloc(Math.max(0, ...chunks.map((c) => c.length)));
  const blocks: LineBlock[] = [];
  for (const chunk of chunks) {
    if (!reuse) blocks.push(...cutter.push(chunk));
    else {
      scratch.set(chunk);
      blocks.push(...cutter.push(scratch.subarray(0, chunk.length)));
      scratch.fill(0x7b);
    }
  }
  blocks.push(...cutter.end());
  const lines: RawLine[] = [];
  for (const block of blocks) forEachLine(block, max, (line) => lines.push(line));
  return lines;
}

/** `bytes` in chunks of the given sizes, in turn. */
function chunked(bytes: Uint8Array, sizes: readonly number[]): Uint8Array[] {
  const chunks: Uint8Array[] = [];
  for (let at = 0, i = 0; at < bytes.length; i++) {
    const size = sizes[i % sizes.length]!;
    chunks.push(bytes.subarray(at, at + size));
    at += size;
  }
  return chunks;
}

describe("line splitting with bounded memory", () => {
  it("splits bytes like String.split on \\n for any chunking (UTF-8 split mid-character too), dropping one \\r before \\n; a line over the limit is marked, not kept", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom("a", "é", "\n", "\r", "{", " ", "ữ", "\n\n"), { maxLength: 100 }).map((cs) => cs.join("")),
        fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 10 }),
        fc.integer({ min: 1, max: 1000 }),
        fc.boolean(),
        (text, sizes, max, reuse) => {
          const lines = splitAll(chunked(bytesOf(text), sizes), max, reuse);
          const expected = text.split("\n").map((l) => (l.endsWith("\r") ? l.slice(0, -1) : l));
          if (text === "" || text.endsWith("\n")) expected.pop();
          expect(lines.map(textOf)).toEqual(expected.map((l) => (Buffer.byteLength(l) > max ? undefined : l)));
          expect(lines.map((l) => l.tooLong === true)).toEqual(expected.map((l) => Buffer.byteLength(l) > max));
          expect(lines.map((l) => l.line)).toEqual(expected.map((_, i) => i + 1));
          // Each line's offset is the byte where it starts in the input.
          const starts = text.split("\n").map((_, i, all) => Buffer.byteLength(all.slice(0, i).map((l) => `${l}\n`).join("")));
          expect(lines.map((l) => l.offset)).toEqual(starts.slice(0, lines.length));
        },
      ),
    );
  });

  it("blocks hold whole lines, each block in its own buffer from byte 0 (to transfer or recycle): each ends with a newline but the input's last", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom("a", "\n", "\r", "ữ"), { maxLength: 100 }).map((cs) => bytesOf(cs.join(""))),
        fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 10 }),
        (bytes, sizes) => {
          const buffers = new Set<ArrayBufferLike>();
          const cutter = new LineBlockCutter(1000, (size) => new Uint8Array(size + 7));
          const blocks = [...chunked(bytes, sizes).flatMap((chunk) => cutter.push(chunk)), ...cutter.end()];
          for (const block of blocks.slice(0, -1)) expect(block.bytes?.[block.bytes.length - 1]).toBe(0x0a);
          for (const block of blocks) {
            expect(block.bytes!.byteOffset).toBe(0);
            expect(buffers.has(block.bytes!.buffer)).toBe(false);
            buffers.add(block.bytes!.buffer);
          }
          expect(Buffer.concat(blocks.map((b) => b.bytes!))).toEqual(Buffer.from(bytes));
        },
      ),
    );
  });

  it("block buffers are recycled: a buffer given back serves the next block; a long line's larger buffer is not kept", () => {
    const buffers = new BlockBuffers(64);
    const first = buffers.take(10);
    expect(first.byteLength).toBe(64);
    buffers.give(first.buffer);
    expect(buffers.take(60).buffer).toBe(first.buffer);
    expect(buffers.take(60).buffer).not.toBe(first.buffer); // in use: a new one
    const long = buffers.take(1000);
    expect(long.byteLength).toBe(1000);
    buffers.give(long.buffer);
    expect(buffers.take(1000).buffer).not.toBe(long.buffer);
  });

  it("reports a line over the limit without keeping it, and goes on with the next line", () => {
    const out = splitAll([bytesOf("short\n" + "x".repeat(8)), bytesOf("x".repeat(50)), bytesOf("\nok\n")], 10);
    expect(out.map((l) => ({ line: l.line, offset: l.offset, text: textOf(l), tooLong: l.tooLong }))).toEqual([
      { line: 1, offset: 0, text: "short", tooLong: undefined },
      { line: 2, offset: 6, text: undefined, tooLong: true },
      { line: 3, offset: 65, text: "ok", tooLong: undefined },
    ]);
    expect(splitAll([bytesOf("abcd\r\nabc\r\n")], 3).map((l) => [l.line, l.offset, textOf(l) ?? "too long"])).toEqual([
      [1, 0, "too long"],
      [2, 6, "abc"],
    ]);
  });

  it("a 1 MB line over 1 000 chunks (held up to the limit only) comes out as one too-long line, then the next line", () => {
    const chunks = [bytesOf("ok\n"), ...Array.from({ length: 1000 }, () => bytesOf("x".repeat(1000))), bytesOf("\nlast")];
    expect(splitAll(chunks, 10).map((l) => ({ line: l.line, offset: l.offset, text: textOf(l), tooLong: l.tooLong === true }))).toEqual([
      { line: 1, offset: 0, text: "ok", tooLong: false },
      { line: 2, offset: 3, text: undefined, tooLong: true },
      { line: 3, offset: 1_000_004, text: "last", tooLong: false },
    ]);
  });
});
