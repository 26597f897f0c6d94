/**
 * One physical input line: its 1-based number, the offset of its first byte in the input, and its
 * bytes (without the line ending) — or a marker that it was too long to keep.
 */
export type RawLine =
  | { readonly line: number; readonly offset: number; readonly bytes: Uint8Array; readonly tooLong?: undefined }
  | { readonly line: number; readonly offset: number; readonly bytes?: undefined; readonly tooLong: true };
