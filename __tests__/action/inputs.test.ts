import { describe, expect, test } from '@jest/globals'
import { InputError, parseSettings, type InputName } from '../../src/action/inputs.js'
import { commitId, readEvent } from '../../src/action/event.js'

const reader = (values: Partial<Record<InputName, string>>) => (name: InputName) => values[name] ?? ''

describe('parseSettings', () => {
  test('defaults: path ".", seal.json, scope by event, checks auto, no token', () => {
    expect(parseSettings(reader({}), 'pull_request')).toEqual({
      paths: ['.'],
      sealFile: 'seal.json',
      scope: 'changed',
      token: '',
      checks: 'auto',
      source: 'auto',
      ref: 'HEAD',
      resealLabel: 'reseal-approved',
      config: null,
      selftest: true,
      shard: null
    })
    expect(parseSettings(reader({}), 'push').scope).toBe('all')
    expect(parseSettings(reader({}), 'workflow_dispatch').scope).toBe('all')
    expect(parseSettings(reader({}), 'merge_group').scope).toBe('all')
    expect(parseSettings(reader({ scope: 'changed' }), 'merge_group').scope).toBe('changed')
    expect(parseSettings(reader({ scope: 'all' }), 'pull_request').scope).toBe('all')
  })

  test('path: one pattern per line, blank lines and comments dropped, CRLF tolerated', () => {
    expect(parseSettings(reader({ path: 'examples\r\n\n  evidence/*  \n# note\n!evidence/old' }), 'push').paths).toEqual([
      'examples',
      'evidence/*',
      '!evidence/old'
    ])
    expect(parseSettings(reader({ path: '\n# only a comment\n' }), 'push').paths).toEqual(['.'])
  })

  test('shard: K/N, spaces around it tolerated; empty means no sharding', () => {
    expect(parseSettings(reader({ shard: ' 3/4 ' }), 'push').shard).toEqual({ k: 3, n: 4 })
    expect(parseSettings(reader({ shard: '1/1' }), 'push').shard).toEqual({ k: 1, n: 1 })
    expect(parseSettings(reader({ shard: '' }), 'push').shard).toBeNull()
  })

  test('checks accepts auto and the boolean spellings of YAML', () => {
    expect(parseSettings(reader({ checks: 'TRUE' }), 'push').checks).toBe('always')
    expect(parseSettings(reader({ checks: 'False' }), 'push').checks).toBe('never')
    expect(parseSettings(reader({ checks: 'auto' }), 'push').checks).toBe('auto')
  })

  test.each([
    [{ scope: 'everything' }, 'input scope must be "changed" or "all", got "everything"'],
    [{ scope: 'Changed' }, 'input scope must be "changed" or "all", got "Changed"'],
    [{ checks: 'yes' }, 'input checks must be "auto", "true" or "false", got "yes"'],
    [{ 'seal-file': 'dir/seal.json' }, 'input seal-file must be a plain file name'],
    [{ 'seal-file': '..' }, 'input seal-file must be a plain file name'],
    [{ path: 'a\u0007b' }, 'input path: "a\\u0007b" contains a control character'],
    [{ source: 'disk' }, 'input source must be "auto", "git" or "worktree", got "disk"'],
    [{ ref: '--output=/tmp/x' }, 'input ref must be a branch, tag or commit id'],
    [{ ref: 'main two' }, 'input ref must be a branch, tag or commit id'],
    [{ selftest: 'off' }, 'input selftest must be "true" or "false", got "off"'],
    [{ 'reseal-label': 'a\nb' }, 'input reseal-label contains a control character'],
    [{ shard: '2' }, 'input shard must look like K/N (for example 2/4), not "2"'],
    [{ shard: '0/4' }, 'input shard 0/4: K must be between 1 and N (4); shards are numbered from 1'],
    [{ shard: '5/4' }, 'input shard 5/4: K must be between 1 and N (4)'],
    [{ shard: '1/257' }, 'input shard 1/257: N must be between 1 and 256'],
    [{ shard: '1/4\n2/4' }, 'input shard must look like K/N']
  ] as [Partial<Record<InputName, string>>, string][])('%j is a one-line error', (values, message) => {
    const attempt = () => parseSettings(reader(values), 'push')
    expect(attempt).toThrow(InputError)
    expect(attempt).toThrow(message)
    try {
      attempt()
    } catch (e) {
      expect((e as Error).message).not.toContain('\n')
    }
  })
})

describe('readEvent', () => {
  const a = 'a'.repeat(40)
  const b = 'b'.repeat(40)
  const c = 'c'.repeat(40)
  test('pull_request: base from the payload, check runs on the PR head (not the merge commit)', () => {
    expect(
      readEvent('pull_request', { pull_request: { base: { sha: a }, head: { sha: b }, labels: [{ name: 'reseal-approved' }, { id: 1 }] } }, c)
    ).toEqual({ name: 'pull_request', base: a, checkSha: b, appendOnlyBase: a, labels: ['reseal-approved'], prHead: b })
  })
  test('merge_group: base_sha and head_sha', () => {
    expect(readEvent('merge_group', { merge_group: { base_sha: a, head_sha: b } }, c)).toEqual({ name: 'merge_group', base: a, checkSha: b, appendOnlyBase: null, labels: [], prHead: null })
  })
  test('push: before, none for a new branch or an all-zero before', () => {
    expect(readEvent('push', { before: a, after: b }, b).base).toBe(a)
    expect(readEvent('push', { before: a, after: b, created: true }, b).base).toBeNull()
    expect(readEvent('push', { before: '0'.repeat(40), after: b }, b).base).toBeNull()
  })
  test('workflow_dispatch and schedule: no base, the checked-out commit', () => {
    expect(readEvent('workflow_dispatch', {}, c)).toEqual({ name: 'workflow_dispatch', base: null, checkSha: c, appendOnlyBase: null, labels: [], prHead: null })
    expect(readEvent('schedule', { schedule: '0 0 * * *' }, c)).toEqual({ name: 'schedule', base: null, checkSha: c, appendOnlyBase: null, labels: [], prHead: null })
  })
  test('anything but a full hex id is no commit (git never sees an option-like value)', () => {
    expect(commitId('--upload-pack=touch /tmp/x')).toBeNull()
    expect(commitId(a.toUpperCase())).toBeNull()
    expect(commitId(a.slice(1))).toBeNull()
    expect(commitId('e'.repeat(64))).toBe('e'.repeat(64))
    expect(readEvent('pull_request', { pull_request: { base: { sha: '-x' }, head: {} } }, c)).toEqual({ name: 'pull_request', base: null, checkSha: c, appendOnlyBase: null, labels: [], prHead: null })
  })
})

test('pull_request_target (a checkout of the base branch) verifies every packet by default', () => {
  expect(parseSettings(reader({}), 'pull_request_target').scope).toBe('all')
  const a = 'a'.repeat(40)
  expect(readEvent('pull_request_target', { pull_request: { base: { sha: a }, head: { sha: a } } }, a).base).toBeNull()
})
