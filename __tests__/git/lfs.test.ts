/**
 * Git LFS: a sealed file committed as an LFS pointer is verified against the pointer's oid and
 * size, without the content; a pointer that names other content is a mismatch.
 */
import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { lfsPointerText, parseLfsPointer } from '../../src/core/lfs-pointer.js'
import { sealPacket } from '../../src/core/seal-packet.js'
import { verifyWithSource } from '../../src/git/verify-committed.js'
import { commitAll, committed, git, newRepo, write, writeTree } from './repo.js'

const CONTENT = Buffer.from('large evidence — 温度 '.repeat(5000))
const digest = (b: Buffer) => ({ sha256: createHash('sha256').update(b).digest('hex'), bytes: b.length })

/** A packet sealed over the real content, then committed with a pointer written by hand in its place. */
async function pointerRepo(pointer: string): Promise<string> {
  const repo = newRepo()
  writeTree(repo, { 'p/data.bin': CONTENT, 'p/readme.md': 'about the data\n' })
  await sealPacket(join(repo, 'p'))
  write(repo, 'p/data.bin', pointer)
  commitAll(repo, 'sealed, content in LFS')
  return repo
}

describe('Git LFS pointers', () => {
  it('parses exactly the pointer format and nothing else', () => {
    const d = digest(CONTENT)
    expect(parseLfsPointer(Buffer.from(lfsPointerText(d)))).toEqual(d)
    expect(parseLfsPointer(Buffer.from(lfsPointerText(d).replace('\n', '\r\n')))).toBeNull()
    expect(parseLfsPointer(Buffer.from(lfsPointerText(d) + 'ext-0-foo sha256:00\n'))).toBeNull()
    expect(parseLfsPointer(Buffer.from(lfsPointerText(d).toUpperCase()))).toBeNull()
    expect(parseLfsPointer(Buffer.from('version https://git-lfs.github.com/spec/v1\noid sha256:abc\nsize 3\n'))).toBeNull()
  })

  it('a hand-written pointer whose oid and size match the seal passes in git mode, with the content never present', async () => {
    const repo = await pointerRepo(lfsPointerText(digest(CONTENT)))
    const report = await verifyWithSource({ cwd: repo, source: 'git' })
    expect(report.ok).toBe(true)
    expect(report.packets[0].tree.actual).toBe(report.packets[0].tree.sealed)
    rmSync(join(repo, 'p/data.bin')) // the blob path: same verdict
    expect((await verifyWithSource({ cwd: repo, source: 'git' })).ok).toBe(true)
  })

  it('a pointer whose oid differs from the seal is a mismatch', async () => {
    const other = digest(Buffer.concat([CONTENT.subarray(0, -1), Buffer.from('!')]))
    const repo = await pointerRepo(lfsPointerText(other))
    const [f] = (await verifyWithSource({ cwd: repo, source: 'git' })).packets[0].findings
    expect(f).toMatchObject({ kind: 'mismatch', file: 'p/data.bin' })
    expect(f.message).toContain('same length')
    expect(f.message).toContain('Git LFS pointer')
  })

  it('a pointer whose size differs from the seal is a mismatch', async () => {
    const repo = await pointerRepo(lfsPointerText({ ...digest(CONTENT), bytes: CONTENT.length + 1 }))
    const [f] = (await verifyWithSource({ cwd: repo, source: 'git' })).packets[0].findings
    expect(f).toMatchObject({ kind: 'mismatch', file: 'p/data.bin' })
    expect(f.message).toContain(`${CONTENT.length + 1} bytes where the seal has ${CONTENT.length}`)
  })

  // The pointer names the sealed sha256, so the seal still holds; but the commit no longer holds the
  // sealed bytes, and nothing says an LFS store has them. On a pull request that is a change to a
  // packet sealed at the base: the append-only rule's, approved by the label or refused.
  it('a pull request that replaces sealed content with a pointer naming it is reseal, allowed only with the label', async () => {
    const repo = newRepo()
    writeTree(repo, { 'p/data.bin': CONTENT, 'p/readme.md': 'about the data\n' })
    await sealPacket(join(repo, 'p'))
    const base = commitAll(repo, 'sealed, content committed')
    git(repo, 'switch', '-q', '-c', 'pr')
    write(repo, 'p/data.bin', lfsPointerText(digest(CONTENT)))
    commitAll(repo, 'content replaced by a pointer that names it')

    expect((await verifyWithSource({ cwd: repo, source: 'git' })).ok).toBe(true) // no base: the pointer stands for its content
    const report = await verifyWithSource({ cwd: repo, source: 'git', base })
    expect(report.ok).toBe(false)
    expect(report.packets[0].findings).toEqual([expect.objectContaining({ kind: 'reseal', file: 'p/data.bin' })])
    expect(report.packets[0].findings[0].message).toMatch(/^data\.bin: committed as a Git LFS pointer, at base [0-9a-f]{12} as its content/)
    const allowed = await verifyWithSource({ cwd: repo, source: 'git', base, allowReseal: true })
    expect(allowed.ok).toBe(true)
    expect(allowed.warnings?.map(w => w.message)).toContainEqual(expect.stringMatching(/^re-seal allowed: data\.bin: committed as a Git LFS pointer/))
  })

  it('a canonical file that a sealed packet references, replaced by its pointer, is reseal at the run level', async () => {
    const repo = newRepo()
    writeTree(repo, { 'tools/data.bin': CONTENT, 'p/readme.md': 'about the data\n' })
    await sealPacket(join(repo, 'p'), undefined, { references: new Map([['data.bin', 'tools/data.bin']]) })
    const base = commitAll(repo, 'sealed by reference, content committed')
    git(repo, 'switch', '-q', '-c', 'pr')
    write(repo, 'tools/data.bin', lfsPointerText(digest(CONTENT)))
    commitAll(repo, 'canonical content replaced by its pointer')
    for (const paths of [['.'], ['p']]) {
      const report = await verifyWithSource({ cwd: repo, source: 'git', base, paths })
      expect(report.ok).toBe(false)
      expect(report.packets[0].findings).toEqual([])
      expect(report.findings).toEqual([expect.objectContaining({ kind: 'reseal', file: 'tools/data.bin' })])
    }
  })

  it('a pointer kept from the base, and content committed where the base had its pointer, pass with a base', async () => {
    const repo = await pointerRepo(lfsPointerText(digest(CONTENT)))
    const base = git(repo, 'rev-parse', 'HEAD')
    git(repo, 'switch', '-q', '-c', 'pr')
    write(repo, 'p/readme.md', 'about the data\n') // unchanged bytes: an empty change to the packet
    write(repo, 'README.md', 'unrelated\n')
    commitAll(repo, 'unrelated')
    expect((await verifyWithSource({ cwd: repo, source: 'git', base })).ok).toBe(true)
    write(repo, 'p/data.bin', CONTENT)
    commitAll(repo, 'the content itself, in place of its pointer')
    expect((await verifyWithSource({ cwd: repo, source: 'git', base })).ok).toBe(true)
  })

  const hasLfs = (() => {
    try {
      execFileSync('git', ['lfs', 'version'], { stdio: 'ignore' })
      return true
    } catch {
      return false
    }
  })()

  ;(hasLfs ? it : it.skip)('with git-lfs itself: the commit holds a pointer, the working tree the content; pass without warnings', async () => {
    const repo = newRepo()
    git(repo, 'lfs', 'install', '--local')
    git(repo, 'lfs', 'track', 'p/*.bin')
    writeTree(repo, { 'p/data.bin': CONTENT, 'p/readme.md': 'about the data\n' })
    await sealPacket(join(repo, 'p'))
    const commit = commitAll(repo, 'sealed, content in LFS')
    expect(parseLfsPointer(committed(repo, commit, 'p/data.bin'))).toEqual(digest(CONTENT)) // git-lfs wrote a pointer
    rmSync(join(repo, '.git/lfs/objects'), { recursive: true }) // no content anywhere but the working tree
    const report = await verifyWithSource({ cwd: repo, source: 'git' })
    expect(report.ok).toBe(true)
    expect(report.warnings).toBeUndefined()

    write(repo, 'p/data.bin', 'replaced on disk\n') // a later step rewrote the checked-out content
    const after = await verifyWithSource({ cwd: repo, source: 'git' })
    expect(after.ok).toBe(true)
    expect(after.warnings?.[0].message).toContain('Git LFS')
  })
})
