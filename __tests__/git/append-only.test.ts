/**
 * Packets sealed at the base of a change are append-only: editing, re-sealing or deleting one
 * fails with `reseal` unless re-sealing is allowed; new packets pass. A shallow clone fetches the
 * base, or the run fails closed with a message that says how to fix the workflow.
 */
import { describe, expect, it } from '@jest/globals'
import { mkdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { sealPacket } from '../../src/core/seal-packet.js'
import { verifyWithSource } from '../../src/git/verify-committed.js'
import { commitAll, commitSealedPacket, git, newRepo, tempDir, write, writeTree } from './repo.js'

/** A repository whose main branch has sealed packet `p`, and a branch `pr` checked out from it. */
async function pullRequest(): Promise<{ repo: string; base: string }> {
  const repo = newRepo()
  const base = await commitSealedPacket(repo)
  git(repo, 'switch', '-q', '-c', 'pr')
  return { repo, base }
}

describe('append-only packets', () => {
  it('a PR that edits a sealed file and re-seals fails with reseal naming the file, and passes when allowed', async () => {
    const { repo, base } = await pullRequest()
    write(repo, 'p/report.md', '# Rehearsal report - clone leg\n\nrewritten\n')
    await sealPacket(join(repo, 'p'))
    commitAll(repo, 'edit and reseal')

    expect((await verifyWithSource({ cwd: repo, source: 'git' })).ok).toBe(true) // consistent on its own
    const report = await verifyWithSource({ cwd: repo, source: 'git', base })
    expect(report.ok).toBe(false)
    const reseal = report.packets[0].findings.filter(f => f.kind === 'reseal')
    expect(reseal).toHaveLength(1)
    expect(reseal[0].file).toBe('p/report.md')
    expect(reseal[0].message).toContain('re-sealed with other bytes')
    expect(reseal[0].message).toContain(base.slice(0, 12))

    const allowed = await verifyWithSource({ cwd: repo, source: 'git', base, allowReseal: true })
    expect(allowed.ok).toBe(true)
    expect(allowed.warnings?.map(w => w.message).join('\n')).toContain('re-seal allowed: report.md: re-sealed')
  })

  it('a PR that adds a file to a sealed packet and re-seals fails; one that drops a file from the seal fails', async () => {
    const { repo, base } = await pullRequest()
    write(repo, 'p/late.md', 'late\n')
    rmSync(join(repo, 'p/report.json'))
    await sealPacket(join(repo, 'p'))
    commitAll(repo, 'add, drop, reseal')
    const report = await verifyWithSource({ cwd: repo, source: 'git', base })
    const messages = report.packets[0].findings.filter(f => f.kind === 'reseal').map(f => `${f.file}: ${f.message}`)
    expect(messages).toEqual([
      expect.stringMatching(/^p\/late\.md: late\.md: added to a packet sealed at base/),
      expect.stringMatching(/^p\/report\.json: report\.json: sealed at base .*removed from the seal/)
    ])
  })

  it('a PR that edits a sealed file without re-sealing fails with mismatch, not reseal', async () => {
    const { repo, base } = await pullRequest()
    write(repo, 'p/report.md', 'edited\n')
    commitAll(repo, 'edit only')
    const kinds = (await verifyWithSource({ cwd: repo, source: 'git', base })).packets[0].findings.map(f => f.kind)
    expect(kinds).toEqual(['mismatch'])
  })

  it('a PR that deletes a sealed packet fails with reseal on its seal file', async () => {
    const { repo, base } = await pullRequest()
    await commitSealedPacket(repo, 'other', { 'a.txt': 'a\n' })
    git(repo, 'rm', '-q', '-r', 'p')
    git(repo, 'commit', '-q', '-m', 'delete p')
    const report = await verifyWithSource({ cwd: repo, source: 'git', base })
    expect(report.ok).toBe(false)
    expect(report.findings).toEqual([expect.objectContaining({ kind: 'reseal', file: 'p/seal.json' })])
    expect(report.findings[0].message).toContain('deleted')
  })

  it('a PR that adds a new packet passes', async () => {
    const { repo, base } = await pullRequest()
    await commitSealedPacket(repo, 'evidence/new', { 'r.md': 'fresh — evidence\n' })
    const report = await verifyWithSource({ cwd: repo, source: 'git', base })
    expect(report.ok).toBe(true)
    expect(report.packets.map(p => p.dir)).toEqual(['evidence/new', 'p'])
  })

  it('a shallow clone of the PR fetches the base from origin and still catches the re-seal', async () => {
    const { repo, base } = await pullRequest()
    write(repo, 'p/report.md', 'rewritten\n')
    await sealPacket(join(repo, 'p'))
    commitAll(repo, 'edit and reseal')
    const shallow = join(tempDir('seal-gate-shallow-'), 'c')
    git(repo, 'clone', '-q', '--depth=1', '--branch', 'pr', `file://${repo}`, shallow)
    expect(() => git(shallow, 'cat-file', '-e', `${base}^{commit}`)).toThrow() // the base is not there yet

    const report = await verifyWithSource({ cwd: shallow, source: 'git', base })
    expect(report.packets[0].findings.map(f => f.kind)).toEqual(['reseal'])
    expect(git(shallow, 'cat-file', '-t', base)).toBe('commit')
  })

  it('a shallow clone whose base cannot be fetched fails closed and says how to fix the workflow', async () => {
    const { repo, base } = await pullRequest()
    write(repo, 'p/unrelated.txt', 'x\n')
    writeTree(repo, { 'docs/readme.md': 'x\n' })
    commitAll(repo, 'unrelated')
    const shallow = join(tempDir('seal-gate-shallow-'), 'c')
    git(repo, 'clone', '-q', '--depth=1', '--branch', 'pr', `file://${repo}`, shallow)
    git(shallow, 'remote', 'set-url', 'origin', join(tempDir(), 'gone'))
    const report = await verifyWithSource({ cwd: shallow, source: 'git', base })
    expect(report.ok).toBe(false)
    const f = report.findings.find(x => x.kind === 'config')
    expect(f?.message).toContain(`base commit ${base} is not in this clone`)
    expect(f?.message).toContain('fetch-depth: 0')
  })

  // A packet folder whose name starts with ':' reads as pathspec magic to git (':p' is 'p',
  // ':/x' is 'x' from the top): the base must still be listed under the folder's own name.
  it.each([':p', ':/p'])('a packet at %s, listed by its own path, keeps its seal: re-sealing or deleting it is reseal', async dir => {
    const repo = newRepo()
    await commitSealedPacket(repo, 'p')
    const base = await commitSealedPacket(repo, dir)
    git(repo, 'switch', '-q', '-c', 'pr')
    write(repo, `${dir}/report.md`, 'rewritten\n')
    await sealPacket(join(repo, dir))
    commitAll(repo, 'reseal the packet whose folder starts with a colon')
    const resealed = await verifyWithSource({ cwd: repo, source: 'git', base, paths: [dir] })
    expect(resealed.packets.map(p => p.dir)).toEqual([dir])
    expect(resealed.ok).toBe(false)
    expect(resealed.packets[0].findings).toEqual([expect.objectContaining({ kind: 'reseal', file: `${dir}/report.md` })])

    rmSync(join(repo, dir), { recursive: true })
    commitAll(repo, 'delete it')
    mkdirSync(join(repo, dir), { recursive: true }) // the search path the Action hands over for a deleted packet
    const deleted = await verifyWithSource({ cwd: repo, source: 'git', base, paths: [dir] })
    expect(deleted.packets).toEqual([])
    expect(deleted.ok).toBe(false)
    expect(deleted.findings).toContainEqual(expect.objectContaining({ kind: 'reseal', file: `${dir}/seal.json` }))
  })

  it('a base that names no commit fails closed', async () => {
    const { repo } = await pullRequest()
    const report = await verifyWithSource({ cwd: repo, source: 'git', base: 'no-such-branch' })
    expect(report.ok).toBe(false)
    expect(report.findings[0]).toMatchObject({ kind: 'config' })
  })
})
