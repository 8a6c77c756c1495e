/**
 * The one definition of a full git object id (src/git/object-id.ts): ids that git itself prints
 * are accepted, in both hash formats; anything git could read as an option, a name or an
 * abbreviation is not, and neither the action's event reader nor the git adapter accepts more.
 */
import { describe, expect, it } from '@jest/globals'
import { commitId } from '../../src/action/event.js'
import { checkObjectId } from '../../src/git/git-command.js'
import { isObjectId } from '../../src/git/object-id.js'
import { commitAll, git, tempDir, write } from './repo.js'

describe('isObjectId', () => {
  it('accepts the ids git prints for a commit, in a sha1 and in a sha256 repository', () => {
    for (const format of ['sha1', 'sha256']) {
      const repo = tempDir('seal-gate-object-id-')
      git(repo, 'init', '-q', `--object-format=${format}`)
      write(repo, 'a.txt', 'a\n')
      const commit = commitAll(repo, 'a')
      expect(commit).toHaveLength(format === 'sha1' ? 40 : 64)
      expect(isObjectId(commit)).toBe(true)
      expect(isObjectId(git(repo, 'rev-parse', 'HEAD^{tree}'))).toBe(true)
    }
  })

  it('refuses abbreviations, other lengths, upper case, names, options and what surrounds an id', () => {
    const id = 'a'.repeat(40)
    for (const bad of [id.slice(1), id + 'a', 'a'.repeat(63), 'a'.repeat(65), id.toUpperCase(), 'HEAD', `--upload-pack=${id}`, `-${id}`, `${id}\n`, ` ${id}`, `${id}^{commit}`, '', 'g'.repeat(40)]) {
      expect(isObjectId(bad)).toBe(false)
    }
    for (const notText of [undefined, null, 40, ['a'.repeat(40)], { id }]) expect(isObjectId(notText)).toBe(false)
  })

  it('is what the event reader and the git adapter accept', () => {
    for (const value of ['b'.repeat(40), 'c'.repeat(64), 'B'.repeat(40), '-b', 'b'.repeat(41)]) {
      expect(commitId(value) !== null).toBe(isObjectId(value))
      if (isObjectId(value)) expect(checkObjectId(value)).toBe(value)
      else expect(() => checkObjectId(value)).toThrow(/not a full object id/)
    }
  })
})
