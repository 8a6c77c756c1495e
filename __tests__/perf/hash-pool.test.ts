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
import { hexOf, perFileBatch, sameDigest, type DigestSink } from '../../src/core/digest-batch.js'
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

  it('once threads are up, a few small files with every thread idle stay on the main thread; more go to the threads', async () => {
    // A thread that hashes nothing: it answers every file with a failure of its own, so a result
    // shows where the file was hashed.
    const source = `const { parentPort } = require('node:worker_threads'); parentPort.postMessage('ready')
parentPort.on('message', m => { const n = m.paths.split('\\0').length; parentPort.postMessage({ id: m.id, digests: new Uint8Array(32 * n), seconds: new Uint8Array(0), sizes: new Float64Array(n).fill(-1), failures: Array.from({ length: n }, (_, i) => ({ i, failure: { internal: 'from the thread' } })), kept: [] }) })`
    const pool = new HashPool({ threads: 1, threadSource: source })
    try {
      expect(await pool.warmUp()).toBe('threads')
      const run = async (count: number) => {
        const { sink, hashed, failed } = recorder()
        const batch = pool.batch(sink)
        for (let i = 0; i < count; i++) batch.add(files[i % 2].path, files[i % 2].bytes)
        await batch.done()
        return { hashed, failed }
      }
      // A small packet: hashed here, each to its own digest.
      const few = await run(3)
      expect(few.failed.size).toBe(0)
      for (const [i, d] of few.hashed) expect(d).toEqual({ sha256: files[i % 2].sha256, bytes: files[i % 2].bytes })
      // More than a few files: the thread's (a few left at the end with the thread idle may be
      // hashed here, each to its own digest).
      const many = await run(40)
      expect(many.failed.size).toBeGreaterThanOrEqual(24)
      expect(many.failed.size + many.hashed.size).toBe(40)
      expect([...many.failed.values()].every(e => /from the thread/.test(e.message))).toBe(true)
      for (const [i, d] of many.hashed) expect(d).toEqual({ sha256: files[i % 2].sha256, bytes: files[i % 2].bytes })
      expect(pool.mode).toBe('threads')
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

/** A sink that records what a batch reports, by index. */
function recorder() {
  const hashed = new Map<number, { sha256: string; bytes: number }>()
  const failed = new Map<number, Error>()
  const sink: DigestSink = {
    hashed: (i, digests, at, n) => {
      expect(hashed.has(i) || failed.has(i)).toBe(false)
      hashed.set(i, { sha256: Buffer.from(digests.subarray(at, at + 32)).toString('hex'), bytes: n })
    },
    failed: (i, e) => {
      expect(hashed.has(i) || failed.has(i)).toBe(false)
      failed.set(i, e)
    }
  }
  return { sink, hashed, failed }
}

describe('batches: each result by index, no promise per file', () => {
  it.each([
    ['threads', { threads: 2 }],
    ['main thread', { threads: 0 }]
  ])('on %s, a missing file fails alone and the others get their own digests', async (_label, options) => {
    const pool = new HashPool(options)
    try {
      const { sink, hashed, failed } = recorder()
      const batch = pool.batch(sink)
      // Many small files, so that the threads take them in batches; one vanished before hashing.
      const many = Array.from({ length: 300 }, (_, i) => files[i % 2])
      many.forEach(f => batch.add(f.path))
      batch.add(join(dir, 'vanished.bin'))
      batch.add(files[4].path)
      await batch.done()
      expect(hashed.size).toBe(301)
      many.forEach((f, i) => expect(hashed.get(i)).toEqual({ sha256: f.sha256, bytes: f.bytes }))
      expect(hashed.get(301)).toEqual({ sha256: files[4].sha256, bytes: files[4].bytes })
      expect([...failed.keys()]).toEqual([300])
      expect(failed.get(300)).toBeInstanceOf(ReadError)
      expect((failed.get(300) as ReadError).reason).toBe('unreadable')
    } finally {
      await pool.close()
    }
  })

  it('fails every file of a batch whose thread dies mid-batch, and passes none', async () => {
    // The thread hashes nothing: it dies on the first batch it receives.
    const source = "const { parentPort } = require('node:worker_threads'); parentPort.postMessage('ready'); parentPort.on('message', () => process.exit(3))"
    const pool = new HashPool({ threads: 1, threadSource: source })
    try {
      expect(await pool.warmUp()).toBe('threads')
      const { sink, hashed, failed } = recorder()
      const batch = pool.batch(sink)
      for (let i = 0; i < 50; i++) batch.add(files[i % 2].path)
      await batch.done()
      // Files the thread had in hand fail; files still queued may be hashed on the main thread
      // meanwhile (no thread is up), and then with their own digests.
      expect(failed.size).toBeGreaterThan(0)
      expect(failed.size + hashed.size).toBe(50)
      for (const e of failed.values()) {
        expect(e).not.toBeInstanceOf(ReadError)
        expect(e.message).toMatch(/hash thread stopped/)
      }
      for (const [i, d] of hashed) expect(d).toEqual({ sha256: files[i % 2].sha256, bytes: files[i % 2].bytes })
    } finally {
      await pool.close()
    }
  })

  it.each([
    ['does not hold one outcome per file', '{ id: m.id, digests: new Uint8Array(0), seconds: new Uint8Array(0), sizes: new Float64Array(0), failures: [], kept: [] }'],
    ['answers another batch', '{ id: m.id + 1000, digests: new Uint8Array(32), seconds: new Uint8Array(0), sizes: new Float64Array(1), failures: [], kept: [] }'],
    ['claims a failure for a file it hashed', "{ id: m.id, digests: new Uint8Array(32 * n), seconds: new Uint8Array(0), sizes: new Float64Array(n), failures: [{ i: 0, failure: { internal: 'x' } }], kept: [] }"],
    ['holds lengths that are not lengths', '{ id: m.id, digests: new Uint8Array(32 * n), seconds: new Uint8Array(0), sizes: new Float64Array(n).fill(0.5), failures: [], kept: [] }']
  ])('fails the files of a reply that %s, and trusts that thread no more', async (_name, reply) => {
    const source = `const { parentPort } = require('node:worker_threads'); parentPort.postMessage('ready')
parentPort.on('message', m => { const n = m.paths.split('\\0').length; parentPort.postMessage(${reply}) })`
    const pool = new HashPool({ threads: 1, threadSource: source })
    try {
      expect(await pool.warmUp()).toBe('threads')
      const { sink, hashed, failed } = recorder()
      const batch = pool.batch(sink)
      for (let i = 0; i < 40; i++) batch.add(files[i % 2].path)
      await batch.done()
      // Every file the thread had in hand when it replied fails; the rest are hashed on the main
      // thread, with their own digests.
      expect(failed.size).toBeGreaterThan(0)
      expect(failed.size + hashed.size).toBe(40)
      for (const e of failed.values()) {
        expect(e).not.toBeInstanceOf(ReadError)
        expect(e.message).toMatch(/^hash thread stopped: hash thread returned /)
      }
      for (const [i, d] of hashed) expect(d).toEqual({ sha256: files[i % 2].sha256, bytes: files[i % 2].bytes })
      expect(pool.mode).toBe('main-thread')
    } finally {
      await pool.close()
    }
  })

  it('perFileBatch gives a per-file digest function the same shape', async () => {
    const { sink, hashed, failed } = recorder()
    const batch = perFileBatch(path => (path.endsWith('f1.bin') ? Promise.reject(new ReadError('cannot be read: EIO', 'unreadable')) : digestFile(path)), sink)
    files.forEach(f => batch.add(f.path))
    await batch.done()
    expect([...failed.keys()]).toEqual([1])
    expect([...hashed.keys()].sort()).toEqual([0, 2, 3, 4])
    for (const i of [0, 2, 3, 4]) expect(hashed.get(i)).toEqual({ sha256: files[i].sha256, bytes: files[i].bytes })
  })

  it('compares a hex digest with 32 bytes without building a string', () => {
    const d = createHash('sha256').update('x').digest()
    const hex = d.toString('hex')
    expect(sameDigest(hex, d, 0)).toBe(true)
    expect(hexOf(Buffer.concat([Buffer.alloc(32), d]), 32)).toBe(hex)
    for (let i = 0; i < 64; i++) {
      const other = hex.slice(0, i) + (hex[i] === '0' ? '1' : '0') + hex.slice(i + 1)
      expect(sameDigest(other, d, 0)).toBe(false)
    }
    expect(sameDigest(hex.toUpperCase(), d, 0)).toBe(hex === hex.toUpperCase())
    expect(sameDigest(hex.slice(1), d, 0)).toBe(false)
  })
})
