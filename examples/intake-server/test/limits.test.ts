/**
 * The example server's limits come from `@cchc/http` (defaults, or the environment's variables): a
 * client that never finishes its headers gets 408 when the configured timeout says, and a chunked
 * body past MAX_BODY_BYTES gets 413 from the intake handler (`readBodyWithin`) — nothing stored.
 */
import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_SERVER_LIMITS, type RunningServer } from "@cchc/http";
import { DEFAULT_MAX_BODY_BYTES } from "@cchc/intake";
import { rawConnect, untilClosed } from "../../../packages/http/test/support.js";
import { pgliteDatabase } from "../../../packages/intake/test/support/databases.js";
import { configFromEnv } from "../src/config.js";
import { startIntakeServer } from "../src/start.js";

const TOKEN = "demo-bao-ptth-bac-ninh-2026-0001";
let server: RunningServer;

beforeAll(async () => {
  const config = configFromEnv({ HEADERS_TIMEOUT_MS: "1200", REQUEST_TIMEOUT_MS: "5000", MAX_BODY_BYTES: "4096" });
  server = await startIntakeServer({ ...config, port: 0, database: await pgliteDatabase().fresh() });
});
afterAll(() => server?.close(100));

/** Sends the start of a request and never finishes its headers; resolves with ms until the server hangs up. */
async function slowHeaders(url: string): Promise<{ ms: number; received: string }> {
  const socket = await rawConnect(url);
  const closed = untilClosed(socket, Date.now());
  socket.write(`POST /reports/monthly-media-report HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${TOKEN}\r\nContent-Type: application/json\r\n`);
  return closed;
}

/** POSTs a chunked body (no Content-Length) of `size` bytes; resolves with the status. */
function chunkedPost(url: string, size: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(`${url}/reports/monthly-media-report`, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}` } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on("error", (error: NodeJS.ErrnoException) => (error.code === "EPIPE" || error.code === "ECONNRESET" ? undefined : reject(error)));
    for (let sent = 0; sent < size; sent += 1024) req.write(`${" ".repeat(1023)}\n`);
    req.end();
  });
}

describe("the intake server's limits (@cchc/http)", () => {
  it("answers a client that never finishes its headers 408 within the configured timeout", async () => {
    const { ms, received } = await slowHeaders(server.url);
    expect(received).toMatch(/^HTTP\/1\.1 408/);
    expect(ms).toBeGreaterThanOrEqual(1_150);
    expect(ms).toBeLessThan(1_200 + 300 + 500); // the timeout, Node's check interval (a quarter of it), slack
  });

  it("refuses a chunked body past MAX_BODY_BYTES with 413, storing nothing", async () => {
    expect(await chunkedPost(server.url, 8 * 1024)).toBe(413);
    expect(await (await fetch(`${server.url}/reports/monthly-media-report`)).json()).toEqual([]);
  });

  it("has one body limit: the intake handler's default is @cchc/http's", () => {
    expect(DEFAULT_MAX_BODY_BYTES).toBe(DEFAULT_SERVER_LIMITS.maxBodyBytes);
  });

  it("applies the configured limits and the defaults for the others", () => {
    expect(server.server.headersTimeout).toBe(1_200);
    expect(server.server.requestTimeout).toBe(5_000);
    expect(server.server.maxConnections).toBe(256);
  });
});
