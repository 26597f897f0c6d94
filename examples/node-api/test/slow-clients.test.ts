import { connect } from "node:net";
import { describe, expect, it } from "vitest";
import { startReportServer } from "../src/server.js";

/** Sends the start of a request and never finishes its headers; resolves with ms until the server hangs up. */
function slowHeaders(url: string): Promise<{ ms: number; received: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect({ host: hostname, port: Number(port) });
    const started = Date.now();
    let received = "";
    socket.on("data", (d: Buffer) => (received += d.toString("latin1")));
    socket.on("error", () => undefined);
    socket.write("POST /reports/monthly-media-report HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n");
    socket.once("close", () => resolve({ ms: Date.now() - started, received }));
  });
}

describe("slow clients", () => {
  it("a client that never finishes its headers is answered 408 and cut when headersTimeout says, not 30 s later", async () => {
    const server = await startReportServer({ limits: { headersTimeoutMs: 1_200, requestTimeoutMs: 5_000 } });
    try {
      const { ms, received } = await slowHeaders(server.url);
      expect(received).toMatch(/^HTTP\/1\.1 408/);
      expect(ms).toBeGreaterThanOrEqual(1_150);
      expect(ms).toBeLessThan(1_200 + 300 + 500);
    } finally {
      await server.close(100);
    }
  });

  it("the default server applies @cchc/http's limits (10 s for headers, 30 s for the request)", async () => {
    const server = await startReportServer();
    try {
      expect(server.server.headersTimeout).toBe(10_000);
      expect(server.server.requestTimeout).toBe(30_000);
      expect(server.server.maxConnections).toBe(256);
    } finally {
      await server.close(100);
    }
  });
});
