/**
 * Append-only packets (docs/git.md, section "Append-only packets"). A packet that exists at the
 * base of a change is evidence already issued: the change must keep its seal byte for byte (and
 * verification then holds every sealed file to it). A change that edits, re-seals or deletes it
 * gets a `reseal` finding naming what changed. New packets are welcome. Pure: the caller hands in
 * the seal bytes at both ends.
 */
import { finding, type Finding } from './finding.js'
import { joinReportPath } from './repo-root.js'
import { parseSeal, type SealEntry } from './seal-file.js'

export interface SealAtBase {
  /** Packet directory as reports name it ('.' for the root). */
  dir: string
  /** The seal file's bytes at the base commit. */
  base: Uint8Array
  /** The seal file's bytes at the head commit, or null when the packet's seal is gone. */
  head: Uint8Array | null
}

/** What a change did to a packet that existed at its base; empty when the seal is unchanged. */
export function resealFindings(packet: SealAtBase, sealFileName: string, baseName: string): Finding[] {
  const sealPath = joinReportPath(packet.dir, sealFileName)
  if (packet.head === null) {
    return [finding('reseal', sealPath, `packet ${packet.dir} existed at ${baseName} and its seal is deleted: sealed packets are append-only`)]
  }
  if (Buffer.from(packet.base).equals(Buffer.from(packet.head))) return []
  const before = parseSeal(packet.base, sealPath, sealFileName).seal
  const after = parseSeal(packet.head, sealPath, sealFileName).seal
  if (before === null || after === null) {
    return [finding('reseal', sealPath, `the seal of packet ${packet.dir} was rewritten since ${baseName}: sealed packets are append-only`)]
  }
  const out: Finding[] = []
  const old = new Map([...before.files].map(e => [e.path, e]))
  const now = new Map([...after.files].map(e => [e.path, e]))
  const at = (path: string) => joinReportPath(packet.dir, path)
  for (const [path, e] of old) {
    const n = now.get(path)
    if (n === undefined) out.push(finding('reseal', at(path), `${path}: sealed at ${baseName}, removed from the seal`))
    else if (n.sha256 !== e.sha256 || n.bytes !== e.bytes) {
      out.push(finding('reseal', at(path), `${path}: re-sealed with other bytes (${describe(e)} at ${baseName}, now ${describe(n)})`))
    } else if (n.ref !== e.ref) {
      out.push(finding('reseal', at(path), `${path}: re-sealed as ${origin(n)} (${origin(e)} at ${baseName})`))
    }
  }
  for (const [path, n] of now) {
    if (!old.has(path)) out.push(finding('reseal', at(path), `${path}: added to a packet sealed at ${baseName} (${describe(n)})`))
  }
  if (out.length === 0) {
    out.push(finding('reseal', sealPath, `the seal of packet ${packet.dir} was rewritten since ${baseName} (same entries): sealed packets are append-only`))
  }
  return out
}

/** Where an entry's bytes come from: the packet, or a referenced canonical file. */
function origin(e: SealEntry): string {
  return e.ref === undefined ? 'a file of the packet' : `a reference to ${e.ref}`
}

function describe(e: SealEntry): string {
  return `sha256 ${e.sha256.slice(0, 12)}, ${e.bytes} bytes`
}
