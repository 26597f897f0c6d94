import { afterEach, describe, expect, it } from "vitest";
import { serveFetch, type RunningServer } from "@cchc/http";
import { readBodyWithin } from "@cchc/http/web";
import { rawConnect, untilClosed } from "./support.js";

let running: RunningServer | undefined;
afterEach(async () => {
  await running?.close(100);
  running = undefined;
});

/** Echoes the body's length, or 413 past `max` bytes. */
const echoLength = (max: number) => async (request: Request) => {
  const body = await readBodyWithin(request, max);
  if (body.ok) return Response.json({ bytes: body.bytes.byteLength });
  if (body.reason === "too_large") return Response.json({ error: "too_large", max: body.maxBytes }, { status: 413 });
  return new Response(null, { status: 400 });
};

describe("serveFetch: Web-standard handlers on the hardened server", () => {
  it("serves Request → Response with status, headers and body; a thrown error is a bare 500", async () => {
    running = await serveFetch(async (request) => {
      const url = new URL(request.url);
      if (url.pathname === "/boom") throw new Error("secret detail");
      return Response.json({ method: request.method, path: url.pathname, q: url.searchParams.get("q") }, { headers: { "x-cchc": "1" } });
    });
    const ok = await fetch(`${running.url}/a?q=Bắc`);
    expect(ok.status).toBe(200);
    expect(ok.headers.get("x-cchc")).toBe("1");
    expect(await ok.json()).toEqual({ method: "GET", path: "/a", q: "Bắc" });
    const boom = await fetch(`${running.url}/boom`);
    expect(boom.status).toBe(500);
    expect(await boom.text()).not.toContain("secret");
  });

  it("leaves Node's global Request and Response as they are", async () => {
    const before = [globalThis.Request, globalThis.Response];
    running = await serveFetch(() => new Response("ok"));
    await (await fetch(running.url)).text();
    expect([globalThis.Request, globalThis.Response]).toEqual(before);
  });

  it("applies the limits: a slow-headers client is cut after headersTimeout", async () => {
    running = await serveFetch(() => new Response("ok"), { limits: { headersTimeoutMs: 800, requestTimeoutMs: 1_000 } });
    const socket = await rawConnect(running.url);
    socket.write("GET / HTTP/1.1\r\nHost: x\r\n");
    const { ms } = await untilClosed(socket, Date.now());
    expect(ms).toBeLessThan(800 + 200 + 500);
  });
});

describe("readBodyWithin", () => {
  it("reads a body up to the limit, refuses one byte more from Content-Length and from a chunked stream", async () => {
    running = await serveFetch(echoLength(1_000));
    const at = await fetch(running.url, { method: "POST", body: "x".repeat(1_000) });
    expect(await at.json()).toEqual({ bytes: 1_000 });
    const over = await fetch(running.url, { method: "POST", body: "x".repeat(1_001) });
    expect(over.status).toBe(413);
    const chunks = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 5; i++) controller.enqueue(new Uint8Array(300));
        controller.close();
      },
    });
    const chunked = await fetch(running.url, { method: "POST", body: chunks, duplex: "half" } as RequestInit);
    expect(chunked.status).toBe(413);
    expect(await chunked.json()).toEqual({ error: "too_large", max: 1_000 });
  });

  it("an empty body is zero bytes", async () => {
    expect(await readBodyWithin(new Request("http://x/"), 10)).toEqual({ ok: true, bytes: new Uint8Array(0) });
  });

  it("a body that fails mid-stream is aborted", async () => {
    const failing = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.error(new Error("connection reset"));
      },
    });
    const request = new Request("http://x/", { method: "POST", body: failing, duplex: "half" } as RequestInit);
    expect(await readBodyWithin(request, 10)).toEqual({ ok: false, reason: "aborted" });
  });
});
