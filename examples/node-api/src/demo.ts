// `pnpm --filter @cchc/example-node-api demo` (run in CI by scripts/run-examples.mjs): starts the API on
// an ephemeral loopback port, posts the payloads shipped with @cchc/reports plus a few broken requests,
// prints what it answers — one answer as the raw JSON a client receives, the others as status and issues
// with their codes — and stops.
import { startReportServer } from "./server.js";
import { shippedSamples } from "./samples.js";

interface Exchange {
  readonly label: string;
  readonly path: string;
  readonly body: string;
  readonly headers?: Record<string, string>;
  /** Print the whole JSON body as received (else status and issues). */
  readonly raw?: boolean;
  /** Print every issue (else the first four). */
  readonly allIssues?: boolean;
}

/** Issues printed per answer unless the exchange asks for all of them. */
const ISSUES_SHOWN = 4;

function exchanges(): Exchange[] {
  const json = { "Content-Type": "application/json" };
  const samples = shippedSamples().map((s) => ({ label: s.file, path: `/reports/${s.schema}`, body: s.body, headers: json }));
  const invalid = samples.find((s) => s.label === "monthly-media-report.invalid.json")!;
  const sender = samples.find((s) => s.label === "monthly-media-report.invalid-sender.json")!;
  return [
    ...samples,
    { ...invalid, label: `${invalid.label} (Accept-Language: en), the raw answer`, headers: { ...json, "Accept-Language": "en-GB,en;q=0.9" }, raw: true },
    { ...sender, label: `${sender.label} (the shape alone)`, path: `${sender.path}?shape-only` },
    { label: "truncated JSON", path: "/reports/monthly-media-report", body: '{"schemaVersion": 2,', headers: json },
    { label: "the month twice (not I-JSON)", path: "/reports/monthly-media-report?lang=en", body: '{"month": "2026-01", "month": "2026-02"}', headers: json },
    { label: "\\u0000 in a text (not I-JSON)", path: "/reports/difficulty-report", body: '{"notes": "x\\u0000"}', headers: json },
    { label: "text/plain body", path: "/reports/monthly-media-report", body: "{}", headers: { "Content-Type": "text/plain" } },
    { label: "unknown schema", path: "/reports/weekly-report?lang=en", body: "{}", headers: json },
    { label: "__proto__ key", path: "/reports/difficulty-report?lang=en", body: '{"__proto__": {"polluted": true}}', headers: json, allIssues: true },
  ];
}

const server = await startReportServer();
console.log(`cchc report API listening on ${server.url}\n`);
try {
  for (const x of exchanges()) {
    const response = await fetch(server.url + x.path, { method: "POST", body: x.body, headers: x.headers ?? {} });
    const text = await response.text();
    const answer = JSON.parse(text) as {
      valid?: boolean;
      issues?: { path: string; code: string; message: string }[];
      error?: { code: string; message: string; issues?: { path: string; code: string; message: string }[] };
    };
    console.log(`POST ${x.path}  ← ${x.label}`);
    console.log(`  ${response.status} ${response.statusText} [${response.headers.get("content-language")}]`);
    if (x.raw) {
      console.log(text.replace(/^/gm, "  "));
      continue;
    }
    if (answer.error) console.log(`  ${answer.error.message} [${answer.error.code}]`);
    for (const issue of answer.error?.issues ?? []) console.log(`  ${issue.path || "/"}: ${issue.message} [${issue.code}]`);
    const issues = answer.issues ?? [];
    const shown = x.allIssues ? issues : issues.slice(0, ISSUES_SHOWN);
    for (const issue of shown) console.log(`  ${issue.path || "/"}: ${issue.message} [${issue.code}]`);
    if (issues.length > shown.length) console.log(`  … ${issues.length - shown.length} more`);
  }
  const schema = await fetch(`${server.url}/schemas/monthly-media-report`);
  const { $id } = (await schema.json()) as { $id: string };
  console.log(`GET /schemas/monthly-media-report\n  ${schema.status} ${schema.headers.get("content-type")} ${$id}`);
} finally {
  await server.close();
}
