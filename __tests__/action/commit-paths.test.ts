/**
 * The `path` input matched against a commit's tree (git mode) chooses what @actions/glob chooses
 * on a full checkout of that commit (worktree mode): the same patterns, two lists of paths.
 */
import { afterAll, describe, expect, test } from '@jest/globals'
import { realpathSync, rmSync, symlinkSync } from 'node:fs'
import { join, relative } from 'node:path'
import { commitRoots } from '../../src/action/commit-paths.js'
import { expandPaths } from '../../src/action/select.js'
import { listTree } from '../../src/git/tree-listing.js'
import { commitAll, newRepo, write } from './git-repo.js'

const repo = realpathSync(newRepo())
afterAll(() => rmSync(repo, { recursive: true, force: true }))
for (const file of ['evidence/kept/seal.json', 'evidence/kept/a.md', 'evidence/skip/seal.json', 'evidence/skip/deep/seal.json', '.hidden/p/seal.json', 'seal.json', 'docs/readme.md', 'b[1]/seal.json']) {
  write(repo, file, 'x\n')
}
symlinkSync('kept', join(repo, 'evidence/link'))
const commit = commitAll(repo, 'tree')

const onDisk = async (patterns: string[]) => (await expandPaths(patterns, repo, 'seal.json')).map(p => relative(repo, p) || '.').sort()
const inCommit = async (patterns: string[]) => commitRoots(patterns, repo, repo, await listTree(repo, commit), 'seal.json').roots.sort()

describe('the same roots as @actions/glob on a full checkout', () => {
  const cases: string[][] = [
    ['evidence/*'],
    ['evidence/**'],
    ['**/seal.json'],
    ['evidence/*/'],
    ['e?idence/k*'],
    ['evidence/[ks]*'],
    ['.'],
    ['evidence'],
    ['evidence/kept/seal.json'],
    ['*'],
    ['b\\[1\\]'],
    ['evidence/*', `!${repo}/evidence/skip`],
    ['evidence/**', `!${repo}/evidence/skip/**`],
    ['evidence/*', 'seal.json', `!${repo}/evidence/*/`],
    // Literal lines: looked up in the commit without walking it.
    ['.', `!${repo}/evidence`],
    ['evidence/kept', 'docs', 'evidence/skip/deep/seal.json']
  ]
  test.each(cases.map(c => [c.join(' | '), c]))('%s', async (_, patterns) => {
    // .git is never committed, and never searched for packets on disk either.
    const disk = (await onDisk(patterns as string[])).filter(p => p !== '.git')
    expect(disk.length).toBeGreaterThan(0)
    expect(await inCommit(patterns as string[])).toEqual(disk)
  })
})

describe('what fails the step', () => {
  test('a line that matches nothing in the commit', async () => {
    await expect(inCommit(['evidence/kept', 'nowhere/*'])).rejects.toThrow('input path: "nowhere/*" matched no directory or seal.json in the commit judged')
    await expect(inCommit(['nowhere'])).rejects.toThrow('input path: "nowhere" matched no directory or seal.json in the commit judged')
    await expect(inCommit(['evidence/kept/a.md'])).rejects.toThrow('input path: "evidence/kept/a.md" matched no directory or seal.json in the commit judged')
    await expect(onDisk(['evidence/kept/a.md'])).rejects.toThrow('matched no directory or seal.json in the workspace')
  })
  test('a line that reaches outside the workspace', async () => {
    await expect(inCommit(['../*'])).rejects.toThrow('reaches outside the workspace')
    await expect(inCommit(['../elsewhere'])).rejects.toThrow('reaches outside the workspace')
  })
  test('a committed link is a root that is never followed, as on disk', async () => {
    const chosen = commitRoots(['evidence/*'], repo, repo, await listTree(repo, commit), 'seal.json')
    expect(chosen.links).toEqual(['evidence/link'])
  })
})
