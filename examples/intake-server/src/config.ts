/** The server's configuration, from the environment. */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { serverLimitsFromEnv, type ServerLimits } from "@cchc/http";
import type { DatabaseConfig, IntakeOptions } from "@cchc/intake";

/** What `start` and `demo` need. */
export interface ServerConfig {
  readonly host: string;
  readonly port: number;
  readonly database: DatabaseConfig;
  readonly tokens: Readonly<Record<string, string>>;
  readonly readAccess: NonNullable<IntakeOptions["readAccess"]>;
  /** Server limits that differ from `@cchc/http`'s `DEFAULT_SERVER_LIMITS` (the body limit included). */
  readonly limits: Partial<ServerLimits>;
  /** The built dashboard served at `/` (when it holds an index.html). */
  readonly siteDir: string;
  /** `auto`: an empty database is filled with the sample year on start; `none`: never. */
  readonly sampleData: "auto" | "none";
}

/**
 * HOST (127.0.0.1), PORT (8080), DATABASE_URL (a PostgreSQL server) or DATA_DIR (PGlite on disk,
 * default ./data), TOKENS_FILE (JSON: token → unit id; default the demo file), READ_ACCESS (open or
 * token), SITE_DIR (the built dashboard, default ../dashboard/dist), SAMPLE_DATA (auto: fill an empty
 * database with the sample year; none), and the server limits of `@cchc/http` by their variables:
 * MAX_BODY_BYTES (1 MiB), HEADERS_TIMEOUT_MS (10 s), REQUEST_TIMEOUT_MS (30 s), KEEP_ALIVE_TIMEOUT_MS
 * (5 s), MAX_HEADER_BYTES (16 KiB), MAX_CONNECTIONS (256), SHUTDOWN_GRACE_MS (10 s).
 */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const tokensFile = env["TOKENS_FILE"] ?? new URL("../demo-tokens.json", import.meta.url).pathname;
  return {
    host: env["HOST"] ?? "127.0.0.1",
    port: Number(env["PORT"] ?? 8080),
    database: env["DATABASE_URL"] ? { kind: "postgres", url: env["DATABASE_URL"] } : { kind: "pglite", dataDir: env["DATA_DIR"] ?? "./data" },
    tokens: JSON.parse(readFileSync(tokensFile, "utf8")) as Record<string, string>,
    readAccess: env["READ_ACCESS"] === "token" ? "token" : "open",
    limits: serverLimitsFromEnv(env),
    siteDir: env["SITE_DIR"] ?? fileURLToPath(new URL("../../dashboard/dist", import.meta.url)),
    sampleData: env["SAMPLE_DATA"] === "none" ? "none" : "auto",
  };
}
