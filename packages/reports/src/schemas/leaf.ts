/**
 * Leaf schemas whose whole rule runs inside their own parse. zod runs a schema's checks through a
 * generic loop (abort bookkeeping, `when` guards, promise detection) on every value; a leaf without
 * checks is parsed by one direct call. The profile of the monthly report put that loop at a fifth of
 * the validation time, for the four rules (text, count, minutes, identifier) that make most fields.
 *
 * Each leaf also carries a fast path (taken by the generated object parsers, object.ts, and by the
 * validators' walk, ../validate/walk.ts): the same rule
 * as a predicate that returns the parsed value or {@link INVALID}, allocating nothing and reporting
 * nothing, for payloads that turn out valid.
 */
import * as z from "zod/mini";
import { $constructor } from "zod/v4/core";
import type { Lang } from "@cchc/core";
import { oneLanguageOf } from "./issue.js";

/** What a fast path returns for a value it does not accept as is: the full parse then says why. */
export const INVALID: unique symbol = Symbol("cchc.invalid");

/** zod's parse payload, as a check sees it. */
export interface Payload<T> {
  value: T;
  issues: z.core.$ZodRawIssue[];
}

/** The rule of a leaf, in the two forms the validator uses. */
export interface LeafRule<T> {
  /**
   * Runs on a value of the right type: pushes zod issues (as a check would) and may rewrite the value.
   * `lang`, when given, is the one language the issues will be read in (see `ONE_LANGUAGE`).
   */
  readonly check: (payload: Payload<T>, lang?: Lang) => void;
  /** Any value: the parsed value if it passes the type test and the rule, else {@link INVALID}. */
  readonly fast: (value: unknown) => unknown;
}

type Init = (inst: object, def: object) => void;
type LeafDef = z.core.$ZodTypeDef & { readonly leaf: LeafRule<never> };
type RawIssue = z.core.$ZodRawIssue & { schema?: unknown };

/** The leaf rule of a schema built by {@link fusedString} or {@link fusedNumber}, if it is one. */
export function leafRule(schema: z.core.$ZodType): LeafRule<never> | undefined {
  return (schema._zod.def as Partial<LeafDef>).leaf;
}

function fusedClass(name: string, base: { init: unknown }) {
  return /* @__PURE__ */ $constructor(name, (inst: z.core.$ZodType, def: LeafDef) => {
    (base.init as Init)(inst, def);
    const typed = inst._zod.parse;
    inst._zod.parse = (payload, ctx) => {
      typed(payload, ctx);
      // As zod's checks: not on a value of the wrong type, not when checks are skipped.
      if (ctx?.skipChecks) return payload;
      const start = payload.issues.length;
      for (let i = 0; i < start; i++) if (payload.issues[i]!.continue !== true) return payload;
      def.leaf.check(payload as Payload<never>, oneLanguageOf(ctx));
      // zod stamps the issues a check raised with the schema that ran it; so does this. (The package's
      // rules write `schema: undefined` into their issues, so that the stamp fills a field rather than
      // adding one, which cost a new hidden class and a property store per issue; zod's finalized
      // issues drop `schema`, and no error map reads it.)
      for (let i = start; i < payload.issues.length; i++) (payload.issues[i] as RawIssue).schema ??= inst;
      return payload;
    };
  });
}

const ZodMiniFusedString = /* @__PURE__ */ fusedClass("ZodMiniFusedString", z.ZodMiniString);
const ZodMiniFusedNumber = /* @__PURE__ */ fusedClass("ZodMiniFusedNumber", z.ZodMiniNumber);

/** A string schema (zod's type test and messages) whose rule runs in its parse. */
export function fusedString(leaf: LeafRule<string>): z.ZodMiniString {
  return new ZodMiniFusedString({ type: "string", leaf } as LeafDef) as unknown as z.ZodMiniString;
}

/** A number schema (zod's type test and messages) whose rule runs in its parse. */
export function fusedNumber(leaf: LeafRule<number>): z.ZodMiniNumber {
  return new ZodMiniFusedNumber({ type: "number", leaf } as LeafDef) as unknown as z.ZodMiniNumber;
}
