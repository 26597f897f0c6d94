/**
 * The static site beside the API: files of the built directory (and / for index.html) are served from
 * memory, gzip when accepted, with ETag/304 and a content security policy on HTML; any other path —
 * including attempts to climb out of the directory — goes to the API handler.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { SITE_CSP, withStaticSite } from "../src/static-site.js";

const dir = mkdtempSync(join(tmpdir(), "cchc-site-"));
mkdirSync(join(dir, "assets"));
const html = "<!doctype html><html lang=\"vi\"><title>Bảng theo dõi</title></html>";
const script = `console.log(${JSON.stringify("x".repeat(4000))});`;
writeFileSync(join(dir, "index.html"), html);
writeFileSync(join(dir, "assets", "index-abc123.js"), script);
writeFileSync(join(dir, "secret.txt.map"), "not a known type");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const api = async (request: Request) => new Response(JSON.stringify({ api: new URL(request.url).pathname, method: request.method }), { status: 404, headers: { "content-type": "application/json" } });
const handle = withStaticSite(api, dir);
const get = (path: string, headers: Record<string, string> = {}, method = "GET") => handle(new Request(`http://127.0.0.1${path}`, { method, headers }));

describe("withStaticSite", () => {
  it("serves index.html at / and by name, with its type, a content security policy and no long cache", async () => {
    for (const path of ["/", "/index.html"]) {
      const res = await get(path);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
      expect(res.headers.get("content-security-policy")).toBe(SITE_CSP);
      expect(res.headers.get("cache-control")).toBe("no-cache");
      expect(await res.text()).toBe(html);
    }
  });

  it("serves hashed assets for a year, gzip when accepted (and only then), and 304 for a known ETag", async () => {
    const plain = await get("/assets/index-abc123.js");
    expect(plain.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(plain.headers.get("content-encoding")).toBeNull();
    expect(await plain.text()).toBe(script);
    const zipped = await get("/assets/index-abc123.js", { "accept-encoding": "br, gzip;q=0.8" });
    expect(zipped.headers.get("content-encoding")).toBe("gzip");
    const bytes = new Uint8Array(await zipped.arrayBuffer());
    expect(Number(zipped.headers.get("content-length"))).toBe(bytes.length);
    expect(bytes.length).toBeLessThan(script.length / 10);
    expect(gunzipSync(bytes).toString("utf8")).toBe(script);
    const refused = await get("/assets/index-abc123.js", { "accept-encoding": "gzip;q=0" });
    expect(refused.headers.get("content-encoding")).toBeNull();
    const etag = plain.headers.get("etag")!;
    expect(etag).toMatch(/^"[\w-]{22}"$/);
    const again = await get("/assets/index-abc123.js", { "if-none-match": etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    const head = await get("/assets/index-abc123.js", {}, "HEAD");
    expect(head.status).toBe(200);
    expect(head.headers.get("content-length")).toBe(String(script.length));
  });

  it("hands every other request to the API: other paths, other methods, and paths that try to leave the directory", async () => {
    for (const path of ["/status/2026", "/assets/missing.js", "/%2e%2e/package.json", "/assets/..%2f..%2fpackage.json", "/index.html/"]) {
      const res = await get(path);
      expect(res.status, path).toBe(404);
      expect((await res.json()) as { api: string }).toMatchObject({ method: "GET" });
    }
    const post = await get("/index.html", {}, "POST");
    expect(await post.json()).toEqual({ api: "/index.html", method: "POST" });
    expect((await get("/secret.txt.map")).headers.get("content-type")).toBe("application/octet-stream");
  });

  it("refuses a directory without index.html", () => {
    expect(() => withStaticSite(api, join(dir, "assets"))).toThrow(/index\.html/);
  });
});
