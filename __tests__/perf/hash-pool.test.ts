/**
 * The hash pool hashes exactly like a single-threaded sha256, on threads and on the main thread,
 * and fails closed like digestFile: links, special files, missing files, files that change.
 * Correctness only: timing is the benchmark's job (bench/).
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { execFileSync } from 'node:child_process'
import * as fs from 'node:fs'
import { appendFileSync, mkdirSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs'
import * as crypto from 'node:crypto'
import { join } from 'node:path'
import { ReadError } from '../../src/core/byte-source.js'
import { digestFile } from '../../src/core/hasher.js'
import { HashPool } from '../../src/core/hash-pool.js'
import { hashKit } from '../../src/core/hash-worker.js'
import { tempDir } from '../helpers/packets.js'

const MiB = 1 << 20
const dir = tempDir('seal-gate-pool-')
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** Pseudo-random bytes from a seed, so that a failure reproduces. */
function bytes(length: number, seed: number): Buffer {
  const out = Buffer.allocUnsafe(length)
  let x = seed | 1
  for (let i = 0; i < length; i++) {
    x ^= x << 13
    x ^= x >>> 17
    x ^= x << 5
    out[i] = x & 0xff
  }
  return out
}

const sizes: [string, number][] = [
  ['empty', 0],
  ['one byte', 1],
  ['exactly 1 MiB', MiB],
  ['1 MiB + 1', MiB + 1],
  ['several chunks', 3 * MiB + 12345]
]
const files = sizes.map(([name, size], i) => {
  const path = join(dir, `f${i}.bin`)
  const content = bytes(size, i + 1)
  writeFileSync(path, content)
  return { name, path, sha256: createHash('sha256').update(content).digest('hex'), bytes: size }
})

const expectReadError = async (promise: Promise<unknown>, reason: ReadError['reason']) => {
  const e = await promise.then(
    () => null,
    (err: unknown) => err
  )
  expect(e).toBeInstanceOf(ReadError)
  expect((e as ReadError).reason).toBe(reason)
}

describe.each([
  ['threads', { threads: 2 }],
  ['threads with small reads', { threads: 2, chunkSize: 4096 }],
  ['main thread', { threads: 0 }]
])('hash pool on %s', (label, options) => {
  const pool = new HashPool(options)
  afterAll(() => pool.close())

  it('starts as expected', async () => {
    expect(await pool.warmUp()).toBe(label.startsWith('threads') ? 'threads' : 'main-thread')
  })

  it.each(files.map(f => [f.name, f] as const))('gives the single-threaded sha256 of a file: %s', async (_name, f) => {
    expect(await pool.digestFile(f.path)).toEqual({ sha256: f.sha256, bytes: f.bytes })
    expect(await digestFile(f.path)).toEqual({ sha256: f.sha256, bytes: f.bytes })
  })

  it('hashes many files at once, each to its own digest', async () => {
    const many = Array.from({ length: 600 }, (_, i) => files[i % files.length])
    const got = await Promise.all(many.map(f => pool.digestFile(f.path)))
    expect(got).toEqual(many.map(f => ({ sha256: f.sha256, bytes: f.bytes })))
  })

  it('refuses a symbolic link, even to a good file', async () => {
    const link = join(dir, `link-${label.replaceAll(' ', '-')}`)
    symlinkSync(files[1].path, link)
    await expectReadError(pool.digestFile(link), 'unreadable')
  })

  it('refuses a directory and a FIFO as not regular', async () => {
    const sub = join(dir, `sub-${label.replaceAll(' ', '-')}`)
    mkdirSync(sub)
    await expectReadError(pool.digestFile(sub), 'not-regular')
    const fifo = join(dir, `fifo-${label.replaceAll(' ', '-')}`)
    execFileSync('mkfifo', [fifo])
    await expectReadError(pool.digestFile(fifo), 'not-regular')
  })

  it('reports a missing file as unreadable', async () => {
    await expectReadError(pool.digestFile(join(dir, 'no-such-file')), 'unreadable')
  })
})

describe('a file that changes while it is hashed', () => {
  it('is "changed" when it grows between two reads (main-thread hashing, read hook)', () => {
    const path = join(dir, 'grows-hook.bin')
    writeFileSync(path, bytes(3 * 4096, 7))
    const kit = hashKit(id => ({ 'node:fs': fs, 'node:crypto': crypto })[id], 4096)
    let appended = false
    const outcome = kit.hashFile(path, () => {
      if (!appended) appendFileSync(path, 'more')
      appended = true
    })
    expect(outcome).toMatchObject({ reason: 'changed' })
  })

  it('is "changed" when a writer appends while a pool thread reads it', async () => {
    const pool = new HashPool({ threads: 1 })
    try {
      expect(await pool.warmUp()).toBe('threads')
      const path = join(dir, 'grows-thread.bin')
      writeFileSync(path, '')
      truncateSync(path, 256 * MiB) // sparse: no disk, but 256 reads of 1 MiB to hash
      let settled = false
      const result = pool.digestFile(path).finally(() => {
        settled = true
      })
      while (!settled) {
        appendFileSync(path, 'x')
        await new Promise(resolve => setImmediate(resolve))
      }
      await expectReadError(result, 'changed')
    } finally {
      await pool.close()
    }
  })
})

describe('pool life cycle', () => {
  it('hashes on the main thread, the same way, when no thread can start', async () => {
    const pool = new HashPool({ threads: 2, threadSource: "throw new Error('no threads here')" })
    try {
      const got = await Promise.all(files.map(f => pool.digestFile(f.path)))
      expect(got).toEqual(files.map(f => ({ sha256: f.sha256, bytes: f.bytes })))
      expect(await pool.warmUp()).toBe('main-thread')
    } finally {
      await pool.close()
    }
  })

  it('fails the files a thread had in hand when it dies, never passes them', async () => {
    const source = "const { parentPort } = require('node:worker_threads'); parentPort.postMessage('ready'); parentPort.on('message', () => process.exit(3))"
    const pool = new HashPool({ threads: 1, threadSource: source })
    try {
      expect(await pool.warmUp()).toBe('threads')
      const e = await pool.digestFile(files[1].path).then(
        () => null,
        (err: unknown) => err
      )
      expect(e).toBeInstanceOf(Error)
      expect(e).not.toBeInstanceOf(ReadError)
      expect(String(e)).toMatch(/hash thread stopped/)
    } finally {
      await pool.close()
    }
  })

  it('stops idle threads by itself, and close() stops them at once', async () => {
    const pool = new HashPool({ threads: 2, idleMs: 20 })
    expect(await pool.warmUp()).toBe('threads')
    await pool.digestFile(files[2].path)
    for (let i = 0; i < 100 && pool.threadCount > 0; i++) await new Promise(resolve => setTimeout(resolve, 10))
    expect(pool.threadCount).toBe(0)
    // Used again after stopping: threads start again.
    expect(await pool.digestFile(files[3].path)).toEqual({ sha256: files[3].sha256, bytes: files[3].bytes })
    await pool.close()
    expect(pool.threadCount).toBe(0)
  })

  it('starts threads only for work worth them: a few small files stay on the main thread', async () => {
    const pool = new HashPool({ threads: 2 })
    try {
      const few = files.slice(0, 5)
      expect(await Promise.all(few.map(f => pool.digestFile(f.path)))).toEqual(few.map(f => ({ sha256: f.sha256, bytes: f.bytes })))
      expect(pool.threadCount).toBe(0)
      const many = Array.from({ length: 200 }, (_, i) => files[i % 5])
      expect(await Promise.all(many.map(f => pool.digestFile(f.path)))).toEqual(many.map(f => ({ sha256: f.sha256, bytes: f.bytes })))
      expect(pool.threadCount).toBe(2)
    } finally {
      await pool.close()
    }
  })

  it('starts no thread after close() for work that is already done', async () => {
    const pool = new HashPool({ threads: 2 })
    // Enough bytes on the main thread that any later work would be worth threads.
    await Promise.all([4, 4, 4].map(i => pool.digestFile(files[i].path)))
    expect(await pool.warmUp()).toBe('threads')
    const many = Array.from({ length: 200 }, (_, i) => files[i % 2])
    await Promise.all(many.map(f => pool.digestFile(f.path)))
    expect(pool.threadCount).toBe(2)
    await pool.close()
    await new Promise(resolve => setTimeout(resolve, 50))
    expect(pool.threadCount).toBe(0)
  })

  it('hashes what digestFile hashes for the bytes on disk', () => {
    // Guards the fixtures themselves: the expected digests are of the bytes written.
    for (const f of files) expect(createHash('sha256').update(readFileSync(f.path)).digest('hex')).toBe(f.sha256)
  })
})
