/**
 * The example server as a person starts it: `src/main.ts` in a child process (through tsx, on the
 * built packages), on a free loopback port, configured by its environment. Every child started here
 * is SIGKILLed after the file, so that a failing test leaves no server behind.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { afterAll } from "vitest";

const children: ChildProcess[] = [];

/** SIGKILLs every server this file started that is still running (also done after the file). */
export function killServerProcesses(): void {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
}

afterAll(killServerProcesses);

/** A server process and its base URL. */
export interface ServerProcess {
  readonly url: string;
  readonly child: ChildProcess;
  /** Resolves with the exit code (or the signal) once the process has ended. */
  exited(): Promise<number | NodeJS.Signals | null>;
}

/**
 * Starts `src/main.ts` with `env` added to this process's environment (and no sample data unless `env`
 * says SAMPLE_DATA=auto); resolves once it listens.
 */
export function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: new URL("..", import.meta.url).pathname,
    env: { ...process.env, PORT: "0", HOST: "127.0.0.1", SAMPLE_DATA: "none", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  const ended = new Promise<number | NodeJS.Signals | null>((resolve) => child.once("exit", (code, signal) => resolve(code ?? signal)));
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const m = /intake on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m) resolve({ url: m[1]!, child, exited: () => ended });
    });
    child.stderr!.on("data", (chunk: Buffer) => (out += chunk.toString()));
    void ended.then((how) => reject(new Error(`server exited (${String(how)}) before listening: ${out}`)));
  });
}
