/** Shards: N slices that together cover every packet exactly once, whatever the packets. */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { assignShards, parseShard, selectShard, shardFilter, shardOf, shardLine } from '../../src/core/shard.js'
import { UsageError } from '../../src/core/usage-error.js'

const packetDir = fc.stringMatching(/^[a-z0-9._-]{1,12}(\/[a-z0-9._-]{1,12}){0,3}$/)
const packetSet = fc.uniqueArray(packetDir, { maxLength: 120 })
const withSizes = packetSet.chain(packets =>
  fc.tuple(fc.constant(packets), fc.array(fc.option(fc.nat({ max: 2 ** 40 }), { nil: undefined }), { minLength: packets.length, maxLength: packets.length }))
)

function coverOnce(packets: string[], n: number, sizes?: Map<string, number>) {
  const seen = new Map<string, number>()
  for (let k = 1; k <= n; k++) for (const p of selectShard(packets, k, n, sizes)) seen.set(p, (seen.get(p) ?? 0) + 1)
  expect([...seen.keys()].sort()).toEqual([...packets].sort())
  expect([...seen.values()].every(c => c === 1)).toBe(true)
}

describe('shards', () => {
  it('cover every packet exactly once, by hash, for several N', () => {
    fc.assert(
      fc.property(packetSet, fc.integer({ min: 1, max: 12 }), (packets, n) => coverOnce(packets, n)),
      { numRuns: 200 }
    )
  })

  it('cover every packet exactly once when balanced by bytes, sizes known or not', () => {
    fc.assert(
      fc.property(withSizes, fc.integer({ min: 1, max: 12 }), ([packets, sizeList], n) => {
        const sizes = new Map<string, number>()
        packets.forEach((p, i) => {
          if (sizeList[i] !== undefined) sizes.set(p, sizeList[i] as number)
        })
        coverOnce(packets, n, sizes)
      }),
      { numRuns: 200 }
    )
  })

  it('put the same packet in the same shard whatever the other packets (hash assignment)', () => {
    fc.assert(
      fc.property(packetSet, packetSet, fc.integer({ min: 1, max: 12 }), (a, b, n) => {
        const all = [...new Set([...a, ...b])]
        const alone = assignShards(a, n)
        const together = assignShards(all, n)
        for (const p of a) expect(together.get(p)).toBe(alone.get(p))
        for (const p of a) expect(alone.get(p)).toBe(shardOf(p, n))
      }),
      { numRuns: 100 }
    )
  })

  it('give the same assignment whatever the input order (every job computes the same slices)', () => {
    fc.assert(
      fc.property(withSizes, fc.integer({ min: 1, max: 8 }), ([packets, sizeList], n) => {
        const sizes = new Map(packets.map((p, i) => [p, sizeList[i] ?? 0]))
        const forward = assignShards(packets, n, sizes)
        const backward = assignShards([...packets].reverse(), n, sizes)
        expect([...backward].sort()).toEqual([...forward].sort())
      }),
      { numRuns: 100 }
    )
  })

  it('balance bytes: no shard holds more than the fair share plus the largest packet', () => {
    fc.assert(
      fc.property(withSizes, fc.integer({ min: 1, max: 8 }), ([packets, sizeList], n) => {
        const sizes = new Map(packets.map((p, i) => [p, sizeList[i] ?? 0]))
        const total = [...sizes.values()].reduce((a, b) => a + b, 0)
        const largest = Math.max(0, ...sizes.values())
        for (let k = 1; k <= n; k++) {
          const load = selectShard(packets, k, n, sizes).reduce((a, p) => a + (sizes.get(p) ?? 0), 0)
          expect(load).toBeLessThanOrEqual(total / n + largest)
        }
      }),
      { numRuns: 100 }
    )
  })

  it('shardFilter: the packets of the run and any other directory (a deleted packet) each in exactly one shard', () => {
    fc.assert(
      fc.property(withSizes, packetSet, fc.integer({ min: 1, max: 9 }), ([packets, sizes], others, n) => {
        const known = new Map(packets.flatMap((p, i) => (sizes[i] === undefined ? [] : [[p, sizes[i] as number] as const])))
        const filters = Array.from({ length: n }, (_, i) => shardFilter(packets, { k: i + 1, n }, known))
        for (const dir of [...packets, ...others]) expect(filters.filter(inShard => inShard(dir))).toHaveLength(1)
        const assignment = assignShards(packets, n, known)
        for (const p of packets) expect(filters[(assignment.get(p) as number) - 1](p)).toBe(true)
        for (const d of others.filter(o => !packets.includes(o))) expect(filters[shardOf(d, n) - 1](d)).toBe(true)
      })
    )
  })

  it('shardLine names the shard and the packets in all', () => {
    expect(shardLine({ k: 3, n: 4, total: 12 }, 0)).toBe('shard 3/4: no packet in this slice (12 packets in all)')
    expect(shardLine({ k: 1, n: 4, total: 1 }, 1)).toBe('shard 1/4: 1 of 1 packet in all')
  })

  it('parse K/N and refuse anything else with a clear message', () => {
    expect(parseShard('2/4')).toEqual({ k: 2, n: 4 })
    expect(parseShard(' 1 / 1 ')).toEqual({ k: 1, n: 1 })
    // Leading zeros name the same shard (a matrix listing '01/4' and '1/4' runs shard 1 twice and
    // shard 2 never: the final job's rule, every K listed once, is the workflow's to keep).
    expect(parseShard('01/004')).toEqual({ k: 1, n: 4 })
    for (const [text, message] of [
      ['0/4', /numbered from 1/],
      ['5/4', /between 1 and N/],
      ['1/0', /N must be/],
      ['2', /K\/N/],
      ['a/b', /K\/N/],
      ['1/4/2', /K\/N/],
      ['-1/4', /K\/N/],
      ['1/100000', /N must be/],
      ['\uff11/4', /K\/N/],
      ['1/4 #2', /K\/N/],
      ['1/4\n2/4', /K\/N/],
      ['1.0/4', /K\/N/],
      ['+1/4', /K\/N/]
    ] as const) {
      expect(() => parseShard(text)).toThrow(UsageError)
      expect(() => parseShard(text)).toThrow(message)
    }
  })
})
