/**
 * The `@example` blocks of every package's TSDoc are what a reader copies first; their `// => value`
 * comments promise a result. This test runs every example (with the packages' sources, through the
 * same aliases as the unit tests) and checks each promise:
 * - `expression; // => value` and `const name = expression; // => value` are checked, anywhere in the
 *   example (inside `if` branches and loops too);
 * - `value` is read as a JavaScript literal; a trailing remark in parentheses or after a dash
 *   (`// => false (Tết)`) is not part of it; `…` in an object stands for fields not shown, so objects
 *   are compared as subsets (`toMatchObject`), everything else exactly;
 * - an example that declares what it assumes (`declare const calendar: …`) cannot run on its own and is
 *   left to the type check of `pnpm docs` (scripts/check-doc-examples.mjs), as is a value that does not
 *   read as a literal; the test counts both so that they stay the exception.
 * (`pnpm docs` type-checks all examples; this test runs them.)
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { afterAll, describe, expect, it } from "vitest";
import { apiExamples, repositoryRoot, type DocExample } from "../../../scripts/doc-examples.js";

const out = join(repositoryRoot, ".doc-examples", `run-${process.pid}`);

interface Claim {
  readonly line: string;
  readonly expected: unknown;
  readonly subset: boolean;
}

/** `{ a: 1, … }` → `{ a: 1 }`: the fields an example leaves out. */
function withoutEllipses(text: string): string {
  return text
    .split("…")
    .map((part) => part.trim())
    .map((part) => (part.endsWith(",") ? part.slice(0, -1) : part))
    .join(" ");
}

/** A `// => value` remark read as a literal, or undefined when it does not read as one. */
function readValue(remark: string): { value: unknown; subset: boolean } | undefined {
  const attempts = [remark, remark.split(" (")[0]!, remark.split(" — ")[0]!, remark.split(" // ")[0]!];
  for (const attempt of attempts) {
    for (const subset of [false, true]) {
      const source = subset ? withoutEllipses(attempt) : attempt;
      try {
        const value: unknown = new Function(`return (${source});`)();
        return { value, subset: subset || (typeof value === "object" && value !== null && !Array.isArray(value)) };
      } catch {
        // not a literal in this form
      }
    }
  }
  return undefined;
}

/** Rewrites an example so that each `// =>` remark becomes a call to `__docCheck`. */
function instrument(example: DocExample, claims: Claim[]): { code: string; unread: number } {
  const file = ts.createSourceFile("example.ts", example.code, ts.ScriptTarget.ES2022, true);
  const edits: { at: number; end: number; text: string }[] = [];
  let unread = 0;
  const remarkAfter = (node: ts.Node): string | undefined => {
    const lineEnd = example.code.indexOf("\n", node.end);
    const rest = example.code.slice(node.end, lineEnd < 0 ? undefined : lineEnd);
    const m = /^\s*\/\/ =>\s?(.*)$/.exec(rest);
    return m?.[1]?.trim();
  };
  const visit = (node: ts.Node): void => {
    const statement = ts.isExpressionStatement(node) || ts.isVariableStatement(node) ? node : undefined;
    const remark = statement && remarkAfter(statement);
    if (statement && remark !== undefined) {
      const read = readValue(remark);
      if (read === undefined) unread++;
      else {
        const shown = statement.getText(file).split("\n").at(-1);
        const index = claims.push({ line: `${example.where} — ${shown} // => ${remark}`, expected: read.value, subset: read.subset }) - 1;
        if (ts.isExpressionStatement(statement)) {
          const expr = statement.expression;
          edits.push({ at: expr.getStart(file), end: expr.end, text: `__docCheck(${index}, (${expr.getText(file)}))` });
        } else {
          const names = statement.declarationList.declarations.map((d) => d.name.getText(file));
          if (names.length === 1) edits.push({ at: statement.end, end: statement.end, text: ` __docCheck(${index}, ${names[0]});` });
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let code = example.code;
  for (const edit of edits.sort((a, b) => b.at - a.at)) code = code.slice(0, edit.at) + edit.text + code.slice(edit.end);
  return { code, unread };
}

const examples = apiExamples();
const claims: Claim[] = [];
const results = new Map<number, unknown>();
(globalThis as { __docCheck?: (index: number, value: unknown) => unknown }).__docCheck = (index, value) => {
  results.set(index, value);
  return value;
};

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
let unreadTotal = 0;
const runnable = examples.flatMap((example, i) => {
  if (/^declare /m.test(example.code)) return [];
  const { code, unread } = instrument(example, claims);
  unreadTotal += unread;
  const path = join(out, `${String(i).padStart(4, "0")}.ts`);
  writeFileSync(path, `${code}\nexport {};\n`);
  return [{ ...example, path }];
});

afterAll(() => rmSync(out, { recursive: true, force: true }));

describe("the @example blocks of the API docs", () => {
  it("are found, and nearly all can run and have readable results", () => {
    expect(examples.length).toBeGreaterThan(400);
    expect(runnable.length / examples.length).toBeGreaterThan(0.9);
    expect(claims.length).toBeGreaterThan(250);
    expect(unreadTotal).toBeLessThan(claims.length / 5);
  });

  it.each(runnable.map((e) => [e.where, e] as const))("%s runs, and gives what its comments say", async (_, example) => {
    await import(/* @vite-ignore */ example.path);
    for (const [index, claim] of claims.entries()) {
      if (!claim.line.startsWith(`${example.where} `)) continue;
      expect(results.has(index), `${claim.line}: the line did not run`).toBe(true);
      const actual = results.get(index);
      if (claim.subset && typeof actual === "object" && actual !== null) expect(actual, claim.line).toMatchObject(claim.expected as object);
      else expect(actual, claim.line).toEqual(claim.expected);
    }
  });
});
