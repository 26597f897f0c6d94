import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
// @ts-expect-error -- plain ESM script without declarations
import { nestedCopies } from "../registry/consumer-project.mjs";
// @ts-expect-error -- plain ESM script without declarations
import { startLocalRegistry } from "../registry/local-registry.mjs";

describe("startLocalRegistry (a real Verdaccio)", () => {
  it("listens on 127.0.0.1 on a free port, serves @cchc packages only from its own storage, and stops", async () => {
    const registry = await startLocalRegistry(mkdtempSync(join(tmpdir(), "cchc-registry-test-")));
    try {
      expect(registry.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      expect((await fetch(new URL("-/ping", registry.url))).status).toBe(200);
      // Nothing is proxied: a package from the default registry is not there.
      expect((await fetch(new URL("zod", registry.url))).status).toBe(404);
      expect((await fetch(new URL("@cchc%2fcore", registry.url))).status).toBe(404);
    } finally {
      await registry.stop();
    }
    await expect(fetch(new URL("-/ping", registry.url))).rejects.toThrow();
    await registry.stop(); // stopping twice is harmless
  }, 30_000);
});

describe("nestedCopies", () => {
  it("finds a scope installed below another package (ranges that do not meet), not the top-level one", () => {
    const dir = mkdtempSync(join(tmpdir(), "cchc-nested-"));
    const at = (...parts: string[]) => {
      mkdirSync(join(dir, ...parts), { recursive: true });
      writeFileSync(join(dir, ...parts, "package.json"), "{}");
    };
    at("node_modules", "@cchc", "core");
    at("node_modules", "@cchc", "cli");
    expect(nestedCopies(dir, "@cchc")).toEqual([]);
    at("node_modules", "@cchc", "cli", "node_modules", "@cchc", "core");
    at("node_modules", "other", "node_modules", "@cchc", "plan");
    expect(nestedCopies(dir, "@cchc").sort()).toEqual(
      [join(dir, "node_modules", "@cchc", "cli", "node_modules", "@cchc"), join(dir, "node_modules", "other", "node_modules", "@cchc")].sort(),
    );
  });
});
