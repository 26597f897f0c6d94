#!/usr/bin/env node
import { exitQuietlyWhenReaderCloses } from "./closed-pipe.js";
import { runCli } from "./run.js";

exitQuietlyWhenReaderCloses();

runCli(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
