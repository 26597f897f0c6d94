#!/usr/bin/env node
import { runCli } from "./run.js";

// A closed stdout (`cchc … | head`) ends the run quietly with the I/O exit code.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(2);
  throw error;
});

runCli(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
