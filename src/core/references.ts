/**
 * Checking the references of a seal (docs/seal-format.md, section 7): an entry with `ref` stands
 * for the canonical file at that repository path, whose sha256 and length it lists. The in-packet
 * path must be absent from the packet, the reference must point outside the packet, and the
 * canonical file must be a regular file, reached without a symbolic link, with exactly the sealed
 * bytes. Anything else is a `ref` finding; other bytes are diagnosed as a mismatch would be.
 *
 * The canonical file is read through the run's ByteSource (committed bytes in git mode, the disk
 * in worktree mode) relative to the repository root, and hashed once per run however many
 * entries reference it.
 */
import { join } from 'node:path'
import { ReadError, type ByteSource } from './byte-source.js'
import type { Diagnosis } from './diagnose/diagnose.js'
import { diagnoseFile, lengthDrift } from './diagnose/diagnose-file.js'
import type { Digest } from './digest.js'
import { finding, type Finding } from './finding.js'
import { mapLimit } from './map-limit.js'
import { collisionKey } from './paths.js'
import type { SealEntry } from './seal-file.js'

/** Canonical files handed to the byte source at once (its pool, not this number, bounds memory). */
const CONCURRENCY = 64

type Resolution = { digest: Digest } | { problem: string }

export interface ReferenceCheck {
  findings: Finding[]
  /** The canonical digests of the entries whose canonical file could be hashed, by in-packet path. */
  digests: Map<string, Digest>
  /** Every referenced canonical file could be hashed. */
  allResolved: boolean
}

/** One per run: caches what each canonical file is, so that it is hashed (and diagnosed) once. */
export class References {
  private readonly resolved = new Map<string, Promise<Resolution>>()
  private readonly diagnosed = new Map<string, Promise<Diagnosis>>()

  constructor(
    private readonly source: ByteSource,
    /** Absolute repository root: references are relative to it, and so are report paths (null: unknown, every reference fails). */
    private readonly repoRoot: string | null
  ) {}

  /**
   * Checks the reference entries of a packet. `dir` is the packet's report path, `present` every
   * path the packet's listing holds (files and refused entries), `at` makes a report path.
   */
  async check(dir: string, entries: readonly SealEntry[], present: Iterable<string>, at: (path: string) => string): Promise<ReferenceCheck> {
    const out: ReferenceCheck = { findings: [], digests: new Map(), allResolved: true }
    const refs = entries.filter((e): e is SealEntry & { ref: string } => e.ref !== undefined)
    if (refs.length === 0) return out
    const { files, folders } = occupied(present)
    // Distinct canonical files are hashed side by side (as packet files are), each once per run.
    const distinct = [...new Set(refs.filter(e => !insideDir(e.ref, dir)).map(e => e.ref))]
    await mapLimit(distinct, CONCURRENCY, ref => this.resolve(ref))
    for (const entry of refs) {
      const head = `${entry.path}: references ${entry.ref}`
      if (insideDir(entry.ref, dir)) {
        out.findings.push(finding('ref', at(entry.path), `${head}, which lies inside this packet: a reference points outside its packet (seal the file itself instead)`))
        out.allResolved = false
        continue
      }
      if (files.has(entry.path) || folders.has(entry.path)) {
        const what = files.has(entry.path) ? 'a file' : 'a folder'
        out.findings.push(
          finding('ref', at(entry.path), `${head}, but the packet also holds ${what} at ${entry.path}: a referenced path must be absent from the packet`)
        )
      }
      const resolution = await this.resolve(entry.ref)
      if ('problem' in resolution) {
        out.findings.push(finding('ref', entry.ref, `${head}, which ${resolution.problem}`))
        out.allResolved = false
        continue
      }
      const digest = resolution.digest
      out.digests.set(entry.path, digest)
      if (digest.sha256 !== entry.sha256 || digest.bytes !== entry.bytes) out.findings.push(await this.diagnosis(entry, digest))
    }
    return out
  }

  private resolve(ref: string): Promise<Resolution> {
    let pending = this.resolved.get(ref)
    if (pending === undefined) {
      pending = this.hash(ref)
      this.resolved.set(ref, pending)
    }
    return pending
  }

  private async hash(ref: string): Promise<Resolution> {
    if (this.repoRoot === null) return { problem: 'cannot be resolved: no repository root was given' }
    const problem = await this.source.fileProblem(this.repoRoot, ref)
    if (problem !== null) return { problem }
    try {
      return { digest: await this.source.digest(join(this.repoRoot, ref)) }
    } catch (e) {
      if (e instanceof ReadError) return { problem: `cannot be read: ${e.message}` }
      throw e
    }
  }

  /** The finding for a canonical file with other bytes; one file against one sealed digest is diagnosed once. */
  private async diagnosis(entry: SealEntry & { ref: string }, digest: Digest): Promise<Finding> {
    const key = `${entry.ref}\0${entry.sha256}\0${entry.bytes}`
    let pending = this.diagnosed.get(key)
    if (pending === undefined) {
      pending = this.diagnose(entry.ref, entry, digest)
      this.diagnosed.set(key, pending)
    }
    const d = await pending
    const message = `${entry.path}: references ${entry.ref}, whose bytes drifted from the seal: ${lengthDrift(entry, digest)}; ${d.detail}`
    return finding('ref', entry.ref, message, { line: d.line, causes: [...d.causes], evidence: d.evidence })
  }

  private async diagnose(ref: string, sealed: Digest, digest: Digest): Promise<Diagnosis> {
    return (await diagnoseFile(this.source, join(this.repoRoot as string, ref), sealed, digest)).diagnosis
  }
}

/** A repository path at or under the packet directory `dir` ('.' for the root), compared as a case-folding file system would. */
export function insideDir(path: string, dir: string): boolean {
  if (dir === '.') return true
  const p = collisionKey(path)
  const d = collisionKey(dir)
  return p === d || p.startsWith(`${d}/`)
}

/** The paths a packet holds, and every folder above them. */
export function occupied(present: Iterable<string>): { files: Set<string>; folders: Set<string> } {
  const files = new Set<string>()
  const folders = new Set<string>()
  for (const path of present) {
    files.add(path)
    for (let i = path.indexOf('/'); i >= 0; i = path.indexOf('/', i + 1)) folders.add(path.slice(0, i))
  }
  return { files, folders }
}
