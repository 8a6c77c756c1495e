/**
 * The run's context read from the runner's environment, as @actions/github's context reads it,
 * except that an event file that is named but unreadable fails instead of becoming an empty payload.
 */
import { describe, expect, test } from '@jest/globals'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { runContext, runRepository } from '../../src/action/github-context.js'
import { tempDir } from '../helpers/packets.js'

describe('runContext', () => {
  const dir = tempDir()
  const event = join(dir, 'event.json')
  writeFileSync(event, JSON.stringify({ pull_request: { number: 7 }, repository: { owner: { login: 'octo' }, name: 'packets' } }))

  test('reads the event name, the payload the event file holds and the commit', () => {
    const context = runContext({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event, GITHUB_SHA: 'a'.repeat(40) })
    expect(context).toEqual({ eventName: 'pull_request', payload: { pull_request: { number: 7 }, repository: { owner: { login: 'octo' }, name: 'packets' } }, sha: 'a'.repeat(40) })
    expect(runContext({})).toEqual({ eventName: '', payload: {}, sha: undefined })
  })

  test('an event file that is named but missing, not JSON or no object fails the run', () => {
    expect(() => runContext({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: join(dir, 'absent.json') })).toThrow('cannot be read as JSON')
    const broken = join(dir, 'broken.json')
    writeFileSync(broken, '{"pull_request": ')
    expect(() => runContext({ GITHUB_EVENT_PATH: broken })).toThrow('cannot be read as JSON')
    const list = join(dir, 'list.json')
    writeFileSync(list, '[]')
    expect(() => runContext({ GITHUB_EVENT_PATH: list })).toThrow('holds no JSON object')
  })

  test('the repository: GITHUB_REPOSITORY first, then the payload, else a failure', () => {
    const context = runContext({ GITHUB_EVENT_PATH: event })
    expect(runRepository(context, { GITHUB_REPOSITORY: 'owner/name' })).toEqual({ owner: 'owner', repo: 'name' })
    expect(runRepository(context, {})).toEqual({ owner: 'octo', repo: 'packets' })
    expect(() => runRepository(runContext({}), {})).toThrow('GITHUB_REPOSITORY')
  })
})
