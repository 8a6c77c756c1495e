/** Progress events: counted from the files verified, final event complete, never a verdict changer. */
import { afterAll, describe, expect, it } from '@jest/globals'
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { sealPacket } from '../../src/core/seal-packet.js'
import type { ProgressEvent } from '../../src/core/progress.js'
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
