/**
 * The seal read in pieces (CanonicalSealReader) against the seal read whole (parseWhole), on
 * thousands of seals a few bytes away from a canonical one: whatever the pieces' sizes, and with
 * every piece in one buffer the caller overwrites after each push (as FsSource.readPieces does),
 * the reader never accepts what parseWhole refuses, and what it accepts is the same seal with the
 * same findings, also when its paths reuse the strings of a listing (KnownPaths).
 */
import { describe, expect, it } from '@jest/globals'
import { CanonicalSealReader, canonicalSealText, KnownPaths, parseWhole, SealEntries, type ParsedSeal, type Seal, type SealEntry } from '../../src/core/seal-file.js'
import { treeHash } from '../../src/core/tree-hash.js'

/** A fixed pseudo-random sequence: the same mutants on every run. */
let state = 12345
const next = (n: number) => {
  state = (state * 1103515245 + 12345) & 0x7fffffff
  return state % n
}

const H = (c: string) => c.repeat(64)
const byteOrder = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b))
const listing = ['a', 'a.md', 'b/c', 'b/\u00e9', 'b/\u{1f600}x', 'c"q', 'zz'].sort(byteOrder)
const files: SealEntry[] = listing.map((path, i) => ({ path, sha256: H((i % 16).toString(16)), bytes: i * 7, ...(i === 2 ? { ref: 'tools/v.py' } : {}) }))
const sealed: Seal = { seal: 1, algorithm: 'sha256', tree: treeHash(files), files: SealEntries.of(files) }
const canonical = Buffer.from(canonicalSealText(sealed))
/** Bytes a mutation writes: JSON's punctuation, digits, hex in both cases, a multi-byte letter. */
const alphabet = Buffer.from(' \n",:{}[]\\0123456789abcdefABCDEF-.e/\u00e9x')

/** Offsets next to the bytes that delimit values (quotes, colons, spaces, line ends, digits): where most mutations land. */
const seams = [...canonical.keys()].filter(i => i > 0 && /["\: \n0-9]/.test(String.fromCharCode(canonical[i - 1])))

function mutant(): Buffer {
  let m = Buffer.from(canonical)
  for (let k = 1 + next(3); k > 0; k--) {
    const at = Math.min(next(3) > 0 ? seams[next(seams.length)] : next(m.length), m.length - 1)
    const c = alphabet[next(alphabet.length)]
    const op = next(3)
    if (op === 0) m[at] = c
    else if (op === 1) m = Buffer.concat([m.subarray(0, at), Buffer.from([c]), m.subarray(at)])
    else m = Buffer.concat([m.subarray(0, at), m.subarray(at + 1)])
  }
  return m
}

/** The reader fed `bytes` in pieces of `size` through one buffer overwritten after each push; null when it refused. */
function inReusedPieces(bytes: Buffer, size: number): ParsedSeal | null {
  const reader = new CanonicalSealReader('p/seal.json', 'seal.json', new KnownPaths(listing.length, i => listing[i]))
  const shared = Buffer.alloc(size)
  for (let at = 0; at < bytes.length; at += size) {
    const n = bytes.copy(shared, 0, at, Math.min(at + size, bytes.length))
    const more = reader.push(shared.subarray(0, n))
    shared.fill(0x41)
    if (!more) return null
  }
  return reader.end()
}

const plain = ({ seal, findings }: ParsedSeal) => ({ findings, seal: seal && { ...seal, files: [...seal.files] } })

describe('a seal a few bytes away from a canonical one, read in pieces', () => {
  const check = (bytes: Buffer, sizes: number[], tally: { accepted: number; compared: number }) => {
    const whole = plain(parseWhole(bytes, 'p/seal.json'))
    for (const size of sizes) {
      const read = inReusedPieces(bytes, size)
      if (read === null) continue
      tally.compared++
      if (read.seal !== null) tally.accepted++
      expect(plain(read)).toEqual(whole)
    }
  }

  it('one byte written, inserted or removed next to each delimiter: accepted only as parseWhole accepts it, with the same seal and findings', () => {
    const tally = { accepted: 0, compared: 0 }
    for (const at of seams) {
      check(Buffer.concat([canonical.subarray(0, at), canonical.subarray(at + 1)]), [1 + next(64)], tally)
      // A leading zero, a quote, an escape, and a few bytes more of the alphabet at each place.
      for (const c of [0x30, 0x22, 0x5c, ...Array.from({ length: 3 }, () => alphabet[next(alphabet.length)])]) {
        const written = Buffer.from(canonical)
        written[at] = c
        check(written, [1 + next(64)], tally)
        check(Buffer.concat([canonical.subarray(0, at), Buffer.from([c]), canonical.subarray(at)]), [1 + next(64)], tally)
      }
    }
    // Both sides are reached: seals the reader accepts (a digit or hex changed) and seals it reads
    // to the end and refuses with findings.
    expect(tally.accepted).toBeGreaterThan(100)
    expect(tally.compared).toBeGreaterThan(tally.accepted)
  })

  it('a few bytes changed anywhere, in pieces of several sizes: the same', () => {
    const tally = { accepted: 0, compared: 0 }
    for (let t = 0; t < 2000; t++) check(mutant(), [1, 7, 64, 1 + next(400)], tally)
    expect(tally.accepted).toBeGreaterThan(50)
  })
})
