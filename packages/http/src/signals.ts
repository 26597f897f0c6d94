import type { RunningServer } from "./listen.js";

/**
 * Shuts a server down gracefully on SIGTERM or SIGINT (what `kill`, a container runtime or Ctrl-C
 * send): requests in flight finish, then the process exits with code 0 (1 if closing failed). Returns
 * the function that removes the handlers.
 *
 * @param running - The running server.
 * @param options - The signals (default SIGTERM and SIGINT) and what to do once closed (default: exit).
 * @returns A function that unregisters the handlers.
 * @example
 * ```ts
 * import { closeOnSignals, serveFetch } from "@cchc/http";
 *
 * const running = await serveFetch(() => new Response("ok"));
 * const stop = closeOnSignals(running);
 * stop(); // no longer listening for signals
 * await running.close();
 * ```
 *
 * @category Server
 */
export function closeOnSignals(
  running: Pick<RunningServer, "close">,
  options: { readonly signals?: readonly NodeJS.Signals[]; readonly onClosed?: (error?: unknown) => void } = {},
): () => void {
  const signals = options.signals ?? ["SIGTERM", "SIGINT"];
  const onClosed = options.onClosed ?? ((error?: unknown) => process.exit(error === undefined ? 0 : 1));
  const handler = (): void => {
    remove();
    running.close().then(() => onClosed(), onClosed);
  };
  const remove = (): void => {
    for (const signal of signals) process.off(signal, handler);
  };
  for (const signal of signals) process.on(signal, handler);
  return remove;
}
