/**
 * Graceful shutdown of the example server, on both databases: SIGTERM while a submission is in flight
 * (its headers sent, half of its body still to come) stops new connections at once, lets the
 * submission finish with its 201 receipt, closes the database and exits 0; started again on the same
 * data, the server has the revision it acknowledged.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { postgresDatabase } from "../../../packages/intake/test/support/databases.js";
import { killServerProcesses, startServerProcess } from "./server-process.js";

const TOKEN = "demo-bao-ptth-bac-ninh-2026-0001";
const body = readFileSync(new URL("../../../packages/reports/examples/monthly-media-report.valid.json", import.meta.url));
const dirs: string[] = [];
const postgres = postgresDatabase();

afterAll(async () => {
  killServerProcesses();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  await postgres.stop();
});

/** The environment of a server on a fresh database of each kind, the same for its restart. */
const DATABASES: [name: string, environment: () => Promise<Record<string, string>>][] = [
  [
    "PGlite on disk",
    async () => {
      const dir = mkdtempSync(join(tmpdir(), "cchc-intake-sigterm-"));
      dirs.push(dir);
      return { DATA_DIR: dir };
    },
  ],
  [
    "PostgreSQL",
    async () => {
      const config = await postgres.fresh();
      return { DATABASE_URL: config.kind === "postgres" ? config.url : "" };
    },
  ],
];

/** POSTs the report in two halves: the first now, the second when `rest` is called. */
function halfSentSubmission(url: string): { response: Promise<{ status: number; body: string }>; rest(): void } {
  const req = request(`${url}/reports/monthly-media-report`, {
    method: "POST",
    headers: { "content-type": "application/json", "content-length": body.byteLength, authorization: `Bearer ${TOKEN}` },
  });
  const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
    req.once("response", (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (text += chunk));
      res.once("end", () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.once("error", reject);
  });
  const half = Math.floor(body.byteLength / 2);
  req.write(body.subarray(0, half));
  return { response, rest: () => req.end(body.subarray(half)) };
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.each(DATABASES)("SIGTERM on the intake server (%s)", (_name, environment) => {
  it("lets the submission in flight finish (201), refuses new connections, exits 0, and keeps the revision", async () => {
    const env = await environment();
    const server = await startServerProcess(env);
    const submission = halfSentSubmission(server.url);
    await pause(300); // the handler has the headers and waits for the body
    server.child.kill("SIGTERM");
    await pause(300);
    await expect(fetch(`${server.url}/openapi.json`)).rejects.toThrow(); // no longer listening
    expect(server.child.exitCode).toBeNull(); // still finishing the submission
    submission.rest();
    const answer = await submission.response;
    expect(answer.status).toBe(201);
    const receipt = JSON.parse(answer.body) as { id: string; revision: number; contentHash: string };
    expect(receipt).toMatchObject({ id: "bao-ptth-bac-ninh@2026-02", revision: 1 });
    expect(await server.exited()).toBe(0);

    const again = await startServerProcess(env);
    const revisions = (await (await fetch(`${again.url}/reports/monthly-media-report/bao-ptth-bac-ninh@2026-02/revisions`)).json()) as { revision: number; contentHash: string }[];
    expect(revisions.map((r) => [r.revision, r.contentHash])).toEqual([[1, receipt.contentHash]]);
    again.child.kill("SIGTERM");
    expect(await again.exited()).toBe(0); // nothing in flight: closes at once
  }, 120_000);
});
