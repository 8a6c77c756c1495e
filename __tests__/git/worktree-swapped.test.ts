/**
 * Git mode takes a working-tree file's digest only when that file's own blob id is its own
 * committed id. Here the working tree holds exactly the sealed bytes (so the disk passes) while
 * the commit holds the same contents traded between neighbouring files: every committed file is
 * another file's sealed bytes. A working-tree result attached to the wrong file (a reply read one
 * place off, another file's second digest or tree entry) would pass the commit; the verdict must
 * fail on every moved file, with the files hashed on the pool's threads or on the main thread,
 * and through the Action's and CLI's entry point on the process-wide pool.
 */
import { describe, expect, it } from '@jest/globals'
import { join } from 'node:path'
import { HashPool } from '../../src/core/hash-pool.js'
import { sealPacket } from '../../src/core/seal-packet.js'
import { verifyPackets } from '../../src/core/verify.js'
import { GitSource } from '../../src/git/git-source.js'
import { verifyWithSource } from '../../src/git/verify-committed.js'
import { commitAll, git, newRepo, writeTree } from './repo.js'

/** `count` files of distinct contents, 0 to a few KiB, some starting as a Git LFS pointer does. */
function contents(count: number): Buffer[] {
  return Array.from({ length: count }, (_, i) => Buffer.from(`${'version '.repeat(i % 3)}file ${i}\n${'x'.repeat((i * 37) % 3000)}`))
}

/** A repository whose commit traded the contents of neighbours; its working tree holds the sealed bytes. */
async function swappedRepo(count: number): Promise<{ repo: string; commit: string; moved: string[] }> {
  const repo = newRepo()
  const bytes = contents(count)
  // One folder: the listing, and so the order files are handed to the pool, is the order of i.
  const name = (i: number) => `f${String(i).padStart(4, '0')}.txt`
  const tree = (of: Buffer[]) => Object.fromEntries(of.map((b, i) => [`p/${name(i)}`, b]))
  writeTree(repo, tree(bytes))
  await sealPacket(join(repo, 'p'))
  // Each pair of neighbours trades contents (the last file of an odd count stays): a result read
  // one place off, either way, is then exactly the one that would pass.
  const traded = bytes.map((b, i) => (i % 2 === 0 ? (bytes[i + 1] ?? b) : bytes[i - 1]))
  writeTree(repo, tree(traded))
  const commit = commitAll(repo, 'contents traded between files')
  writeTree(repo, tree(bytes))
  expect(git(repo, 'status', '--porcelain')).not.toBe('')
  const moved = bytes.map((_, i) => name(i)).filter((_, i) => !(i % 2 === 0 && i + 1 === count))
  return { repo, commit, moved }
}

const mismatched = (findings: { kind: string; file: string }[]) =>
  findings
    .filter(f => f.kind === 'mismatch')
    .map(f => f.file.slice('p/'.length))
    .sort()

describe('the working tree holds the sealed bytes, the commit the same bytes under other names', () => {
  it.each([
    ['on two threads', 2, 'threads'],
    ['on the main thread', 0, 'main-thread']
  ] as const)('hashed %s: every moved file fails, and only those', async (_name, threads, mode) => {
    const { repo, commit, moved } = await swappedRepo(601)
    const pool = new HashPool({ threads })
    try {
      expect(await pool.warmUp()).toBe(mode)
      const source = await GitSource.open({ repoRoot: repo, commit, objectFormat: 'sha1', hasher: pool })
      try {
        const report = await verifyPackets([join(repo, 'p')], { source, repoRoot: repo })
        expect(report.ok).toBe(false)
        expect(mismatched(report.packets[0].findings)).toEqual(moved)
        // The file left in place was taken from the disk; every moved one was read from its blob.
        expect(source.stats).toEqual({ worktree: 1, blobs: 600 })
      } finally {
        source.close()
      }
    } finally {
      await pool.close()
    }
  })

  it('a few files through verifyWithSource: the disk passes, the commit fails on every moved file', async () => {
    const { repo, moved } = await swappedRepo(5)
    expect((await verifyWithSource({ cwd: repo, source: 'worktree' })).ok).toBe(true)
    const report = await verifyWithSource({ cwd: repo, source: 'git' })
    expect(report.ok).toBe(false)
    expect(mismatched(report.packets[0].findings)).toEqual(moved)
  })
})
