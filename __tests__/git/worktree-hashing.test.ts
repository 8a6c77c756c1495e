/**
 * Hashing working-tree files with their git blob id, in batches on threads or on the main thread:
 * every state matches what git and sha256 say of the file, and a thread that dies or answers
 * wrongly leaves its files `unstable`, which sends the verifier to the committed blob: a failure
 * costs speed, never a verdict.
 */
import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, symlinkSync } from 'node:fs'
import { join } from 'node:path'
import { GitSource } from '../../src/git/git-source.js'
import { WorktreePool } from '../../src/git/worktree-pool.js'
import type { WorktreeState } from '../../src/git/worktree-digest.js'
import { commitAll, git, newRepo, tempDir, write, writeTree } from './repo.js'

/** `count` files of different sizes (some shorter than an LFS pointer may be, one of them starting as one, some over 1 MiB). */
function files(dir: string, count: number): string[] {
  const tree: Record<string, Uint8Array> = {}
  for (let i = 0; i < count; i++) {
    const size = i === 0 ? 0 : i % 10 === 0 ? (1 << 20) + 17 * i : 37 * i * i
    // Some start as a Git LFS pointer does: only those keep their bytes.
    tree[`d${i % 3}/f${i}.bin`] = i % 7 === 3 && size < 1024 ? Buffer.from('version x\n'.repeat(1 + (i % 50))) : Buffer.alloc(size, i % 251)
  }
  writeTree(dir, tree)
  return Object.keys(tree).map(p => join(dir, p))
}

function expectTrueState(path: string, state: WorktreeState) {
  const bytes = readFileSync(path)
  expect(state.kind).toBe('file')
  if (state.kind !== 'file') return
  expect(state.sha256).toBe(createHash('sha256').update(bytes).digest('hex'))
  expect(state.bytes).toBe(bytes.length)
  expect(state.gitId).toBe(git(join(path, '..'), 'hash-object', '--no-filters', path))
  expect(state.small === null ? null : Buffer.compare(state.small, bytes)).toBe(bytes.length < 1024 && bytes.toString('latin1', 0, 8) === 'version ' ? 0 : null)
}

/** A thread that stops on the first batch it gets, answering nothing. */
const DIES = `require('node:worker_threads').parentPort.on('message', () => process.exit(3))`
/** A thread that answers every batch with one state too few. */
const SHORT = `const { parentPort } = require('node:worker_threads')
parentPort.on('message', m => parentPort.postMessage({ id: m.id, states: m.paths.split('\\0').slice(1).map(() => ({ kind: 'absent' })) }))`
/** A thread that answers with another batch's id. */
const OTHER_ID = `const { parentPort } = require('node:worker_threads')
parentPort.on('message', m => parentPort.postMessage({ id: m.id + 1000, states: m.paths.split('\\0').map(() => ({ kind: 'absent' })) }))`
/** A thread that claims a digest in a malformed state. */
const MALFORMED = `const { parentPort } = require('node:worker_threads')
parentPort.on('message', m => parentPort.postMessage({ id: m.id, states: m.paths.split('\\0').map(() => ({ kind: 'file', sha256: 'zz', bytes: 1, gitId: 'zz', small: null })) }))`

describe('WorktreePool', () => {
  it('hashes many files in batches on threads exactly as git and sha256 do', async () => {
    const dir = tempDir()
    git(dir, 'init', '-q')
    const paths = files(dir, 80)
    const pool = new WorktreePool('sha1', { threads: 2 })
    try {
      const states = await Promise.all(paths.map(p => pool.digest(p, readFileSync(p).length)))
      expect(pool.threadCount).toBe(2) // more files waited than the main thread takes alone
      paths.forEach((p, i) => expectTrueState(p, states[i]))
    } finally {
      pool.close()
    }
  })

  it('hashes a few files on the main thread, the same way', async () => {
    const dir = tempDir()
    git(dir, 'init', '-q')
    const paths = files(dir, 12)
    const pool = new WorktreePool('sha1', { threads: 2 })
    const states = await Promise.all(paths.map(p => pool.digest(p)))
    expect(pool.threadCount).toBe(0)
    paths.forEach((p, i) => expectTrueState(p, states[i]))
  })

  it('tells absent files, links and folders apart from files, on threads and on the main thread', async () => {
    const dir = tempDir()
    write(dir, 'target.txt', 'bytes\n')
    symlinkSync(join(dir, 'target.txt'), join(dir, 'link'))
    mkdirSync(join(dir, 'folder'))
    const odd = [join(dir, 'nothing-here'), join(dir, 'link'), join(dir, 'folder'), join(dir, 'target.txt', 'below-a-file')]
    for (const threads of [0, 2]) {
      const pool = new WorktreePool('sha1', { threads })
      try {
        // Padding files bring the threads in; the odd paths are spread among them.
        const padding = files(join(dir, `pad${threads}`), 40)
        const states = await Promise.all([...padding, ...odd].map(p => pool.digest(p)))
        expect(states.slice(padding.length).map(s => s.kind)).toEqual(['absent', 'not-regular', 'not-regular', 'absent'])
      } finally {
        pool.close()
      }
    }
  })

  it.each([
    ['dies mid-batch', DIES],
    ['answers a batch with too few states', SHORT],
    ['answers for another batch', OTHER_ID],
    ['answers with a malformed state', MALFORMED]
  ])('a thread that %s: its files are unstable, never a digest; the rest are hashed on the main thread', async (_name, threadSource) => {
    const dir = tempDir()
    git(dir, 'init', '-q')
    const paths = files(dir, 60)
    const pool = new WorktreePool('sha1', { threads: 2, threadSource })
    try {
      const states = await Promise.all(paths.map(p => pool.digest(p)))
      const unstable = states.filter(s => s.kind === 'unstable')
      expect(unstable.length).toBeGreaterThan(0)
      paths.forEach((p, i) => {
        if (states[i].kind !== 'unstable') expectTrueState(p, states[i])
      })
      // Once a thread misbehaved, later files are hashed on the main thread, correctly.
      const again = await Promise.all(paths.slice(0, 20).map(p => pool.digest(p)))
      paths.slice(0, 20).forEach((p, i) => expectTrueState(p, again[i]))
    } finally {
      pool.close()
    }
  })
})

describe('GitSource with failing hashing threads', () => {
  it.each([['dies', DIES], ['answers wrongly', SHORT]])('a thread that %s: every digest is still the committed bytes, read from git', async (_name, threadSource) => {
    const repo = newRepo()
    const dir = join(repo, 'p')
    const paths = files(dir, 40)
    const commit = commitAll(repo, 'files')
    // One file edited on disk after the commit: the digest must stay the committed one.
    write(repo, 'p/d1/f1.bin', 'edited on disk\n')
    const source = await GitSource.open({ repoRoot: repo, commit, objectFormat: 'sha1', worktreePool: { threads: 2, threadSource } })
    try {
      const digests = await Promise.all(paths.map(p => source.digest(p)))
      paths.forEach((p, i) => {
        const blob = readCommitted(repo, commit, `p/${p.slice(dir.length + 1)}`)
        expect(digests[i]).toEqual({ sha256: createHash('sha256').update(blob).digest('hex'), bytes: blob.length })
      })
      expect(source.stats.blobs).toBeGreaterThan(0)
    } finally {
      source.close()
    }
  })
})

function readCommitted(repo: string, commit: string, path: string): Buffer {
  return execFileSync('git', ['cat-file', 'blob', `${commit}:${path}`], { cwd: repo, maxBuffer: 1 << 26 })
}
