/**
 * The report: what `seal-gate verify --json` prints and what the Action writes to its `report`
 * output file. Specified in docs/report-format.md; schema in src/core/schemas/report.schema.json.
 */
import type { Finding } from './finding.js'

export interface PacketReport {
  /** Packet directory relative to the repository root, '/'-separated ('.' for the root itself). */
  dir: string
  ok: boolean
  tree: {
    /** The tree value written in the seal, or null when the seal could not be read. */
    sealed: string | null
    /** The tree hash of the files actually present, or null when they could not all be hashed. */
    actual: string | null
  }
  /** Number of regular files found in the packet (the seal file excluded). */
  files: number
  /** Total bytes of those files. */
  bytes: number
  findings: Finding[]
}

export interface Report {
  ok: boolean
  /** Seal format version this gate reads. */
  seal: 1
  packets: PacketReport[]
  /** Findings that belong to no packet (nothing found, broken configuration, internal error). */
  findings: Finding[]
  /**
   * Things worth saying that are not findings and never change `ok` (e.g. a working-tree file
   * that differs from the commit judged: docs/git.md). Absent when there are none.
   */
  warnings?: Warning[]
}

export interface Warning {
  /** Relative to the repository root, '/'-separated. */
  file: string
  /** One line, plain words. */
  message: string
}

export function reportOk(packets: PacketReport[], findings: Finding[]): boolean {
  return packets.length > 0 && findings.length === 0 && packets.every(p => p.ok && p.findings.length === 0)
}

export function countFindings(report: Report): number {
  return report.findings.length + report.packets.reduce((n, p) => n + p.findings.length, 0)
}
