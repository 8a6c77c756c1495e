import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { FsSource } from '../../src/core/fs-source.js'
import { tempDir } from '../helpers/packets.js'

const source = new FsSource()

/** Every piece `readPieces` hands over, copied (a piece is only valid during the call). */
async function pieces(path: string, limit: number, stopAfter = Infinity): Promise<Buffer[]> {
  const out: Buffer[] = []
  await source.readPieces(path, limit, piece => {
    out.push(Buffer.from(piece))
    return out.length < stopAfter
  })
  return out
}

const refusal = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: Error) => `${e.name}: ${e.message}`
  )

describe('FsSource.readPieces', () => {
  it('hands over exactly the bytes `read` returns, in order, in pieces', async () => {
    const dir = tempDir()
    for (const size of [0, 1, 65535, 65536, 65537, 300_000]) {
      const path = join(dir, `f${size}`)
      const bytes = randomBytes(size)
      writeFileSync(path, bytes)
      const got = await pieces(path, 1 << 20)
      expect(Buffer.concat(got).equals(bytes)).toBe(true)
      expect(Buffer.concat(got).equals(await source.read(path, 1 << 20))).toBe(true)
      expect(got.length).toBe(Math.ceil(size / 65536))
    }
  })

  it('stops reading when told to', async () => {
    const path = join(tempDir(), 'f')
    writeFileSync(path, randomBytes(300_000))
    expect(await pieces(path, 1 << 20, 2)).toHaveLength(2)
  })

  it('refuses what `read` refuses, with the same error', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'big'), Buffer.alloc(1001))
    symlinkSync('big', join(dir, 'link'))
    mkdirSync(join(dir, 'folder'))
    execFileSync('mkfifo', [join(dir, 'fifo')])
    for (const name of ['big', 'link', 'folder', 'fifo', 'absent']) {
      const path = join(dir, name)
      const expected = await refusal(source.read(path, 1000))
      expect(expected).toMatch(/^ReadError: /)
      expect(await refusal(pieces(path, 1000))).toBe(expected)
    }
  })
})
