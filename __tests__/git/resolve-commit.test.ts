/**
 * Resolving commits, with the memory that spares repeated `git rev-parse` runs: it may remember
 * only that a full id names a commit, never that one is absent (a fetch brings it) and never what
 * a moving name such as HEAD pointed at.
 */
import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { ensureBase, readCommit, resolveCommit } from '../../src/git/base-commit.js'
import { changedFiles } from '../../src/git/changed-files.js'
import { repositoryAt } from '../../src/git/repository.js'
import { commitAll, git, newRepo, tempDir, write } from './repo.js'

it('a commit absent once is found after it arrives', async () => {
  const origin = newRepo()
  write(origin, 'a.txt', 'one\n')
  const first = commitAll(origin, 'one')
  const clone = newRepo()
  git(clone, 'remote', 'add', 'origin', origin)
  expect(await resolveCommit(clone, first)).toBeNull()
  expect(await resolveCommit(clone, first)).toBeNull()
  // ensureBase fetches the missing commit; the earlier "absent" must not stick.
  expect(await ensureBase(clone, first)).toEqual({ commit: first, fetched: true })
  expect(await resolveCommit(clone, first)).toBe(first)
})

it('HEAD is asked again every time: a new commit moves it', async () => {
  const repo = newRepo()
  write(repo, 'a.txt', 'one\n')
  const first = commitAll(repo, 'one')
  expect(await resolveCommit(repo, 'HEAD')).toBe(first)
  write(repo, 'a.txt', 'two\n')
  const second = commitAll(repo, 'two')
  expect(await resolveCommit(repo, 'HEAD')).toBe(second)
  expect(await resolveCommit(repo, first)).toBe(first)
})

it('an id known in one repository is not taken as present in another', async () => {
  const one = newRepo()
  write(one, 'a.txt', 'one\n')
  const id = commitAll(one, 'one')
  expect(await resolveCommit(one, id)).toBe(id)
  const other = newRepo()
  expect(await resolveCommit(other, id)).toBeNull()
})

/** A repository of two commits, each writing a.txt. */
function twoCommits() {
  const repo = newRepo()
  write(repo, 'a.txt', 'one\n')
  const first = commitAll(repo, 'one')
  write(repo, 'a.txt', 'two\n')
  return { repo, first, second: commitAll(repo, 'two') }
}

describe('one git process for several questions', () => {
  it('readCommit: the id and parents of the commit a name points at; null for anything that is no commit', async () => {
    const { repo, first, second } = twoCommits()
    expect(await readCommit(repo, 'HEAD')).toEqual({ id: second, parents: [first] })
    expect(await readCommit(repo, 'HEAD~1')).toEqual({ id: first, parents: [] })
    expect(await readCommit(repo, 'HEAD^{tree}')).toBeNull()
    expect(await readCommit(repo, git(repo, 'rev-parse', 'HEAD:a.txt'))).toBeNull()
    expect(await readCommit(repo, 'f'.repeat(40))).toBeNull()
    expect(await readCommit(repo, 'nowhere')).toBeNull()
    // The name goes to git on standard input: a second line could ask a second question.
    expect(await readCommit(repo, `HEAD\n${first}`)).toBeNull()
    expect(await readCommit(tempDir(), 'HEAD')).toBeNull()
  })

  it('readCommit: the parents are the lines git reads as parents, right after the tree, never a parent line further down', async () => {
    const repo = newRepo()
    write(repo, 'a.txt', 'one\n')
    const first = commitAll(repo, 'one')
    const tree = git(repo, 'rev-parse', 'HEAD^{tree}')
    const who = 'A <a@example.org> 1700000000 +0000'
    const crafted = (header: string) =>
      execFileSync('git', ['hash-object', '-t', 'commit', '-w', '--literally', '--stdin'], { cwd: repo, input: `${header}\n\nmessage\n`, encoding: 'utf8' }).trim()
    const late = crafted(`tree ${tree}\nauthor ${who}\ncommitter ${who}\nparent ${first}`)
    // git itself sees no parent in it.
    expect(() => execFileSync('git', ['rev-parse', '--verify', '-q', `${late}^1`], { cwd: repo, stdio: 'pipe' })).toThrow()
    expect(await readCommit(repo, late)).toEqual({ id: late, parents: [] })
    const normal = crafted(`tree ${tree}\nparent ${first}\nauthor ${who}\ncommitter ${who}`)
    expect(git(repo, 'rev-parse', `${normal}^1`)).toBe(first)
    expect(await readCommit(repo, normal)).toEqual({ id: normal, parents: [first] })
  })

  it('repositoryAt: the top, the object format and the commit; a name that is no commit still gives the repository', async () => {
    const repo = newRepo()
    mkdirSync(join(repo, 'sub'))
    expect(await repositoryAt(join(repo, 'sub'), 'HEAD')).toEqual({ top: realpathSync(repo), objectFormat: 'sha1', commit: null })
    write(repo, 'sub/a.txt', 'one\n')
    const first = commitAll(repo, 'one')
    expect(await repositoryAt(join(repo, 'sub'), 'HEAD')).toEqual({ top: realpathSync(repo), objectFormat: 'sha1', commit: first })
    expect(await repositoryAt(repo, 'HEAD^{tree}')).toEqual({ top: realpathSync(repo), objectFormat: 'sha1', commit: null })
    expect(await repositoryAt(repo, 'nowhere')).toEqual({ top: realpathSync(repo), objectFormat: 'sha1', commit: null })
    expect(await repositoryAt(tempDir(), 'HEAD')).toBeNull()

    const wide = tempDir()
    git(wide, 'init', '-q', '--object-format=sha256')
    write(wide, 'a.txt', 'one\n')
    const id = commitAll(wide, 'one')
    expect(id).toHaveLength(64)
    expect(await repositoryAt(wide, 'HEAD')).toEqual({ top: realpathSync(wide), objectFormat: 'sha256', commit: id })
  })

  it('repositoryAt: a top whose path holds line breaks keeps them, and the object format and commit stay its own', async () => {
    // git prints the top as it is: the lines after it are read from the end of its answer.
    for (const format of ['sha1', 'sha256']) {
      const repo = join(tempDir(), 'a\nsha1\nb')
      mkdirSync(repo)
      git(repo, 'init', '-q', `--object-format=${format}`)
      expect(await repositoryAt(repo, 'HEAD')).toEqual({ top: realpathSync(repo), objectFormat: format, commit: null })
      write(repo, 'a.txt', 'one\n')
      const id = commitAll(repo, 'one')
      expect(await repositoryAt(repo, 'HEAD')).toEqual({ top: realpathSync(repo), objectFormat: format, commit: id })
    }
  })

  it('repositoryAt outside any repository asks git once', async () => {
    // A git in front of the real one that notes each start.
    const bin = tempDir()
    const log = join(bin, 'starts.log')
    const real = execFileSync('sh', ['-c', 'command -v git']).toString().trim()
    writeFileSync(join(bin, 'git'), `#!/bin/sh\necho start >> '${log}'\nexec '${real}' "$@"\n`, { mode: 0o755 })
    const path = process.env.PATH
    process.env.PATH = `${bin}:${path}`
    try {
      expect(await repositoryAt(tempDir(), 'HEAD')).toBeNull()
      expect(readFileSync(log, 'utf8')).toBe('start\n')
      // Inside a repository whose ref names no commit, the answer still comes (more questions).
      writeFileSync(log, '')
      const repo = newRepo()
      expect(await repositoryAt(repo, 'HEAD')).toEqual({ top: realpathSync(repo), objectFormat: 'sha1', commit: null })
      expect(readFileSync(log, 'utf8').length).toBeGreaterThan('start\n'.length)
    } finally {
      process.env.PATH = path
    }
  })

  it('a diff names commits only: a tree id as the base fails, so it is never remembered as a commit', async () => {
    const { repo, first, second } = twoCommits()
    expect(await changedFiles(repo, first, second)).toEqual(['a.txt'])
    await expect(changedFiles(repo, git(repo, 'rev-parse', 'HEAD~1^{tree}'), second)).rejects.toThrow('git diff failed')
  })
})
