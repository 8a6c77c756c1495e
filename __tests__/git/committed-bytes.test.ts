/**
 * The verdict is on the committed bytes, whatever the checkout or a later step did to the working
 * tree; differences are warned about with the cause git knows, and no repository-configured
 * program (filter, hook, fsmonitor) is ever run.
 */
import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, rmSync, symlinkSync, utimesSync } from 'node:fs'
import { join } from 'node:path'
import { verifyWithSource } from '../../src/git/verify-committed.js'
import { commitAll, commitSealedPacket, git, newRepo, read, tempDir, write, writeTree } from './repo.js'

/** An origin with a sealed packet `p` (LF text), and `extra` files committed beside it. */
async function origin(extra: Record<string, string> = {}): Promise<string> {
  const repo = newRepo()
  writeTree(repo, extra)
  await commitSealedPacket(repo)
  return repo
}

function clone(from: string, ...config: string[]): string {
  const to = join(tempDir('seal-gate-clone-'), 'c')
  git(from, 'clone', '-q', ...config.flatMap(c => ['-c', c]), from, to)
  return to
}

describe('source git: committed bytes under conversions of the checkout', () => {
  it('a clone with core.autocrlf=true: the checkout writes CRLF, the verdict stays pass, a warning names eol conversion', async () => {
    const c = clone(await origin(), 'core.autocrlf=true')
    expect(read(c, 'p/report.md').includes('\r\n')).toBe(true) // the checkout did convert

    const onDisk = await verifyWithSource({ cwd: c, source: 'worktree' })
    expect(onDisk.ok).toBe(false)
    expect(onDisk.packets[0].findings.map(f => f.kind)).toContain('seal') // the seal file itself was converted on disk

    const report = await verifyWithSource({ cwd: c, source: 'git' })
    expect(report.ok).toBe(true)
    const warned = report.warnings ?? []
    expect(warned.map(w => w.file)).toContain('p/report.md')
    const w = warned.find(x => x.file === 'p/report.md')
    expect(w?.message).toContain('eol conversion')
    expect(w?.message).toContain('core.autocrlf=true')

    expect((await verifyWithSource({ cwd: c })).ok).toBe(true) // auto is git inside a repository
  })

  it('.gitattributes with eol=crlf: pass on the committed bytes, warned with the attribute', async () => {
    const c = clone(await origin({ '.gitattributes': '*.md text eol=crlf\n' }))
    expect(read(c, 'p/report.md').includes('\r\n')).toBe(true)
    const report = await verifyWithSource({ cwd: c, source: 'git' })
    expect(report.ok).toBe(true)
    expect(report.warnings?.find(w => w.file === 'p/report.md')?.message).toContain('eol=crlf in .gitattributes')
    expect(report.warnings?.some(w => w.file === 'p/report.json')).toBe(false) // no conversion applies there
  })

  it('a clean/smudge filter is never run by seal-gate: the marker it would write stays absent', async () => {
    const o = await origin({ '.gitattributes': 'p/scripts/*.sh filter=marker\n' })
    const marker = join(tempDir('seal-gate-marker-'), 'filter-ran')
    const filter = (step: string) => `sh -c 'touch ${marker}; ${step}'`
    const c = clone(o, `filter.marker.smudge=${filter('tr a-z A-Z')}`, `filter.marker.clean=${filter('cat')}`, 'filter.marker.required=true')
    expect(existsSync(marker)).toBe(true) // the checkout ran it
    expect(read(c, 'p/scripts/commands.sh').toString()).toContain('SET -EU')
    rmSync(marker)
    utimesSync(join(c, 'p/scripts/commands.sh'), new Date(), new Date(Date.now() + 5000)) // stat-dirty: a status would clean it

    const report = await verifyWithSource({ cwd: c, source: 'git' })
    expect(report.ok).toBe(true)
    expect(report.warnings?.find(w => w.file === 'p/scripts/commands.sh')?.message).toContain('filter "marker"')
    expect(existsSync(marker)).toBe(false)

    git(c, 'status', '--porcelain') // the marker does prove something: git itself runs the filter here
    expect(existsSync(marker)).toBe(true)
  })

  it('a dirty working tree after the commit: judged on the commit, each difference warned', async () => {
    const repo = await origin()
    write(repo, 'p/report.md', 'rewritten by a later step\n')
    rmSync(join(repo, 'p/report.json'))
    write(repo, 'p/new.txt', 'not committed\n')

    expect((await verifyWithSource({ cwd: repo, source: 'worktree' })).ok).toBe(false)
    const report = await verifyWithSource({ cwd: repo, source: 'git' })
    expect(report.ok).toBe(true)
    const byFile = new Map((report.warnings ?? []).map(w => [w.file, w.message]))
    expect(byFile.get('p/report.md')).toContain('local edit')
    expect(byFile.get('p/report.json')).toContain('absent from the working tree')
    expect(byFile.has('p/new.txt')).toBe(false) // untracked: not in the commit, not judged
  })

  it('--ref judges another commit, and warns about nothing on disk', async () => {
    const repo = await origin()
    const sealed = git(repo, 'rev-parse', 'HEAD')
    write(repo, 'p/report.md', 'changed and committed\n')
    commitAll(repo, 'drift')
    expect((await verifyWithSource({ cwd: repo, source: 'git' })).ok).toBe(false)
    const atSeal = await verifyWithSource({ cwd: repo, source: 'git', ref: sealed })
    expect(atSeal.ok).toBe(true)
    expect(atSeal.warnings).toBeUndefined()
  })

  it('a committed symbolic link and a submodule inside a packet are unsafe', async () => {
    const repo = await origin()
    symlinkSync('report.md', join(repo, 'p/link.md'))
    commitAll(repo, 'link')
    git(repo, 'update-index', '--add', '--cacheinfo', `160000,${git(repo, 'rev-parse', 'HEAD')},p/sub`)
    git(repo, 'commit', '-q', '-m', 'submodule')
    const report = await verifyWithSource({ cwd: repo, source: 'git' })
    const unsafe = report.packets[0].findings.filter(f => f.kind === 'unsafe')
    expect(unsafe.map(f => f.file).sort()).toEqual(['p/link.md', 'p/sub'])
    expect(unsafe.find(f => f.file === 'p/link.md')?.message).toContain('120000')
    expect(unsafe.find(f => f.file === 'p/sub')?.message).toContain('160000')
  })

  it('a packet at the top of the repository: its .git is not sealed, both sources agree, coreutils gives the tree; .GIT is refused', async () => {
    const { sealPacket } = await import('../../src/core/seal-packet.js')
    const repo = newRepo()
    writeTree(repo, { 'report.md': 'findings\n', 'data/x.json': '{"a": 1}\n' })
    const seal = await sealPacket(repo)
    expect([...seal.files].map(f => f.path)).toEqual(['data/x.json', 'report.md'])
    const coreutils = execFileSync('sh', ['-c', "find . -name .git -prune -o -type f ! -path ./seal.json -printf '%P\\n' | LC_ALL=C sort | xargs -d '\\n' sha256sum | sha256sum"], { cwd: repo }).toString()
    expect(coreutils.slice(0, 64)).toBe(seal.tree)
    commitAll(repo, 'sealed at the top')
    for (const source of ['git', 'worktree'] as const) {
      const report = await verifyWithSource({ cwd: repo, source })
      expect(report.packets.map(p => [p.dir, p.ok])).toEqual([['.', true]])
    }
    // git refuses to hold .GIT; on disk it is named, never sealed or passed over.
    writeTree(repo, { '.GIT/notes.md': 'x\n' })
    const report = await verifyWithSource({ cwd: repo, source: 'worktree' })
    expect(report.ok).toBe(false)
    expect(report.packets[0].findings.map(f => [f.kind, f.file])).toEqual([['unsafe', '.GIT']])
  })

  it('a packet in a folder whose name is not UTF-8 is not passed over: the name is unsafe, as on disk', async () => {
    const repo = await origin()
    await commitSealedPacket(repo, 'x/q', { 'r.md': 'sealed\n' })
    // Rename x/ to the byte 0xff and drift the packet inside it; git keeps the name as bytes.
    execFileSync('sh', ['-c', `git mv x "$(printf '\\377')" && printf 'drifted\\n' > "$(printf '\\377')/q/r.md" && git add -A && git -c user.name=t -c user.email=t@example.invalid commit -qm rename`], { cwd: repo })
    const listed = execFileSync('git', ['ls-tree', '-r', '-z', '--name-only', 'HEAD'], { cwd: repo })
    expect(listed.includes(Buffer.from([0xff, 0x2f, 0x71, 0x2f]))).toBe(true) // "\xff/q/" is committed

    for (const source of ['git', 'worktree'] as const) {
      const report = await verifyWithSource({ cwd: repo, source })
      expect(report.ok).toBe(false)
      expect(report.findings.map(f => [f.kind, f.message])).toContainEqual(['unsafe', expect.stringContaining('not valid UTF-8')])
    }
  })

  it('a packet not committed yet: source git finds none and says how to verify it; auto outside a repository reads the disk', async () => {
    const repo = newRepo()
    write(repo, 'README', 'x\n')
    commitAll(repo, 'start')
    mkdirSync(join(repo, 'p'))
    writeTree(join(repo, 'p'), { 'a.txt': 'a\n' })
    const { sealPacket } = await import('../../src/core/seal-packet.js')
    await sealPacket(join(repo, 'p'))
    const report = await verifyWithSource({ cwd: repo, source: 'git' })
    expect(report.ok).toBe(false)
    expect(report.findings[0].message).toContain('source worktree')
    expect((await verifyWithSource({ cwd: repo, source: 'worktree' })).ok).toBe(true)

    const plain = tempDir()
    writeTree(join(plain, 'p'), { 'a.txt': 'a\n' })
    await sealPacket(join(plain, 'p'))
    expect((await verifyWithSource({ cwd: plain })).ok).toBe(true)
    await expect(verifyWithSource({ cwd: plain, source: 'git' })).rejects.toThrow('not inside a git repository')
  })
})
