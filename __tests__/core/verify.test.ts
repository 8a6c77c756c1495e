import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { chmodSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { ListedFile } from '../../src/core/byte-source.js'
import { FsSource } from '../../src/core/fs-source.js'
import { sealPacket } from '../../src/core/seal-packet.js'
import { verify } from '../../src/core/verify.js'
import { coreutilsTree, SAMPLE_PACKET, sealWithCoreutils, tempDir, writeTree } from '../helpers/packets.js'

/** A repository folder with one sealed packet at `evidence/p`. */
async function repoWithPacket(files: Record<string, string> = SAMPLE_PACKET) {
  const root = tempDir()
  mkdirSync(join(root, '.git'))
  const packet = join(root, 'evidence', 'p')
  writeTree(packet, files)
  await sealPacket(packet)
  return { root, packet }
}

/** Every path and its bytes and mtime, to prove that verification writes nothing. */
function snapshot(dir: string): string {
  return (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[])
    .sort()
    .map(p => {
      const s = statSync(join(dir, p))
      return `${p} ${s.mtimeMs} ${s.isFile() ? readFileSync(join(dir, p)).toString('base64') : 'dir'}`
    })
    .join('\n')
}

describe('verify', () => {
  it('passes an untouched packet, reports paths from the repository root, and writes nothing', async () => {
    const { root, packet } = await repoWithPacket()
    const before = snapshot(root)
    const report = await verify({ paths: ['evidence'], cwd: root })
    expect(report.ok).toBe(true)
    expect(report.packets).toHaveLength(1)
    expect(report.packets[0]).toMatchObject({ dir: 'evidence/p', ok: true, files: 5, findings: [] })
    expect(report.packets[0].tree.actual).toBe(report.packets[0].tree.sealed)
    expect(report.packets[0].tree.actual).toBe(coreutilsTree(packet))
    expect(snapshot(root)).toBe(before)
  })

  it('reports the tree of the bytes present when a file drifted', async () => {
    const { root, packet } = await repoWithPacket()
    writeFileSync(join(packet, 'report.md'), readFileSync(join(packet, 'report.md'), 'utf8') + 'one more line\n')
    const report = await verify({ cwd: root })
    expect(report.packets[0].findings.map(f => f.kind)).toEqual(['mismatch'])
    expect(report.packets[0].tree.actual).toBe(coreutilsTree(packet))
    expect(report.packets[0].tree.actual).not.toBe(report.packets[0].tree.sealed)
  })

  it('tells a name that is not UTF-8 from a name holding a real U+FFFD, in the same folder', async () => {
    const { root, packet } = await repoWithPacket({ ...SAMPLE_PACKET, 'scripts/odd-\ufffd.txt': 'a real replacement character\n' })
    // The seal file as search path: discovery (discover.ts) refuses any name with U+FFFD on its own.
    const only = { cwd: root, paths: [join(packet, 'seal.json')] }
    expect((await verify(only)).ok).toBe(true)
    writeFileSync(Buffer.concat([Buffer.from(join(packet, 'scripts', 'bad-')), Buffer.from([0xff])]), 'x')
    const report = await verify(only)
    expect(report.packets[0].findings.map(f => [f.kind, f.file, f.message])).toEqual([
      ['unsafe', 'evidence/p/scripts/bad-\ufffd', 'scripts/bad-\ufffd: file name is not valid UTF-8']
    ])
  })

  it('hashes every file whether or not the source hands them over while listing, and refuses a source that hands over others', async () => {
    // Files are hashed as the listing finds them (ByteSource.list's onFile); a source that does not
    // call it must lose nothing, and one that hands over other files than it lists (another path,
    // another size) is a fault.
    class Silent extends FsSource {
      override list(dir: string, seal: string) {
        return super.list(dir, seal)
      }
    }
    const handing = (change: (file: ListedFile) => ListedFile) =>
      class extends FsSource {
        override list(dir: string, seal: string, onFile?: (file: ListedFile) => void) {
          return super.list(dir, seal, file => onFile?.(change(file)))
        }
      }
    const Copying = handing(file => ({ ...file }))
    const Renaming = handing(file => (file.path === 'report.md' ? { ...file, path: 'other.md' } : file))
    const Sizing = handing(file => (file.path === 'report.md' ? { ...file, size: 12 } : file))
    const { root, packet } = await repoWithPacket()
    expect((await verify({ cwd: root, source: new Silent() })).ok).toBe(true)
    writeFileSync(join(packet, 'report.md'), 'other bytes\n')
    const drifted = await verify({ cwd: root, source: new Silent() })
    expect(drifted.packets[0].findings.map(f => [f.kind, f.file])).toEqual([['mismatch', 'evidence/p/report.md']])
    // A copy of the same file is the same file.
    expect((await verify({ cwd: root, source: new Copying() })).packets[0].findings.map(f => f.file)).toEqual(['evidence/p/report.md'])
    await expect(verify({ cwd: root, source: new Renaming() })).rejects.toThrow(/not the files listed/)
    await expect(verify({ cwd: root, source: new Sizing() })).rejects.toThrow(/not the files listed/)
  })

  it('passes a packet sealed by coreutils alone', async () => {
    const root = tempDir()
    writeTree(root, SAMPLE_PACKET)
    sealWithCoreutils(root)
    const report = await verify({ cwd: root })
    expect(report.findings).toEqual([])
    expect(report.packets[0].findings).toEqual([])
    expect(report.ok).toBe(true)
  })

  it('fails when no packet is found', async () => {
    const root = tempDir()
    writeTree(root, { 'x.md': 'no seal here\n' })
    const report = await verify({ cwd: root })
    expect(report.ok).toBe(false)
    expect(report.findings.map(f => f.kind)).toEqual(['no-packets'])
  })

  it('reports missing, extra and tree findings', async () => {
    const { root, packet } = await repoWithPacket()
    unlinkSync(join(packet, 'scripts/RERUN.sh'))
    writeFileSync(join(packet, 'notes.txt'), 'added later\n')
    const report = await verify({ cwd: root })
    expect(report.ok).toBe(false)
    const findings = report.packets[0].findings.map(f => [f.kind, f.file])
    expect(findings).toEqual([
      ['extra', 'evidence/p/notes.txt'],
      ['missing', 'evidence/p/scripts/RERUN.sh']
    ])
    // The actual tree is that of the files present, not the sealed one.
    expect(report.packets[0].tree.actual).toBe(coreutilsTree(packet))
    expect(report.packets[0].tree.actual).not.toBe(report.packets[0].tree.sealed)

    // A seal whose tree value was edited by hand no longer matches its own list.
    const sealPath = join(packet, 'seal.json')
    const seal = JSON.parse(readFileSync(sealPath, 'utf8'))
    seal.tree = '0'.repeat(64)
    writeFileSync(sealPath, JSON.stringify(seal, null, 2) + '\n')
    const tampered = await verify({ cwd: root })
    expect(tampered.packets[0].findings.map(f => f.kind)).toContain('tree')
  })

  it('refuses links, special files and colliding names as unsafe, without following links', async () => {
    const { root, packet } = await repoWithPacket()
    symlinkSync('/etc/passwd', join(packet, 'outside'))
    symlinkSync('report.md', join(packet, 'inside'))
    symlinkSync('missing-target', join(packet, 'dangling'))
    symlinkSync('.', join(packet, 'loop'))
    execFileSync('mkfifo', [join(packet, 'fifo')])
    writeFileSync(join(packet, 'REPORT.md'), 'case collision\n')
    const report = await verify({ cwd: root })
    const unsafe = report.packets[0].findings.filter(f => f.kind === 'unsafe').map(f => f.file)
    // The collision is reported on the later name in byte order, naming the other.
    expect(unsafe.sort()).toEqual(
      ['evidence/p/report.md', 'evidence/p/dangling', 'evidence/p/fifo', 'evidence/p/inside', 'evidence/p/loop', 'evidence/p/outside'].sort()
    )
    expect(report.ok).toBe(false)
  })

  it('reports an unreadable file as unreadable, not as a pass', async () => {
    if (process.getuid?.() === 0) {
      // root reads everything: prove the path with a directory that cannot be listed instead
      const { root, packet } = await repoWithPacket()
      rmSync(join(packet, 'report.md'))
      mkdirSync(join(packet, 'report.md'))
      const report = await verify({ cwd: root })
      expect(report.ok).toBe(false)
      expect(report.packets[0].findings.map(f => f.kind)).toContain('missing')
      return
    }
    const { root, packet } = await repoWithPacket()
    chmodSync(join(packet, 'report.md'), 0)
    const report = await verify({ cwd: root })
    expect(report.packets[0].findings.map(f => f.kind)).toContain('unreadable')
  })

  it('verifies nested packets on their own and as files of the packet that holds them', async () => {
    const { root, packet } = await repoWithPacket()
    const inner = join(packet, 'mirror')
    writeTree(inner, { 'copy.md': 'mirrored — text\n' })
    await sealPacket(inner)
    await sealPacket(packet)
    const clean = await verify({ cwd: root })
    expect(clean.packets.map(p => [p.dir, p.ok])).toEqual([
      ['evidence/p', true],
      ['evidence/p/mirror', true]
    ])
    writeFileSync(join(inner, 'copy.md'), 'mirrored - text\n')
    const drifted = await verify({ cwd: root })
    expect(drifted.packets.map(p => [p.dir, p.findings.map(f => f.file)])).toEqual([
      ['evidence/p', ['evidence/p/mirror/copy.md']],
      ['evidence/p/mirror', ['evidence/p/mirror/copy.md']]
    ])
  })

  it('refuses a seal file that is a link, and a search path that is a link', async () => {
    const { root, packet } = await repoWithPacket()
    renameSync(join(packet, 'seal.json'), join(root, 'real-seal.json'))
    symlinkSync(join(root, 'real-seal.json'), join(packet, 'seal.json'))
    symlinkSync(packet, join(root, 'link-to-packet'))
    const report = await verify({ cwd: root })
    expect(report.ok).toBe(false)
    expect(report.findings.map(f => [f.kind, f.file])).toContainEqual(['unsafe', 'evidence/p/seal.json'])
    const viaLink = await verify({ cwd: root, paths: ['link-to-packet'] })
    expect(viaLink.ok).toBe(false)
    expect(viaLink.findings.map(f => f.kind)).toContain('unsafe')
  })
})
