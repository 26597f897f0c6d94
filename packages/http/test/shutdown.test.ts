import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { createHardenedServer, listen } from "@cchc/http";
import { rawConnect, untilClosed } from "./support.js";

const slow = (ms: number) => createHardenedServer((_req, res) => void setTimeout(() => res.end("finished"), ms));

describe("graceful shutdown", () => {
  it("finishes requests in flight, refuses new connections, closes keep-alive connections once answered", async () => {
    const running = await listen(slow(400));
    const inFlight = fetch(running.url).then(async (r) => ({ status: r.status, body: await r.text() }));
    await new Promise((r) => setTimeout(r, 100));
    const started = Date.now();
    const closed = running.close(5_000);
    expect(running.close()).toBe(closed); // idempotent
    await expect(fetch(running.url)).rejects.toThrow();
    expect(await inFlight).toEqual({ status: 200, body: "finished" });
    await closed;
    expect(Date.now() - started).toBeLessThan(1_500); // did not wait for keep-alive or the grace period
  });

  it("cuts what is still open after the grace period", async () => {
    const running = await listen(slow(60_000));
    const socket = await rawConnect(running.url);
    socket.write("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
    await new Promise((r) => setTimeout(r, 100));
    const started = Date.now();
    const cut = untilClosed(socket, started);
    await running.close(300);
    expect((await cut).ms).toBeLessThan(1_000);
  });

  it("SIGTERM: a server started with closeOnSignals answers the request in flight, then exits 0", async () => {
    const script = fileURLToPath(new URL("./fixtures/signal-server.ts", import.meta.url));
    const child = spawn(process.execPath, ["--import", "tsx", script], { stdio: ["ignore", "pipe", "inherit"] });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout.once("data", (d: Buffer) => resolve(d.toString().trim()));
        child.once("exit", (code) => reject(new Error(`server exited early (${String(code)})`)));
      });
      const inFlight = fetch(url).then(async (r) => ({ status: r.status, body: await r.text() }));
      await new Promise((r) => setTimeout(r, 150));
      child.kill("SIGTERM");
      const exit = new Promise<number | null>((resolve) => child.once("exit", resolve));
      expect(await inFlight).toEqual({ status: 200, body: "finished" });
      expect(await exit).toBe(0);
    } finally {
      child.kill("SIGKILL");
    }
  });
});
