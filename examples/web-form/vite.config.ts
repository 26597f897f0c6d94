import { defineConfig } from "vite";

// Relative asset URLs, so that dist/ can be served from any path (or opened from a file share).
export default defineConfig({
  base: "./",
  build: { reportCompressedSize: false },
});
