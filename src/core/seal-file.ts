/**
 * Reading a seal file (docs/seal-format.md, sections "The seal file" and "Canonical form").
 *
 * Nothing in a seal is trusted until it passed, in this order: UTF-8 without BOM, JSON, a known
 * version and algorithm, the JSON Schema, the path rules, and byte equality with its canonical
 * form. The canonical form makes one seal have exactly one byte encoding, which also rules out
 * duplicate keys, stray whitespace and alternative number spellings without special cases.
 */
import sealSchema from './schemas/seal.schema.json' with { type: 'json' }
import { Ajv2020, describeAjvErrors } from './ajv.js'
import { finding, type Finding } from './finding.js'
import { collisionKey, compareBytewise, pathProblem } from './paths.js'
import type { Digest } from './digest.js'

export const SEAL_VERSION = 1
export const DEFAULT_SEAL_FILE = 'seal.json'

export interface SealEntry extends Digest {
  path: string
  /**
   * A reference (docs/seal-format.md, section 7): the repository-relative path of the canonical
   * file that stands for `path`; `sha256` and `bytes` are then that file's. Absent for a file of
   * the packet.
   */
  ref?: string
}

export interface Seal {
  seal: 1
  algorithm: 'sha256'
  tree: string
  files: SealEntry[]
}

let validator: ReturnType<InstanceType<typeof Ajv2020>['compile']> | undefined
function validateSchema(value: unknown): string[] {
  // Our own shipped schema: checked against its meta-schema by a test (shipped-schemas.test.ts),
  // not at every start, where that check cost more than half of a one-packet verify.
  validator ??= new Ajv2020({ allErrors: true, strict: true, validateSchema: false }).compile(sealSchema)
  return validator(value) ? [] : describeAjvErrors(validator.errors)
}

/** The one byte form of a seal: keys in fixed order, two-space indent, LF, final newline. */
export function canonicalSealText(seal: Seal): string {
  const ordered = {
    seal: seal.seal,
    algorithm: seal.algorithm,
    tree: seal.tree,
    // `ref` is left out of the text when absent (JSON.stringify drops undefined), so a seal
    // without references keeps the bytes it had before references existed.
    files: seal.files.map(f => ({ path: f.path, ref: f.ref, sha256: f.sha256, bytes: f.bytes }))
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
    const ref = f.ref === undefined ? '' : `      "ref": ${s(f.ref)},\n`
    yield `${separator}    {\n      "path": ${s(f.path)},\n${ref}      "sha256": ${s(f.sha256)},\n      "bytes": ${s(f.bytes)}\n    }`
    separator = ',\n'
  }
  yield '\n  ]\n}\n'
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
 * `sealFileName` the seal's own name, which may never be listed in it.
 */
export function parseSeal(bytes: Uint8Array, file: string, sealFileName = DEFAULT_SEAL_FILE): ParsedSeal {
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
  const seal = value as Seal
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
  const keys = new Map<string, string>()
  seal.files.forEach((entry, i) => {
    // Named only when there is something to say: a seal may hold 100,000 entries.
    const where = () => `seal entry ${i + 1} ${JSON.stringify(entry.path)}`
    const problem = pathProblem(entry.path)
    if (problem !== null) {
      out.push(finding('unsafe', file, `${where()}: ${problem}`))
      return
    }
    const refProblem = entry.ref === undefined ? null : pathProblem(entry.ref)
    if (refProblem !== null) out.push(finding('unsafe', file, `${where()}: reference ${JSON.stringify(entry.ref)}: ${refProblem}`))
    if (entry.path === sealFileName) out.push(finding('unsafe', file, `${where()}: a seal may not list itself`))
    const previous = i > 0 ? seal.files[i - 1].path : null
    if (previous !== null && previous === entry.path) {
      out.push(finding('unsafe', file, `${where()}: duplicate entry`))
    } else if (previous !== null && compareBytewise(previous, entry.path) > 0) {
      out.push(finding('seal', file, `${where()}: entries are not sorted by path in byte order`))
    }
    const key = collisionKey(entry.path)
    const other = keys.get(key)
    if (other !== undefined && other !== entry.path) {
      out.push(
        finding('unsafe', file, `${where()}: collides with ${JSON.stringify(other)} under case folding or Unicode normalization`)
      )
    }
    keys.set(key, entry.path)
  })
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
