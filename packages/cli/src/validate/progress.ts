import * as Effect from "effect/Effect";
import type * as Scope from "effect/Scope";
import type { CliIo, CliOutput } from "../io.js";

/** Counters shown by the progress bar. */
export interface ProgressState {
  readonly lines: number;
  readonly invalid: number;
  readonly bytes: number;
}

/**
 * A progress display: `update` is cheap to call often (it redraws at most every 100 ms); `clear` removes
 * the line before other output is written to the same terminal.
 */
export interface Progress {
  update(state: ProgressState): void;
  clear(): void;
}

const NO_PROGRESS: Progress = { update: () => undefined, clear: () => undefined };
const REDRAW_MS = 100;
const CLEAR_LINE = "\r\u001B[K";

/** The text of one progress line: a bar with a percentage when the total size is known, then counts. */
export function progressLine(state: ProgressState, total: number | undefined, counts: string, columns: number): string {
  if (total === undefined || total <= 0) return counts.slice(0, columns - 1);
  const ratio = Math.min(1, state.bytes / total);
  const width = Math.max(10, Math.min(30, columns - counts.length - 10));
  const filled = Math.round(ratio * width);
  const bar = `[${"█".repeat(filled)}${"░".repeat(width - filled)}] ${String(Math.floor(ratio * 100)).padStart(3)}% `;
  return `${bar}${counts}`.slice(0, columns - 1);
}

/**
 * A progress bar on stderr, drawn only when stderr is a terminal, as a scoped resource: the line is
 * cleared when the scope closes, whether the run succeeded, failed or was interrupted — and on Ctrl-C
 * through `onInterrupt`, since a signal ends the process without closing any scope.
 */
export function progressBar(
  stderr: CliOutput,
  total: number | undefined,
  counts: (state: ProgressState) => string,
  onInterrupt?: CliIo["onInterrupt"],
): Effect.Effect<Progress, never, Scope.Scope> {
  if (stderr.isTTY !== true) return Effect.succeed(NO_PROGRESS);
  let last = 0;
  let drawn = false;
  const progress: Progress = {
    update(state) {
      const now = Date.now();
      if (now - last < REDRAW_MS) return;
      last = now;
      drawn = true;
      stderr.write(CLEAR_LINE + progressLine(state, total, counts(state), stderr.columns ?? 80));
    },
    clear() {
      if (drawn) stderr.write(CLEAR_LINE);
      drawn = false;
      last = 0;
    },
  };
  const listen = Effect.sync(() => onInterrupt?.(() => progress.clear()));
  const release = (stopListening: (() => void) | undefined) =>
    Effect.sync(() => {
      stopListening?.();
      progress.clear();
    });
  return Effect.acquireRelease(listen, release).pipe(Effect.as(progress));
}
