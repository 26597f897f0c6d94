import { defineConfig } from "vite";

/** The intake's API routes: `pnpm dev` proxies them to a running intake server (INTAKE_URL, default http://127.0.0.1:8080). */
const API = ["/status", "/media", "/indicators", "/difficulties", "/reports", "/synthesis", "/reminders", "/openapi.json"];

// Relative asset URLs, so that dist/ can be served from any path. The intake server serves dist/ at /.
export default defineConfig({
  base: "./",
  build: { reportCompressedSize: false, chunkSizeWarningLimit: 600 },
  server: { proxy: Object.fromEntries(API.map((path) => [path, process.env["INTAKE_URL"] ?? "http://127.0.0.1:8080"])) },
});
