/**
 * The entries of a seal (docs/seal-format.md, section 1), held column by column: a path string per
 * entry, the digests as 32 bytes each in one buffer, the lengths in one array, and the few
 * references in a map. A seal of 100,000 entries is then no 100,000 objects and 100,000 strings of
 * 64 hex characters; an entry as an object, its digest in hex, is made on demand for the few
 * consumers that need one (diagnosis, references, reports, writing a seal).
 */
import type { Digest } from './digest.js'
import { doubled } from './doubled.js'

export interface SealEntry extends Digest {
  path: string
  /**
   * A reference (docs/seal-format.md, section 7): the repository-relative path of the canonical
   * file that stands for `path`; `sha256` and `bytes` are then that file's. Absent for a file of
   * the packet.
   */
  ref?: string
}

const HEX = /^[0-9a-f]{64}$/

export class SealEntries implements Iterable<SealEntry> {
  private readonly paths: string[] = []
  private readonly refs = new Map<number, string>()
  private digests: Buffer
  private sizes: Float64Array

  /** `capacity`: the entries expected (more are taken, at the cost of copying the columns). */
  constructor(capacity = 16) {
    this.digests = Buffer.alloc(32 * Math.max(capacity, 1))
    this.sizes = new Float64Array(Math.max(capacity, 1))
  }

  /** Entries from objects, in the order given. */
  static of(entries: Iterable<SealEntry>): SealEntries {
    const out = new SealEntries()
    for (const e of entries) out.add(e.path, e.ref, e.sha256, e.bytes)
    return out
  }

  get length(): number {
    return this.paths.length
  }

  /** Appends an entry; `sha256` is 64 lowercase hex characters (anything else is a fault of the caller). */
  add(path: string, ref: string | undefined, sha256: string, bytes: number): void {
    if (!HEX.test(sha256)) throw new Error('internal: a seal entry digest that is not 64 lowercase hex characters')
    const i = this.reserve()
    this.digests.write(sha256, 32 * i, 'hex')
    this.append(i, path, ref, bytes)
  }

  /** Appends an entry whose digest is the 64 lowercase hex characters `hex[at, at + 64)` (ASCII bytes). */
  addHexBytes(path: string, ref: string | undefined, hex: Uint8Array, at: number, bytes: number): void {
    const i = this.reserve()
    for (let b = 0; b < 32; b++) this.digests[32 * i + b] = (nibble(hex[at + 2 * b]) << 4) | nibble(hex[at + 2 * b + 1])
    this.append(i, path, ref, bytes)
  }

  path(i: number): string {
    return this.paths[i]
  }

  ref(i: number): string | undefined {
    return this.refs.get(i)
  }

  bytes(i: number): number {
    return this.sizes[i]
  }

  /** Lowercase hex sha256 of entry `i`. */
  sha256(i: number): string {
    return this.digests.toString('hex', 32 * i, 32 * i + 32)
  }

  /** Whether entry `i` seals exactly `bytes` bytes whose sha256 is `digests[at, at + 32)`. */
  holds(i: number, digests: Uint8Array, at: number, bytes: number): boolean {
    if (this.sizes[i] !== bytes) return false
    for (let b = 0; b < 32; b++) if (this.digests[32 * i + b] !== digests[at + b]) return false
    return true
  }

  /** Entry `i` as an object. */
  entry(i: number): SealEntry {
    return this.entryWith(i, this.sha256(i))
  }

  /** Every entry as an object, in order; the hex made for 1,024 digests at a time. */
  *[Symbol.iterator](): Iterator<SealEntry> {
    for (let from = 0; from < this.paths.length; from += 1024) {
      const to = Math.min(from + 1024, this.paths.length)
      const hex = this.digests.toString('hex', 32 * from, 32 * to)
      for (let i = from; i < to; i++) yield this.entryWith(i, hex.slice(64 * (i - from), 64 * (i - from + 1)))
    }
  }

  /** The entries as objects, the `files` of the seal's JSON (JSON.stringify of a seal). */
  toJSON(): SealEntry[] {
    return [...this]
  }

  private entryWith(i: number, sha256: string): SealEntry {
    const ref = this.refs.get(i)
    return ref === undefined ? { path: this.paths[i], sha256, bytes: this.sizes[i] } : { path: this.paths[i], ref, sha256, bytes: this.sizes[i] }
  }

  private reserve(): number {
    const i = this.paths.length
    if (i === this.sizes.length) {
      this.digests = doubled(this.digests, n => Buffer.alloc(n))
      this.sizes = doubled(this.sizes, n => new Float64Array(n))
    }
    return i
  }

  private append(i: number, path: string, ref: string | undefined, bytes: number): void {
    this.paths.push(path)
    this.sizes[i] = bytes
    if (ref !== undefined) this.refs.set(i, ref)
  }
}

/** The value of one lowercase hex digit, as an ASCII byte (checked by the caller). */
function nibble(c: number): number {
  return c <= 0x39 ? c - 0x30 : c - 0x57
}
