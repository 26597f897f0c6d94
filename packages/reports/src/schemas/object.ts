/**
 * The strict objects the report schemas are made of: zod core's `$ZodObjectJIT` (what zod/mini's
 * `z.strictObject` builds, with the JIT-compiled parser of zod's classic objects) under the zod/mini
 * API, with a parser of its own generated per shape that reads a leaf field through the leaf's fast
 * path (see {@link leafFastPath}): a valid text, count, code or date is taken in one call, without
 * the payload object and the `run` call zod makes for every field. A field whose fast path declines
 * (a wrong value, an absent key) is parsed by zod exactly as zod's own generated parser does it, so
 * the issues, their order and their paths are zod's. Unknown keys are collected as zod does too.
 *
 * zod's own parser stays in charge where the generated one would not be identical or cannot run:
 * async parses, `abortEarly`, `jitless` mode and platforms without `eval` (a strict CSP). The report
 * shapes are not recursive, so zod's memoizer (which breaks reference cycles through recursive
 * schemas, and hands a non-recursive object a plain `{}`) has nothing to do here.
 */
import * as z from "zod/mini";
import { $ZodObjectJIT, $constructor, globalConfig, util, type $ZodType } from "zod/v4/core";
import { INVALID, leafRule } from "./leaf.js";

type Init = (inst: object, def: object) => void;
type Parse = z.core.$ZodType["_zod"]["parse"];
type FastPath = (value: unknown) => unknown;

/** String formats whose zod check is their pattern and nothing else (zod's compiler trusts the same two). */
const PATTERN_FORMATS: ReadonlySet<string> = /* @__PURE__ */ new Set(["date", "datetime"]);

/**
 * The fast path of a leaf schema with no checks of its own: the parsed value of an input it accepts
 * unchanged by zod's rules, or {@link INVALID}. The package's leaves (text, counts, minutes,
 * identifiers) carry theirs; zod's enums and literals accept exactly their value set; ISO dates and
 * date-times exactly their pattern.
 */
export function leafFastPath(schema: $ZodType): FastPath | undefined {
  const def = schema._zod.def as z.core.$ZodTypeDef & { format?: string; pattern?: RegExp; fn?: unknown };
  const leaf = leafRule(schema);
  if (leaf) return def.checks?.length ? undefined : leaf.fast;
  if (def.checks?.length) return undefined;
  const values = schema._zod.values;
  if ((def.type === "enum" || def.type === "literal") && values instanceof Set) return (value) => (values.has(value as never) ? value : INVALID);
  const isOwnCheck = (def as { check?: string }).check === "string_format";
  if (def.type === "string" && isOwnCheck && PATTERN_FORMATS.has(def.format ?? "") && def.pattern && def.fn === undefined) {
    const pattern = def.pattern;
    return (value) => {
      if (typeof value !== "string") return INVALID;
      pattern.lastIndex = 0;
      return pattern.test(value) ? value : INVALID;
    };
  }
  return undefined;
}

/** A field's parse as zod's generated object parser writes it (required or optional), for a value already read. */
function zodField(key: string, id: number, optional: boolean): string {
  const k = JSON.stringify(key);
  const prefix = `for (const iss of r${id}.issues) { iss.path = iss.path ? [${k}, ...iss.path] : [${k}]; payload.issues.push(iss); }`;
  const run = `const r${id} = shape[${k}]._zod.run({ value: v${id}, issues: [] }, ctx); const p${id} = ${k} in input;`;
  if (optional) return `${run} if (!r${id}.issues.length || p${id}) { ${prefix} if (p${id}) out[${k}] = r${id}.value; }`;
  return `${run} ${prefix} if (!p${id} && !r${id}.issues.length) payload.issues.push({ code: "invalid_type", expected: "nonoptional", input: undefined, path: [${k}] }); if (p${id}) out[${k}] = r${id}.value;`;
}

/** The source of one field: the fast path of its leaf first (if it has one), zod's parse otherwise. */
function fieldSource(key: string, id: number, schema: $ZodType, fast: FastPath[]): string | undefined {
  const k = JSON.stringify(key);
  const optin = schema._zod.optin;
  const optional = optin !== undefined;
  if (optional && (optin !== "optional" || schema._zod.optout !== "optional")) return undefined;
  const read = `const v${id} = input[${k}];`;
  const inner = optional && schema._zod.def.type === "optional" ? (schema._zod.def as z.core.$ZodOptionalDef).innerType : schema;
  const path = inner === schema || inner._zod.optin === undefined ? leafFastPath(inner) : undefined;
  // A fast path that accepted `undefined` would need the presence test too: no shortcut for it.
  if (!path || path(undefined) !== INVALID) return `${read} ${zodField(key, id, optional)}`;
  const f = `f${fast.push(path) - 1}`;
  const taken = `const t${id} = ${f}(v${id}); if (t${id} !== INVALID) out[${k}] = t${id}; else { ${zodField(key, id, optional)} }`;
  // An optional field holding `undefined` is kept as zod keeps it: present keys only.
  return optional ? `${read} if (v${id} === undefined) { if (${k} in input) out[${k}] = undefined; } else { ${taken} }` : `${read} ${taken}`;
}

/** Generates the parser of a strict object's shape and unknown keys, or undefined if a field needs zod's own. */
function generateParser(shape: Record<string, $ZodType>, inst: object): Parse | undefined {
  const keys = Object.keys(shape).filter((key) => key !== "__proto__");
  if (Object.getOwnPropertySymbols(shape).length > 0) return undefined;
  const fast: FastPath[] = [];
  const fields: string[] = [];
  for (const [id, key] of keys.entries()) {
    const source = fieldSource(key, id, shape[key]!, fast);
    if (source === undefined) return undefined;
    fields.push(`{ ${source} }`);
  }
  const known = Object.keys(shape).map((key) => `case ${JSON.stringify(key)}:`).join(" ");
  const body = [
    "const input = payload.value;",
    "const out = {};",
    ...fields,
    "payload.value = out;",
    "let unknown;",
    // Every key not in the shape (own or inherited, `__proto__` included) is unknown to a strict object.
    `for (const key in input) { switch (key) { ${known} continue; } (unknown ??= []).push(key); }`,
    'if (unknown) payload.issues.push({ code: "unrecognized_keys", keys: unknown, input, inst, continue: true });',
    "return payload;",
  ].join("\n");
  const names = ["shape", "inst", "INVALID", ...fast.map((_, i) => `f${i}`)];
  const factory = new Function(...names, `return (payload, ctx) => {\n${body}\n}`) as (...args: unknown[]) => Parse;
  return factory(shape, inst, INVALID, ...fast);
}

const ZodMiniObjectJIT = /* @__PURE__ */ $constructor("ZodMiniObjectJIT", (inst: z.ZodMiniObject, def: z.core.$ZodObjectDef) => {
  ($ZodObjectJIT.init as Init)(inst, def);
  (z.ZodMiniType.init as Init)(inst, def);
  const zodParse = inst._zod.parse;
  let parser: Parse | null | undefined;
  inst._zod.parse = (payload, ctx) => {
    const usable = ctx?.async === false && ctx.jitless !== true && ctx.abortEarly !== true;
    if (!usable || !util.isObject(payload.value)) return zodParse(payload, ctx);
    if (parser === undefined) {
      const strict = def.catchall?._zod.def.type === "never";
      const canEval = strict && !globalConfig.jitless && util.allowsEval.value;
      parser = canEval ? (generateParser(def.shape as Record<string, $ZodType>, inst) ?? null) : null;
    }
    return parser ? parser(payload, ctx) : zodParse(payload, ctx);
  };
});

/** A strict object (unknown keys are issues), with the generated parser described above. */
export function strictObject<T extends z.core.$ZodLooseShape>(shape: T): z.ZodMiniObject<{ -readonly [K in keyof T]: T[K] }, z.core.$strict> {
  const schema = new ZodMiniObjectJIT({ type: "object", shape, catchall: z.never() } as z.core.$ZodObjectDef);
  return schema as unknown as z.ZodMiniObject<{ -readonly [K in keyof T]: T[K] }, z.core.$strict>;
}

/** Whether a schema is a strict object made by {@link strictObject} (checks added after it or not). */
export function isStrictObject(schema: $ZodType): boolean {
  return schema._zod.traits.has("ZodMiniObjectJIT") && (schema._zod.def as z.core.$ZodObjectDef).catchall?._zod.def.type === "never";
}
