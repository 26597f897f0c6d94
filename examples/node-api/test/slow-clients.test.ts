import { describe, expect, it } from "vitest";
import { rawConnect, untilClosed } from "../../../packages/http/test/support.js";
import { startReportServer } from "../src/server.js";

/** Sends the start of a request and never finishes its headers; resolves with ms until the server hangs up. */
async function slowHeaders(url: string): Promise<{ ms: number; received: string }> {
  const socket = await rawConnect(url);
  const closed = untilClosed(socket, Date.now());
  socket.write("POST /reports/monthly-media-report HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n");
  return closed;
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
