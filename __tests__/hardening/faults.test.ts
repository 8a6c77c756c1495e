/**
 * Faults that cannot be staged reliably from outside the process: a file that grows, shrinks or
 * is rewritten between two reads of the hasher, a read that fails, and a gate that fails inside.
 * The reads are intercepted in node:fs/promises, so the real hashing code meets the fault.
 */
import { describe, expect, it, jest } from '@jest/globals'
import { appendFile, truncate, utimes, writeFile } from 'node:fs/promises'
import * as realFs from 'node:fs/promises'
import { join } from 'node:path'
import { execFileSync } from 'node:child_process'
import { rmSync, symlinkSync } from 'node:fs'
import type { ListedFile } from '../../src/core/byte-source.js'
import { writeTree } from '../helpers/packets.js'
import { BASE, tempRepo, writeBasePacket } from './harness.js'

/** The next open of `path` gets a handle that runs `act` right after its first read. */
let fault: { path: string; act: () => Promise<void> } | null = null

jest.unstable_mockModule('node:fs/promises', () => ({
  ...realFs,
  open: async (...args: Parameters<typeof realFs.open>) => {
    const handle = await realFs.open(...args)
    const armed = fault
    if (armed !== null && args[0] === armed.path) {
      fault = null
      const read = handle.read.bind(handle) as (...a: unknown[]) => Promise<unknown>
      let first = true
      ;(handle as unknown as { read: typeof read }).read = async (...a: unknown[]) => {
        const result = await read(...a)
        if (first) {
          first = false
          await armed.act()
        }
        return result
      }
    }
    return handle
  }
}))

const { digestFile, streamHasher } = await import('../../src/core/hasher.js')
const { ReadError } = await import('../../src/core/byte-source.js')
const { FsSource } = await import('../../src/core/fs-source.js')
const { verify } = await import('../../src/core/verify.js')
const { main } = await import('../../src/cli/main.js')

const MiB = 1 << 20

async function bigFile(): Promise<string> {
  const root = tempRepo()
  const path = join(root, 'big.bin')
  await writeFile(path, Buffer.alloc(3 * MiB, 0x61))
  // An old mtime, so that a rewrite within the same clock tick still changes it.
  await utimes(path, new Date('2001-01-01'), new Date('2001-01-01'))
  return path
}

describe('a file that changes while it is hashed', () => {
  it.each([
    ['grows', (p: string) => appendFile(p, 'more')],
    ['shrinks', (p: string) => truncate(p, MiB)],
    ['is rewritten at the same length', (p: string) => writeFile(p, Buffer.alloc(3 * MiB, 0x62))]
  ])('%s: the hasher refuses it as changed', async (_, change) => {
    const path = await bigFile()
    fault = { path, act: () => change(path) }
    const error = await digestFile(path).then(
      () => null,
      (e: unknown) => e
    )
    expect(fault).toBeNull()
    expect(error).toBeInstanceOf(ReadError)
    expect((error as InstanceType<typeof ReadError>).reason).toBe('changed')
    expect((error as Error).message).toMatch(/^changed while it was read/)
  }, 30_000)

  it('through the verifier, a file that grows while hashed is an `unsafe` finding, never a pass', async () => {
    const root = tempRepo()
    const packet = join(root, 'p')
    writeTree(packet, BASE)
    await writeFile(join(packet, 'big.bin'), Buffer.alloc(3 * MiB, 0x61))
    const { sealPacket } = await import('../../src/core/seal-packet.js')
    await sealPacket(packet)
    const path = join(packet, 'big.bin')
    fault = { path, act: () => appendFile(path, 'more') }
    const report = await verify({ cwd: root, source: new FsSource(streamHasher) })
    expect(report.ok).toBe(false)
    const found = report.packets[0].findings.filter(f => f.file === 'p/big.bin')
    expect(found).toHaveLength(1)
    expect(found[0].kind).toBe('unsafe')
    expect(found[0].message).toMatch(/^big\.bin: changed while it was read \(3145728 bytes before, 3145732 read, 3145732 after\)$/)
  }, 30_000)
})

/** A source whose digest fails for one file, the way a real disk or permission would. */
class FaultySource extends FsSource {
  constructor(
    private readonly target: string,
    private readonly error: Error
  ) {
    super(streamHasher)
  }
  override digest(absPath: string) {
    return absPath.endsWith(this.target) ? Promise.reject(this.error) : super.digest(absPath)
  }
}

describe('a read that fails', () => {
  it.each([
    ['permission denied (what `nobody` meets; root is never refused)', new ReadError('cannot be opened: EACCES', 'unreadable'), 'unreadable', /^a\.txt: cannot be opened: EACCES$/],
    ['an I/O error halfway', new ReadError('cannot be read: EIO', 'unreadable'), 'unreadable', /^a\.txt: cannot be read: EIO$/],
    ['a message carrying line breaks', new ReadError('cannot be read:\nEIO\r\n::error::x', 'unreadable'), 'unreadable', /^a\.txt: cannot be read: EIO ::error::x$/]
  ])('%s: one finding, one line, never a pass', async (_, error, kind, message) => {
    const root = tempRepo()
    writeBasePacket(join(root, 'p'))
    const report = await verify({ cwd: root, source: new FaultySource('/p/a.txt', error) })
    expect(report.ok).toBe(false)
    expect(report.packets[0].findings).toHaveLength(1)
    expect(report.packets[0].findings[0]).toMatchObject({ kind, file: 'p/a.txt' })
    expect(report.packets[0].findings[0].message).toMatch(message)
  })

  it('an error that is not a read error makes the run fail, not pass', async () => {
    const root = tempRepo()
    writeBasePacket(join(root, 'p'))
    await expect(verify({ cwd: root, source: new FaultySource('/p/a.txt', new TypeError('boom')) })).rejects.toThrow('boom')
  })
})

/** Lists like FsSource, and does `act` to each file after listing it, before it is hashed. */
class ChangingSource extends FsSource {
  constructor(private readonly act: (abs: string) => void) {
    super()
  }
  override list(packetDir: string, sealFileName: string, onFile?: (file: ListedFile) => void) {
    return super.list(packetDir, sealFileName, file => {
      if (file.path === 'a.txt') this.act(join(packetDir, file.path))
      onFile?.(file)
    })
  }
}

describe('a file that changes between listing and hashing (listing takes no size: hashing opens it)', () => {
  it.each([
    ['vanishes', (p: string) => rmSync(p), 'unreadable', /^a\.txt: cannot be opened: ENOENT$/],
    ['becomes a symbolic link', (p: string) => (rmSync(p), symlinkSync('notes/report.md', p)), 'unreadable', /^a\.txt: cannot be opened: ELOOP$/],
    ['becomes a FIFO', (p: string) => (rmSync(p), execFileSync('mkfifo', [p])), 'unsafe', /^a\.txt: not a regular file$/]
  ])('%s: one finding, never a pass', async (_, act, kind, message) => {
    const root = tempRepo()
    writeBasePacket(join(root, 'p'))
    const report = await verify({ cwd: root, source: new ChangingSource(act) })
    expect(report.ok).toBe(false)
    expect(report.packets[0].tree.actual).toBeNull()
    expect(report.packets[0].findings).toHaveLength(1)
    expect(report.packets[0].findings[0]).toMatchObject({ kind, file: 'p/a.txt' })
    expect(report.packets[0].findings[0].message).toMatch(message)
  })
})

describe('the gate failing inside', () => {
  async function brokenOutput(debug: boolean) {
    const root = tempRepo()
    writeBasePacket(join(root, 'p'))
    let err = ''
    const saved = process.env.SEAL_GATE_DEBUG
    if (debug) process.env.SEAL_GATE_DEBUG = '1'
    else delete process.env.SEAL_GATE_DEBUG
    try {
      const code = await main(['verify'], {
        out: () => {
          throw new Error('stdout closed\nunexpectedly')
        },
        err: t => (err += t),
        cwd: root
      })
      return { code, err }
    } finally {
      if (saved === undefined) delete process.env.SEAL_GATE_DEBUG
      else process.env.SEAL_GATE_DEBUG = saved
    }
  }

  it('an internal error exits 1 with one line and no stack trace', async () => {
    const { code, err } = await brokenOutput(false)
    expect(code).toBe(1)
    expect(err).toBe('seal-gate: internal error, failing closed: stdout closed\\x0aunexpectedly\n')
  })

  it('with SEAL_GATE_DEBUG set, the stack trace follows', async () => {
    const { code, err } = await brokenOutput(true)
    expect(code).toBe(1)
    expect(err.split('\n')[0]).toBe('seal-gate: internal error, failing closed: stdout closed\\x0aunexpectedly')
    expect(err).toMatch(/\n\s+at /)
  })
})
