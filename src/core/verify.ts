/**
 * The verifier's front door: finds the packets under the given paths and verifies each one.
 * Knows nothing about GitHub or terminals; returns a Report that the adapters present.
 */
import { resolve } from 'node:path'
import type { ByteSource } from './byte-source.js'
import { discoverPackets, discoveryFindings } from './discover.js'
import { finding, type Finding } from './finding.js'
import { FsSource } from './fs-source.js'
import { defaultHasher } from './hasher.js'
import type { RepoFiles } from './json/repo-files.js'
import { prepareJsonCheck } from './packet-json.js'
import { ProgressTracker, type ProgressCallback } from './progress.js'
import { reportOk, type PacketReport, type Report } from './report.js'
import { findRepoRoot, reportPath } from './repo-root.js'
import { References } from './references.js'
import { DEFAULT_SEAL_FILE } from './seal-file.js'
import { shardFilter, type Shard } from './shard.js'
import type { SealedBytesLookup } from './diagnose/from-history.js'
import { verifyPacket } from './verify-packet.js'

export interface VerifyOptions {
  /** Search roots: packet directories or folders holding packets (default: the current directory). */
  paths?: readonly string[]
  /** Folder that relative paths start from (default: process.cwd()). */
  cwd?: string
  /** Root that report paths are relative to (default: the git repository around `cwd`, else `cwd`). */
  repoRoot?: string
  sealFile?: string
  source?: ByteSource
  /**
   * JSON validation configuration, relative to `repoRoot` (default: `.github/seal-gate.yml` when
   * present). A broken configuration throws ConfigError: bad usage, not a verdict.
   */
  config?: string
  /** Called with progress events (progress.ts), at most a few times a second, and once at the end. */
  onProgress?: ProgressCallback
  /**
   * Verify only this shard's slice of the packets found (shard.ts `shardFilter`, on packet
   * directories relative to `repoRoot`). Run-level findings are kept by every shard.
   */
  shard?: Shard
  /** Bytes per packet directory (relative to `repoRoot`) that balance the shards; default: by count. */
  shardSizes?: ReadonlyMap<string, number>
  /** Copies of sealed bytes from history, for diagnosis only (src/git/sealed-history.ts). */
  sealedBytes?: SealedBytesLookup
  /**
   * Where the configuration and the schemas it names are read from (default: the disk under
   * `repoRoot`); in git mode the commit judged (src/git/commit-files.ts).
   */
  repoFiles?: RepoFiles
}

/** Discovers and verifies. Throws UsageError for a search path that does not exist. */
export async function verify(options: VerifyOptions = {}): Promise<Report> {
  const cwd = resolve(options.cwd ?? process.cwd())
  const sealFile = options.sealFile ?? DEFAULT_SEAL_FILE
  const repoRoot = resolve(options.repoRoot ?? findRepoRoot(cwd))
  const roots = (options.paths && options.paths.length > 0 ? options.paths : ['.']).map(p => resolve(cwd, p))
  const discovery = await discoverPackets(roots, sealFile)
  const findings = discoveryFindings(discovery.problems, repoRoot)
  return verifyPackets(discovery.packets, { ...options, repoRoot, sealFile }, findings)
}

/** Verifies known packet directories (absolute). `findings` are run-level findings already made. */
export async function verifyPackets(
  packetDirs: readonly string[],
  options: VerifyOptions,
  findings: Finding[] = []
): Promise<Report> {
  const sealFile = options.sealFile ?? DEFAULT_SEAL_FILE
  const repoRoot = resolve(options.repoRoot ?? findRepoRoot(options.cwd ?? process.cwd()))
  const source = options.source ?? new FsSource()
  const packets: PacketReport[] = []
  const json = await prepareJsonCheck(repoRoot, options.config, options.repoFiles)
  const all = [...new Set(packetDirs)].map(abs => ({ abs, dir: reportPath(repoRoot, abs) }))
  const inShard = options.shard ? shardFilter(all.map(p => p.dir), options.shard, options.shardSizes) : null
  const mine = inShard === null ? all : all.filter(p => inShard(p.dir))
  const progress = options.onProgress ? new ProgressTracker(options.onProgress, mine.length) : undefined
  // One per run: a canonical file referenced by many entries or packets is hashed once.
  const references = new References(source, repoRoot)
  try {
    for (const packet of mine) {
      const context = { source, sealFile, json, progress: progress?.packet(), references, sealedBytes: options.sealedBytes }
      packets.push(await verifyPacket(packet, context))
      progress?.packetDone()
    }
  } finally {
    // Hashing threads never outlive a verification (they would restart on the next file).
    await defaultHasher.release()
  }
  progress?.finish()
  const runFindings = [...findings]
  if (all.length === 0) {
    runFindings.push(finding('no-packets', '.', `no packet found: no directory holds a ${sealFile}`))
  }
  const shard = options.shard ? { k: options.shard.k, n: options.shard.n, total: all.length } : undefined
  const report: Report = { ok: reportOk(packets, runFindings, shard), seal: 1, packets, findings: runFindings }
  if (shard) report.shard = shard
  return report
}
