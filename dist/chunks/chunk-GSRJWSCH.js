import { createRequire as __sealGateCreateRequire } from 'node:module';
const require = __sealGateCreateRequire(import.meta.url);
import {
  childPointer,
  finding
} from "./chunk-2LBU2DDN.js";

// src/core/json/strict-parse.ts
import { isUtf8 } from "node:buffer";

// src/core/json/numbers.ts
function toDecimal(text) {
  let s = text;
  let negative = false;
  if (s.startsWith("-")) {
    negative = true;
    s = s.slice(1);
  }
  const e = s.search(/[eE]/);
  const mantissa = e === -1 ? s : s.slice(0, e);
  let exponent = e === -1 ? 0n : BigInt(s.slice(e + 1));
  const dot = mantissa.indexOf(".");
  const whole = dot === -1 ? mantissa : mantissa.slice(0, dot);
  const fraction = dot === -1 ? "" : mantissa.slice(dot + 1);
  let digits = (whole + fraction).replace(/^0+/, "");
  exponent -= BigInt(fraction.length);
  const trimmed = digits.replace(/0+$/, "");
  exponent += BigInt(digits.length - trimmed.length);
  digits = trimmed;
  if (digits === "") return { negative: false, digits: "", exponent: 0n };
  return { negative, digits, exponent };
}
function numberPrecisionLoss(text) {
  return fewDigits(text) ? null : exactPrecisionLoss(text);
}
function fewDigits(text) {
  if (text.length > 17) return false;
  let digits = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    else if (c !== 45 && c !== 46) return false;
  }
  return digits <= 15;
}
function exactPrecisionLoss(text) {
  const value = Number(text);
  if (!/[.eE]/.test(text)) {
    if (Number.isSafeInteger(value)) return null;
    return `integer ${text} is beyond \xB1(2^53\u22121) and loses precision as a double (it reads as ${String(value)}); write it as a string`;
  }
  if (!Number.isFinite(value)) return `number ${text} is too large for a double`;
  if (value === 0) {
    return /[1-9]/.test(text.split(/[eE]/)[0]) ? `number ${text} is too small for a double (it reads as 0)` : null;
  }
  const a = toDecimal(text);
  const b = toDecimal(String(value));
  if (a.negative === b.negative && a.digits === b.digits && a.exponent === b.exponent) return null;
  return `number ${text} does not survive a double (it reads as ${String(value)}); write it as a string`;
}

// src/core/json/positions.ts
var PositionTracker = class {
  constructor(bytes) {
    this.bytes = bytes;
  }
  bytes;
  offset = 0;
  line = 1;
  column = 1;
  at(target) {
    if (target < this.offset) {
      this.offset = 0;
      this.line = 1;
      this.column = 1;
    }
    const b = this.bytes;
    const end = Math.min(target, b.length);
    let i = this.offset;
    let line = this.line;
    let column = this.column;
    for (; i < end; i++) {
      const c = b[i];
      if (c === 10) {
        line++;
        column = 1;
      } else if (c === 13) {
        if (b[i + 1] === 10) {
          column++;
        } else {
          line++;
          column = 1;
        }
      } else if ((c & 192) !== 128) {
        column++;
      }
    }
    this.offset = i;
    this.line = line;
    this.column = column;
    return { line, column };
  }
};

// src/core/json/utf8.ts
function hex(byte) {
  return `0x${byte.toString(16).toUpperCase().padStart(2, "0")}`;
}
function findInvalidUtf8(bytes) {
  let first = null;
  let count = 0;
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i];
    if (b < 128) {
      i++;
      continue;
    }
    let need = 0;
    let lo = 128;
    let hi = 191;
    if (b >= 194 && b <= 223) need = 1;
    else if (b === 224) need = 2, lo = 160;
    else if (b >= 225 && b <= 236) need = 2;
    else if (b === 237) need = 2, hi = 159;
    else if (b >= 238 && b <= 239) need = 2;
    else if (b === 240) need = 3, lo = 144;
    else if (b >= 241 && b <= 243) need = 3;
    else if (b === 244) need = 3, hi = 143;
    let reason = null;
    let length = 1;
    if (need === 0) {
      if (b >= 128 && b <= 191) reason = `byte ${hex(b)} is a continuation byte with no lead byte`;
      else if (b === 192 || b === 193) reason = `byte ${hex(b)} starts an overlong encoding`;
      else reason = `byte ${hex(b)} never occurs in UTF-8`;
    } else {
      for (let k = 1; k <= need; k++) {
        const c = i + k < n ? bytes[i + k] : -1;
        const min = k === 1 ? lo : 128;
        const max = k === 1 ? hi : 191;
        if (c < min || c > max) {
          if (c === -1) reason = `sequence starting with byte ${hex(b)} is cut off by the end of the file`;
          else if (k === 1 && b === 237 && c >= 160 && c <= 191) reason = `bytes ${hex(b)} ${hex(c)} encode a UTF-16 surrogate`;
          else if (k === 1 && (b === 224 || b === 240) && c >= 128 && c < lo) reason = `bytes ${hex(b)} ${hex(c)} start an overlong encoding`;
          else if (k === 1 && b === 244 && c > 143 && c <= 191) reason = `bytes ${hex(b)} ${hex(c)} encode a code point above U+10FFFF`;
          else reason = `sequence starting with byte ${hex(b)} is cut off by byte ${hex(c)}`;
          length = k;
          break;
        }
      }
      if (reason === null) length = need + 1;
    }
    if (reason !== null) {
      count++;
      if (first === null) first = { offset: i, reason, count: 0 };
    }
    i += length;
  }
  if (first !== null) first.count = count;
  return first;
}

// src/core/json/strict-parse.ts
var MAX_DEPTH = 256;
var MAX_PROBLEMS = 100;
function strictParse(file, bytes, options = {}) {
  const problems = [];
  if (bytes.length >= 2 && (bytes[0] === 255 && bytes[1] === 254 || bytes[0] === 254 && bytes[1] === 255)) {
    problems.push(finding("json", file, "file starts with a UTF-16 byte order mark: JSON must be UTF-8", { line: 1, column: 1 }));
    return { ok: false, problems };
  }
  let start = 0;
  if (bytes.length >= 3 && bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191) {
    problems.push(finding("json", file, "file starts with a byte order mark (EF BB BF): JSON must not", { line: 1, column: 1 }));
    start = 3;
  }
  const body = Buffer.from(bytes.buffer, bytes.byteOffset + start, bytes.length - start);
  const bad = isUtf8(body) ? null : findInvalidUtf8(body);
  if (bad !== null) {
    const where = new PositionTracker(body).at(bad.offset);
    const more = bad.count > 1 ? ` (${bad.count} invalid sequences in the file)` : "";
    problems.push(
      finding("json", file, `invalid UTF-8 at byte offset ${bad.offset + start}: ${bad.reason}${more}`, {
        line: where.line,
        column: where.column
      })
    );
    return { ok: false, problems };
  }
  const parser = new Parser(file, body, options.maxDepth ?? MAX_DEPTH, problems, options.value ?? true, options.positions ?? null);
  const parsed = parser.run();
  if (problems.length > 0 || parsed === null) return { ok: false, problems };
  return { ok: true, value: parsed.value, positions: parsed.positions, schema: parser.schema };
}
var Fatal = class extends Error {
};
function isWordByte(c) {
  return c !== void 0 && (c >= 97 && c <= 122 || c >= 65 && c <= 90 || c >= 48 && c <= 57 || c === 95 || c === 36 || c === 43 || c === 45 || c === 46);
}
function isDigit(c) {
  return c !== void 0 && c >= 48 && c <= 57;
}
function isHexDigit(c) {
  return c !== void 0 && (c >= 48 && c <= 57 || c >= 97 && c <= 102 || c >= 65 && c <= 70);
}
function hasAt(b, at, word) {
  for (let k = 0; k < word.length; k++) if (b[at + k] !== word.charCodeAt(k)) return false;
  return true;
}
function codePointAt(b, at) {
  const c = b[at];
  if (c === void 0 || c < 128) return c;
  if (c < 224) return (c & 31) << 6 | b[at + 1] & 63;
  if (c < 240) return (c & 15) << 12 | (b[at + 1] & 63) << 6 | b[at + 2] & 63;
  return (c & 7) << 18 | (b[at + 1] & 63) << 12 | (b[at + 2] & 63) << 6 | b[at + 3] & 63;
}
var STAR_SLASH = Buffer.from("*/");
function textOf(b, start, end) {
  if (end - start > 24) return b.toString("utf8", start, end);
  let out = "";
  for (let i = start; i < end; i++) {
    const c = b[i];
    if (c >= 128) return b.toString("utf8", start, end);
    out += String.fromCharCode(c);
  }
  return out;
}
var NOT_JSON_WORDS = /* @__PURE__ */ new Map([
  ["NaN", "NaN is not JSON"],
  ["Infinity", "Infinity is not JSON"],
  ["-Infinity", "-Infinity is not JSON"],
  ["+Infinity", "+Infinity is not JSON"],
  ["undefined", "undefined is not JSON"],
  ["True", "True is not JSON (did you mean true?)"],
  ["False", "False is not JSON (did you mean false?)"],
  ["None", "None is not JSON (did you mean null?)"],
  ["TRUE", "TRUE is not JSON (did you mean true?)"],
  ["FALSE", "FALSE is not JSON (did you mean false?)"],
  ["NULL", "NULL is not JSON (did you mean null?)"],
  ["Null", "Null is not JSON (did you mean null?)"]
]);
function describeChar(b, at) {
  const cp = codePointAt(b, at);
  if (cp === void 0) return "end of file";
  if (cp > 32 && cp < 127) return `'${String.fromCodePoint(cp)}'`;
  return `character U+${cp.toString(16).toUpperCase().padStart(4, "0")}`;
}
function quote(s) {
  const shown = s.length > 40 ? `${s.slice(0, 40)}\u2026` : s;
  return JSON.stringify(shown);
}
var Parser = class {
  constructor(file, b, maxDepth, problems, build, wanted) {
    this.file = file;
    this.b = b;
    this.maxDepth = maxDepth;
    this.problems = problems;
    this.build = build;
    this.wanted = wanted;
    this.tracker = new PositionTracker(b);
  }
  file;
  b;
  maxDepth;
  problems;
  build;
  wanted;
  pos = 0;
  tracker;
  values = /* @__PURE__ */ new Map();
  keys = /* @__PURE__ */ new Map();
  truncated = false;
  /** Duplicate member names reported (problem `index`), and the offset of each name's first writing. */
  duplicates = [];
  /** The root object's `$schema` member, when it is a string. */
  schema = void 0;
  /** Records where the value or member name at `pointer` starts, if asked for. */
  record(into, pointer, at) {
    if (this.wanted !== null && (this.wanted === "all" || this.wanted.has(pointer))) into.set(pointer, this.tracker.at(at));
  }
  child(parent, token) {
    return this.wanted === null ? "" : childPointer(parent, token);
  }
  run() {
    try {
      const value = this.parse();
      return { value: this.build ? value : void 0, positions: { values: this.values, keys: this.keys } };
    } catch (e) {
      if (e instanceof Fatal) return null;
      throw e;
    } finally {
      this.placeDuplicates();
    }
  }
  /**
   * Writes the messages of duplicate member names, which say where the first one is: found in one
   * pass over the file for all of them, instead of a position kept for every member name read.
   */
  placeDuplicates() {
    const tracker = new PositionTracker(this.b);
    const byOffset = [...this.duplicates].sort((a, b) => a.first - b.first);
    for (const { index, first, key } of byOffset) {
      const p = tracker.at(first);
      const { line, column } = this.problems[index];
      const message = `duplicate key ${quote(key)} (also at line ${p.line}, column ${p.column}); JSON.parse would silently keep only the last one`;
      this.problems[index] = finding("json", this.file, message, { line, column });
    }
  }
  problem(at, message) {
    if (this.truncated) return;
    if (this.problems.length >= MAX_PROBLEMS) {
      this.truncated = true;
      const p2 = this.tracker.at(at);
      this.problems.push(
        finding("json", this.file, `more than ${MAX_PROBLEMS} problems; stopped reporting here`, { line: p2.line, column: p2.column })
      );
      throw new Fatal();
    }
    const p = this.tracker.at(at);
    this.problems.push(finding("json", this.file, message, { line: p.line, column: p.column }));
  }
  fatal(at, message) {
    this.problem(at, message);
    throw new Fatal();
  }
  /** Skips JSON whitespace; reports (and skips) comments. */
  skip() {
    const b = this.b;
    for (; ; ) {
      const c = b[this.pos];
      if (c === 32 || c === 9 || c === 10 || c === 13) {
        this.pos++;
      } else if (c === 47) {
        const next = b[this.pos + 1];
        if (next === 47) {
          this.problem(this.pos, "comments are not allowed in JSON");
          let i = this.pos + 2;
          while (i < b.length && b[i] !== 10 && b[i] !== 13) i++;
          this.pos = i;
        } else if (next === 42) {
          const end = b.indexOf(STAR_SLASH, this.pos + 2);
          if (end === -1) this.fatal(this.pos, "unterminated comment (comments are not allowed in JSON)");
          this.problem(this.pos, "comments are not allowed in JSON");
          this.pos = end + 2;
        } else {
          return;
        }
      } else {
        return;
      }
    }
  }
  /** The word (up to 64 word bytes, ASCII) that starts at `at`. */
  wordAt(at) {
    let end = at;
    while (end < this.b.length && end - at < 64 && isWordByte(this.b[end])) end++;
    return this.b.toString("latin1", at, end);
  }
  unexpected(what) {
    const b = this.b;
    const at = this.pos;
    if (at >= b.length) this.fatal(at, `unexpected end of file: expected ${what}`);
    const c = b[at];
    if (c === 39) this.fatal(at, "strings must be in double quotes, not single quotes");
    const cp = codePointAt(b, at);
    if (cp === 160 || cp === 65279 || cp === 8232 || cp === 8233 || cp === 11 || cp === 12 || cp >= 8192 && cp <= 8203 || cp === 12288) {
      this.fatal(at, `${describeChar(b, at)} is not JSON whitespace (only space, tab, CR and LF are): expected ${what}`);
    }
    if (isWordByte(c)) {
      const word = this.wordAt(at);
      const known = NOT_JSON_WORDS.get(word);
      if (known !== void 0) this.fatal(at, known);
      this.fatal(at, `unexpected ${quote(word)}: expected ${what}`);
    }
    this.fatal(at, `unexpected ${describeChar(b, at)}: expected ${what}`);
  }
  parse() {
    const b = this.b;
    const stack = [];
    let state = "value";
    let pointer = "";
    let root = void 0;
    const attach = (value) => {
      const top = stack[stack.length - 1];
      if (top === void 0) {
        root = value;
        state = "end";
      } else if (top.kind === "array") {
        top.value?.push(value);
        top.count++;
        state = "array-next";
      } else {
        if (stack.length === 1 && top.key === "$schema") this.schema = typeof value === "string" ? value : void 0;
        if (top.value === null) {
        } else if (top.key === "__proto__") {
          Object.defineProperty(top.value, top.key, { value, enumerable: true, writable: true, configurable: true });
        } else {
          top.value[top.key] = value;
        }
        state = "object-next";
      }
    };
    const open = (frame, at) => {
      if (stack.length >= this.maxDepth) {
        this.fatal(at, `nesting deeper than ${this.maxDepth} levels`);
      }
      stack.push(frame);
    };
    const member = (frame) => {
      const keyAt = this.pos;
      const key = this.string(true);
      const first = frame.seen.get(key);
      if (first !== void 0) {
        const index = this.problems.length;
        this.problem(keyAt, "");
        if (this.problems.length === index + 1) this.duplicates.push({ index, first, key });
      } else {
        frame.seen.set(key, keyAt);
      }
      frame.key = key;
      pointer = this.child(frame.pointer, key);
      this.record(this.keys, pointer, keyAt);
      this.skip();
      if (b[this.pos] !== 58) this.unexpected(`':' after the property name ${quote(key)}`);
      this.pos++;
      state = "value";
    };
    const nameExpected = () => {
      const c = b[this.pos];
      if (c === 39 || c !== void 0 && (c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 95 || c === 36)) {
        this.fatal(this.pos, "property names must be strings in double quotes");
      }
      this.unexpected("a property name in double quotes");
    };
    for (; ; ) {
      this.skip();
      const at = this.pos;
      const c = b[at];
      switch (state) {
        case "value": {
          this.record(this.values, pointer, at);
          if (c === 91) {
            open({ kind: "array", value: this.build ? [] : null, count: 0, pointer }, at);
            this.pos++;
            state = "array-first";
          } else if (c === 123) {
            open({ kind: "object", value: this.build ? {} : null, pointer, seen: /* @__PURE__ */ new Map(), key: "" }, at);
            this.pos++;
            state = "object-first";
          } else if (c === 34) {
            const top = stack[stack.length - 1];
            attach(this.string(this.build || stack.length === 1 && top.kind === "object" && top.key === "$schema"));
          } else if (c === 45 || isDigit(c)) {
            attach(this.number());
          } else if (hasAt(b, at, "true") && !isWordByte(b[at + 4])) {
            this.pos += 4;
            attach(true);
          } else if (hasAt(b, at, "false") && !isWordByte(b[at + 5])) {
            this.pos += 5;
            attach(false);
          } else if (hasAt(b, at, "null") && !isWordByte(b[at + 4])) {
            this.pos += 4;
            attach(null);
          } else {
            if (c === 43 || c === 46) {
              let end = at;
              while (end < b.length && (b[end] === 43 || b[end] === 46 || isDigit(b[end]) || b[end] >= 65 && b[end] <= 90 || b[end] >= 97 && b[end] <= 122)) end++;
              const word = b.toString("latin1", at, end);
              const known = NOT_JSON_WORDS.get(word);
              if (known) this.fatal(at, known);
              this.fatal(at, `invalid number ${quote(word)}: JSON numbers start with '-' or a digit`);
            }
            this.unexpected("a value");
          }
          break;
        }
        case "array-first": {
          const top = stack[stack.length - 1];
          if (c === 93) {
            this.pos++;
            stack.pop();
            attach(top.value);
          } else {
            pointer = this.child(top.pointer, 0);
            state = "value";
          }
          break;
        }
        case "array-next": {
          const top = stack[stack.length - 1];
          if (c === 44) {
            this.pos++;
            this.skip();
            if (b[this.pos] === 93) {
              this.problem(at, "trailing comma before ]");
              this.pos++;
              stack.pop();
              attach(top.value);
            } else {
              pointer = this.child(top.pointer, top.count);
              state = "value";
            }
          } else if (c === 93) {
            this.pos++;
            stack.pop();
            attach(top.value);
          } else {
            this.unexpected("',' or ']'");
          }
          break;
        }
        case "object-first": {
          const top = stack[stack.length - 1];
          if (c === 125) {
            this.pos++;
            stack.pop();
            attach(top.value);
          } else if (c === 34) {
            member(top);
          } else {
            nameExpected();
          }
          break;
        }
        case "object-next": {
          const top = stack[stack.length - 1];
          if (c === 44) {
            this.pos++;
            this.skip();
            const d = b[this.pos];
            if (d === 125) {
              this.problem(at, "trailing comma before }");
              this.pos++;
              stack.pop();
              attach(top.value);
            } else if (d === 34) {
              member(top);
            } else {
              nameExpected();
            }
          } else if (c === 125) {
            this.pos++;
            stack.pop();
            attach(top.value);
          } else {
            this.unexpected("',' or '}'");
          }
          break;
        }
        case "end": {
          if (at < b.length) this.fatal(at, `unexpected ${describeChar(b, at)} after the end of the JSON value`);
          return root;
        }
      }
    }
  }
  /**
   * Reads a string starting at the opening quote at this.pos, checking it whole; returns its value
   * when `keep`, else '' (nothing of it is built).
   */
  string(keep) {
    const b = this.b;
    const open = this.pos;
    let i = open + 1;
    let out = "";
    let runStart = i;
    for (; ; ) {
      if (i >= b.length) this.fatal(open, "unterminated string");
      const c = b[i];
      if (c === 34) {
        if (keep) out += textOf(b, runStart, i);
        this.pos = i + 1;
        return out;
      }
      if (c === 92) {
        if (keep) out += textOf(b, runStart, i);
        const e = b[i + 1];
        let add = "";
        switch (e) {
          case 34:
          // "
          case 92:
          // \
          case 47:
            add = String.fromCharCode(e);
            i += 2;
            break;
          case 98:
            add = "\b";
            i += 2;
            break;
          case 102:
            add = "\f";
            i += 2;
            break;
          case 110:
            add = "\n";
            i += 2;
            break;
          case 114:
            add = "\r";
            i += 2;
            break;
          case 116:
            add = "	";
            i += 2;
            break;
          case 117: {
            if (!(isHexDigit(b[i + 2]) && isHexDigit(b[i + 3]) && isHexDigit(b[i + 4]) && isHexDigit(b[i + 5]))) {
              this.fatal(i, "invalid \\u escape: four hex digits must follow \\u");
            }
            const hex2 = b.toString("latin1", i + 2, i + 6);
            const unit = parseInt(hex2, 16);
            if (unit >= 55296 && unit <= 56319) {
              const low = b[i + 6] === 92 && b[i + 7] === 117 && (b[i + 8] === 100 || b[i + 8] === 68) && (b[i + 9] >= 99 && b[i + 9] <= 102 || b[i + 9] >= 67 && b[i + 9] <= 70) && isHexDigit(b[i + 10]) && isHexDigit(b[i + 11]);
              if (low) {
                add = String.fromCharCode(unit, parseInt(b.toString("latin1", i + 8, i + 12), 16));
                i += 12;
                break;
              }
              this.problem(i, `unpaired surrogate \\u${hex2} in a string: it cannot be encoded in UTF-8`);
            } else if (unit >= 56320 && unit <= 57343) {
              this.problem(i, `unpaired surrogate \\u${hex2} in a string: it cannot be encoded in UTF-8`);
            }
            add = String.fromCharCode(unit);
            i += 6;
            break;
          }
          default: {
            if (e === void 0) this.fatal(open, "unterminated string");
            const shown = e === 10 || e === 13 ? "(line break)" : String.fromCodePoint(codePointAt(b, i + 1));
            this.fatal(i, `invalid escape \\${shown} in a string`);
          }
        }
        if (keep) out += add;
        runStart = i;
        continue;
      }
      if (c < 32) {
        if (c === 10 || c === 13) this.fatal(i, "line break inside a string (unterminated string, or a line break that must be written \\n)");
        this.fatal(i, `control character U+${c.toString(16).toUpperCase().padStart(4, "0")} inside a string must be escaped`);
      }
      i++;
    }
  }
  /** Reads a number at this.pos ('-' or a digit). */
  number() {
    const b = this.b;
    const at = this.pos;
    let i = b[at] === 45 ? at + 1 : at;
    let digits = 0;
    if (b[i] === 48) {
      i++;
      digits++;
    } else if (isDigit(b[i])) {
      while (isDigit(b[i])) {
        i++;
        digits++;
      }
    }
    let after = digits === 0 ? at : i;
    let plain = true;
    if (digits > 0) {
      if (b[after] === 46 && isDigit(b[after + 1])) {
        after += 2;
        digits++;
        while (isDigit(b[after])) {
          after++;
          digits++;
        }
      }
      if (b[after] === 101 || b[after] === 69) {
        let j = after + 1;
        if (b[j] === 43 || b[j] === 45) j++;
        if (isDigit(b[j])) {
          while (isDigit(b[j])) j++;
          after = j;
          plain = false;
        }
      }
    }
    if (after === at || after < b.length && isWordByte(b[after])) {
      const word = this.wordAt(at);
      const known = NOT_JSON_WORDS.get(word);
      if (known !== void 0) this.fatal(at, known);
      let why = "";
      if (/^-?0[0-9]/.test(word)) why = ": numbers must not have leading zeros";
      else if (/^-?0[xXoObB]/.test(word)) why = ": only decimal numbers are JSON";
      else if (/^-?[0-9]+\.($|[^0-9])/.test(word)) why = ": a digit must follow the decimal point";
      else if (/^-?[0-9.]+[eE][+-]?($|[^0-9])/.test(word)) why = ": a digit must follow the exponent";
      this.fatal(at, `invalid number ${quote(word)}${why}`);
    }
    this.pos = after;
    if (plain && digits <= 15 && !this.build) return 0;
    const literal = textOf(b, at, after);
    const loss = plain && digits <= 15 ? null : numberPrecisionLoss(literal);
    if (loss !== null) this.problem(at, loss);
    return this.build ? Number(literal) : 0;
  }
};

export {
  strictParse
};
