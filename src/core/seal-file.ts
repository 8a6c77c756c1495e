/**
 * Reading a seal file (docs/seal-format.md, sections "The seal file" and "Canonical form").
 *
 * Nothing in a seal is trusted until it passed, in this order: UTF-8 without BOM, JSON, a known
 * version and algorithm, the JSON Schema, the path rules, and byte equality with its canonical
 * form. The canonical form makes one seal have exactly one byte encoding, which also rules out
 * duplicate keys, stray whitespace and alternative number spellings without special cases.
 */
import { isUtf8 } from 'node:buffer'
import { describeAjvErrors } from './ajv-errors.js'
import { finding, type Finding } from './finding.js'
import { collisions, compareBytewise, pathProblem } from './paths.js'
import { SealEntries, type SealEntry } from './seal-entries.js'
import * as compiled from './schemas/seal-validators.js'
import type { ErrorObject } from 'ajv'

export { SealEntries, type SealEntry }

export const SEAL_VERSION = 1
export const DEFAULT_SEAL_FILE = 'seal.json'

export interface Seal {
  seal: 1
  algorithm: 'sha256'
  tree: string
  files: SealEntries
}

// The seal schema (schemas/seal.schema.json) compiled by ajv ahead of time
// (scripts/seal-validators.mjs; a test holds the module to the schema): a run never loads ajv or
// compiles the schema for a seal. The schema itself is checked against its meta-schema by a test
// (shipped-schemas.test.ts).
type Compiled = ((value: unknown) => boolean) & { errors?: ErrorObject[] | null }
const validateSeal = compiled.validateSeal as Compiled
const validateEntry = compiled.validateEntry as Compiled
function validateSchema(value: unknown): string[] {
  return validateSeal(value) ? [] : describeAjvErrors(validateSeal.errors)
}

/** The one byte form of a seal: keys in fixed order, two-space indent, LF, final newline. */
export function canonicalSealText(seal: Seal): string {
  const ordered = {
    seal: seal.seal,
    algorithm: seal.algorithm,
    tree: seal.tree,
    // `ref` is left out of the text when absent (JSON.stringify drops undefined), so a seal
    // without references keeps the bytes it had before references existed.
    files: [...seal.files].map(f => ({ path: f.path, ref: f.ref, sha256: f.sha256, bytes: f.bytes }))
  }
  return JSON.stringify(ordered, null, 2) + '\n'
}

/**
 * The pieces of `canonicalSealText(seal)`, in order: its head, one piece per entry, its tail.
 * Joined they are exactly that text (a test holds them to it); compared piece by piece against a
 * seal file's text, no second copy of a large seal is built.
 */
export function* canonicalSealPieces(seal: Seal): Generator<string> {
  const s = JSON.stringify
  yield `{\n  "seal": ${s(seal.seal)},\n  "algorithm": ${s(seal.algorithm)},\n  "tree": ${s(seal.tree)},\n  "files": `
  if (seal.files.length === 0) return yield '[]\n}\n'
  let separator = '[\n'
  for (const f of seal.files) {
    yield separator + canonicalEntryText(f)
    separator = ',\n'
  }
  yield '\n  ]\n}\n'
}

/** One entry as the canonical text holds it, from `    {` to `    }`. */
function canonicalEntryText(f: SealEntry): string {
  const s = JSON.stringify
  const ref = f.ref === undefined ? '' : `      "ref": ${s(f.ref)},\n`
  return `    {\n      "path": ${s(f.path)},\n${ref}      "sha256": ${s(f.sha256)},\n      "bytes": ${s(f.bytes)}\n    }`
}

/** Whether `text` is exactly `canonicalSealText(seal)`. */
function isCanonical(text: string, seal: Seal): boolean {
  let at = 0
  for (const piece of canonicalSealPieces(seal)) {
    if (!text.startsWith(piece, at)) return false
    at += piece.length
  }
  return at === text.length
}

export interface ParsedSeal {
  /** The seal, when it may be trusted enough to compare files against it; otherwise null. */
  seal: Seal | null
  findings: Finding[]
}

/**
 * Parses and checks the bytes of a seal file. `file` is the seal's report path (for findings),
 * `sealFileName` the seal's own name, which may never be listed in it; `known` as for
 * `CanonicalSealReader`.
 */
export function parseSeal(bytes: Uint8Array, file: string, sealFileName = DEFAULT_SEAL_FILE, known?: KnownPaths): ParsedSeal {
  const reader = new CanonicalSealReader(file, sealFileName, known)
  return (reader.push(bytes) ? reader.end() : null) ?? parseWhole(bytes, file, sealFileName)
}

/** The fixed bytes of the canonical form around the entries. */
const FILES_KEY = Buffer.from('\n  "files": ')
const ENTRY_END = Buffer.from('\n    }')
const TAIL = '\n  ]\n}\n'
/**
 * Longest head or entry looked for before the seal is left to `parseWhole`: an entry's two paths
 * are at most 4096 code points each, 6 bytes at most each as canonical JSON (`\u001f`), so no
 * canonical entry comes near it.
 */
const MAX_PIECE = 64 << 10

/**
 * A seal already in canonical form, read entry by entry as its bytes arrive, in pieces of any size
 * (`push`, then `end`): the same checks as `parseWhole` (the head through `plainHead` or else `parseWhole` itself, each
 * entry through `plainEntry` or else `schemaEntry`, then the same path rules), without the whole
 * file in memory, the whole text as a string or a parse of all
 * of it at once, which for 100,000 entries held tens of MiB more at the peak. Accepts only what
 * `parseWhole` accepts, with the same seal or the same findings; anything else, or any doubt, is
 * refused (`push` false, `end` null), and the seal is then left to `parseWhole`, which says what is
 * wrong.
 */
export class CanonicalSealReader {
  /**
   * Bytes pushed and not yet consumed, `work[0, pending)`: a copy (a piece is only valid during
   * `push`) in one buffer reused from piece to piece.
   */
  private work: Buffer = Buffer.alloc(0)
  private pending = 0
  private head: Seal | null = null
  private readonly files: SealEntries
  /** Where the reading is: before the first entry, after an entry, in the tail, or refused. */
  private state: 'head' | 'entries' | 'tail' | 'refused' = 'head'

  /**
   * `known`, when given, holds paths as strings in byte order (the packet's listing): an entry
   * with one of them reuses that string instead of holding a copy.
   */
  constructor(
    private readonly file: string,
    private readonly sealFileName: string,
    private readonly known?: KnownPaths
  ) {
    // A seal usually lists the files listed: its columns are made that large at once.
    this.files = new SealEntries(known?.count)
  }

  /** Takes the next bytes of the file; false once it cannot be a canonical seal (the rest need not be read). */
  push(piece: Uint8Array): boolean {
    if (this.state === 'refused') return false
    const chunk = Buffer.from(piece.buffer, piece.byteOffset, piece.length)
    let buffer = chunk
    if (this.pending > 0) {
      if (this.work.length < this.pending + chunk.length) {
        const work = Buffer.allocUnsafe(2 * (this.pending + chunk.length))
        this.work.copy(work, 0, 0, this.pending)
        this.work = work
      }
      chunk.copy(this.work, this.pending)
      buffer = this.work.subarray(0, this.pending + chunk.length)
    }
    const used = this.consume(buffer)
    if (used < 0 || buffer.length - used > MAX_PIECE) {
      this.state = 'refused'
      this.pending = 0
      return false
    }
    // What is left waits at the start of the work buffer for the next piece.
    if (this.work.length < buffer.length - used) this.work = Buffer.allocUnsafe(2 * (buffer.length - used))
    buffer.copy(this.work, 0, used)
    this.pending = buffer.length - used
    return true
  }

  /** The seal and its findings once every byte was pushed; null when it is not in canonical form. */
  end(): ParsedSeal | null {
    if (this.state !== 'tail' || this.head === null || this.work.toString('latin1', 0, this.pending) !== TAIL) return null
    const seal: Seal = { ...this.head, files: this.files }
    const findings = entryFindings(seal, this.file, this.sealFileName)
    return findings.length > 0 ? { seal: null, findings } : { seal, findings: [] }
  }

  /** Reads what `buffer` holds complete; returns the bytes used, -1 when it is not canonical. */
  private consume(buffer: Buffer): number {
    let at = 0
    if (this.state === 'head') {
      const key = buffer.indexOf(FILES_KEY)
      if (key < 0 || buffer.length < key + FILES_KEY.length + 2) return 0
      const headEnd = key + FILES_KEY.length
      // The head, completed as the seal of no file, passes every check of a whole seal: read
      // from its bytes when it is the one canonical head, else through `parseWhole` itself.
      const head = buffer.subarray(0, headEnd)
      this.head = plainHead(head) ?? (isUtf8(head) ? parseWhole(Buffer.concat([head, Buffer.from('[]\n}\n')]), this.file, this.sealFileName).seal : null)
      if (this.head === null || buffer.toString('latin1', headEnd, headEnd + 2) !== '[\n') return -1
      at = headEnd + 2
      this.state = 'entries'
    }
    while (this.state === 'entries') {
      // No JSON string holds a raw line break, so the first "\n    }" ends the entry; then ",\n"
      // or the tail's "\n " (its rest is checked at the end).
      const end = buffer.indexOf(ENTRY_END, at)
      if (end < 0 || buffer.length < end + ENTRY_END.length + 2) return at
      const stop = end + ENTRY_END.length
      if (!plainEntry(buffer, at, stop, this.files, this.known) && !schemaEntry(buffer, at, stop, this.files)) return -1
      at = end + ENTRY_END.length
      const next = buffer.toString('latin1', at, at + 2)
      if (next === ',\n') at += 2
      else if (next === '\n ') this.state = 'tail'
      else return -1
    }
    // The tail must be exactly TAIL and the last bytes: more than that is not canonical.
    return buffer.length - at > TAIL.length ? -1 : at
  }
}

const HEAD_START = Buffer.from('{\n  "seal": 1,\n  "algorithm": "sha256",\n  "tree": "')
const HEAD_END = Buffer.from('",\n  "files": ')

/**
 * The canonical head, read from its bytes without JSON or the schema: exactly `HEAD_START`, 64 lowercase
 * hex digits, `HEAD_END`. Every such head passes `parseWhole` completed as the seal of no file
 * with this seal (a test holds the two to that); null leaves the head to `parseWhole`, which
 * decides. It spares each seal a JSON parse, a schema check and a canonical comparison of its head.
 */
export function plainHead(head: Uint8Array): Seal | null {
  const hex = literal(head, 0, head.length, HEAD_START)
  if (hex < 0 || !lowerHex(head, hex) || literal(head, hex + 64, head.length, HEAD_END) !== head.length) return null
  const tree = Buffer.from(head.buffer, head.byteOffset + hex, 64).toString('latin1')
  return { seal: SEAL_VERSION, algorithm: 'sha256', tree, files: new SealEntries() }
}

/** Whether `bytes` holds 64 lowercase hex digits at `at`. */
function lowerHex(bytes: Uint8Array, at: number): boolean {
  if (at + 64 > bytes.length) return false
  for (let i = at; i < at + 64; i++) {
    const c = bytes[i]
    if (!((c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x66))) return false
  }
  return true
}

/**
 * Reads one entry, from `    {` to `    }`, into `into` when it is exactly the canonical text of an
 * entry the schema's file definition accepts: parsed as JSON, checked by the compiled schema (the
 * same as for the whole seal), written again and compared. False for anything else.
 */
export function schemaEntry(bytes: Buffer, start: number, end: number, into: SealEntries): boolean {
  if (!isUtf8(bytes.subarray(start, end))) return false
  const text = bytes.toString('utf8', start, end)
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return false
  }
  if (!validateEntry(value) || canonicalEntryText(value as SealEntry) !== text) return false
  const e = value as SealEntry
  into.add(e.path, e.ref, e.sha256, e.bytes)
  return true
}

/**
 * The common entry, read from its bytes without JSON, the schema or a second text: the canonical layout
 * with paths that need no escape (no `"`, `\`, control character below U+0020) of 1 to 4096 bytes
 * of UTF-8, 64 lowercase hex digits, a length of plain digits up to 2^53-1. What it accepts the
 * schema path (`schemaEntry`) accepts with the same values, and a test holds the two to that; false
 * leaves the entry to `schemaEntry`, which decides.
 */
export function plainEntry(entry: Buffer, start: number, end: number, into: SealEntries, known?: KnownPaths): boolean {
  let at = literal(entry, start, end, PATH_KEY)
  const path = jsonString(entry, at, end, known)
  if (path === null) return false
  at = literal(entry, path.end, end, REF_KEY)
  const ref = at < 0 ? null : jsonString(entry, at, end)
  at = literal(entry, ref === null ? path.end : ref.end, end, SHA256_KEY)
  if (at < 0 || at + 64 > end || !lowerHex(entry, at)) return false
  const hex = at
  at = literal(entry, at + 64, end, BYTES_KEY)
  if (at < 0) return false
  // Digits, no leading zero, at most 16 of them and at most 2^53-1: JSON.stringify spells it so.
  let bytes = 0
  const digits = at
  while (at < end && entry[at] >= 0x30 && entry[at] <= 0x39) bytes = bytes * 10 + (entry[at++] - 0x30)
  const count = at - digits
  if (count === 0 || count > 16 || (count > 1 && entry[digits] === 0x30) || bytes > Number.MAX_SAFE_INTEGER) return false
  if (literal(entry, at, end, ENTRY_CLOSE) !== end) return false
  into.addHexBytes(path.text, ref?.text, entry, hex, bytes)
  return true
}

/**
 * Strings of paths in byte order (`pathAt(0)`, `pathAt(1)`, ...), looked up by a cursor that only
 * moves forward: entries come in byte order too, so each lookup costs a comparison or two.
 */
export class KnownPaths {
  private next = 0

  constructor(
    readonly count: number,
    private readonly pathAt: (i: number) => string
  ) {}

  /** The string equal to the ASCII bytes `bytes[start, end)`, if it is one of them. */
  find(bytes: Uint8Array, start: number, end: number): string | undefined {
    while (this.next < this.count) {
      const path = this.pathAt(this.next)
      const cmp = compareToAscii(path, bytes, start, end)
      if (cmp === 0) return path
      if (cmp > 0) return undefined
      this.next++
    }
    return undefined
  }
}

/**
 * Byte order of `text` (UTF-8) against the ASCII bytes `bytes[start, end)`: -1, 0 or 1. A code unit
 * at or above U+0080 is compared as itself: its UTF-8 starts with a byte above every ASCII byte.
 */
function compareToAscii(text: string, bytes: Uint8Array, start: number, end: number): number {
  const n = Math.min(text.length, end - start)
  for (let k = 0; k < n; k++) {
    const c = text.charCodeAt(k)
    const b = bytes[start + k]
    if (c !== b) return c < b ? -1 : 1
  }
  return text.length === end - start ? 0 : text.length < end - start ? -1 : 1
}

const PATH_KEY = Buffer.from('    {\n      "path": "')
const REF_KEY = Buffer.from(',\n      "ref": "')
const SHA256_KEY = Buffer.from(',\n      "sha256": "')
const BYTES_KEY = Buffer.from('",\n      "bytes": ')
const ENTRY_CLOSE = Buffer.from('\n    }')

/** The offset after `expected` when `bytes[at, end)` starts with it, else -1. */
function literal(bytes: Uint8Array, at: number, end: number, expected: Uint8Array): number {
  if (at < 0 || at + expected.length > end) return -1
  for (let i = 0; i < expected.length; i++) if (bytes[at + i] !== expected[i]) return -1
  return at + expected.length
}

/**
 * A JSON string whose opening quote is just before `at`, when it needs no escape, is valid UTF-8
 * and 1 to 4096 bytes long (so 1 to 4096 code points, as the schema counts); `end` is after its
 * closing quote. Null for anything else. An ASCII string found in `known` is that string.
 */
function jsonString(bytes: Buffer, at: number, end: number, known?: KnownPaths): { text: string; end: number } | null {
  if (at < 0) return null
  let i = at
  let ascii = true
  while (i < end && bytes[i] !== 0x22) {
    const c = bytes[i++]
    if (c < 0x20 || c === 0x5c) return null
    if (c >= 0x80) ascii = false
  }
  if (i === end || i === at || i - at > 4096) return null
  if (ascii) return { text: known?.find(bytes, at, i) ?? bytes.toString('latin1', at, i), end: i + 1 }
  return isUtf8(bytes.subarray(at, i)) ? { text: bytes.toString('utf8', at, i), end: i + 1 } : null
}

/** The seal read whole: text, JSON, schema, path rules, canonical form (and the reference `CanonicalSealReader` is tested against). */
export function parseWhole(bytes: Uint8Array, file: string, sealFileName = DEFAULT_SEAL_FILE): ParsedSeal {
  const fail = (message: string, line: number | null = null): ParsedSeal => ({
    seal: null,
    findings: [finding('seal', file, message, { line })]
  })
  if (bytes.length === 0) return fail('seal file is empty')
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return fail('seal file starts with a byte order mark (BOM); seals are UTF-8 without BOM', 1)
  }
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return fail('seal file is not valid UTF-8')
  }
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (e) {
    return fail(`seal file is not JSON: ${(e as Error).message}`)
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return fail('seal file must hold a JSON object')
  }
  const record = value as Record<string, unknown>
  if (record.seal !== SEAL_VERSION) {
    return fail(
      `unknown seal format version ${JSON.stringify(record.seal) ?? '(none)'}: this seal-gate reads version ${SEAL_VERSION} only`,
      lineOfKey(text, 'seal')
    )
  }
  if (record.algorithm !== 'sha256') {
    return fail(
      `unknown algorithm ${JSON.stringify(record.algorithm) ?? '(none)'}: seal format v1 uses "sha256" only`,
      lineOfKey(text, 'algorithm')
    )
  }
  const schemaErrors = validateSchema(value)
  if (schemaErrors.length > 0) {
    return { seal: null, findings: schemaErrors.map(m => finding('seal', file, `seal does not match schema v1: ${m}`)) }
  }
  const valid = value as { tree: string; files: SealEntry[] }
  const seal: Seal = { seal: SEAL_VERSION, algorithm: 'sha256', tree: valid.tree, files: SealEntries.of(valid.files) }
  const findings = entryFindings(seal, file, sealFileName)
  if (findings.length > 0) return { seal: null, findings }
  if (!isCanonical(text, seal)) {
    const canonical = canonicalSealText(seal)
    return fail(
      `seal file is not in canonical form (first difference on line ${firstDifferentLine(text, canonical)}); \`seal-gate seal\` writes it`,
      firstDifferentLine(text, canonical)
    )
  }
  return { seal, findings: [] }
}

/** Path rules, order and uniqueness of the entries (docs/seal-format.md, section "Paths"). */
function entryFindings(seal: Seal, file: string, sealFileName: string): Finding[] {
  const out: Finding[] = []
  // Named only when there is something to say: a seal may hold 100,000 entries.
  const entries = seal.files
  const where = (i: number) => `seal entry ${i + 1} ${JSON.stringify(entries.path(i))}`
  for (let i = 0; i < entries.length; i++) {
    const path = entries.path(i)
    const problem = pathProblem(path)
    if (problem !== null) {
      out.push(finding('unsafe', file, `${where(i)}: ${problem}`))
      continue
    }
    const ref = entries.ref(i)
    const refProblem = ref === undefined ? null : pathProblem(ref)
    if (refProblem !== null) out.push(finding('unsafe', file, `${where(i)}: reference ${JSON.stringify(ref)}: ${refProblem}`))
    if (path === sealFileName) out.push(finding('unsafe', file, `${where(i)}: a seal may not list itself`))
    const previous = i > 0 ? entries.path(i - 1) : null
    if (previous !== null && previous === path) {
      out.push(finding('unsafe', file, `${where(i)}: duplicate entry`))
    } else if (previous !== null && compareBytewise(previous, path) > 0) {
      out.push(finding('seal', file, `${where(i)}: entries are not sorted by path in byte order`))
    }
  }
  for (const [i, j] of collisions(entries.length, i => entries.path(i))) {
    const other = JSON.stringify(entries.path(j))
    out.push(finding('unsafe', file, `${where(i)}: collides with ${other} under case folding or Unicode normalization`))
  }
  return out
}

function lineOfKey(text: string, key: string): number | null {
  const index = text.indexOf(`"${key}"`)
  return index < 0 ? null : lineAt(text, index)
}

function lineAt(text: string, index: number): number {
  let line = 1
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++
  return line
}

function firstDifferentLine(a: string, b: string): number {
  let i = 0
  while (i < a.length && i < b.length && a[i] === b[i]) i++
  return lineAt(a, i)
}
