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
  /** Present when this run verified one shard of the packets (`--shard K/N`, docs/report-format.md). */
  shard?: ShardReport
}

export interface ShardReport {
  /** This shard, 1..n. */
  k: number
  /** Number of shards. */
  n: number
  /** Packets of the whole run, over all shards (this shard verified `packets.length` of them). */
  total: number
}

export interface Warning {
  /** Relative to the repository root, '/'-separated. */
  file: string
  /** One line, plain words. */
  message: string
}

/**
 * True when nothing fell short and something was verified. A shard whose slice is empty passes
 * when the run as a whole has packets: another shard verifies them.
 */
export function reportOk(packets: PacketReport[], findings: Finding[], shard?: ShardReport): boolean {
  const something = packets.length > 0 || (shard !== undefined && shard.total > 0)
  return something && findings.length === 0 && packets.every(p => p.ok && p.findings.length === 0)
}

export function countFindings(report: Report): number {
  return report.findings.length + report.packets.reduce((n, p) => n + p.findings.length, 0)
}
