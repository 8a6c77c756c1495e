/**
 * Resolving commits, with the memory that spares repeated `git rev-parse` runs: it may remember
 * only that a full id names a commit, never that one is absent (a fetch brings it) and never what
 * a moving name such as HEAD pointed at.
 */
import { expect, it } from '@jest/globals'
import { ensureBase, resolveCommit } from '../../src/git/base-commit.js'
import { commitAll, git, newRepo, write } from './repo.js'

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
