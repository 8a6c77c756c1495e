/**
 * Properties of the verifier over random packets: sealing then verifying an untouched tree always
 * passes, and every single-byte change, insertion, deletion, rename, added or removed file is
 * always caught. Random names come from a small alphabet with non-ASCII letters; runs are bounded
 * so that the file finishes in seconds.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { mkdirSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { collisionKey } from '../../src/core/paths.js'
import { sealPacket } from '../../src/core/seal-packet.js'
import { verify } from '../../src/core/verify.js'
import { tempRepo } from './harness.js'

const RUNS = 60

const letter = fc.constantFrom('a', 'b', 'k', 'z', '0', '7', '_', '-', 'é', 'ß', 'ж', 'ø', '中', '😀')
const segment = fc
  .tuple(letter, fc.array(fc.constantFrom('a', 'q', 'é', 'ж', '.', ' ', '-', '中'), { maxLength: 6 }))
  .map(([first, rest]) => first + rest.join(''))
const path = fc.array(segment, { minLength: 1, maxLength: 3 }).map(s => s.join('/'))

type Files = Map<string, Uint8Array>

/** True when no two paths would be one file, and no file is also a folder of another. */
function consistent(paths: readonly string[]): boolean {
  const keys = new Set(paths.map(collisionKey))
  if (keys.size !== paths.length) return false
  return paths.every(p => paths.every(q => !collisionKey(q).startsWith(collisionKey(p) + '/')))
}

const packet: fc.Arbitrary<Files> = fc
  .uniqueArray(fc.tuple(path, fc.uint8Array({ maxLength: 48 })), { minLength: 1, maxLength: 6, selector: ([p]) => collisionKey(p) })
  .filter(entries => consistent(entries.map(([p]) => p)))
  .map(entries => new Map(entries))

function write(dir: string, files: Files) {
  for (const [p, content] of files) {
    mkdirSync(dirname(join(dir, p)), { recursive: true })
    writeFileSync(join(dir, p), content)
  }
}

/** Writes and seals `files` in a fresh repository, lets `change` alter it, and verifies. */
async function sealChangeVerify(files: Files, change: (dir: string) => void) {
  const root = tempRepo()
  const dir = join(root, 'p')
  try {
    write(dir, files)
    await sealPacket(dir)
    change(dir)
    return await verify({ cwd: root })
  } finally {
    rmSync(root, { recursive: true, force: true })
  }
}

/** A file of the packet, picked by `n`. */
const pick = (files: Files, n: number) => [...files.keys()][n % files.size]

const runs = { numRuns: RUNS }

describe('properties of seal, then verify', () => {
  it('an untouched packet always passes', async () => {
    await fc.assert(
      fc.asyncProperty(packet, async files => {
        const report = await sealChangeVerify(files, () => {})
        expect(report.findings).toEqual([])
        expect(report.packets[0].findings).toEqual([])
        expect(report.ok).toBe(true)
      }),
      runs
    )
  }, 60_000)

  it('every single-byte change is caught as a mismatch of that file', async () => {
    await fc.assert(
      fc.asyncProperty(packet, fc.nat(), fc.nat(), fc.integer({ min: 1, max: 255 }), async (files, f, at, delta) => {
        const target = pick(files, f)
        const bytes = files.get(target) as Uint8Array
        fc.pre(bytes.length > 0)
        const i = at % bytes.length
        const report = await sealChangeVerify(files, dir => {
          const changed = Buffer.from(bytes)
          changed[i] = (changed[i] + delta) & 0xff
          writeFileSync(join(dir, target), changed)
        })
        expect(report.ok).toBe(false)
        expect(report.packets[0].findings).toContainEqual(expect.objectContaining({ kind: 'mismatch', file: `p/${target}` }))
      }),
      runs
    )
  }, 60_000)

  it('every inserted byte is caught', async () => {
    await fc.assert(
      fc.asyncProperty(packet, fc.nat(), fc.nat(), fc.integer({ min: 0, max: 255 }), async (files, f, at, byte) => {
        const target = pick(files, f)
        const bytes = files.get(target) as Uint8Array
        const i = at % (bytes.length + 1)
        const report = await sealChangeVerify(files, dir =>
          writeFileSync(join(dir, target), Buffer.concat([bytes.subarray(0, i), Buffer.from([byte]), bytes.subarray(i)]))
        )
        expect(report.ok).toBe(false)
        expect(report.packets[0].findings).toContainEqual(expect.objectContaining({ kind: 'mismatch', file: `p/${target}` }))
      }),
      runs
    )
  }, 60_000)

  it('every deleted byte is caught', async () => {
    await fc.assert(
      fc.asyncProperty(packet, fc.nat(), fc.nat(), async (files, f, at) => {
        const target = pick(files, f)
        const bytes = files.get(target) as Uint8Array
        fc.pre(bytes.length > 0)
        const i = at % bytes.length
        const report = await sealChangeVerify(files, dir =>
          writeFileSync(join(dir, target), Buffer.concat([bytes.subarray(0, i), bytes.subarray(i + 1)]))
        )
        expect(report.ok).toBe(false)
        expect(report.packets[0].findings).toContainEqual(expect.objectContaining({ kind: 'mismatch', file: `p/${target}` }))
      }),
      runs
    )
  }, 60_000)

  it('every rename is caught', async () => {
    await fc.assert(
      fc.asyncProperty(packet, fc.nat(), segment, async (files, f, name) => {
        const target = pick(files, f)
        const renamed = target.includes('/') ? `${dirname(target)}/${name}` : name
        fc.pre(renamed !== target && consistent([...files.keys()].filter(p => p !== target).concat(renamed)))
        const report = await sealChangeVerify(files, dir => renameSync(join(dir, target), join(dir, renamed)))
        expect(report.ok).toBe(false)
        expect(report.packets[0].findings).toContainEqual(expect.objectContaining({ kind: 'missing', file: `p/${target}` }))
      }),
      runs
    )
  }, 60_000)

  it('every added file is caught', async () => {
    await fc.assert(
      fc.asyncProperty(packet, path, fc.uint8Array({ maxLength: 16 }), async (files, added, content) => {
        fc.pre(consistent([...files.keys(), added]))
        const report = await sealChangeVerify(files, dir => write(dir, new Map([[added, content]])))
        expect(report.ok).toBe(false)
        expect(report.packets[0].findings).toContainEqual(expect.objectContaining({ kind: 'extra', file: `p/${added}` }))
      }),
      runs
    )
  }, 60_000)

  it('every removed file is caught', async () => {
    await fc.assert(
      fc.asyncProperty(packet, fc.nat(), async (files, f) => {
        const target = pick(files, f)
        const report = await sealChangeVerify(files, dir => unlinkSync(join(dir, target)))
        expect(report.ok).toBe(false)
        expect(report.packets[0].findings).toContainEqual(expect.objectContaining({ kind: 'missing', file: `p/${target}` }))
      }),
      runs
    )
  }, 60_000)

})
