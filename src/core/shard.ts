/**
 * Sharding: verifying a deterministic 1/N slice of the packets, so that N jobs (a matrix on
 * GitHub Actions) share a large repository. Shards are numbered 1..N, as a `K/N` input reads.
 *
 * Two ways to assign a packet to a shard, both deterministic:
 *
 * - Without sizes, `shardOf` hashes the packet directory: shard = 1 + (first 48 bits of
 *   sha256(dir) mod N). A packet's shard depends on nothing but its own directory and N, so it
 *   never moves when other packets come and go; shards balance by count, statistically.
 * - With sizes (bytes per packet, known from the seals without hashing anything), `selectShard`
 *   balances bytes: packets are taken largest first (ties by directory in byte order) and each goes
 *   to the shard with the fewest bytes so far (ties to the lowest shard). That is a pure function
 *   of the set of packets and their sizes, so every job of one workflow run, looking at the same
 *   commit, computes the same assignment; the largest shard is at most 4/3 of the best possible
 *   (plus one packet). The price: adding or resizing a packet can move others to another shard.
 *   A packet whose size is unknown weighs the average known size (1 if none is known).
 *
 * Either way the N slices are disjoint and cover every packet exactly once
 * (__tests__/perf/shard.test.ts).
 */
import { createHash } from 'node:crypto'
import { compareBytewise } from './paths.js'
import { UsageError } from './usage-error.js'

export interface Shard {
  /** 1-based index of this shard. */
  k: number
  /** Number of shards. */
  n: number
}

/** Largest N accepted: more jobs than this is a typo, not a plan. */
export const MAX_SHARDS = 256

/** Parses `K/N` (1 <= K <= N <= MAX_SHARDS). Throws UsageError with the rule that was broken. */
export function parseShard(text: string): Shard {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text)
  if (m === null) throw new UsageError(`shard must look like K/N (for example 2/4), not ${JSON.stringify(text)}`)
  const k = Number(m[1])
  const n = Number(m[2])
  if (n < 1 || n > MAX_SHARDS) throw new UsageError(`shard ${text}: N must be between 1 and ${MAX_SHARDS}`)
  if (k < 1 || k > n) throw new UsageError(`shard ${text}: K must be between 1 and N (${n}); shards are numbered from 1`)
  return { k, n }
}

/** The shard (1..n) of a packet directory, by hash alone (see the module comment). */
export function shardOf(packetDir: string, n: number): number {
  checkN(n)
  const digest = createHash('sha256').update(packetDir, 'utf8').digest()
  return 1 + (digest.readUIntBE(0, 6) % n)
}

/**
 * The packets of shard `k` of `n`, in their input order. `sizes` (packet -> bytes) switches from
 * hash assignment to byte balancing (see the module comment). Duplicates are counted once.
 */
export function selectShard(packets: readonly string[], k: number, n: number, sizes?: ReadonlyMap<string, number>): string[] {
  checkN(n)
  if (!Number.isInteger(k) || k < 1 || k > n) throw new UsageError(`shard ${k}/${n}: K must be between 1 and ${n}`)
  const assignment = assignShards(packets, n, sizes)
  return [...new Set(packets)].filter(p => assignment.get(p) === k)
}

/** Every packet's shard (1..n). */
export function assignShards(packets: readonly string[], n: number, sizes?: ReadonlyMap<string, number>): Map<string, number> {
  checkN(n)
  const unique = [...new Set(packets)]
  const out = new Map<string, number>()
  if (sizes === undefined) {
    for (const p of unique) out.set(p, shardOf(p, n))
    return out
  }
  const known = unique.map(p => sizes.get(p)).filter((v): v is number => v !== undefined && Number.isFinite(v) && v >= 0)
  const fallback = known.length > 0 ? known.reduce((a, b) => a + b, 0) / known.length : 1
  const weight = (p: string) => {
    const v = sizes.get(p)
    return v !== undefined && Number.isFinite(v) && v >= 0 ? v : fallback
  }
  const order = unique.map(p => ({ p, w: weight(p) })).sort((a, b) => b.w - a.w || compareBytewise(a.p, b.p))
  const load = new Array<number>(n).fill(0)
  for (const { p, w } of order) {
    let best = 0
    for (let i = 1; i < n; i++) if (load[i] < load[best]) best = i
    load[best] += w
    out.set(p, best + 1)
  }
  return out
}

/**
 * Membership in one shard, the way `verify --shard` and the Action assign packets: the packets
 * of the run (`dirs`, the same set in every shard) by `assignShards` with `sizes` (bytes per
 * packet; when none is known every packet weighs the same, so shards balance by count), and any
 * other directory (a packet deleted since the base, judged by the append-only rule) by `shardOf`.
 * Every shard of a run computes the same answer for every directory.
 */
export function shardFilter(dirs: readonly string[], shard: Shard, sizes: ReadonlyMap<string, number> = new Map()): (dir: string) => boolean {
  const assignment = assignShards(dirs, shard.n, sizes)
  return dir => (assignment.get(dir) ?? shardOf(dir, shard.n)) === shard.k
}

/**
 * One line about a sharded run, for logs and summaries: which shard and how many of the run's
 * packets it verified. Holds only numbers.
 */
export function shardLine(shard: { k: number; n: number; total: number }, verified: number): string {
  const all = `${shard.total} packet${shard.total === 1 ? '' : 's'} in all`
  return verified === 0 ? `shard ${shard.k}/${shard.n}: no packet in this slice (${all})` : `shard ${shard.k}/${shard.n}: ${verified} of ${all}`
}

function checkN(n: number): void {
  if (!Number.isInteger(n) || n < 1 || n > MAX_SHARDS) throw new UsageError(`number of shards must be between 1 and ${MAX_SHARDS}, not ${n}`)
}
