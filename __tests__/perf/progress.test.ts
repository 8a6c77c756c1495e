/** Progress events: counted from the files verified, final event complete, never a verdict changer. */
import { afterAll, describe, expect, it } from '@jest/globals'
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { sealPacket } from '../../src/core/seal-packet.js'
import { ProgressTracker, type ProgressEvent } from '../../src/core/progress.js'
import { verify } from '../../src/core/verify.js'
import { SAMPLE_PACKET, tempDir, writeTree } from '../helpers/packets.js'

const root = tempDir('seal-gate-progress-')
afterAll(() => rmSync(root, { recursive: true, force: true }))

describe('progress', () => {
  it('ends with one final event that counts every file and byte of every packet', async () => {
    for (const name of ['a', 'b']) {
      writeTree(join(root, name), SAMPLE_PACKET)
      await sealPacket(join(root, name))
    }
    const events: ProgressEvent[] = []
    const report = await verify({ cwd: root, repoRoot: root, onProgress: e => events.push(e) })
    expect(report.ok).toBe(true)
    const last = events[events.length - 1]
    const files = report.packets.reduce((n, p) => n + p.files, 0)
    const bytes = report.packets.reduce((n, p) => n + p.bytes, 0)
    expect(last).toMatchObject({ final: true, packets: { done: 2, total: 2 }, files: { done: files, total: files }, bytes: { done: bytes, total: bytes } })
    expect(events.filter(e => e.final)).toHaveLength(1)
    // Listed without a stat per file, the bytes are those hashed: the files' real lengths.
    const written = Object.values(SAMPLE_PACKET).reduce((n, c) => n + Buffer.byteLength(c), 0)
    expect(report.packets.map(p => p.bytes)).toEqual([written, written])
  })

  it('gives no bytes total while a packet listed without sizes is being hashed, then the bytes hashed', () => {
    const events: ProgressEvent[] = []
    const tracker = new ProgressTracker(e => events.push(e), 2, 0)
    const sized = tracker.packet()
    sized.listed(1, 10)
    sized.hashed(10)
    tracker.packetDone()
    const unsized = tracker.packet()
    unsized.listed(2, null)
    unsized.hashed(5)
    unsized.hashed(7)
    tracker.packetDone()
    tracker.finish()
    expect(events.filter(e => !e.final).every(e => e.bytes.total === null)).toBe(true)
    expect(events[events.length - 1]).toMatchObject({ final: true, files: { done: 3, total: 3 }, bytes: { done: 22, total: 22 } })
  })

  it('never changes the verdict when the renderer throws', async () => {
    const report = await verify({
      cwd: root,
      repoRoot: root,
      onProgress: () => {
        throw new Error('renderer broke')
      }
    })
    expect(report.ok).toBe(true)
  })
})
