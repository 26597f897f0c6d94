/**
 * The report validators' own walk over a schema: the containers zod would traverse (strict objects,
 * arrays with length limits, optional fields) are walked here, and every leaf is taken through its
 * fast path (see `leafFastPath`) or, when that declines, parsed by zod itself — so every issue is
 * still raised by zod (or by the package's leaf rules) and worded by the same error maps. What the walk
 * saves is zod's container work on the failure path, which the validators threw away: each issue's
 * path array rebuilt at every level (`prefixIssues`, a spread per level), a payload and a `run` call
 * per container, the generic check loop; and the issues are converted to {@link ValidationIssue}s on
 * the spot, with the JSON Pointer of the container the walk already holds (a string built once per
 * container, not a path array per issue converted at the end).
 *
 * The walk is exact by construction: a container is walked only in the forms whose zod semantics it
 * mirrors step by step (named in each function below); anything else — another kind of schema, checks
 * of other kinds, an object that is not one of the package's strict objects, an oversized or non-array
 * value for an array — is handed whole to zod's `run` and its issues converted below the container's
 * pointer. test/walk-equivalence.test.ts holds the walk to `schema.safeParse` on generated payloads.
 */
import { toJsonPointer, type ValidationIssue } from "@cchc/core";
import * as zm from "zod/mini";
import type * as z from "zod/mini";
import { $ZodAsyncError, globalConfig, util } from "zod/v4/core";
import { isRuleCheck } from "../schemas/common.js";
import { INVALID } from "../schemas/leaf.js";
import { isStrictObject, leafFastPath } from "../schemas/object.js";

/** What one walk carries: the parse context, the issues found and the counts zod's check loop reads. */
export interface WalkState {
  readonly ctx: z.core.ParseContextInternal;
  /** The converted issues, in zod's order. */
  readonly issues: ValidationIssue[];
  /** Raw issues met so far, and how many of them abort (`continue !== true`) or abort explicitly (`continue === false`). */
  raws: number;
  aborting: number;
  explicit: number;
  /**
   * Converts one raw zod issue raised at `pointer` (see validator.ts); `plain` says that neither the
   * raiser nor the schema the issue is stamped with has an error map of its own (see {@link isPlain}).
   */
  readonly convert: (raw: z.core.$ZodRawIssue, pointer: string, out: ValidationIssue[], plain: boolean) => void;
}

/**
 * A walked schema: takes the value, where it is — the pointer of its container and its own segment
 * (a pointer segment such as `"/month"`, or an array index), joined only when needed — and returns the
 * parsed value, which means something only when the walk recorded no issue.
 */
export type Node = (value: unknown, base: string, segment: string | number, state: WalkState) => unknown;

type AnySchema = z.core.$ZodType;
type FastPath = (value: unknown) => unknown;

/** The JSON Pointer of a value: its container's pointer and its own segment. */
function pointerOf(base: string, segment: string | number): string {
  return typeof segment === "number" ? `${base}/${segment}` : base + segment;
}

/** Records one raw issue raised at `pointer`, keeping the counts zod's check loop would read. */
function record(state: WalkState, raw: z.core.$ZodRawIssue, pointer: string, plain: boolean): void {
  state.raws++;
  const cont = (raw as { continue?: boolean }).continue;
  if (cont !== true) state.aborting++;
  if (cont === false) state.explicit++;
  state.convert(raw, pointer, state.issues, plain);
}

/** Whether a schema or check was given no error map of its own (`{ error }` or `{ message }` when made). */
function hasNoErrorMap(x: { _zod: { def: object } }): boolean {
  return (x._zod.def as { error?: unknown }).error === undefined;
}

/** zod's types with no schema inside them: their issues are raised by the schema or one of its checks. */
const LEAF_TYPES: ReadonlySet<string> = /* @__PURE__ */ new Set(["string", "number", "boolean", "null", "enum", "literal"]);

/**
 * Whether every issue a schema's parse can raise is worded by the parse's error map or zod's global
 * ones alone: a leaf whose possible raisers — the schema itself and its checks, the only schemas an
 * issue of it can name as `inst` or be stamped with — have no error map of their own. (zod asks an
 * issue's raiser and its stamped schema first; neither would answer.)
 */
function isPlain(schema: AnySchema): boolean {
  const def = schema._zod.def;
  return LEAF_TYPES.has(def.type) && hasNoErrorMap(schema) && (def.checks ?? []).every(hasNoErrorMap);
}

/** zod parses the whole value; its issues are converted below the value's pointer. */
function byZod(schema: AnySchema): Node {
  const plain = isPlain(schema);
  return (value, base, segment, state) => {
    const result = schema._zod.run({ value, issues: [] }, state.ctx) as z.core.ParsePayload;
    const issues = result.issues;
    if (issues.length > 0) {
      const pointer = pointerOf(base, segment);
      for (let i = 0; i < issues.length; i++) record(state, issues[i]!, pointer, plain);
    }
    return result.value;
  };
}

/** A leaf with a fast path: the value it accepts, else zod's parse (as the generated object parser does). */
function leaf(schema: AnySchema, fast: FastPath): Node {
  const slow = byZod(schema);
  return (value, base, segment, state) => {
    const taken = fast(value);
    return taken !== INVALID ? taken : slow(value, base, segment, state);
  };
}

/** A required field's value that is missing: zod's `nonoptional` issue (raised by the object, path the key). */
function missing(state: WalkState, key: string, pointer: string): void {
  // Raised by no schema (no `inst`), stamped with none: worded by the parse's error map.
  record(state, { code: "invalid_type", expected: "nonoptional", input: undefined, path: [key] } as z.core.$ZodRawIssue, pointer, true);
}

/** Unknown keys of a strict object: zod's one `unrecognized_keys` issue, raised by the object. */
function unknownKeys(state: WalkState, keys: string[], input: unknown, inst: AnySchema, pointer: string, plain: boolean): void {
  record(state, { code: "unrecognized_keys", keys, input, inst, continue: true } as unknown as z.core.$ZodRawIssue, pointer, plain);
}

/** One field of a strict object and how it is walked. */
interface Field {
  readonly key: string;
  /** The key as a pointer segment (`"/month"`, escaped once). */
  readonly segment: string;
  readonly node: Node;
  /**
   * The fast path of a leaf field (`node` is then zod's parse, for the values it declines): a required
   * field's is taken without the presence test, as the generated parser takes it.
   */
  readonly fast: FastPath | undefined;
  /** zod's `optional` over a schema that is not optional itself: `undefined` is kept (key present) or skipped, unparsed. */
  readonly optional: boolean;
}

/** The fields of a strict object, or undefined if one needs zod's own object parser. */
function fieldsOf(schema: AnySchema, compile: (s: AnySchema) => Node): Field[] | undefined {
  const shape = (schema._zod.def as z.core.$ZodObjectDef).shape as Record<string, AnySchema>;
  if (Object.getOwnPropertySymbols(shape).length > 0) return undefined;
  const fields: Field[] = [];
  for (const key of Object.keys(shape)) {
    if (key === "__proto__") return undefined;
    const field = shape[key]!;
    const segment = toJsonPointer([key]);
    const optin = field._zod.optin;
    if (optin === undefined) {
      if (field._zod.optout !== undefined) return undefined;
      const fast = leafFastPath(field);
      const taken = fast && fast(undefined) === INVALID ? fast : undefined;
      fields.push({ key, segment, node: taken ? byZod(field) : compile(field), fast: taken, optional: false });
      continue;
    }
    const def = field._zod.def as z.core.$ZodOptionalDef;
    const traits = field._zod.traits;
    const plain = traits.has("$ZodOptional") && !traits.has("$ZodExactOptional") && !def.checks?.length;
    if (optin !== "optional" || field._zod.optout !== "optional" || !plain || def.innerType._zod.optin !== undefined) return undefined;
    const fast = leafFastPath(def.innerType);
    const taken = fast && fast(undefined) === INVALID ? fast : undefined;
    fields.push({ key, segment, node: taken ? byZod(def.innerType) : compile(def.innerType), fast: taken, optional: true });
  }
  return fields;
}

/**
 * The source of a strict object's walk, in the steps of its generated parser (schemas/object.ts), which
 * are zod's: a required field whose fast path declines, and any other required field, is parsed
 * whatever it holds and, absent (`in` after the parse), gets zod's `nonoptional` issue if its schema
 * accepted `undefined`, and is kept only when present; an optional field holding `undefined` is kept as
 * such when its key is present and nothing is parsed, else its inner schema parses it (what
 * `$ZodOptional` does); then every enumerable key, own or inherited, not in the shape is unknown, in
 * one issue. Generated with constant keys, as zod's JIT parser is: one shape of object and one
 * property access per site, where a loop over the fields made every access megamorphic (slower than
 * zod itself).
 */
function objectSource(fields: readonly Field[]): string {
  // The object's pointer, made when first needed: a valid object of leaves never needs it.
  const at = "(pointer ??= pointerOf(base, segment))";
  const lines = fields.map(({ key, fast, optional }, i) => {
    const k = JSON.stringify(key);
    const walk = `n${i}(v, ${at}, s${i}, state)`;
    if (optional) {
      const value = fast ? `{ const t = f${i}(v); out[${k}] = t !== INVALID ? t : ${walk}; }` : `out[${k}] = ${walk};`;
      return `{ const v = input[${k}]; if (v === undefined) { if (${k} in input) out[${k}] = undefined; } else ${value} }`;
    }
    const slow = `const before = state.raws; const r = ${walk}; const present = ${k} in input; if (!present && state.raws === before) missing(state, ${k}, ${at}); if (present) out[${k}] = r;`;
    if (fast) return `{ const v = input[${k}]; const t = f${i}(v); if (t !== INVALID) out[${k}] = t; else { ${slow} } }`;
    return `{ const v = input[${k}]; ${slow} }`;
  });
  const known = fields.map(({ key }) => `case ${JSON.stringify(key)}:`).join(" ");
  return [
    "return (value, base, segment, state) => {",
    "if (!isObject(value)) return self(value, base, segment, state);",
    "const input = value;",
    "let pointer;",
    "const out = {};",
    ...lines,
    "let unknown;",
    `for (const key in input) { switch (key) { ${known} continue; } (unknown ??= []).push(key); }`,
    `if (unknown) unknownKeys(state, unknown, input, inst, ${at}, plainInst);`,
    "return out;",
    "};",
  ].join("\n");
}

/** A strict object of the package (see `strictObject`), walked as described at {@link objectSource}. */
function strictObject(schema: AnySchema, compile: (s: AnySchema) => Node): Node | undefined {
  const fields = fieldsOf(schema, compile);
  if (!fields) return undefined;
  const self = byZod(schema);
  const names = ["isObject", "self", "pointerOf", "missing", "unknownKeys", "inst", "plainInst", "INVALID", ...fields.flatMap((_, i) => [`n${i}`, `f${i}`, `s${i}`])];
  const values = [util.isObject, self, pointerOf, missing, unknownKeys, schema, hasNoErrorMap(schema), INVALID, ...fields.flatMap((f) => [f.node, f.fast, f.segment])];
  const factory = new Function(...names, objectSource(fields)) as (...args: unknown[]) => Node;
  return factory(...values);
}

/** zod's size checks whose `check` reads the value's length only (the ones `list` adds). */
const LENGTH_CHECKS: ReadonlySet<string> = /* @__PURE__ */ new Set(["max_length", "min_length"]);

let lengthGuard: unknown;

/** zod's own `when` guard of its length checks (one function, shared by all): it reads the value only. */
function isLengthGuard(when: unknown): boolean {
  lengthGuard ??= zm.maxLength(1)._zod.def.when;
  return when === lengthGuard;
}

/** A zod length check of an array: its kind and bound. */
interface LengthCheck {
  readonly check: z.core.$ZodCheck;
  readonly max: boolean;
  readonly bound: number;
}

/** A length check out of its bound: zod's check raises its issue, stamped with the array's schema. */
function raiseLength({ check }: LengthCheck, schema: AnySchema, out: unknown[], pointer: string, state: WalkState): void {
  const payload = { value: out as unknown, issues: [] as z.core.$ZodRawIssue[] };
  void check._zod.check(payload as z.core.ParsePayload<never>);
  // Raised by the check, stamped with the array's schema.
  const plain = hasNoErrorMap(check) && hasNoErrorMap(schema);
  for (const raw of payload.issues) {
    (raw as { schema?: unknown }).schema ??= schema;
    record(state, raw, pointer, plain);
  }
}

/**
 * The source of an array's walk (see {@link array}): each element through its fast path, or its walk
 * when that declines or there is none; then the length checks. Generated per array, as the objects
 * are, so that each element's call site sees one function.
 *
 * The length checks run as zod's check loop runs them: each has zod's length guard, which holds for
 * an array, so it is skipped only after an explicit abort (`continue: false`) since the array began.
 * zod's `max_length` and `min_length` checks raise an issue exactly when an array's length is over or
 * under their bound (checks.js), so a check within its bound is not called; one that is not raises
 * its issue through zod ({@link raiseLength}).
 */
function arraySource(checks: readonly LengthCheck[], fast: boolean): string {
  // The array's pointer, made when first needed (an element not taken by its fast path, a check).
  const at = "(pointer ??= pointerOf(base, segment))";
  const element = fast
    ? `const v = value[i]; const t = fast(v); out[i] = t !== INVALID ? t : element(v, ${at}, i, state);`
    : `out[i] = element(value[i], ${at}, i, state);`;
  return [
    "return (value, base, segment, state) => {",
    "if (!Array.isArray(value) || value.length > cap) return self(value, base, segment, state);",
    "const startExplicit = state.explicit;",
    "let pointer;",
    "const out = new Array(value.length);",
    `for (let i = 0; i < value.length; i++) { ${element} }`,
    // The length checks, each with its bound written into the code (see arraySource).
    ...checks.map(({ max, bound }, i) => `if (state.explicit === startExplicit && !(out.length ${max ? "<=" : ">="} ${bound})) raiseLength(checks[${i}], schema, out, ${at}, state);`),
    "return out;",
    "};",
  ].join("\n");
}

/**
 * An array (zod's `$ZodArray`) whose checks are zod's `max_length` and `min_length` with zod's own
 * guard: an array no longer than its smallest maximum is parsed element by element (zod's array parser
 * runs each element on its own payload and keeps every element's value), then its checks run (see
 * {@link lengthChecks}). A value that is not an array, or one over the limit (which zod fails before
 * reading any element), goes to zod whole.
 */
function array(schema: AnySchema, compile: (s: AnySchema) => Node): Node | undefined {
  const def = schema._zod.def as z.core.$ZodArrayDef;
  const checks: LengthCheck[] = [];
  for (const check of def.checks ?? []) {
    const cdef = check._zod.def as unknown as { check: string; maximum?: number; minimum?: number; when?: unknown };
    if (!LENGTH_CHECKS.has(cdef.check) || !isLengthGuard(cdef.when)) return undefined;
    const max = cdef.check === "max_length";
    const bound = max ? cdef.maximum : cdef.minimum;
    if (typeof bound !== "number") return undefined;
    checks.push({ check, max, bound });
  }
  const cap = Math.min(Infinity, ...checks.filter((c) => c.max).map((c) => c.bound));
  const fastPath = leafFastPath(def.element);
  const fast = fastPath && fastPath(undefined) === INVALID ? fastPath : undefined;
  const element = fast ? byZod(def.element) : compile(def.element);
  const self = byZod(schema);
  const names = ["cap", "checks", "schema", "self", "element", "fast", "INVALID", "pointerOf", "raiseLength"];
  const values = [cap, checks, schema, self, element, fast, INVALID, pointerOf, raiseLength];
  return (new Function(...names, arraySource(checks, fast !== undefined)) as (...args: unknown[]) => Node)(...values);
}

/**
 * A schema whose only checks are the package's cross-field rules (`withRules`: checks without a `when`
 * guard that report nothing once their payload has an issue): zod runs them after the structure, so
 * they run only on a structure walked clean, as zod's check loop runs them — each on the payload, a
 * check skipped once an earlier one raised an aborting issue, issues stamped with the schema.
 */
function withRules(schema: AnySchema, structure: Node): Node {
  const checks = schema._zod.def.checks ?? [];
  return (value, base, segment, state) => {
    const before = state.raws;
    const parsed = structure(value, base, segment, state);
    if (state.raws !== before) return parsed;
    const pointer = pointerOf(base, segment);
    const aborting = state.aborting;
    for (const ch of checks) {
      if (state.aborting > aborting) break;
      const payload = { value: parsed, issues: [] as z.core.$ZodRawIssue[] };
      if ((ch._zod.check(payload as z.core.ParsePayload<never>) as unknown) instanceof Promise) throw new $ZodAsyncError();
      for (const raw of payload.issues) {
        (raw as { schema?: unknown }).schema ??= schema;
        record(state, raw, pointer, false);
      }
    }
    return parsed;
  };
}

/** Whether this platform runs generated code (as zod decides for its own JIT parsers). */
function canGenerate(): boolean {
  return !globalConfig.jitless && util.allowsEval.value;
}

/**
 * A schema's walk: a leaf through its fast path, a strict object or an array walked by generated code
 * when this platform runs generated code, anything else — and every container where it does not (a
 * strict CSP, zod's `jitless`) — parsed by zod whole, its issues converted below its pointer.
 */
function compileNode(schema: AnySchema, compile: (s: AnySchema) => Node, generate: boolean): Node {
  const fast = leafFastPath(schema);
  if (fast && fast(undefined) === INVALID) return leaf(schema, fast);
  if (!generate) return byZod(schema);
  const checks = schema._zod.def.checks ?? [];
  if (isStrictObject(schema)) {
    const rules = checks.length > 0 && checks.every((ch) => isRuleCheck(ch._zod.check) && ch._zod.def.when === undefined);
    if (checks.length === 0 || rules) {
      const structure = strictObject(schema, compile);
      if (structure) return rules ? withRules(schema, structure) : structure;
    }
  } else if (schema._zod.traits.has("$ZodArray")) {
    const walked = array(schema, compile);
    if (walked) return walked;
  }
  return byZod(schema);
}

const compiled = new WeakMap<AnySchema, Node>();

/**
 * The walk of a schema, compiled once per schema; `generate: false` compiles what a platform without
 * `new Function` gets (zod parses the whole value), for tests.
 */
export function walkOf(schema: AnySchema, generate: boolean = canGenerate()): Node {
  if (!generate) return compileNode(schema, (s) => walkOf(s, false), false);
  let node = compiled.get(schema);
  if (node === undefined) {
    node = compileNode(schema, (s) => walkOf(s, true), true);
    compiled.set(schema, node);
  }
  return node;
}
