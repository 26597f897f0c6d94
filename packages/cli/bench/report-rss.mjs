// `node --import ./report-rss.mjs …`: prints the process's peak resident set size (`maxRSS=<KiB>`) on
// stderr when it exits, for the NDJSON memory benchmark (cli.bench.ts).
process.on("exit", () => {
  process.stderr.write(`maxRSS=${process.resourceUsage().maxRSS}\n`);
});
