import { describe, expect, it } from '@jest/globals'
import { writeTree } from '../helpers/packets.js'
import { listTree } from '../../src/git/tree-listing.js'
import { commitAll, newRepo } from './repo.js'

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

  it('lists a commit once for the steps of a run, whole listings only', async () => {
    expect(await listTree(repo, commit)).toBe(await listTree(repo, commit))
    expect(await listTree(repo, commit, ['p'])).not.toBe(await listTree(repo, commit, ['p']))
  })
})
