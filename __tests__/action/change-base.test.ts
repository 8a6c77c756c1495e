/**
 * The base of a pull request's change: the first parent of GitHub's merge commit when that is what
 * was checked out, `pull_request.base.sha` otherwise; and the parents as the commit object names
 * them, read from real repositories (a shallow clone, a message that mimics a parent line, a
 * header continuation line).
 */
import { afterAll, describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { rmSync } from 'node:fs'
import { pickBase, withChangeBase } from '../../src/action/change-base.js'
import { readEvent } from '../../src/action/event.js'
import { commitParents } from '../../src/git/base-commit.js'
import { commitAll, git, newRepo, write } from './git-repo.js'

const cleanup: string[] = []
afterAll(() => {
  for (const dir of cleanup) rmSync(dir, { recursive: true, force: true })
})

const [BASE, TIP, HEAD, MERGE, OTHER] = ['a', 'b', 'c', 'd', 'e'].map(c => c.repeat(40))

describe('pickBase', () => {
  test("GitHub's merge commit of the head: its first parent, whatever the payload's base", () => {
    const moved = pickBase(BASE, HEAD, MERGE, [TIP, HEAD])
    expect(moved.base).toBe(TIP)
    expect(moved.reason).toBe(
      `base of the change ${TIP.slice(0, 12)}: the first parent of the merge commit ${MERGE.slice(0, 12)} checked out ` +
        `(the base branch when GitHub made it), not pull_request.base.sha ${BASE.slice(0, 12)}`
    )
    expect(pickBase(TIP, HEAD, MERGE, [TIP, HEAD]).reason).toBe(
      `base of the change ${TIP.slice(0, 12)}: pull_request.base.sha, the first parent of the merge commit ${MERGE.slice(0, 12)} checked out`
    )
    expect(pickBase(null, HEAD, MERGE, [TIP, HEAD]).base).toBe(TIP)
  })

  test('anything else keeps pull_request.base.sha, and says why', () => {
    const cases: [string | null, string | null, string[] | null, string][] = [
      [HEAD, HEAD, [BASE], `the checkout is pull_request.head.sha ${HEAD.slice(0, 12)} itself`],
      // The head itself may be a merge (main merged into the branch): still the head, not GitHub's merge.
      [HEAD, HEAD, [OTHER, TIP], `the checkout is pull_request.head.sha ${HEAD.slice(0, 12)} itself`],
      [HEAD, MERGE, [TIP], `${MERGE.slice(0, 12)} checked out is no merge of pull_request.head.sha: it has 1 parent`],
      [HEAD, MERGE, [TIP, HEAD, OTHER], `${MERGE.slice(0, 12)} checked out is no merge of pull_request.head.sha: it has 3 parents`],
      [HEAD, MERGE, [TIP, OTHER], `${MERGE.slice(0, 12)} checked out is no merge of pull_request.head.sha ${HEAD.slice(0, 12)}: its second parent is ${OTHER.slice(0, 12)}`],
      // The base merged into the head the other way round: the head is the first parent, not the second.
      [HEAD, MERGE, [HEAD, TIP], `${MERGE.slice(0, 12)} checked out is no merge of pull_request.head.sha ${HEAD.slice(0, 12)}: its second parent is ${TIP.slice(0, 12)}`],
      [HEAD, null, null, 'the commit checked out could not be read'],
      [HEAD, MERGE, null, 'the commit checked out could not be read'],
      [null, MERGE, [TIP, HEAD], 'the event names no pull_request.head.sha']
    ]
    for (const [prHead, judged, parents, why] of cases) {
      expect(pickBase(BASE, prHead, judged, parents)).toEqual({ base: BASE, reason: `base of the change ${BASE.slice(0, 12)}: pull_request.base.sha (${why})` })
    }
    expect(pickBase(null, HEAD, MERGE, [TIP])).toEqual({
      base: null,
      reason: `no base of the change: pull_request.base.sha is absent and ${MERGE.slice(0, 12)} checked out is no merge of pull_request.head.sha: it has 1 parent`
    })
  })
})

/** main with one commit, a topic commit, main moved on, and the merge of topic into main. */
function mergedRepo() {
  const repo = newRepo()
  cleanup.push(repo)
  write(repo, 'a.txt', 'a\n')
  const base = commitAll(repo, 'base')
  git(repo, 'checkout', '-q', '-b', 'topic')
  write(repo, 'b.txt', 'b\n')
  const head = commitAll(repo, 'head')
  git(repo, 'checkout', '-q', 'main')
  write(repo, 'a.txt', 'a, moved on\n')
  const tip = commitAll(repo, 'main moved on')
  git(repo, 'merge', '-q', '--no-ff', '-m', 'Merge topic', 'topic')
  return { repo, base, head, tip, merge: git(repo, 'rev-parse', 'HEAD') }
}

describe('commitParents', () => {
  test('names the parents of a merge in order, none for a root commit, and null for no commit', async () => {
    const { repo, base, head, tip, merge } = mergedRepo()
    expect(await commitParents(repo, merge)).toEqual([tip, head])
    expect(await commitParents(repo, base)).toEqual([])
    expect(await commitParents(repo, 'f'.repeat(40))).toBeNull()
    await expect(commitParents(repo, 'HEAD')).rejects.toThrow('not a full object id')
  })

  test('in a clone of depth 1 the parents are absent, and the commit object still names them', async () => {
    const { repo, head, tip, merge } = mergedRepo()
    const clone = `${repo}-shallow`
    cleanup.push(clone)
    git(repo, 'clone', '-q', '--depth=1', '--no-local', `file://${repo}`, clone)
    expect(git(clone, 'rev-parse', 'HEAD^@')).toBe('')
    expect(() => git(clone, 'cat-file', '-e', `${tip}^{commit}`)).toThrow()
    expect(await commitParents(clone, merge)).toEqual([tip, head])
  })

  test('only header lines count: not a parent line in the message, nor a header continuation line', async () => {
    const { repo, head, tip, merge } = mergedRepo()
    const fake = '1'.repeat(40)
    write(repo, 'c.txt', 'c\n')
    const tricky = commitAll(repo, `message\n\nparent ${fake}\n`)
    expect(await commitParents(repo, tricky)).toEqual([merge])

    const object = git(repo, 'cat-file', 'commit', merge)
    const headerEnd = object.indexOf('\n\n')
    const crafted = `${object.slice(0, headerEnd)}\nx-note first line\n parent ${fake}\n${object.slice(headerEnd)}\n`
    const id = execFileSync('git', ['hash-object', '-t', 'commit', '-w', '--literally', '--stdin'], { cwd: repo, input: crafted, encoding: 'utf8' }).trim()
    expect(git(repo, 'cat-file', 'commit', id)).toContain(` parent ${fake}`)
    expect(await commitParents(repo, id)).toEqual([tip, head])
  })
})

describe('withChangeBase', () => {
  test('on pull_request, the checkout decides; other events keep their base', async () => {
    const { repo, base, head, tip } = mergedRepo()
    const pr = readEvent('pull_request', { pull_request: { base: { sha: base }, head: { sha: head } } }, undefined)
    const merged = await withChangeBase(pr, repo, 'HEAD')
    expect(merged.event).toMatchObject({ base: tip, appendOnlyBase: tip, checkSha: head })
    const atHead = await withChangeBase(pr, repo, head)
    expect(atHead.event).toMatchObject({ base, appendOnlyBase: base })
    expect(atHead.reason).toContain('itself')

    const group = readEvent('merge_group', { merge_group: { base_sha: base, head_sha: head } }, undefined)
    expect(await withChangeBase(group, repo, 'HEAD')).toEqual({ event: group, reason: null })
  })
})
