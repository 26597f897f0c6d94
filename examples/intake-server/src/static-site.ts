/**
 * Serves a built static site (the dashboard, `examples/dashboard/dist`) beside a Web handler (the
 * intake's API), from the same origin — so the page reads the API without CORS and there is no second
 * server. Every file of the directory is read once, at start, into memory with its gzip form: a request
 * can only ever get one of those files (no path from the URL ever reaches the file system), and
 * anything else goes to the API. Written here rather than taken from a static-file package because the
 * intake's handler is a Web-standard `Request → Response` function and the site is a dozen small files.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { extname, join, relative, sep } from "node:path";
import { gzipSync } from "node:zlib";
import type { FetchHandler } from "@cchc/http";

const TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".json": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".webmanifest": "application/manifest+json",
};

/**
 * The page may load only its own files and call only its own origin; Observable Plot writes a `<style>`
 * element into each chart, hence `'unsafe-inline'` for styles (never for scripts).
 */
export const SITE_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

interface SiteFile {
  readonly body: Uint8Array<ArrayBuffer>;
  readonly gzip: Uint8Array<ArrayBuffer> | undefined;
  readonly headers: Readonly<Record<string, string>>;
  readonly etag: string;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

function load(dir: string, path: string): [string, SiteFile] {
  const body = new Uint8Array(readFileSync(path));
  const url = `/${relative(dir, path).split(sep).join("/")}`;
  const type = TYPES[extname(path)] ?? "application/octet-stream";
  const compressible = /^(?:text\/|application\/(?:json|manifest)|image\/svg)/.test(type);
  const gzip = compressible && body.length > 512 ? new Uint8Array(gzipSync(body, { level: 9 })) : undefined;
  // Vite names assets by content hash (assets/index-3f2a1b.js): they never change and can be kept a year.
  const hashed = url.startsWith("/assets/");
  return [
    url,
    {
      body,
      gzip,
      etag: `"${createHash("sha256").update(body).digest("base64url").slice(0, 22)}"`,
      headers: {
        "Content-Type": type,
        "Cache-Control": hashed ? "public, max-age=31536000, immutable" : "no-cache",
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "no-referrer",
        ...(type.startsWith("text/html") ? { "Content-Security-Policy": SITE_CSP } : {}),
        ...(gzip ? { Vary: "Accept-Encoding" } : {}),
      },
    },
  ];
}

function acceptsGzip(header: string | null): boolean {
  return header !== null && header.split(",").some((part) => {
    const [coding = "", ...params] = part.split(";").map((s) => s.trim().toLowerCase());
    return (coding === "gzip" || coding === "*") && !params.some((p) => /^q=0(?:\.0*)?$/.test(p));
  });
}

/**
 * Wraps a handler so that `GET`/`HEAD` of a file of `dir` (and `/` for `index.html`) answer that file —
 * gzip when the client accepts it, `ETag`/`If-None-Match` (304), a content security policy on HTML — and
 * everything else goes to the handler.
 *
 * @param handler - The API.
 * @param dir - The built site (must hold `index.html`).
 * @returns The combined handler.
 */
export function withStaticSite(handler: FetchHandler, dir: string): FetchHandler {
  const files = new Map(filesUnder(dir).map((path) => load(dir, path)));
  const index = files.get("/index.html");
  if (!index) throw new Error(`${dir} holds no index.html: build the site first`);
  files.set("/", index);
  return async (request) => {
    if (request.method !== "GET" && request.method !== "HEAD") return handler(request);
    let pathname: string;
    try {
      pathname = new URL(request.url).pathname;
    } catch {
      return handler(request);
    }
    const file = files.get(pathname);
    if (!file) return handler(request);
    const ifNoneMatch = request.headers.get("if-none-match");
    if (ifNoneMatch !== null && ifNoneMatch.split(",").some((tag) => tag.trim() === file.etag || tag.trim() === "*")) {
      return new Response(null, { status: 304, headers: { ETag: file.etag, "Cache-Control": file.headers["Cache-Control"]! } });
    }
    const gzip = file.gzip !== undefined && acceptsGzip(request.headers.get("accept-encoding"));
    const body = gzip ? file.gzip! : file.body;
    const headers = { ...file.headers, ETag: file.etag, "Content-Length": String(body.length), ...(gzip ? { "Content-Encoding": "gzip" } : {}) };
    return new Response(request.method === "HEAD" ? null : body, { status: 200, headers });
  };
}
