/**
 * Ends the process at once, quietly and with exit code 0, when the reader of standard output or
 * standard error goes away (`cchc … | head -1`): input is no longer read, nothing more is written, as
 * `grep` or `jq` behave. Any other stream error still surfaces.
 */
export function exitQuietlyWhenReaderCloses(streams: readonly NodeJS.WriteStream[] = [process.stdout, process.stderr]): void {
  for (const stream of streams) {
    stream.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EPIPE") process.exit(0);
      throw error;
    });
  }
}
