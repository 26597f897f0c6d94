import { afterEach, describe, expect, it } from "vitest";
import { createHardenedServer, listen, resolveServerLimits, type RunningServer } from "@cchc/http";
import { checkingIntervalMs } from "../src/server.js";
import { rawConnect, untilClosed } from "./support.js";

let running: RunningServer | undefined;
afterEach(async () => {
  await running?.close(100);
  running = undefined;
});

describe("the configured timeouts are true", () => {
  it("a client that never finishes its headers is cut after headersTimeout, not after Node's 30 s check", async () => {
    running = await listen(createHardenedServer((_req, res) => res.end("ok"), { headersTimeoutMs: 1_000, requestTimeoutMs: 2_000 }));
    const socket = await rawConnect(running.url);
    const started = Date.now();
    socket.write("GET / HTTP/1.1\r\nHost: x\r\nX-Slow: ");
    const drip = setInterval(() => socket.writable && socket.write("a"), 100); // keeps sending, never ends the headers
    const { ms, received } = await untilClosed(socket, started);
    clearInterval(drip);
    expect(ms).toBeGreaterThanOrEqual(950);
    expect(ms).toBeLessThan(1_000 + checkingIntervalMs({ headersTimeoutMs: 1_000, requestTimeoutMs: 2_000 }) + 500);
    expect(received).toMatch(/^HTTP\/1\.1 408/);
  });

  it("a client that sends its body too slowly is cut after requestTimeout", async () => {
    running = await listen(
      createHardenedServer(
        (req, res) => {
          req.resume();
          req.on("end", () => res.end("done"));
        },
        { headersTimeoutMs: 500, requestTimeoutMs: 1_500 },
      ),
    );
    const socket = await rawConnect(running.url);
    const started = Date.now();
    socket.write("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 100000\r\n\r\n");
    const drip = setInterval(() => socket.writable && socket.write("x"), 100);
    const { ms } = await untilClosed(socket, started);
    clearInterval(drip);
    expect(ms).toBeGreaterThanOrEqual(1_400);
    expect(ms).toBeLessThan(1_500 + 375 + 500);
  });

  it("an idle keep-alive connection closes after keepAliveTimeout", async () => {
    running = await listen(createHardenedServer((_req, res) => res.end("ok"), { keepAliveTimeoutMs: 1_500 }));
    const socket = await rawConnect(running.url);
    const started = Date.now();
    socket.write("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
    const { ms, received } = await untilClosed(socket, started);
    expect(received).toMatch(/^HTTP\/1\.1 200/);
    expect(ms).toBeGreaterThanOrEqual(1_400);
    expect(ms).toBeLessThan(1_500 + 400);
  });

  it("headers past maxHeaderBytes get 431", async () => {
    running = await listen(createHardenedServer((_req, res) => res.end("ok"), { maxHeaderBytes: 2_048 }));
    const big = await fetch(running.url, { headers: { "x-big": "a".repeat(4_096) } });
    expect(big.status).toBe(431);
    const small = await fetch(running.url, { headers: { "x-small": "a".repeat(512) } });
    expect(small.status).toBe(200);
  });

  it("connections past maxConnections are closed as they arrive; the others are served", async () => {
    running = await listen(createHardenedServer((_req, res) => res.end("ok"), { maxConnections: 2 }));
    const held = [await rawConnect(running.url), await rawConnect(running.url)];
    const extra = await rawConnect(running.url);
    const { received } = await untilClosed(extra, Date.now());
    expect(received).toBe("");
    held[0]!.write("GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    const first = await untilClosed(held[0]!, Date.now());
    expect(first.received).toMatch(/^HTTP\/1\.1 200/);
    held[1]!.destroy();
  });
});

describe("resolveServerLimits", () => {
  it("refuses limits that are not positive integers and a request timeout shorter than the headers timeout", () => {
    expect(() => resolveServerLimits({ maxConnections: 0 })).toThrow(RangeError);
    expect(() => resolveServerLimits({ headersTimeoutMs: 1.5 })).toThrow(/headersTimeoutMs/);
    expect(() => resolveServerLimits({ keepAliveTimeoutMs: 500 })).toThrow(/keepAliveTimeoutMs/);
    expect(() => resolveServerLimits({ headersTimeoutMs: 5_000, requestTimeoutMs: 1_000 })).toThrow(/requestTimeoutMs/);
  });

  it("checks timeouts at a quarter of the shortest one, at most every second", () => {
    expect(checkingIntervalMs({ headersTimeoutMs: 10_000, requestTimeoutMs: 30_000 })).toBe(1_000);
    expect(checkingIntervalMs({ headersTimeoutMs: 1_000, requestTimeoutMs: 2_000 })).toBe(250);
  });
});
