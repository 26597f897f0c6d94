/**
 * The exact check behind {@link parseStrictJson}: one pass over JSON text that finds the first place,
 * in text order, where it is not I-JSON — a syntax error, a lone surrogate, a noncharacter, a control
 * character other than tab, CR and LF, or a duplicate member name — with its UTF-16 index and the JSON
 * Pointer of the value concerned. Iterative (an explicit stack), so any nesting depth is safe. It runs
 * only when `JSON.parse` failed or the fast pre-check (`precheck.ts`) found something to look at.
 */
import { toJsonPointer } from "./pointer.js";
import { isHighSurrogate, isLowSurrogate, isNoncharacter } from "./utf8.js";

/** A character-level finding inside a string (the JSON Pointer is that of the string's value, or of its object for a key). */
export interface CharacterProblem {
  readonly code: "json.lone_surrogate" | "json.noncharacter" | "json.control_character";
  readonly index: number;
  readonly codePoint: number;
  readonly pointer: string;
}

/** Where the text stops being JSON: `found` is the code point there, `undefined` at the end of the text. */
export interface SyntaxProblem {
  readonly code: "json.parse_error";
  readonly index: number;
  readonly found: number | undefined;
}

/** The second occurrence of a member name in one object: `index` is its opening quote. */
export interface DuplicateProblem {
  readonly code: "json.duplicate_key";
  readonly index: number;
  readonly name: string;
  readonly pointer: string;
}

/** What {@link findJsonProblem} reports. */
export type JsonProblem = CharacterProblem | SyntaxProblem | DuplicateProblem;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const SIMPLE_ESCAPES: Readonly<Record<number, string>> = { 0x22: '"', 0x5c: "\\", 0x2f: "/", 0x6e: "\n", 0x72: "\r", 0x74: "\t" };

/** A thrown finding: the scanner stops at the first one. */
class Found {
  constructor(readonly problem: JsonProblem) {}
}

function syntax(text: string, index: number): Found {
  return new Found({ code: "json.parse_error", index, found: index < text.length ? text.codePointAt(index) : undefined });
}

/** Tab, LF and CR: the control characters I-JSON text may hold (escaped). */
function isAllowedControl(unit: number): boolean {
  return unit === 0x09 || unit === 0x0a || unit === 0x0d;
}

function isWhitespace(unit: number): boolean {
  return unit === 0x20 || unit === 0x0a || unit === 0x0d || unit === 0x09;
}

function isDigit(unit: number): boolean {
  return unit >= 0x30 && unit <= 0x39;
}

function hexValue(unit: number): number {
  if (unit >= 0x30 && unit <= 0x39) return unit - 0x30;
  const lower = unit | 0x20;
  return lower >= 0x61 && lower <= 0x66 ? lower - 0x61 + 10 : -1;
}

/** One open object or array: the names seen so far (objects) and the path segment of the current child. */
interface Frame {
  readonly keys: Set<string> | undefined;
}

class Scanner {
  private i = 0;
  private readonly frames: Frame[] = [];
  private readonly path: (string | number)[] = [];

  constructor(private readonly text: string) {}

  run(): JsonProblem | undefined {
    try {
      this.document();
      return undefined;
    } catch (error) {
      if (error instanceof Found) return error.problem;
      throw error;
    }
  }

  private skipWhitespace(): void {
    const { text } = this;
    while (this.i < text.length && isWhitespace(text.charCodeAt(this.i))) this.i++;
  }

  /** The whole text: one value, then only whitespace. A loop over the open containers, never recursion. */
  private document(): void {
    const { text } = this;
    this.skipWhitespace();
    let expectValue = true;
    for (;;) {
      if (expectValue) {
        expectValue = this.value();
        continue;
      }
      this.skipWhitespace();
      const frame = this.frames.at(-1);
      if (frame === undefined) break;
      const unit = text.charCodeAt(this.i);
      if (frame.keys !== undefined) {
        this.path.pop();
        if (unit === 0x2c) {
          this.i++;
          this.skipWhitespace();
          this.memberName(frame.keys);
          expectValue = true;
        } else if (unit === 0x7d) this.close();
        else throw syntax(text, this.i);
      } else if (unit === 0x2c) {
        this.i++;
        this.path[this.path.length - 1] = (this.path.at(-1) as number) + 1;
        this.skipWhitespace();
        expectValue = true;
      } else if (unit === 0x5d) {
        this.path.pop();
        this.close();
      } else throw syntax(text, this.i);
    }
    if (this.i < text.length) throw syntax(text, this.i);
  }

  private close(): void {
    this.frames.pop();
    this.i++;
  }

  /**
   * The value at `i` (whitespace skipped). A scalar is read whole; an object or array is opened (and
   * closed at once when empty). Returns whether a value is expected next (the first child).
   */
  private value(): boolean {
    const { text } = this;
    const unit = text.charCodeAt(this.i);
    if (unit === 0x7b || unit === 0x5b) {
      this.i++;
      const keys = unit === 0x7b ? new Set<string>() : undefined;
      this.frames.push({ keys });
      this.skipWhitespace();
      if (text.charCodeAt(this.i) === (unit === 0x7b ? 0x7d : 0x5d)) {
        this.close();
        return false;
      }
      if (keys === undefined) this.path.push(0);
      else this.memberName(keys);
      return true;
    }
    if (unit === QUOTE) this.string(false);
    else if (unit === 0x2d || isDigit(unit)) this.number();
    else if (unit === 0x74) this.literal("true");
    else if (unit === 0x66) this.literal("false");
    else if (unit === 0x6e) this.literal("null");
    else throw syntax(text, this.i);
    return false;
  }

  /** `"name":` of a member of the innermost object (whitespace skipped before); pushes the name on the path. */
  private memberName(keys: Set<string>): void {
    const start = this.i;
    if (this.text.charCodeAt(start) !== QUOTE) throw syntax(this.text, start);
    const name = this.string(true);
    if (keys.has(name)) throw new Found({ code: "json.duplicate_key", index: start, name, pointer: toJsonPointer([...this.path, name]) });
    keys.add(name);
    this.skipWhitespace();
    if (this.text.charCodeAt(this.i) !== 0x3a) throw syntax(this.text, this.i);
    this.i++;
    this.skipWhitespace();
    this.path.push(name);
  }

  private literal(word: string): void {
    for (let k = 0; k < word.length; k++) {
      if (this.text.charCodeAt(this.i + k) !== word.charCodeAt(k)) throw syntax(this.text, this.i + k);
    }
    this.i += word.length;
  }

  private digits(): void {
    if (!isDigit(this.text.charCodeAt(this.i))) throw syntax(this.text, this.i);
    while (isDigit(this.text.charCodeAt(this.i))) this.i++;
  }

  private number(): void {
    const { text } = this;
    if (text.charCodeAt(this.i) === 0x2d) this.i++;
    if (text.charCodeAt(this.i) === 0x30) this.i++;
    else this.digits();
    if (text.charCodeAt(this.i) === 0x2e) {
      this.i++;
      this.digits();
    }
    if ((text.charCodeAt(this.i) | 0x20) === 0x65) {
      this.i++;
      const sign = text.charCodeAt(this.i);
      if (sign === 0x2b || sign === 0x2d) this.i++;
      this.digits();
    }
  }

  /** A string at `i` (its opening quote); returns its value when it is a member name. */
  private string(isKey: boolean): string {
    const { text } = this;
    // A problem inside a member name belongs to its object; inside a value, to that value.
    const pointer = (): string => toJsonPointer(this.path);
    const character = (code: CharacterProblem["code"], index: number, codePoint: number): Found =>
      new Found({ code, index, codePoint, pointer: pointer() });
    let decoded = "";
    let runStart = ++this.i;
    /** A high surrogate waiting for its low half: its index and value, or -1. */
    let pendingAt = -1;
    let pending = 0;
    const unit = (value: number, at: number): void => {
      if (pendingAt >= 0) {
        if (isLowSurrogate(value)) {
          const codePoint = 0x10000 + ((pending - 0xd800) << 10) + (value - 0xdc00);
          if (isNoncharacter(codePoint)) throw character("json.noncharacter", pendingAt, codePoint);
          pendingAt = -1;
          return;
        }
        throw character("json.lone_surrogate", pendingAt, pending);
      }
      if (isHighSurrogate(value)) {
        pendingAt = at;
        pending = value;
      } else if (isLowSurrogate(value)) throw character("json.lone_surrogate", at, value);
      else if (value < 0x20 && !isAllowedControl(value)) throw character("json.control_character", at, value);
      else if (isNoncharacter(value)) throw character("json.noncharacter", at, value);
    };
    for (;;) {
      if (this.i >= text.length) throw syntax(text, this.i);
      const c = text.charCodeAt(this.i);
      if (c === QUOTE) {
        if (pendingAt >= 0) throw character("json.lone_surrogate", pendingAt, pending);
        if (isKey) decoded += text.slice(runStart, this.i);
        this.i++;
        return decoded;
      }
      if (c === BACKSLASH) {
        const at = this.i;
        if (isKey) decoded += text.slice(runStart, at);
        const kind = text.charCodeAt(at + 1);
        let value: number;
        if (kind === 0x75) {
          value = 0;
          for (let k = 2; k < 6; k++) {
            const digit = hexValue(text.charCodeAt(at + k));
            if (digit < 0) throw syntax(text, at + k);
            value = value * 16 + digit;
          }
          this.i = at + 6;
        } else if (kind === 0x62 || kind === 0x66) {
          value = kind === 0x62 ? 0x08 : 0x0c; // \b and \f are control characters too
          this.i = at + 2;
        } else if (SIMPLE_ESCAPES[kind] !== undefined) {
          value = SIMPLE_ESCAPES[kind]!.charCodeAt(0);
          this.i = at + 2;
        } else throw syntax(text, at + 1);
        unit(value, at);
        if (isKey) decoded += String.fromCharCode(value);
        runStart = this.i;
        continue;
      }
      if (c < 0x20) {
        // Raw tab, LF and CR are allowed characters but must be escaped in JSON: a syntax error.
        if (isAllowedControl(c)) throw syntax(text, this.i);
        throw character("json.control_character", this.i, c);
      }
      unit(c, this.i);
      this.i++;
    }
  }
}

/**
 * The first I-JSON problem in `text` (without a byte-order mark), or `undefined` when it is I-JSON.
 *
 * @param text - The JSON text.
 */
export function findJsonProblem(text: string): JsonProblem | undefined {
  return new Scanner(text).run();
}
