/**
 * Git mode hashes working-tree files on the shared hash pool, each with its git blob id (the
 * pool's second digest) and, when it may be a Git LFS pointer, its bytes: every id is the one git
 * computes, and whatever the threads do (die, answer wrongly, never start) every digest is the
 * committed bytes': a file that could not be hashed on disk, or whose id differs, is read from its
 * blob. A failure costs speed, never a verdict.
 */
import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs'
import { join } from 'node:path'
import { ReadError } from '../../src/core/byte-source.js'
import type { HashedExtras, HashOptions } from '../../src/core/digest-batch.js'
import { HashPool, type HashPoolOptions } from '../../src/core/hash-pool.js'
import { LFS_POINTER_MAX, lfsPointerText } from '../../src/core/lfs-pointer.js'
import { GitSource } from '../../src/git/git-source.js'
import { commitAll, git, newRepo, tempDir, write, writeTree } from './repo.js'

const optionsFor = (algorithm: 'sha1' | 'sha256'): HashOptions => ({ second: { algorithm, label: 'blob' }, keep: { below: LFS_POINTER_MAX, prefix: 'version ' } })

/** `count` files and one more, of different sizes (some shorter than an LFS pointer may be, some starting as one, some over 1 MiB). */
function files(dir: string, count: number): string[] {
  const tree: Record<string, Uint8Array> = {}
  for (let i = 0; i < count; i++) {
    if (i === 1) tree['d1/long-version.bin'] = Buffer.from('version ' + 'x'.repeat(LFS_POINTER_MAX)) // too long to be a pointer
    const size = i === 0 ? 0 : i % 10 === 0 ? (1 << 20) + 17 * i : 37 * i * i
    // Some start as a Git LFS pointer does: only those keep their bytes.
    tree[`d${i % 3}/f${i}.bin`] = i % 7 === 3 ? Buffer.from('version x\n'.repeat(1 + (i % 50))) : Buffer.alloc(size, i % 251)
  }
  writeTree(dir, tree)
  return Object.keys(tree).map(p => join(dir, p))
}

interface Hashed {
  sha256: string
  bytes: number
  second: string | null
  kept: Buffer | null
}

/** Hashes `paths` in one batch of `pool` with `options`; each result by index. */
async function hashAll(pool: HashPool, paths: string[], options: HashOptions): Promise<(Hashed | Error)[]> {
  const out: (Hashed | Error)[] = []
  const width = options.second?.algorithm === 'sha1' ? 20 : 32
  const batch = pool.batch(
    {
      hashed: (i, digests, at, bytes, extras?: HashedExtras) => {
        out[i] = {
          sha256: Buffer.from(digests.subarray(at, at + 32)).toString('hex'),
          bytes,
          second: extras?.second == null ? null : Buffer.from(extras.second.subarray(extras.secondAt, extras.secondAt + width)).toString('hex'),
          kept: extras?.kept == null ? null : Buffer.from(extras.kept)
        }
      },
      failed: (i, e) => {
        out[i] = e
      }
    },
    options
  )
  paths.forEach(p => batch.add(p))
  await batch.done()
  return out
}

describe('blob ids and kept bytes on the shared hash pool', () => {
  it.each([
    ['threads', { threads: 2 }],
    ['threads with reads shorter than a pointer', { threads: 2, chunkSize: 256 }],
    ['the main thread', { threads: 0 }]
  ])('on %s: the sha256, the blob id git computes (sha1 and sha256 repositories), bytes only of files that may be a pointer', async (label, options: HashPoolOptions) => {
    for (const format of ['sha1', 'sha256'] as const) {
      const dir = tempDir()
      git(dir, 'init', '-q', `--object-format=${format}`)
      const paths = files(dir, 80)
      const ids = execFileSync('git', ['hash-object', '--no-filters', '--stdin-paths'], { cwd: dir, input: paths.join('\n') + '\n', encoding: 'utf8' }).trim().split('\n')
      const pool = new HashPool(options)
      try {
        // Threads up first, so that they hash the files (else the main thread does, until they are).
        expect(await pool.warmUp()).toBe(label.startsWith('threads') ? 'threads' : 'main-thread')
        const got = await hashAll(pool, paths, optionsFor(format))
        paths.forEach((p, i) => {
          const bytes = readFileSync(p)
          const mayBePointer = bytes.length < LFS_POINTER_MAX && bytes.toString('latin1', 0, 8) === 'version '
          expect(got[i]).toEqual({ sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length, second: ids[i], kept: mayBePointer ? bytes : null })
        })
        expect(got.filter(g => !(g instanceof Error) && g.kept !== null).length).toBeGreaterThan(3)
        // Without options, the same pool reports no extras.
        const plain = await hashAll(pool, paths.slice(0, 20), {})
        plain.forEach(g => expect(g).toMatchObject({ second: null, kept: null }))
      } finally {
        await pool.close()
      }
    }
  })

  it.each([
    ['threads', 2],
    ['the main thread', 0]
  ])('on %s: an absent file, a link, a folder and a path below a file fail with what the system said', async (_label, threads) => {
    const dir = tempDir()
    write(dir, 'target.txt', 'bytes\n')
    symlinkSync(join(dir, 'target.txt'), join(dir, 'link'))
    mkdirSync(join(dir, 'folder'))
    const odd = [join(dir, 'nothing-here'), join(dir, 'link'), join(dir, 'folder'), join(dir, 'target.txt', 'below-a-file')]
    const pool = new HashPool({ threads })
    try {
      await pool.warmUp()
      // Padding files bring the threads in; the odd paths are spread among them.
      const padding = files(join(dir, 'pad'), 40)
      const got = await hashAll(pool, [...padding, ...odd], optionsFor('sha1'))
      const failures = got.slice(padding.length).map(e => (e instanceof ReadError ? [e.reason, e.code] : e))
      expect(failures).toEqual([
        ['unreadable', 'ENOENT'],
        ['unreadable', 'ELOOP'],
        ['not-regular', undefined],
        ['unreadable', 'ENOTDIR']
      ])
    } finally {
      await pool.close()
    }
  })
})

/** A thread that stops on the first batch it gets, answering nothing. */
const DIES = `const { parentPort } = require('node:worker_threads'); parentPort.postMessage('ready'); parentPort.on('message', () => process.exit(3))`
/** A thread that answers every batch as if it held one file fewer. */
const SHORT = `const { parentPort } = require('node:worker_threads'); parentPort.postMessage('ready')
parentPort.on('message', m => { const n = m.paths.split('\\0').length - 1
  parentPort.postMessage({ id: m.id, digests: new Uint8Array(32 * n), seconds: new Uint8Array(20 * n), sizes: new Float64Array(n), failures: [], kept: [] }) })`
/** A thread that answers with another batch's id. */
const OTHER_ID = `const { parentPort } = require('node:worker_threads'); parentPort.postMessage('ready')
parentPort.on('message', m => { const n = m.paths.split('\\0').length
  parentPort.postMessage({ id: m.id + 1000, digests: new Uint8Array(32 * n), seconds: new Uint8Array(20 * n), sizes: new Float64Array(n), failures: [], kept: [] }) })`
/** A thread that claims every file is an empty file it kept 3 bytes of. */
const MALFORMED = `const { parentPort } = require('node:worker_threads'); parentPort.postMessage('ready')
parentPort.on('message', m => { const n = m.paths.split('\\0').length
  parentPort.postMessage({ id: m.id, digests: new Uint8Array(32 * n), seconds: new Uint8Array(20 * n), sizes: new Float64Array(n), failures: [], kept: [...Array(n).keys()].map(i => ({ i, bytes: new Uint8Array(3) })) }) })`

function readCommitted(repo: string, commit: string, path: string): Buffer {
  return execFileSync('git', ['cat-file', 'blob', `${commit}:${path}`], { cwd: repo, maxBuffer: 1 << 26 })
}

/** A repository of 41 files in `p`, committed; one of them then edited on disk. */
function editedRepo() {
  const repo = newRepo()
  const dir = join(repo, 'p')
  const paths = files(dir, 40)
  const commit = commitAll(repo, 'files')
  write(repo, 'p/d1/f1.bin', 'edited on disk\n')
  return { repo, paths, commit }
}

async function expectCommittedDigests(source: GitSource, repo: string, commit: string, paths: string[]) {
  const digests = await Promise.all(paths.map(p => source.digest(p)))
  paths.forEach((p, i) => {
    const blob = readCommitted(repo, commit, p.slice(repo.length + 1))
    expect(digests[i]).toEqual({ sha256: createHash('sha256').update(blob).digest('hex'), bytes: blob.length })
  })
}

/**
 * Runs `use` on a GitSource over `commit` of `repo` that hashes on `pool`, once the pool is up in
 * mode `mode`; closes the source and the pool after, whatever happened.
 */
async function onPool(pool: HashPool, mode: HashPool['mode'], repo: string, commit: string, use: (source: GitSource) => Promise<void>) {
  try {
    expect(await pool.warmUp()).toBe(mode)
    const source = await GitSource.open({ repoRoot: repo, commit, objectFormat: 'sha1', hasher: pool })
    try {
      await use(source)
    } finally {
      source.close()
    }
  } finally {
    await pool.close()
  }
}

describe('GitSource on the shared pool, whatever its threads do', () => {
  it.each([
    ['dies', DIES],
    ['answers a batch with too few outcomes', SHORT],
    ['answers for another batch', OTHER_ID],
    ['answers with malformed outcomes', MALFORMED]
  ])('a thread that %s: every digest is still the committed bytes, read from git where the disk failed', async (name, threadSource) => {
    const { repo, paths, commit } = editedRepo()
    const pool = new HashPool({ threads: 2, threadSource })
    await onPool(pool, 'threads', repo, commit, async source => {
      await expectCommittedDigests(source, repo, commit, paths)
      expect(source.stats.blobs).toBeGreaterThan(1) // the edited file, and those the threads had in hand
      if (name !== 'dies') {
        // A thread that answered what was not asked is not trusted again: the main thread hashes,
        // correctly, and only the edited file comes from git.
        expect(pool.mode).toBe('main-thread')
        const again = await GitSource.open({ repoRoot: repo, commit, objectFormat: 'sha1', hasher: pool })
        await expectCommittedDigests(again, repo, commit, paths)
        expect(again.stats).toEqual({ worktree: 40, blobs: 1 })
        again.close()
      }
    })
  })

  it('no thread can start: the main thread hashes the working tree the same way', async () => {
    const { repo, paths, commit } = editedRepo()
    const pool = new HashPool({ threads: 2, threadSource: "throw new Error('no threads here')" })
    await onPool(pool, 'main-thread', repo, commit, async source => {
      await expectCommittedDigests(source, repo, commit, paths)
      expect(source.stats).toEqual({ worktree: 40, blobs: 1 })
    })
  })

  it.each([
    ['threads', 2],
    ['the main thread', 0]
  ])('on %s: a file converted by core.autocrlf, a link, a folder and a deleted file are read from their blobs, and warned about', async (_label, threads) => {
    const repo = newRepo()
    const padding = files(join(repo, 'pad'), 40)
    writeTree(repo, { 'p/text.md': 'one\ntwo\n', 'p/linked.bin': 'x', 'p/folder.bin': 'y', 'p/deleted.bin': 'z' })
    const commit = commitAll(repo, 'files')
    git(repo, 'config', 'core.autocrlf', 'true')
    rmSync(join(repo, 'p/text.md'))
    git(repo, 'checkout', '--', 'p/text.md')
    expect(readFileSync(join(repo, 'p/text.md'), 'latin1')).toBe('one\r\ntwo\r\n') // git did convert
    rmSync(join(repo, 'p/linked.bin'))
    symlinkSync(join(repo, 'pad/d0/f0.bin'), join(repo, 'p/linked.bin'))
    rmSync(join(repo, 'p/folder.bin'))
    mkdirSync(join(repo, 'p/folder.bin'))
    rmSync(join(repo, 'p/deleted.bin'))
    const odd = ['p/text.md', 'p/linked.bin', 'p/folder.bin', 'p/deleted.bin'].map(p => join(repo, p))
    await onPool(new HashPool({ threads }), threads > 0 ? 'threads' : 'main-thread', repo, commit, async source => {
      await expectCommittedDigests(source, repo, commit, [...padding, ...odd])
      expect(source.stats).toEqual({ worktree: 41, blobs: 4 })
      const warnings = new Map((await source.worktreeWarnings()).map(w => [w.file, w.message]))
      expect([...warnings.keys()].sort()).toEqual(['p/deleted.bin', 'p/folder.bin', 'p/linked.bin', 'p/text.md'])
      expect(warnings.get('p/text.md')).toContain('core.autocrlf=true')
      expect(warnings.get('p/linked.bin')).toContain('not a regular file in the working tree')
      expect(warnings.get('p/folder.bin')).toContain('not a regular file in the working tree')
      expect(warnings.get('p/deleted.bin')).toContain('absent from the working tree')
    })
  })

  it.each([
    ['threads', 2],
    ['the main thread', 0]
  ])('on %s: a Git LFS pointer on disk stands for its content from the bytes the pool kept, without reading its blob', async (_label, threads) => {
    const repo = newRepo()
    const padding = files(join(repo, 'pad'), 40)
    const content = Buffer.from('the large content, never present\n')
    const pointer = { sha256: createHash('sha256').update(content).digest('hex'), bytes: content.length }
    write(repo, 'pointer.bin', lfsPointerText(pointer))
    const commit = commitAll(repo, 'files')
    await onPool(new HashPool({ threads }), threads > 0 ? 'threads' : 'main-thread', repo, commit, async source => {
      const digests = await Promise.all([...padding, join(repo, 'pointer.bin')].map(p => source.digest(p)))
      expect(digests[padding.length]).toEqual(pointer)
      expect(source.stats).toEqual({ worktree: 42, blobs: 0 })
      expect(source.lfsPaths()).toEqual(['pointer.bin'])
    })
  })
})
