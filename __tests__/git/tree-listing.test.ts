import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { writeTree } from '../helpers/packets.js'
import { sealPacket } from '../../src/core/seal-packet.js'
import { entriesUnder, listTree, type TreeEntry, type TreeListing } from '../../src/git/tree-listing.js'
import { verifyWithSource } from '../../src/git/verify-committed.js'
import { commitAll, git, newRepo } from './repo.js'

describe('listTree', () => {
  const repo = newRepo()
  writeTree(repo, { 'a*b/f': '1', 'aXb/f': '2', 'a[1]/f': '3', 'a1/f': '4', 'a*b.txt': '5', 'p/q/r.txt': '6' })
  const commit = commitAll(repo, 'names that look like globs')

  it('lists only what lies at or under the paths given, matching them literally', async () => {
    const paths = async (...under: string[]) => [...(await listTree(repo, commit, under)).entries.keys()].sort()
    expect(await paths('a*b')).toEqual(['a*b/f'])
    expect(await paths('a[1]', 'p/q')).toEqual(['a[1]/f', 'p/q/r.txt'])
    expect(await paths('aX')).toEqual([])
    expect((await listTree(repo, commit)).entries.size).toBe(6)
  })

  it('reads a listing with a name that is not UTF-8 record by record, every other entry as in a listing that is all UTF-8', async () => {
    const plain = newRepo()
    // A top-level name that starts with U+FEFF keeps it: a decoder drops a leading BOM unless told not to.
    const names = { '\ufeffbom.txt': 'b', 'caf\u00e9/x.txt': 'c', 'sub/deep/y.bin': 'yy', 'z.txt': 'z' }
    writeTree(plain, names)
    execFileSync('sh', ['-c', 'ln -s z.txt link && chmod +x z.txt'], { cwd: plain })
    const utf8 = await listTree(plain, commitAll(plain, 'all UTF-8'))
    expect([...utf8.entries.keys()].sort()).toEqual([...Object.keys(names), 'link'].sort())
    expect(utf8.undecodable).toEqual([])
    expect(utf8.entries.get('z.txt')).toMatchObject({ mode: '100755', kind: 'file', size: 1 })
    expect(utf8.entries.get('link')).toMatchObject({ mode: '120000', kind: 'symlink', size: 5 })
    expect(utf8.entries.get('sub/deep/y.bin')?.oid).toBe(git(plain, 'rev-parse', 'HEAD:sub/deep/y.bin'))

    execFileSync('sh', ['-c', `printf 'n' > "$(printf 'bad\\377name')" && git add -A && git -c user.name=t -c user.email=t@example.invalid commit -qm bad`], { cwd: plain })
    const mixed = await listTree(plain, git(plain, 'rev-parse', 'HEAD'))
    expect(mixed.undecodable).toEqual(['bad\ufffdname'])
    expect([...mixed.entries.values()]).toEqual([...utf8.entries.values()])
  })

  it('lists a commit once for the steps of a run, whole listings only', async () => {
    expect(await listTree(repo, commit)).toBe(await listTree(repo, commit))
    expect(await listTree(repo, commit, ['p'])).not.toBe(await listTree(repo, commit, ['p']))
  })
})

describe('entriesUnder', () => {
  // Segments whose order against '/' and each other matters: '-' and '.' sort before '/', '0' after;
  // upper case, accents and a character above U+FFFF (two UTF-16 units).
  const segment = fc.constantFrom('a', 'a-b', 'a.b', 'a0', 'A', 'b', '\u00e9', 'e\u0301', '\u{1F600}', 'z', 'ab', 'a b')
  const path = fc.array(segment, { minLength: 1, maxLength: 4 }).map(s => s.join('/'))
  const listing = (paths: string[]): TreeListing => ({
    entries: new Map(paths.map(p => [p, { path: p, mode: '100644', kind: 'file', oid: '0'.repeat(40), size: 1 } as TreeEntry])),
    undecodable: []
  })

  it('gives exactly the entries at or under a folder, whatever the names around it', () => {
    fc.assert(
      fc.property(fc.uniqueArray(path, { maxLength: 40 }), fc.array(segment, { minLength: 1, maxLength: 3 }), (paths, folder) => {
        const tree = listing(paths)
        const prefix = `${folder.join('/')}/`
        const under = [...entriesUnder(tree, prefix)].map(e => e.path)
        expect(new Set(under)).toEqual(new Set(paths.filter(p => p.startsWith(prefix))))
        expect(under).toHaveLength(new Set(under).size)
        expect([...entriesUnder(tree, '')].map(e => e.path).sort()).toEqual([...paths].sort())
      }),
      { numRuns: 500 }
    )
  })
})

describe('a malformed tree', () => {
  // git mktree writes what it is given; git fsck calls a repeated name `duplicateEntries`. Which
  // of the two a reader takes differs between git commands (`HEAD:a.txt` the first, a checkout
  // the last), so a commit holding one has no single bytes to judge.
  it('that lists a file twice, the sealed bytes last, fails closed instead of judging one of them', async () => {
    const repo = newRepo()
    writeTree(repo, { 'p/a.txt': 'sealed\n' })
    await sealPacket(join(repo, 'p'))
    commitAll(repo, 'sealed')
    const blob = (text: string) => execFileSync('git', ['hash-object', '-w', '--stdin'], { cwd: repo, input: text }).toString().trim()
    const mktree = (lines: string[]) => execFileSync('git', ['mktree'], { cwd: repo, input: lines.join('\n') + '\n' }).toString().trim()
    const sealBlob = git(repo, 'rev-parse', 'HEAD:p/seal.json')
    const packet = mktree([`100644 blob ${blob('drifted\n')}\ta.txt`, `100644 blob ${blob('sealed\n')}\ta.txt`, `100644 blob ${sealBlob}\tseal.json`])
    const commit = git(repo, 'commit-tree', mktree([`040000 tree ${packet}\tp`]), '-p', 'HEAD', '-m', 'a.txt twice')
    expect(git(repo, 'cat-file', 'blob', `${commit}:p/a.txt`)).toBe('drifted')

    await expect(listTree(repo, commit)).rejects.toThrow(/lists "p\/a\.txt" twice/)
    await expect(verifyWithSource({ cwd: repo, source: 'git', ref: commit })).rejects.toThrow(/lists "p\/a\.txt" twice/)
  })
})
