/**
 * The one `git cat-file --batch` process a run reads blobs through (the source's files, the seals
 * of the append-only rule): an object missing, an answer about another object, or a git process
 * that dies in the middle of a blob each fail the read, never hand out bytes. The misbehaving
 * processes are stand-ins put first on PATH; the missing object is asked of real git.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { chmodSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { BlobReader } from '../../src/git/blob-reader.js'
import { commitAll, git, newRepo, tempDir, write } from './repo.js'

const PATH = process.env.PATH
afterEach(() => {
  process.env.PATH = PATH
})

/** Puts a `git` first on PATH that runs `script` (sh) instead of the real one. */
function fakeGit(script: string) {
  const bin = tempDir('seal-gate-fake-git-')
  writeFileSync(join(bin, 'git'), `#!/bin/sh\n${script}\n`)
  chmodSync(join(bin, 'git'), 0o755)
  process.env.PATH = `${bin}:${PATH}`
}

const ID = 'a'.repeat(40)
const OTHER = 'b'.repeat(40)

describe('BlobReader', () => {
  it('reads blobs as committed, several pipelined', async () => {
    const repo = newRepo()
    write(repo, 'a.txt', 'alpha\r\n')
    write(repo, 'b.txt', 'beta')
    commitAll(repo, 'two')
    const reader = new BlobReader(repo)
    try {
      const ids = ['a.txt', 'b.txt'].map(p => git(repo, 'rev-parse', `HEAD:${p}`))
      const [a, b] = await Promise.all(ids.map(id => reader.read(id, 1 << 20)))
      expect(a.toString('latin1')).toBe('alpha\r\n')
      expect(b.toString('latin1')).toBe('beta')
    } finally {
      reader.close()
    }
  })

  it('an object missing from the repository fails its read, and the next read still works', async () => {
    const repo = newRepo()
    write(repo, 'a.txt', 'alpha\n')
    commitAll(repo, 'one')
    const reader = new BlobReader(repo)
    try {
      await expect(reader.read(ID, 1 << 20)).rejects.toThrow(`object ${ID} is missing from the repository`)
      expect((await reader.read(git(repo, 'rev-parse', 'HEAD:a.txt'), 1 << 20)).toString()).toBe('alpha\n')
    } finally {
      reader.close()
    }
  })

  /** With a git whose cat-file runs `script`, the first read and the one after it fail with `message`. */
  async function expectEveryReadFails(script: string, message: string) {
    fakeGit(script)
    const reader = new BlobReader(tempDir())
    try {
      await expect(reader.read(ID, 1 << 20)).rejects.toThrow(message)
      await expect(reader.read(ID, 1 << 20)).rejects.toThrow(message)
    } finally {
      reader.close()
    }
  }

  it('an answer about another object fails the read and every later one', async () => {
    await expectEveryReadFails(`read line; printf '${OTHER} blob 5\\nhello\\n'; read line; printf '${ID} blob 5\\nhello\\n'; sleep 1`, 'unexpected answer from git cat-file')
  })

  it('a git process that dies in the middle of a blob fails the read and every later one', async () => {
    await expectEveryReadFails(`read line; printf '${ID} blob 100\\n0123456789'; exit 1`, 'git cat-file ended (1) early')
  })

  it('an object that is not a blob fails its read', async () => {
    const repo = newRepo()
    write(repo, 'a.txt', 'alpha\n')
    const commit = commitAll(repo, 'one')
    const reader = new BlobReader(repo)
    try {
      await expect(reader.read(commit, 1 << 20)).rejects.toThrow(`object ${commit} is a commit, not a blob`)
    } finally {
      reader.close()
    }
  })

  it('many requests at once go to git together and are answered each with its own blob, in order', async () => {
    const repo = newRepo()
    const texts = Array.from({ length: 300 }, (_, i) => `blob ${i}\n`.repeat(i % 7))
    texts.forEach((text, i) => write(repo, `f${i}.txt`, text))
    commitAll(repo, 'many')
    const ids = git(repo, 'ls-tree', 'HEAD').split('\n').map(line => line.split(/\s/)[2])
    const names = git(repo, 'ls-tree', '--name-only', 'HEAD').split('\n')
    const reader = new BlobReader(repo)
    try {
      // Half asked in one turn, half in the next ones while the first are answered.
      const first = ids.slice(0, 150).map(id => reader.read(id, 1 << 20))
      await new Promise(resolve => setImmediate(resolve))
      const later = ids.slice(150).map(id => reader.read(id, 1 << 20))
      const blobs = await Promise.all([...first, ...later])
      blobs.forEach((blob, i) => expect(blob.toString('utf8')).toBe(texts[Number(names[i].slice(1, -4))]))
    } finally {
      reader.close()
    }
  })

  it('a read asked just before the reader is closed is still answered', async () => {
    const repo = newRepo()
    write(repo, 'a.txt', 'alpha\n')
    commitAll(repo, 'one')
    const reader = new BlobReader(repo)
    const id = git(repo, 'rev-parse', 'HEAD:a.txt')
    const pending = reader.read(id, 1 << 20)
    reader.close()
    expect((await pending).toString('utf8')).toBe('alpha\n')
  })
})
