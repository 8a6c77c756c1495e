/**
 * References (docs/seal-format.md, section 7) in real git repositories: a packet that seals a
 * canonical file of the repository instead of a copy passes while that file keeps its bytes, in
 * git and worktree modes; a drifted, missing, linked or misplaced canonical file is a `ref`
 * finding with its cause; the canonical file is judged on its committed bytes; the tree is the one
 * coreutils computes with the canonical file copied into the packet; and re-sealing never drops a
 * reference without saying so.
 */
import { describe, expect, it } from '@jest/globals'
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs'
import { join } from 'node:path'
import { main } from '../../src/cli/main.js'
import { sealPacket, SealRefused } from '../../src/core/seal-packet.js'
import { sealedReferences } from '../../src/git/sealed-references.js'
import { verifyWithSource } from '../../src/git/verify-committed.js'
import { coreutilsTree } from '../helpers/packets.js'
import { commitAll, git, newRepo, read, tempDir, write, writeTree } from './repo.js'

const VALIDATOR = '#!/usr/bin/env python3\n# Canonical validator — one copy for every packet.\nprint("PASS")\n'

/** A repository with tools/validate.py and packet p that references it as checks/validate.py. */
async function repoWithReference(): Promise<string> {
  const repo = newRepo()
  writeTree(repo, { 'tools/validate.py': VALIDATOR, 'p/report.md': '# Report — clone leg\n' })
  await sealPacket(join(repo, 'p'), undefined, { references: new Map([['checks/validate.py', 'tools/validate.py']]) })
  commitAll(repo, 'packet p references the canonical validator')
  return repo
}

const kinds = (r: Awaited<ReturnType<typeof verifyWithSource>>) => r.packets.flatMap(p => p.findings.map(f => f.kind))

describe('a good reference', () => {
  it('is written after the path, passes in git and worktree modes, and has no copy in the packet', async () => {
    const repo = await repoWithReference()
    const seal = read(repo, 'p/seal.json').toString('utf8')
    expect(seal).toContain('"path": "checks/validate.py",\n      "ref": "tools/validate.py",\n      "sha256": ')
    expect(existsSync(join(repo, 'p/checks'))).toBe(false)
    for (const source of ['git', 'worktree'] as const) {
      const report = await verifyWithSource({ cwd: repo, source })
      expect({ source, ok: report.ok, findings: report.packets[0].findings }).toEqual({ source, ok: true, findings: [] })
      expect(report.packets[0].tree.actual).toBe(report.packets[0].tree.sealed)
    }
  })

  it('gives the tree coreutils computes with the canonical file copied to its path in the packet', async () => {
    const repo = await repoWithReference()
    const copy = join(tempDir('seal-gate-ref-copy-'), 'p')
    cpSync(join(repo, 'p'), copy, { recursive: true })
    mkdirSync(join(copy, 'checks'))
    cpSync(join(repo, 'tools/validate.py'), join(copy, 'checks/validate.py'))
    const sealed = JSON.parse(read(repo, 'p/seal.json').toString('utf8')).tree
    expect(coreutilsTree(copy)).toBe(sealed)
  })

  it('a seal without references is byte for byte what it was before references existed', async () => {
    const dir = join(tempDir('seal-gate-ref-plain-'), 'p')
    writeTree(dir, { 'a.txt': 'alpha\n' })
    const seal = await sealPacket(dir)
    const text = readFileSync(join(dir, 'seal.json'), 'utf8')
    expect(text).toBe(
      `{\n  "seal": 1,\n  "algorithm": "sha256",\n  "tree": "${seal.tree}",\n  "files": [\n    {\n      "path": "a.txt",\n      "sha256": "${seal.files.sha256(0)}",\n      "bytes": 6\n    }\n  ]\n}\n`
    )
    expect(text).not.toContain('"ref"')
  })
})

describe('a broken reference fails with `ref`', () => {
  it('a committed edit of the canonical file (em dash to hyphen): ref on the canonical file, cause named, in both modes', async () => {
    const repo = await repoWithReference()
    write(repo, 'tools/validate.py', VALIDATOR.replace('—', '-'))
    commitAll(repo, 'edit the canonical validator')
    for (const source of ['git', 'worktree'] as const) {
      const report = await verifyWithSource({ cwd: repo, source })
      expect(report.ok).toBe(false)
      const [f] = report.packets[0].findings
      expect(report.packets[0].findings).toHaveLength(1)
      expect(f.kind).toBe('ref')
      expect(f.file).toBe('tools/validate.py')
      expect(f.line).toBe(2)
      expect(f.causes).toEqual(['unicode'])
      expect(f.evidence).toBe('proven')
      expect(f.message).toMatch(/^checks\/validate\.py: references tools\/validate\.py, whose bytes drifted from the seal: .*U\+2014 EM DASH became '-'/)
    }
  })

  it('the canonical file deleted', async () => {
    const repo = await repoWithReference()
    rmSync(join(repo, 'tools/validate.py'))
    commitAll(repo, 'delete it')
    const report = await verifyWithSource({ cwd: repo, source: 'git' })
    expect(kinds(report)).toEqual(['ref'])
    expect(report.packets[0].findings[0].message).toMatch(/references tools\/validate\.py, which does not exist in commit [0-9a-f]{12}$/)
    expect(report.packets[0].tree.actual).toBeNull()
    const disk = await verifyWithSource({ cwd: repo, source: 'worktree' })
    expect(disk.packets[0].findings.map(f => f.message)).toEqual(['checks/validate.py: references tools/validate.py, which does not exist'])
  })

  it('the canonical folder replaced by a symbolic link to a folder holding the same bytes', async () => {
    const repo = await repoWithReference()
    writeTree(repo, { 'vendor/validate.py': VALIDATOR })
    rmSync(join(repo, 'tools'), { recursive: true })
    symlinkSync('vendor', join(repo, 'tools'))
    commitAll(repo, 'tools becomes a link')
    const committed = await verifyWithSource({ cwd: repo, source: 'git' })
    expect(committed.packets[0].findings.map(f => [f.kind, f.message])).toEqual([
      ['ref', 'checks/validate.py: references tools/validate.py, which lies under tools, committed as a symbolic link (links are never followed)']
    ])
    const disk = await verifyWithSource({ cwd: repo, source: 'worktree' })
    expect(disk.packets[0].findings.map(f => [f.kind, f.message])).toEqual([
      ['ref', 'checks/validate.py: references tools/validate.py, which lies under tools, a symbolic link (links are never followed)']
    ])
  })

  it('a copy of the canonical file put into the packet at the referenced path is a ref finding there, not extra', async () => {
    const repo = await repoWithReference()
    writeTree(repo, { 'p/checks/validate.py': VALIDATOR })
    commitAll(repo, 'duplicate the validator')
    const report = await verifyWithSource({ cwd: repo, source: 'git' })
    expect(report.packets[0].findings.map(f => [f.kind, f.file])).toEqual([['ref', 'p/checks/validate.py']])
    expect(report.packets[0].findings[0].message).toContain('but the packet also holds a file at checks/validate.py')
  })
})

describe('the canonical file is judged on its committed bytes', () => {
  const cloneOf = (origin: string, ...config: string[]) => {
    const to = join(tempDir('seal-gate-ref-clone-'), 'c')
    git(origin, 'clone', '-q', ...config.flatMap(c => ['-c', c]), origin, to)
    return to
  }

  it('a clone with core.autocrlf=true writes it with CRLF: git mode passes and warns', async () => {
    const clone = cloneOf(await repoWithReference(), 'core.autocrlf=true')
    expect(read(clone, 'tools/validate.py').includes('\r\n')).toBe(true) // the checkout converted it
    const committed = await verifyWithSource({ cwd: clone, source: 'git' })
    expect(committed.ok).toBe(true)
    expect(committed.warnings?.find(w => w.file === 'tools/validate.py')?.message).toContain('core.autocrlf=true')
    expect((await verifyWithSource({ cwd: clone, source: 'worktree' })).ok).toBe(false) // the disk holds other bytes
  })

  it('eol=crlf for the canonical folder only: git mode passes, worktree mode names crlf on the canonical file', async () => {
    const origin = await repoWithReference()
    write(origin, '.gitattributes', 'tools/*.py text eol=crlf\n')
    commitAll(origin, 'check the tools out with CRLF')
    const clone = cloneOf(origin)
    expect(read(clone, 'tools/validate.py').includes('\r\n')).toBe(true)
    expect((await verifyWithSource({ cwd: clone, source: 'git' })).ok).toBe(true)
    const disk = await verifyWithSource({ cwd: clone, source: 'worktree' })
    expect(disk.packets[0].findings.map(f => [f.kind, f.file, f.causes, f.evidence])).toEqual([['ref', 'tools/validate.py', ['crlf'], 'proven']])
  })
})

describe('the references of a packet, for scope changed', () => {
  it('are read from the committed seal and from the disk; a seal unreadable in both counts as unknown', async () => {
    const repo = await repoWithReference()
    writeTree(repo, { 'q/a.txt': 'a\n', 'q/seal.json': 'not a seal\n' })
    commitAll(repo, 'a packet whose seal is not JSON')
    expect(await sealedReferences(repo, 'HEAD', ['p', 'q'], 'seal.json')).toEqual(new Map([['p', ['tools/validate.py']], ['q', null]]))
    write(repo, 'p/seal.json', '\u0000garbage on disk') // the committed seal still says what is referenced
    expect((await sealedReferences(repo, 'HEAD', ['p'], 'seal.json')).get('p')).toEqual(['tools/validate.py'])
    rmSync(join(repo, 'p/seal.json'))
    expect((await sealedReferences(repo, 'HEAD', ['p'], 'seal.json')).get('p')).toEqual(['tools/validate.py'])
  })

  it('a reference only on disk (written after the commit) counts too', async () => {
    const repo = newRepo()
    writeTree(repo, { 'tools/validate.py': VALIDATOR, 'other.py': 'x\n', 'p/report.md': 'r\n' })
    await sealPacket(join(repo, 'p'))
    commitAll(repo, 'plain packet')
    await sealPacket(join(repo, 'p'), undefined, { references: new Map([['v.py', 'other.py']]) })
    expect((await sealedReferences(repo, 'HEAD', ['p'], 'seal.json')).get('p')).toEqual(['other.py'])
  })
})

describe('the append-only rule applies to references', () => {
  it('re-pointing a reference sealed at the base to another file with the same bytes is a reseal', async () => {
    const repo = await repoWithReference()
    const base = git(repo, 'rev-parse', 'HEAD')
    writeTree(repo, { 'other/validate.py': VALIDATOR })
    rmSync(join(repo, 'p/seal.json'))
    await sealPacket(join(repo, 'p'), undefined, { references: new Map([['checks/validate.py', 'other/validate.py']]) })
    commitAll(repo, 're-point the reference')
    const report = await verifyWithSource({ cwd: repo, source: 'git', base })
    expect(report.ok).toBe(false)
    const reseal = report.packets[0].findings.filter(f => f.kind === 'reseal')
    expect(reseal.map(f => f.message)).toEqual([
      `checks/validate.py: re-sealed as a reference to other/validate.py (a reference to tools/validate.py at base ${base.slice(0, 12)})`
    ])
  })
})

describe('seal-gate seal with references', () => {
  const io = (cwd: string) => {
    const out: string[] = []
    const err: string[] = []
    return { io: { out: (t: string) => void out.push(t), err: (t: string) => void err.push(t), cwd }, out, err }
  }

  it('--reference writes it; a plain re-seal keeps it and says so; --drop-reference drops it and says so', async () => {
    const repo = newRepo()
    writeTree(repo, { 'tools/validate.py': VALIDATOR, 'p/report.md': 'r\n' })
    const first = io(repo)
    expect(await main(['seal', '--reference', 'checks/validate.py=tools/validate.py', 'p'], first.io)).toBe(0)
    expect(first.out.join('')).toMatch(/\(2 files, 1 by reference\)\n  reference checks\/validate\.py -> tools\/validate\.py  sha256 [0-9a-f]{12}\n$/)

    write(repo, 'tools/validate.py', VALIDATOR + '# more\n')
    const again = io(repo)
    expect(await main(['seal', 'p'], again.io)).toBe(0)
    expect(again.out.join('')).toContain('kept reference checks/validate.py -> tools/validate.py')
    const kept = JSON.parse(read(repo, 'p/seal.json').toString('utf8')).files.find((f: { path: string }) => f.path === 'checks/validate.py')
    expect(kept).toEqual({ path: 'checks/validate.py', ref: 'tools/validate.py', sha256: expect.any(String), bytes: Buffer.byteLength(VALIDATOR) + 7 })
    expect((await verifyWithSource({ cwd: repo, source: 'worktree' })).ok).toBe(true)

    const dropped = io(repo)
    expect(await main(['seal', '--drop-reference', 'checks/validate.py', 'p'], dropped.io)).toBe(0)
    expect(dropped.out.join('')).toContain('dropped reference checks/validate.py')
    expect(read(repo, 'p/seal.json').toString('utf8')).not.toContain('"ref"')
  })

  it('refuses what verification would refuse, and never drops a reference to let a copy in', async () => {
    const repo = newRepo()
    writeTree(repo, { 'tools/validate.py': VALIDATOR, 'p/report.md': 'r\n', 'p/inner.txt': 'i\n' })
    const refuse = async (references: [string, string][], why: RegExp) => {
      const error = await sealPacket(join(repo, 'p'), undefined, { references: new Map(references) }).catch(e => e)
      expect(error).toBeInstanceOf(SealRefused)
      expect((error as SealRefused).problems.join('\n')).toMatch(why)
    }
    await refuse([['v.py', '../tools/validate.py']], /"\.\." segment in path/)
    await refuse([['v.py', '/etc/passwd']], /absolute path/)
    await refuse([['v.py', 'tools\\validate.py']], /backslash in path/)
    await refuse([['v.py', 'p/inner.txt']], /lies inside this packet/)
    await refuse([['v.py', 'tools']], /is a directory, not a regular file/)
    await refuse([['v.py', 'tools/nope.py']], /does not exist/)
    await refuse([['report.md', 'tools/validate.py']], /the packet also holds a file at report\.md/)

    expect(await main(['seal', '--reference', 'v.py=tools/validate.py', 'p'], io(repo).io)).toBe(0)
    writeTree(repo, { 'p/v.py': VALIDATOR })
    const blocked = io(repo)
    expect(await main(['seal', 'p'], blocked.io)).toBe(1)
    expect(blocked.err.join('')).toContain('v.py (a reference to tools/validate.py): the packet also holds a file at v.py; remove it, or seal it instead with --drop-reference v.py')
    expect(read(repo, 'p/seal.json').toString('utf8')).toContain('"ref": "tools/validate.py"')
  })

  it('CANONICAL is read from the root of the packet\'s repository, whatever the current directory', async () => {
    const repo = newRepo()
    writeTree(repo, { 'tools/validate.py': VALIDATOR, 'p/report.md': 'r\n' })
    expect(await main(['seal', '--reference', 'v.py=tools/validate.py', '.'], io(join(repo, 'p')).io)).toBe(0)
    expect(read(repo, 'p/seal.json').toString('utf8')).toContain('"ref": "tools/validate.py"')
    expect((await verifyWithSource({ cwd: join(repo, 'p'), source: 'worktree' })).ok).toBe(true)
  })

  it('usage: --reference needs PATH=CANONICAL and one DIR', async () => {
    const repo = newRepo()
    writeTree(repo, { 'tools/validate.py': VALIDATOR, 'p/a': 'a', 'q/b': 'b' })
    for (const args of [
      ['seal', '--reference', 'v.py', 'p'],
      ['seal', '--reference', '=tools/validate.py', 'p'],
      ['seal', '--reference', 'v.py=tools/validate.py', 'p', 'q'],
      ['seal', '--reference', 'v.py=tools/validate.py', '--drop-reference', 'v.py', 'p']
    ]) {
      const run = io(repo)
      expect({ args, code: await main(args, run.io) }).toEqual({ args, code: 2 })
    }
    expect(existsSync(join(repo, 'p/seal.json'))).toBe(false)
  })
})
