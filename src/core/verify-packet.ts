/**
 * Verifying one packet (docs/seal-format.md, section "Verification"): every present file is
 * listed and hashed, the seal is read and checked (while the hashing runs on the pool's threads),
 * then the files present are compared with the files listed, every difference becomes a finding,
 * and every mismatch is diagnosed. Reads only.
 *
 * Both lists are in byte order of their paths (a valid seal must be), so they are compared in one
 * merge pass, with no map or set per file: a packet of 100,000 files costs little beyond hashing.
 */
import { join, sep } from 'node:path'
import { ReadError, type ByteSource, type ListedFile, type ListingProblem } from './byte-source.js'
import { diagnoseFile, lengthDrift } from './diagnose/diagnose-file.js'
import { withHistory, type SealedBytesLookup } from './diagnose/from-history.js'
import type { Digest } from './digest.js'
import { hexOf, perFileBatch, type DigestBatch, type DigestSink } from './digest-batch.js'
import { doubled } from './doubled.js'
import { finding, type Finding } from './finding.js'
import { collisions, compareBytewise } from './paths.js'
import type { PacketReport } from './report.js'
import { joinReportPath } from './repo-root.js'
import { packetJsonFindings, type JsonCheck } from './packet-json.js'
import { References } from './references.js'
import { CanonicalSealReader, KnownPaths, parseSeal, parseWhole, type ParsedSeal, type SealEntries, type SealEntry } from './seal-file.js'
import type { PacketProgress } from './progress.js'
import { treeHash, treeHashInOrder } from './tree-hash.js'

/** Largest seal file read; larger is a `seal` finding. */
export const SEAL_FILE_LIMIT = 64 << 20
/**
 * Files handed to the hasher at once within a packet: enough for the hash pool to send tiny files
 * in full batches to every thread (a queue entry and a path each while they wait).
 */
const CONCURRENCY = 4096

export interface PacketTarget {
  /** Absolute packet directory. */
  abs: string
  /** The packet directory as reports name it (repository-relative, '/'-separated). */
  dir: string
}

/** What verifying one packet needs besides the packet itself. */
export interface PacketContext {
  source: ByteSource
  sealFile: string
  /** The JSON step (docs/json-validation.md); without it, JSON files are not read as JSON. */
  json?: JsonCheck
  progress?: PacketProgress
  /** Resolves the seal's references (references.ts); without it, a reference is a `ref` finding. */
  references?: References
  /** Copies of sealed bytes from history, to prove what the core can only suspect (src/git, docs/git.md). */
  sealedBytes?: SealedBytesLookup
}

export async function verifyPacket(target: PacketTarget, context: PacketContext): Promise<PacketReport> {
  const { source, sealFile: sealFileName, progress } = context
  const at = (path: string) => joinReportPath(target.dir, path)
  const findings: Finding[] = []

  // Files are hashed as they are listed, and the seal is checked while the threads hash.
  const hashing = new Hashing(target.abs, source, progress)
  const { problems, hashed } = await listAndHash(target, context, hashing)
  progress?.listed(hashing.count, hashing.listedBytes())
  // `files[i]` is the path of file `order[i]` (listing order), in byte order.
  const order = Array.from({ length: hashing.count }, (_, k) => k).sort((a, b) => compareBytewise(hashing.path(a), hashing.path(b)))
  const files = order.map(k => hashing.path(k))
  // The seal's paths reuse the listing's strings where they are the same.
  const sealed = await readSeal(target, source, sealFileName, findings, new KnownPaths(files.length, i => files[i]))
  for (const p of problems) findings.push(finding(p.kind, at(p.path), `${p.path}: ${p.message}`))
  findings.push(...collisionFindings(files, at))

  const results = await hashed
  // The listing's size where it gives one (git: the committed blob's), else the length hashed.
  let bytes = 0
  for (let k = 0; k < results.count; k++) bytes += results.listedSize(k) ?? Math.max(results.bytes(k), 0)
  let allHashed = problems.length === 0
  order.forEach((k, i) => {
    const e = results.error(k)
    if (e !== undefined) {
      findings.push(readFinding(e, at(files[i]), files[i]))
      allHashed = false
    }
  })

  let actualTree: string | null = null
  if (sealed !== null) {
    // One pass over both sorted lists. `same` stays true while the files are exactly the sealed
    // ones: then the actual tree is the one recomputed from the seal.
    const entries = sealed.files
    const refused = new Set(problems.map(p => p.path))
    const drifted: [SealEntry, Digest][] = []
    const references: SealEntry[] = []
    let same = true
    for (let i = 0, j = 0; i < files.length || j < entries.length; ) {
      const cmp = i === files.length ? 1 : j === entries.length ? -1 : compareBytewise(files[i], entries.path(j))
      if (cmp < 0) {
        const path = files[i++]
        findings.push(finding('extra', at(path), `${path}: present but not listed in the seal`))
        same = false
        continue
      }
      const e = j++
      if (entries.ref(e) !== undefined) references.push(entries.entry(e))
      if (cmp > 0) {
        const path = entries.path(e)
        if (entries.ref(e) === undefined) {
          if (!refused.has(path)) findings.push(finding('missing', at(path), `${path}: listed in the seal but absent`))
          same = false
        }
      } else {
        const k = order[i++]
        if (results.error(k) !== undefined || entries.ref(e) !== undefined) same = false
        else if (!results.matches(k, entries, e)) drifted.push([entries.entry(e), results.digest(k)])
      }
    }
    for (const [entry, digest] of drifted) findings.push(await mismatchFinding(target, context, entry, digest, at(entry.path)))
    const refs = await (context.references ?? new References(source, null)).check(target.dir, references, presentPaths(files, problems), at)
    findings.push(...refs.findings)
    allHashed &&= refs.allResolved
    const recomputed = treeHashInOrder(entries)
    if (recomputed !== sealed.tree) {
      findings.push(
        finding('tree', at(sealFileName), `tree value ${sealed.tree} does not match the files listed in the seal (they hash to ${recomputed})`)
      )
    }
    if (allHashed) actualTree = same && drifted.length === 0 && refs.findings.length === 0 ? recomputed : treeOf(files, order, results, refs.digests)
  } else if (allHashed) {
    actualTree = treeOf(files, order, results, new Map())
  }

  if (context.json !== undefined) {
    findings.push(...(await packetJsonFindings(target.abs, files, at, source, context.json)))
  }

  const ordered = sortFindings(findings)
  return {
    dir: target.dir,
    ok: sealed !== null && ordered.length === 0,
    tree: { sealed: sealed?.tree ?? null, actual: actualTree },
    files: files.length,
    bytes,
    findings: ordered
  }
}

/**
 * Lists the packet, handing each file to `hashing` as it is found. What verification keeps of the
 * listing is the paths `hashing` holds and the problems: the listing's object per file is let go
 * here.
 */
async function listAndHash(target: PacketTarget, { source, sealFile }: PacketContext, hashing: Hashing) {
  const listing = await source.list(target.abs, sealFile, file => hashing.add(file))
  return { problems: listing.problems, hashed: hashing.finish(listing.files) }
}

/**
 * Hashes the files of a packet as they are listed, CONCURRENCY at a time, through one batch of the
 * source (digest-batch.ts): results arrive by index and are kept as 32 bytes and a length per file,
 * and of each listed file only its path and listed size are kept, without an object per file.
 * `finish` takes the complete listing, hashes any file the source did not hand over while listing,
 * and resolves once every file is hashed or failed; it never rejects, and throws at once when the
 * files handed over are not the files listed (another path or size).
 */
class Hashing implements DigestSink {
  /** Path of each file, in listing order. */
  private readonly paths: string[] = []
  // Room for a few files at first, doubled as files come: a run of many small packets made one
  // set of these per packet, and 1,024 files' worth each held tens of MiB over 1,000 packets.
  private digests = new Uint8Array(32 * 16)
  /** Length hashed per file; -1 until hashed, and for a file that failed. */
  private sizes = new Float64Array(16).fill(-1)
  /** Size the listing gave per file, NaN where it gave none; null while it gave none at all (a folder on disk). */
  private listed: Float64Array | null = null
  private readonly errors = new Map<number, Error>()
  private readonly batch: DigestBatch
  private next = 0
  private settled = 0
  private finished: (() => void) | null = null
  private readonly pathOf: (path: string) => string

  constructor(
    abs: string,
    source: ByteSource,
    private readonly progress?: PacketProgress
  ) {
    // Paths are checked (no '.', '..' or empty segment): joining is concatenating, as `join` would.
    const prefix = abs.endsWith(sep) ? abs : abs + sep
    this.pathOf = sep === '/' ? path => prefix + path : path => join(abs, path)
    this.batch = source.digestBatch?.(this) ?? perFileBatch(p => source.digest(p), this)
  }

  add(file: ListedFile): void {
    const k = this.paths.length
    if (k === this.sizes.length) this.grow()
    this.paths.push(file.path)
    if (file.size !== null) this.listed ??= new Float64Array(this.sizes.length).fill(NaN)
    if (this.listed !== null) this.listed[k] = file.size ?? NaN
    if (this.next - this.settled < CONCURRENCY) this.start()
  }

  finish(listed: readonly ListedFile[]): Promise<this> {
    // A source that handed over nothing while listing is hashed now; one that handed over other
    // files than it listed is a fault of the gate, never a pass.
    if (this.paths.length === 0) for (const file of listed) this.add(file)
    if (this.paths.length !== listed.length || listed.some((f, k) => f.path !== this.paths[k] || f.size !== this.listedSize(k))) {
      throw new Error('internal: the files handed over while listing are not the files listed')
    }
    return new Promise(resolve => {
      this.finished = () => resolve(this)
      if (this.settled === this.paths.length) this.finished()
    })
  }

  /** Files listed. */
  get count(): number {
    return this.paths.length
  }

  /** Path of file `k` (listing order). */
  path(k: number): string {
    return this.paths[k]
  }

  /** Size the listing gave for file `k`, or null. */
  listedSize(k: number): number | null {
    const size = this.listed?.[k] ?? NaN
    return Number.isNaN(size) ? null : size
  }

  /** Total of the sizes the listing gave, or null when it did not give every one. */
  listedBytes(): number | null {
    if (this.listed === null) return this.paths.length === 0 ? 0 : null
    let total = 0
    for (let k = 0; k < this.paths.length; k++) total += this.listed[k]
    return Number.isNaN(total) ? null : total
  }

  /** Why file `k` (listing order) could not be hashed, or undefined when it was. */
  error(k: number): Error | undefined {
    return this.errors.get(k) ?? (this.sizes[k] < 0 ? new Error('internal: a file was never hashed') : undefined)
  }

  /** Length hashed of file `k`, -1 when it was not. */
  bytes(k: number): number {
    return this.sizes[k]
  }

  /** Whether file `k` has the length and digest of seal entry `e`. */
  matches(k: number, entries: SealEntries, e: number): boolean {
    return entries.holds(e, this.digests, 32 * k, this.sizes[k])
  }

  digest(k: number): Digest {
    return { sha256: hexOf(this.digests, 32 * k), bytes: this.sizes[k] }
  }

  hashed(index: number, digests: Uint8Array, at: number, bytes: number): void {
    if (index >= this.next || this.sizes[index] >= 0 || this.errors.has(index)) throw new Error(`internal: file ${index} reported twice or never sent`)
    for (let b = 0; b < 32; b++) this.digests[32 * index + b] = digests[at + b]
    this.sizes[index] = bytes
    this.done(bytes)
  }

  failed(index: number, error: Error): void {
    this.errors.set(index, error)
    this.done(this.listedSize(index) ?? 0)
  }

  private grow(): void {
    this.digests = doubled(this.digests, n => new Uint8Array(n))
    this.sizes = doubled(this.sizes, n => new Float64Array(n).fill(-1))
    if (this.listed !== null) this.listed = doubled(this.listed, n => new Float64Array(n))
  }

  private start(): void {
    // The listed size, where the listing gives one, helps the pool share the work out.
    const k = this.next++
    this.batch.add(this.pathOf(this.paths[k]), this.listedSize(k) ?? undefined)
  }

  private done(bytes: number): void {
    this.progress?.hashed(bytes)
    this.settled++
    if (this.next < this.paths.length) this.start()
    else if (this.finished !== null && this.settled === this.paths.length) this.finished()
  }
}

/** The tree hash of what is present: the files hashed, and the canonical files of references. */
function treeOf(files: readonly string[], order: readonly number[], results: Hashing, refs: ReadonlyMap<string, Digest>): string {
  const actual = new Map<string, string>()
  files.forEach((path, i) => {
    if (results.error(order[i]) === undefined) actual.set(path, results.digest(order[i]).sha256)
  })
  for (const [path, d] of refs) actual.set(path, d.sha256)
  return treeHash([...actual].map(([path, sha256]) => ({ path, sha256 })))
}

/**
 * Reads and checks the seal. Where the source reads in pieces, a canonical seal is parsed as they
 * arrive and never held whole; a seal that is not canonical is read again whole and checked by
 * `parseWhole`, which says what is wrong.
 */
async function readSeal(target: PacketTarget, source: ByteSource, sealFileName: string, findings: Finding[], known: KnownPaths) {
  const file = joinReportPath(target.dir, sealFileName)
  const abs = join(target.abs, sealFileName)
  let parsed: ParsedSeal | null = null
  let bytes: Buffer | undefined
  try {
    if (source.readPieces !== undefined) {
      const reader = new CanonicalSealReader(file, sealFileName, known)
      await source.readPieces(abs, SEAL_FILE_LIMIT, piece => reader.push(piece))
      parsed = reader.end()
    }
    if (parsed === null) bytes = await source.read(abs, SEAL_FILE_LIMIT)
  } catch (e) {
    findings.push(finding('seal', file, `seal file cannot be read: ${(e as Error).message}`))
    return null
  }
  // Read whole: a seal already refused in pieces goes straight to parseWhole.
  if (bytes !== undefined) parsed = source.readPieces === undefined ? parseSeal(bytes, file, sealFileName, known) : parseWhole(bytes, file, sealFileName)
  findings.push(...(parsed as ParsedSeal).findings)
  return (parsed as ParsedSeal).seal
}

async function mismatchFinding(target: PacketTarget, { source, sealedBytes }: PacketContext, entry: SealEntry, digest: Digest, file: string) {
  const head = `${entry.path}: drifted from its seal: ${lengthDrift(entry, digest)}`
  const { diagnosis, bytes } = await diagnoseFile(source, join(target.abs, entry.path), entry, digest)
  const d = bytes === null ? diagnosis : await withHistory(diagnosis, bytes, entry, target.abs, sealedBytes)
  return finding('mismatch', file, `${head}; ${d.detail}`, { line: d.line, causes: d.causes, evidence: d.evidence })
}

/** Every path the listing holds, files and refused entries alike. */
function* presentPaths(files: readonly string[], problems: readonly ListingProblem[]): Iterable<string> {
  yield* files
  for (const p of problems) yield p.path
}

function readFinding(e: unknown, file: string, path: string): Finding {
  if (e instanceof ReadError) {
    return finding(e.reason === 'unreadable' ? 'unreadable' : 'unsafe', file, `${path}: ${e.message}`)
  }
  throw e
}

function collisionFindings(files: readonly string[], at: (p: string) => string): Finding[] {
  return collisions(files.length, i => files[i]).map(([i, j]) => {
    const [path, other] = [files[i], files[j]]
    return finding('unsafe', at(path), `${path}: collides with ${other} under case folding or Unicode normalization`)
  })
}

/** Stable order: by file, then kind, so that reports compare equal run after run. */
function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort((a, b) => (a.file === b.file ? (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0) : compareBytewise(a.file, b.file)))
}
