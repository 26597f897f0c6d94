/**
 * Durability: the server (PGlite on disk) is killed with SIGKILL in the middle of a bounded load and
 * started again on the same data directory. Every receipt the server acknowledged (201) is there with
 * the same revision and content hash, revisions are numbered without gaps, and each stored revision is
 * whole (its payload hashes to its content hash) — no partial revision.
 */
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { canonicalJson } from "@cchc/intake";
import { killServerProcesses, startServerProcess } from "./server-process.js";

const TOKEN = "demo-bao-ptth-bac-ninh-2026-0001";
const report = JSON.parse(readFileSync(new URL("../../../packages/reports/examples/monthly-media-report.valid.json", import.meta.url), "utf8")) as Record<string, unknown>;
const dataDir = mkdtempSync(join(tmpdir(), "cchc-intake-sigkill-"));
afterAll(() => {
  killServerProcesses();
  rmSync(dataDir, { recursive: true, force: true });
});

/** Starts `src/main.ts` on PGlite in the test's data directory (no sample data: the test counts revisions). */
const startServer = () => startServerProcess({ DATA_DIR: dataDir, SAMPLE_DATA: "none" });

interface Ack {
  readonly revision: number;
  readonly contentHash: string;
}

describe("the intake server killed with SIGKILL under load", () => {
  it("keeps every acknowledged receipt and no partial revision after a restart on the same data", async () => {
    const first = await startServer();
    const acks: Ack[] = [];
    let sent = 0;
    const worker = async (w: number) => {
      for (let i = 0; i < 150; i++) {
        sent++;
        try {
          const res = await fetch(`${first.url}/reports/monthly-media-report`, {
            method: "POST",
            headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}` },
            body: JSON.stringify({ ...report, notes: `worker ${w} submission ${i}` }),
          });
          if (res.status === 201) acks.push((await res.json()) as Ack);
        } catch {
          return; // the server is gone
        }
      }
    };
    const load = Promise.all([0, 1, 2, 3].map(worker));
    while (acks.length < 40) await new Promise((r) => setTimeout(r, 20));
    first.child.kill("SIGKILL");
    await load;
    expect(await first.exited()).toBe("SIGKILL");
    expect(acks.length).toBeLessThan(sent); // killed mid-load, not after it

    const second = await startServer();
    const history = (await (await fetch(`${second.url}/reports/monthly-media-report/bao-ptth-bac-ninh@2026-02/revisions`)).json()) as Ack[];
    expect(history.map((r) => r.revision)).toEqual(history.map((_, i) => i + 1));
    const stored = new Map(history.map((r) => [r.revision, r.contentHash]));
    for (const ack of acks) expect(stored.get(ack.revision), `acknowledged revision ${ack.revision}`).toBe(ack.contentHash);
    for (const r of history) {
      const body = (await (await fetch(`${second.url}/reports/monthly-media-report/bao-ptth-bac-ninh@2026-02/revisions/${r.revision}`)).json()) as { report: unknown };
      expect(createHash("sha256").update(canonicalJson(body.report)).digest("hex"), `revision ${r.revision} is whole`).toBe(r.contentHash);
    }
    second.child.kill("SIGTERM");
    expect(await second.exited()).toBe(0);
  }, 240_000);
});
