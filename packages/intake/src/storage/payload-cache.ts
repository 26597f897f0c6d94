/**
 * Stored payloads kept in memory by content hash, so that the synthesis of a period does not read and
 * parse every report's JSON from the database each time it is asked (that read was most of its cost).
 * Always correct: a revision never changes (the tables are append-only, enforced by triggers) and the
 * content hash is the SHA-256 of the payload's canonical JSON, so a hash names one payload forever — on
 * PGlite and on a PostgreSQL server shared by several intakes alike. Bounded by the size of the
 * payloads' JSON text (least recently used first out); the payloads are deep-frozen, since every
 * caller shares them. Written here rather than taken from a cache library: it is a `Map` in insertion
 * order with a byte count.
 */

/**
 * The default bound of the payload cache of a storage: 16 MiB of JSON text (a year of monthly media
 * reports from the 99 communes and the broadcaster, ~3 kB each, takes under 4 MiB).
 *
 * @example
 * ```ts
 * import { DEFAULT_PAYLOAD_CACHE_BYTES } from "@cchc/intake";
 *
 * DEFAULT_PAYLOAD_CACHE_BYTES; // => 16777216
 * ```
 *
 * @category Storage
 */
export const DEFAULT_PAYLOAD_CACHE_BYTES = 16 * 1024 * 1024;

/** A bounded map from content hash to payload. */
export interface PayloadCache {
  get(contentHash: string): unknown;
  /** Keeps a payload (frozen) unless it alone is larger than the bound; returns it frozen. */
  set(contentHash: string, payload: unknown): unknown;
}

function deepFreeze(value: unknown): unknown {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/**
 * A payload cache holding at most `maxBytes` of JSON text (0: keeps nothing).
 *
 * @param maxBytes - The bound, in UTF-16 code units of the payloads' JSON (about bytes).
 */
export function payloadCache(maxBytes: number): PayloadCache {
  const entries = new Map<string, { payload: unknown; size: number }>();
  let size = 0;
  return {
    get(contentHash) {
      const entry = entries.get(contentHash);
      if (entry === undefined) return undefined;
      entries.delete(contentHash); // most recently used last
      entries.set(contentHash, entry);
      return entry.payload;
    },
    set(contentHash, payload) {
      const frozen = deepFreeze(payload);
      if (maxBytes <= 0 || entries.has(contentHash)) return frozen;
      const entrySize = JSON.stringify(payload).length;
      if (entrySize > maxBytes) return frozen;
      entries.set(contentHash, { payload: frozen, size: entrySize });
      size += entrySize;
      for (const [hash, old] of entries) {
        if (size <= maxBytes) break;
        entries.delete(hash);
        size -= old.size;
      }
      return frozen;
    },
  };
}
