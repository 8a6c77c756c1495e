/**
 * A strict JSON reader over raw bytes (RFC 8259, plus the strictness rules listed in
 * docs/json-validation.md). It never throws on bad input and never recurses, so adversarial
 * nesting cannot exhaust the stack. It returns either the value, or the problems found, as `json`
 * findings with line and column.
 *
 * It reads the bytes themselves, never a decoded copy of the whole text (twice the bytes for text
 * with non-ASCII characters), and what it builds besides the checks is asked for, because on a
 * large file it is most of the memory (a JSON value takes several times the bytes of its text):
 * the value only when a schema is to read it (strings only where they are kept), and positions (by
 * JSON pointer) only of the values a finding is about, found by reading the file again once there
 * is a finding to place. Offsets are byte offsets; lines and columns count code points
 * (positions.ts).
 */
import { isUtf8 } from 'node:buffer'
import { finding, type Finding } from '../finding.js'
import { numberPrecisionLoss } from './numbers.js'
import { childPointer } from './pointer.js'
import { PositionTracker, type Position } from './positions.js'
import { findInvalidUtf8 } from './utf8.js'

export type { Position } from './positions.js'

/** Deepest nesting of arrays and objects accepted (the root array or object is depth 1). */
export const MAX_DEPTH = 256

/** At most this many problems are reported per file; one more finding says the rest were cut. */
export const MAX_PROBLEMS = 100

export interface JsonPositions {
  /** Where each value starts, keyed by JSON pointer ('' is the root). */
  values: Map<string, Position>
  /** Where the name of each object member starts, keyed by the member's JSON pointer. */
  keys: Map<string, Position>
}

export type StrictParseResult =
  | {
      ok: true
      /** The value; undefined when it was not asked for. */
      value: unknown
      /** The positions asked for (none unless asked). */
      positions: JsonPositions
      /** The root object's `$schema` member when it is a string (asked for or not). */
      schema: string | undefined
    }
  | { ok: false; problems: Finding[] }

export interface StrictParseOptions {
  /** Overrides MAX_DEPTH. */
  maxDepth?: number
  /** Build the value (default true); false only checks, for a file that no schema reads. */
  value?: boolean
  /** Record where every value and member name starts ('all'), only these pointers, or nothing (default). */
  positions?: 'all' | ReadonlySet<string>
}

/** Parses `bytes` as strict JSON. `file` (repository-relative) is only used to label findings. */
export function strictParse(file: string, bytes: Uint8Array, options: StrictParseOptions = {}): StrictParseResult {
  const problems: Finding[] = []
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    problems.push(finding('json', file, 'file starts with a UTF-16 byte order mark: JSON must be UTF-8', { line: 1, column: 1 }))
    return { ok: false, problems }
  }
  let start = 0
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    problems.push(finding('json', file, 'file starts with a byte order mark (EF BB BF): JSON must not', { line: 1, column: 1 }))
    start = 3
  }
  const body = Buffer.from(bytes.buffer, bytes.byteOffset + start, bytes.length - start)
  // Where UTF-8 goes wrong is worked out only when it does (isUtf8 is native and quick).
  const bad = isUtf8(body) ? null : findInvalidUtf8(body)
  if (bad !== null) {
    // The bytes before the first ill-formed sequence are well-formed: their positions count.
    const where = new PositionTracker(body).at(bad.offset)
    const more = bad.count > 1 ? ` (${bad.count} invalid sequences in the file)` : ''
    problems.push(
      finding('json', file, `invalid UTF-8 at byte offset ${bad.offset + start}: ${bad.reason}${more}`, {
        line: where.line,
        column: where.column
      })
    )
    return { ok: false, problems }
  }
  const parser = new Parser(file, body, options.maxDepth ?? MAX_DEPTH, problems, options.value ?? true, options.positions ?? null)
  const parsed = parser.run()
  if (problems.length > 0 || parsed === null) return { ok: false, problems }
  return { ok: true, value: parsed.value, positions: parsed.positions, schema: parser.schema }
}

class Fatal extends Error {}

interface ArrayFrame {
  kind: 'array'
  /** The elements; null when no value is built. */
  value: unknown[] | null
  /** Elements read so far. */
  count: number
  /** The array's pointer; '' when no position is recorded. */
  pointer: string
}

interface ObjectFrame {
  kind: 'object'
  /** The members; null when no value is built. */
  value: Record<string, unknown> | null
  /** The object's pointer; '' when no position is recorded. */
  pointer: string
  /** Member names seen so far, with the offset where each was first written. */
  seen: Map<string, number>
  /** The name waiting for its value. */
  key: string
}

type Frame = ArrayFrame | ObjectFrame

type State = 'value' | 'array-first' | 'array-next' | 'object-first' | 'object-next' | 'end'

/** A byte of a word: [A-Za-z0-9_$+\-.] (what is shown as the unexpected word). */
function isWordByte(c: number | undefined): boolean {
  return c !== undefined && ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f || c === 0x24 || c === 0x2b || c === 0x2d || c === 0x2e)
}

function isDigit(c: number | undefined): boolean {
  return c !== undefined && c >= 0x30 && c <= 0x39
}

function isHexDigit(c: number | undefined): boolean {
  return c !== undefined && ((c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46))
}

/** Whether `b` holds the ASCII `word` at `at`. */
function hasAt(b: Uint8Array, at: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) if (b[at + k] !== word.charCodeAt(k)) return false
  return true
}

/** The code point whose (well-formed) UTF-8 starts at `at`, or undefined past the end. */
function codePointAt(b: Uint8Array, at: number): number | undefined {
  const c = b[at]
  if (c === undefined || c < 0x80) return c
  if (c < 0xe0) return ((c & 0x1f) << 6) | (b[at + 1] & 0x3f)
  if (c < 0xf0) return ((c & 0x0f) << 12) | ((b[at + 1] & 0x3f) << 6) | (b[at + 2] & 0x3f)
  return ((c & 0x07) << 18) | ((b[at + 1] & 0x3f) << 12) | ((b[at + 2] & 0x3f) << 6) | (b[at + 3] & 0x3f)
}

const STAR_SLASH = Buffer.from('*/')

/**
 * The text of the well-formed UTF-8 `b[start, end)`. Most keys and many values are short ASCII,
 * made here quicker than by a call into Buffer's decoder (which makes the rest).
 */
function textOf(b: Buffer, start: number, end: number): string {
  if (end - start > 24) return b.toString('utf8', start, end)
  let out = ''
  for (let i = start; i < end; i++) {
    const c = b[i]
    if (c >= 0x80) return b.toString('utf8', start, end)
    out += String.fromCharCode(c)
  }
  return out
}
// A Map, not an object: a bare word such as `toString` or `__proto__` must find nothing.
const NOT_JSON_WORDS = new Map<string, string>([
  ['NaN', 'NaN is not JSON'],
  ['Infinity', 'Infinity is not JSON'],
  ['-Infinity', '-Infinity is not JSON'],
  ['+Infinity', '+Infinity is not JSON'],
  ['undefined', 'undefined is not JSON'],
  ['True', 'True is not JSON (did you mean true?)'],
  ['False', 'False is not JSON (did you mean false?)'],
  ['None', 'None is not JSON (did you mean null?)'],
  ['TRUE', 'TRUE is not JSON (did you mean true?)'],
  ['FALSE', 'FALSE is not JSON (did you mean false?)'],
  ['NULL', 'NULL is not JSON (did you mean null?)'],
  ['Null', 'Null is not JSON (did you mean null?)']
])

function describeChar(b: Uint8Array, at: number): string {
  const cp = codePointAt(b, at)
  if (cp === undefined) return 'end of file'
  if (cp > 0x20 && cp < 0x7f) return `'${String.fromCodePoint(cp)}'`
  return `character U+${cp.toString(16).toUpperCase().padStart(4, '0')}`
}

function quote(s: string): string {
  const shown = s.length > 40 ? `${s.slice(0, 40)}…` : s
  return JSON.stringify(shown)
}

class Parser {
  private pos = 0
  private readonly tracker: PositionTracker
  private readonly values = new Map<string, Position>()
  private readonly keys = new Map<string, Position>()
  private truncated = false
  /** Duplicate member names reported (problem `index`), and the offset of each name's first writing. */
  private readonly duplicates: { index: number; first: number; key: string }[] = []
  /** The root object's `$schema` member, when it is a string. */
  schema: string | undefined = undefined

  constructor(
    private readonly file: string,
    /** The file's bytes after any BOM, well-formed UTF-8. */
    private readonly b: Buffer,
    private readonly maxDepth: number,
    private readonly problems: Finding[],
    /** Whether to build the value. */
    private readonly build: boolean,
    /** Which positions to record; null for none (then no pointer is even made). */
    private readonly wanted: 'all' | ReadonlySet<string> | null
  ) {
    this.tracker = new PositionTracker(b)
  }

  /** Records where the value or member name at `pointer` starts, if asked for. */
  private record(into: Map<string, Position>, pointer: string, at: number): void {
    if (this.wanted !== null && (this.wanted === 'all' || this.wanted.has(pointer))) into.set(pointer, this.tracker.at(at))
  }

  private child(parent: string, token: string | number): string {
    return this.wanted === null ? '' : childPointer(parent, token)
  }

  run(): { value: unknown; positions: JsonPositions } | null {
    try {
      const value = this.parse()
      return { value: this.build ? value : undefined, positions: { values: this.values, keys: this.keys } }
    } catch (e) {
      if (e instanceof Fatal) return null
      throw e
    } finally {
      this.placeDuplicates()
    }
  }

  /**
   * Writes the messages of duplicate member names, which say where the first one is: found in one
   * pass over the file for all of them, instead of a position kept for every member name read.
   */
  private placeDuplicates(): void {
    const tracker = new PositionTracker(this.b)
    const byOffset = [...this.duplicates].sort((a, b) => a.first - b.first)
    for (const { index, first, key } of byOffset) {
      const p = tracker.at(first)
      const { line, column } = this.problems[index]
      const message = `duplicate key ${quote(key)} (also at line ${p.line}, column ${p.column}); JSON.parse would silently keep only the last one`
      this.problems[index] = finding('json', this.file, message, { line, column })
    }
  }

  private problem(at: number, message: string): void {
    if (this.truncated) return
    if (this.problems.length >= MAX_PROBLEMS) {
      this.truncated = true
      const p = this.tracker.at(at)
      this.problems.push(
        finding('json', this.file, `more than ${MAX_PROBLEMS} problems; stopped reporting here`, { line: p.line, column: p.column })
      )
      throw new Fatal()
    }
    const p = this.tracker.at(at)
    this.problems.push(finding('json', this.file, message, { line: p.line, column: p.column }))
  }

  private fatal(at: number, message: string): never {
    this.problem(at, message)
    throw new Fatal()
  }

  /** Skips JSON whitespace; reports (and skips) comments. */
  private skip(): void {
    const b = this.b
    for (;;) {
      const c = b[this.pos]
      if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) {
        this.pos++
      } else if (c === 0x2f /* / */) {
        const next = b[this.pos + 1]
        if (next === 0x2f) {
          this.problem(this.pos, 'comments are not allowed in JSON')
          let i = this.pos + 2
          while (i < b.length && b[i] !== 0x0a && b[i] !== 0x0d) i++
          this.pos = i
        } else if (next === 0x2a) {
          const end = b.indexOf(STAR_SLASH, this.pos + 2)
          if (end === -1) this.fatal(this.pos, 'unterminated comment (comments are not allowed in JSON)')
          this.problem(this.pos, 'comments are not allowed in JSON')
          this.pos = end + 2
        } else {
          return
        }
      } else {
        return
      }
    }
  }

  /** The word (up to 64 word bytes, ASCII) that starts at `at`. */
  private wordAt(at: number): string {
    let end = at
    while (end < this.b.length && end - at < 64 && isWordByte(this.b[end])) end++
    return this.b.toString('latin1', at, end)
  }

  private unexpected(what: string): never {
    const b = this.b
    const at = this.pos
    if (at >= b.length) this.fatal(at, `unexpected end of file: expected ${what}`)
    const c = b[at]
    if (c === 0x27 /* ' */) this.fatal(at, 'strings must be in double quotes, not single quotes')
    const cp = codePointAt(b, at) as number
    if (cp === 0xa0 || cp === 0xfeff || cp === 0x2028 || cp === 0x2029 || cp === 0x0b || cp === 0x0c || (cp >= 0x2000 && cp <= 0x200b) || cp === 0x3000) {
      this.fatal(at, `${describeChar(b, at)} is not JSON whitespace (only space, tab, CR and LF are): expected ${what}`)
    }
    if (isWordByte(c)) {
      const word = this.wordAt(at)
      const known = NOT_JSON_WORDS.get(word)
      if (known !== undefined) this.fatal(at, known)
      this.fatal(at, `unexpected ${quote(word)}: expected ${what}`)
    }
    this.fatal(at, `unexpected ${describeChar(b, at)}: expected ${what}`)
  }

  private parse(): unknown {
    const b = this.b
    const stack: Frame[] = []
    let state = 'value' as State
    let pointer = ''
    let root: unknown = undefined

    const attach = (value: unknown): void => {
      const top = stack[stack.length - 1]
      if (top === undefined) {
        root = value
        state = 'end'
      } else if (top.kind === 'array') {
        top.value?.push(value)
        top.count++
        state = 'array-next'
      } else {
        if (stack.length === 1 && top.key === '$schema') this.schema = typeof value === 'string' ? value : undefined
        if (top.value === null) {
          // No value built.
        } else if (top.key === '__proto__') {
          Object.defineProperty(top.value, top.key, { value, enumerable: true, writable: true, configurable: true })
        } else {
          top.value[top.key] = value
        }
        state = 'object-next'
      }
    }

    const open = (frame: Frame, at: number): void => {
      if (stack.length >= this.maxDepth) {
        this.fatal(at, `nesting deeper than ${this.maxDepth} levels`)
      }
      stack.push(frame)
    }

    /** Reads a member name at this.pos (a '"'), checks duplicates, then the ':'. */
    const member = (frame: ObjectFrame): void => {
      const keyAt = this.pos
      const key = this.string(true)
      const first = frame.seen.get(key)
      if (first !== undefined) {
        // Where the first one is, is written into the message at the end (`placeDuplicates`).
        const index = this.problems.length
        this.problem(keyAt, '')
        if (this.problems.length === index + 1) this.duplicates.push({ index, first, key })
      } else {
        frame.seen.set(key, keyAt)
      }
      frame.key = key
      pointer = this.child(frame.pointer, key)
      this.record(this.keys, pointer, keyAt)
      this.skip()
      if (b[this.pos] !== 0x3a /* : */) this.unexpected(`':' after the property name ${quote(key)}`)
      this.pos++
      state = 'value'
    }

    const nameExpected = (): never => {
      const c = b[this.pos]
      if (c === 0x27 || (c !== undefined && ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f || c === 0x24))) {
        this.fatal(this.pos, 'property names must be strings in double quotes')
      }
      this.unexpected('a property name in double quotes')
    }

    for (;;) {
      this.skip()
      const at = this.pos
      const c = b[at]
      switch (state) {
        case 'value': {
          this.record(this.values, pointer, at)
          if (c === 0x5b /* [ */) {
            open({ kind: 'array', value: this.build ? [] : null, count: 0, pointer }, at)
            this.pos++
            state = 'array-first'
          } else if (c === 0x7b /* { */) {
            open({ kind: 'object', value: this.build ? {} : null, pointer, seen: new Map(), key: '' }, at)
            this.pos++
            state = 'object-first'
          } else if (c === 0x22 /* " */) {
            // Without a value, a string is kept only where it may be the root's $schema.
            const top = stack[stack.length - 1]
            attach(this.string(this.build || (stack.length === 1 && top.kind === 'object' && top.key === '$schema')))
          } else if (c === 0x2d /* - */ || isDigit(c)) {
            attach(this.number())
          } else if (hasAt(b, at, 'true') && !isWordByte(b[at + 4])) {
            this.pos += 4
            attach(true)
          } else if (hasAt(b, at, 'false') && !isWordByte(b[at + 5])) {
            this.pos += 5
            attach(false)
          } else if (hasAt(b, at, 'null') && !isWordByte(b[at + 4])) {
            this.pos += 4
            attach(null)
          } else {
            if (c === 0x2b /* + */ || c === 0x2e /* . */) {
              let end = at
              while (end < b.length && (b[end] === 0x2b || b[end] === 0x2e || isDigit(b[end]) || (b[end] >= 0x41 && b[end] <= 0x5a) || (b[end] >= 0x61 && b[end] <= 0x7a))) end++
              const word = b.toString('latin1', at, end)
              const known = NOT_JSON_WORDS.get(word)
              if (known) this.fatal(at, known)
              this.fatal(at, `invalid number ${quote(word)}: JSON numbers start with '-' or a digit`)
            }
            this.unexpected('a value')
          }
          break
        }
        case 'array-first': {
          const top = stack[stack.length - 1] as ArrayFrame
          if (c === 0x5d /* ] */) {
            this.pos++
            stack.pop()
            attach(top.value)
          } else {
            pointer = this.child(top.pointer, 0)
            state = 'value'
          }
          break
        }
        case 'array-next': {
          const top = stack[stack.length - 1] as ArrayFrame
          if (c === 0x2c /* , */) {
            this.pos++
            this.skip()
            if (b[this.pos] === 0x5d) {
              this.problem(at, 'trailing comma before ]')
              this.pos++
              stack.pop()
              attach(top.value)
            } else {
              pointer = this.child(top.pointer, top.count)
              state = 'value'
            }
          } else if (c === 0x5d) {
            this.pos++
            stack.pop()
            attach(top.value)
          } else {
            this.unexpected("',' or ']'")
          }
          break
        }
        case 'object-first': {
          const top = stack[stack.length - 1] as ObjectFrame
          if (c === 0x7d /* } */) {
            this.pos++
            stack.pop()
            attach(top.value)
          } else if (c === 0x22) {
            member(top)
          } else {
            nameExpected()
          }
          break
        }
        case 'object-next': {
          const top = stack[stack.length - 1] as ObjectFrame
          if (c === 0x2c) {
            this.pos++
            this.skip()
            const d = b[this.pos]
            if (d === 0x7d) {
              this.problem(at, 'trailing comma before }')
              this.pos++
              stack.pop()
              attach(top.value)
            } else if (d === 0x22) {
              member(top)
            } else {
              nameExpected()
            }
          } else if (c === 0x7d) {
            this.pos++
            stack.pop()
            attach(top.value)
          } else {
            this.unexpected("',' or '}'")
          }
          break
        }
        case 'end': {
          if (at < b.length) this.fatal(at, `unexpected ${describeChar(b, at)} after the end of the JSON value`)
          return root
        }
      }
    }
  }

  /**
   * Reads a string starting at the opening quote at this.pos, checking it whole; returns its value
   * when `keep`, else '' (nothing of it is built).
   */
  private string(keep: boolean): string {
    const b = this.b
    const open = this.pos
    let i = open + 1
    let out = ''
    let runStart = i
    for (;;) {
      if (i >= b.length) this.fatal(open, 'unterminated string')
      const c = b[i]
      if (c === 0x22) {
        if (keep) out += textOf(b, runStart, i)
        this.pos = i + 1
        return out
      }
      if (c === 0x5c /* \ */) {
        if (keep) out += textOf(b, runStart, i)
        const e = b[i + 1]
        let add = ''
        switch (e) {
          case 0x22: // "
          case 0x5c: // \
          case 0x2f: // /
            add = String.fromCharCode(e)
            i += 2
            break
          case 0x62: // b
            add = '\b'
            i += 2
            break
          case 0x66: // f
            add = '\f'
            i += 2
            break
          case 0x6e: // n
            add = '\n'
            i += 2
            break
          case 0x72: // r
            add = '\r'
            i += 2
            break
          case 0x74: // t
            add = '\t'
            i += 2
            break
          case 0x75: {
            // u
            if (!(isHexDigit(b[i + 2]) && isHexDigit(b[i + 3]) && isHexDigit(b[i + 4]) && isHexDigit(b[i + 5]))) {
              this.fatal(i, 'invalid \\u escape: four hex digits must follow \\u')
            }
            const hex = b.toString('latin1', i + 2, i + 6)
            const unit = parseInt(hex, 16)
            if (unit >= 0xd800 && unit <= 0xdbff) {
              const low =
                b[i + 6] === 0x5c &&
                b[i + 7] === 0x75 &&
                (b[i + 8] === 0x64 || b[i + 8] === 0x44) &&
                ((b[i + 9] >= 0x63 && b[i + 9] <= 0x66) || (b[i + 9] >= 0x43 && b[i + 9] <= 0x46)) &&
                isHexDigit(b[i + 10]) &&
                isHexDigit(b[i + 11])
              if (low) {
                add = String.fromCharCode(unit, parseInt(b.toString('latin1', i + 8, i + 12), 16))
                i += 12
                break
              }
              this.problem(i, `unpaired surrogate \\u${hex} in a string: it cannot be encoded in UTF-8`)
            } else if (unit >= 0xdc00 && unit <= 0xdfff) {
              this.problem(i, `unpaired surrogate \\u${hex} in a string: it cannot be encoded in UTF-8`)
            }
            add = String.fromCharCode(unit)
            i += 6
            break
          }
          default: {
            if (e === undefined) this.fatal(open, 'unterminated string')
            const shown = e === 0x0a || e === 0x0d ? '(line break)' : String.fromCodePoint(codePointAt(b, i + 1) as number)
            this.fatal(i, `invalid escape \\${shown} in a string`)
          }
        }
        if (keep) out += add
        runStart = i
        continue
      }
      if (c < 0x20) {
        if (c === 0x0a || c === 0x0d) this.fatal(i, 'line break inside a string (unterminated string, or a line break that must be written \\n)')
        this.fatal(i, `control character U+${c.toString(16).toUpperCase().padStart(4, '0')} inside a string must be escaped`)
      }
      i++
    }
  }

  /** Reads a number at this.pos ('-' or a digit). */
  private number(): number {
    const b = this.b
    const at = this.pos
    // The grammar -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?, read by hand; nothing read when
    // the integer part is missing.
    let i = b[at] === 0x2d ? at + 1 : at
    let digits = 0
    if (b[i] === 0x30) {
      i++
      digits++
    } else if (isDigit(b[i])) {
      while (isDigit(b[i])) {
        i++
        digits++
      }
    }
    let after = digits === 0 ? at : i
    let plain = true
    if (digits > 0) {
      if (b[after] === 0x2e && isDigit(b[after + 1])) {
        after += 2
        digits++
        while (isDigit(b[after])) {
          after++
          digits++
        }
      }
      if (b[after] === 0x65 || b[after] === 0x45) {
        let j = after + 1
        if (b[j] === 0x2b || b[j] === 0x2d) j++
        if (isDigit(b[j])) {
          while (isDigit(b[j])) j++
          after = j
          plain = false
        }
      }
    }
    if (after === at || (after < b.length && isWordByte(b[after]))) {
      const word = this.wordAt(at)
      const known = NOT_JSON_WORDS.get(word)
      if (known !== undefined) this.fatal(at, known)
      let why = ''
      if (/^-?0[0-9]/.test(word)) why = ': numbers must not have leading zeros'
      else if (/^-?0[xXoObB]/.test(word)) why = ': only decimal numbers are JSON'
      else if (/^-?[0-9]+\.($|[^0-9])/.test(word)) why = ': a digit must follow the decimal point'
      else if (/^-?[0-9.]+[eE][+-]?($|[^0-9])/.test(word)) why = ': a digit must follow the exponent'
      this.fatal(at, `invalid number ${quote(word)}${why}`)
    }
    this.pos = after
    // At most 15 digits without exponent always read exactly (numbers.ts): no literal is made.
    if (plain && digits <= 15 && !this.build) return 0
    const literal = textOf(b, at, after)
    const loss = plain && digits <= 15 ? null : numberPrecisionLoss(literal)
    if (loss !== null) this.problem(at, loss)
    return this.build ? Number(literal) : 0
  }
}
