/**
 * Verifying one packet (docs/seal-format.md, section "Verification"): the seal is read and
 * checked first; then the files present are compared with the files listed, every present file is
 * hashed, every difference becomes a finding, and every mismatch is diagnosed. Reads only.
 */
import { join } from 'node:path'
import { ReadError, type ByteSource, type ListedFile } from './byte-source.js'
import { diagnose } from './diagnose/diagnose.js'
import type { Digest } from './digest.js'
import { finding, type Finding } from './finding.js'
import { mapLimit } from './map-limit.js'
import { collisionKey, compareBytewise } from './paths.js'
import type { PacketReport } from './report.js'
import { joinReportPath } from './repo-root.js'
import { packetJsonFindings, type JsonCheck } from './packet-json.js'
import { References } from './references.js'
import { parseSeal, type SealEntry } from './seal-file.js'
import type { PacketProgress } from './progress.js'
import { treeHash } from './tree-hash.js'

/** Largest seal file read; larger is a `seal` finding. */
export const SEAL_FILE_LIMIT = 64 << 20
/** Largest drifted file read whole for diagnosis; a larger one is reported with cause `unknown`. */
export const DIAGNOSIS_LIMIT = 64 << 20
/**
 * Files handed to the hasher at once within a packet: enough for the hash pool to batch tiny
 * files and keep every thread busy (the pool, not this number, bounds memory).
 */
const CONCURRENCY = 512

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
}

export async function verifyPacket(target: PacketTarget, context: PacketContext): Promise<PacketReport> {
  const { source, sealFile: sealFileName, progress } = context
  const at = (path: string) => joinReportPath(target.dir, path)
  const findings: Finding[] = []

  const sealed = await readSeal(target, source, sealFileName, findings)
  const listing = await source.list(target.abs, sealFileName)
  listing.files.sort((a, b) => compareBytewise(a.path, b.path))
  for (const p of listing.problems) findings.push(finding(p.kind, at(p.path), `${p.path}: ${p.message}`))
  findings.push(...collisionFindings(listing.files, at))
  progress?.listed(listing.files.length, listing.files.reduce((n, f) => n + f.size, 0))

  const digests = await mapLimit(listing.files, CONCURRENCY, async file => {
    try {
      return await source.digest(join(target.abs, file.path))
    } catch (e) {
      findings.push(readFinding(e, at(file.path), file.path))
      return null
    } finally {
      progress?.hashed(file.size)
    }
  })
  const actual = new Map<string, Digest>()
  listing.files.forEach((file, i) => {
    const d = digests[i]
    if (d !== null) actual.set(file.path, d)
  })
  let allHashed = listing.problems.length === 0 && actual.size === listing.files.length

  if (sealed !== null) {
    const listed = new Map(sealed.files.map(e => [e.path, e]))
    const present = new Set([...listing.files, ...listing.problems].map(f => f.path))
    for (const entry of sealed.files) {
      if (entry.ref === undefined && !present.has(entry.path)) {
        findings.push(finding('missing', at(entry.path), `${entry.path}: listed in the seal but absent`))
      }
    }
    for (const file of listing.files) {
      if (!listed.has(file.path)) findings.push(finding('extra', at(file.path), `${file.path}: present but not listed in the seal`))
    }
    for (const [path, digest] of actual) {
      const entry = listed.get(path)
      if (entry !== undefined && entry.ref === undefined && (entry.sha256 !== digest.sha256 || entry.bytes !== digest.bytes)) {
        findings.push(await mismatchFinding(target, source, entry, digest, at(path)))
      }
    }
    const refs = await (context.references ?? new References(source, null)).check(target.dir, sealed.files, present, at)
    findings.push(...refs.findings)
    for (const [path, d] of refs.digests) actual.set(path, d)
    allHashed &&= refs.allResolved
    const recomputed = treeHash(sealed.files)
    if (recomputed !== sealed.tree) {
      findings.push(
        finding('tree', at(sealFileName), `tree value ${sealed.tree} does not match the files listed in the seal (they hash to ${recomputed})`)
      )
    }
  }

  if (context.json !== undefined) {
    findings.push(...(await packetJsonFindings(target.abs, listing.files, at, source, context.json)))
  }

  const files = [...actual].map(([path, d]) => ({ path, sha256: d.sha256 }))
  const ordered = sortFindings(findings)
  return {
    dir: target.dir,
    ok: sealed !== null && ordered.length === 0,
    tree: { sealed: sealed?.tree ?? null, actual: allHashed ? treeHash(files) : null },
    files: listing.files.length,
    bytes: listing.files.reduce((n, f) => n + f.size, 0),
    findings: ordered
  }
}

async function readSeal(target: PacketTarget, source: ByteSource, sealFileName: string, findings: Finding[]) {
  const file = joinReportPath(target.dir, sealFileName)
  let bytes: Buffer
  try {
    bytes = await source.read(join(target.abs, sealFileName), SEAL_FILE_LIMIT)
  } catch (e) {
    findings.push(finding('seal', file, `seal file cannot be read: ${(e as Error).message}`))
    return null
  }
  const parsed = parseSeal(bytes, file, sealFileName)
  findings.push(...parsed.findings)
  return parsed.seal
}

async function mismatchFinding(target: PacketTarget, source: ByteSource, entry: SealEntry, digest: Digest, file: string) {
  const what =
    entry.bytes === digest.bytes
      ? `same length (${digest.bytes} bytes), other bytes`
      : `${digest.bytes} bytes where the seal has ${entry.bytes}`
  const head = `${entry.path}: drifted from its seal: ${what}`
  if (digest.bytes > DIAGNOSIS_LIMIT) {
    return finding('mismatch', file, `${head}; too large to diagnose (over ${DIAGNOSIS_LIMIT} bytes)`, {
      causes: ['unknown'],
      evidence: 'suspected'
    })
  }
  let bytes: Buffer
  try {
    bytes = await source.read(join(target.abs, entry.path), DIAGNOSIS_LIMIT)
  } catch (e) {
    return finding('mismatch', file, `${head}; could not be read again to diagnose: ${(e as Error).message}`, {
      causes: ['unknown'],
      evidence: 'suspected'
    })
  }
  const d = diagnose(bytes, entry)
  return finding('mismatch', file, `${head}; ${d.detail}`, { line: d.line, causes: d.causes, evidence: d.evidence })
}

function readFinding(e: unknown, file: string, path: string): Finding {
  if (e instanceof ReadError) {
    return finding(e.reason === 'unreadable' ? 'unreadable' : 'unsafe', file, `${path}: ${e.message}`)
  }
  throw e
}

function collisionFindings(files: readonly ListedFile[], at: (p: string) => string): Finding[] {
  const seen = new Map<string, string>()
  const out: Finding[] = []
  for (const f of files) {
    const key = collisionKey(f.path)
    const other = seen.get(key)
    if (other !== undefined) {
      out.push(finding('unsafe', at(f.path), `${f.path}: collides with ${other} under case folding or Unicode normalization`))
    } else seen.set(key, f.path)
  }
  return out
}

/** Stable order: by file, then kind, so that reports compare equal run after run. */
function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort((a, b) =>
    a.file === b.file ? (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0) : Buffer.compare(Buffer.from(a.file), Buffer.from(b.file))
  )
}
