import { afterEach, beforeEach, expect, jest, test } from '@jest/globals'
import type { Finding } from '../../src/core/finding.js'
import { emitAnnotations, annotationProperties } from '../../src/action/annotations.js'
import { batches, publishCheckRun, shouldPublish, toCheckAnnotation, type ChecksApi } from '../../src/action/check-run.js'
import { parseCommands } from './runner.js'

const f = (i: number, extra: Partial<Finding> = {}): Finding => ({ kind: 'extra', file: `p/f${i}`, line: null, causes: [], message: `f${i}: present but not listed`, ...extra })

test('batches of at most 50, nothing lost, order kept', () => {
  for (const n of [0, 1, 49, 50, 51, 100, 101, 237]) {
    const parts = batches(Array.from({ length: n }, (_, i) => i))
    expect(parts.every(p => p.length > 0 && p.length <= 50)).toBe(true)
    expect(parts.flat()).toEqual(Array.from({ length: n }, (_, i) => i))
    expect(parts).toHaveLength(Math.ceil(n / 50))
  }
})

test('a finding as a check annotation: line 1 when unknown, columns only with a line', () => {
  expect(toCheckAnnotation(f(1))).toEqual({ path: 'p/f1', start_line: 1, end_line: 1, annotation_level: 'failure', message: 'f1: present but not listed', title: 'extra' })
  const json = toCheckAnnotation(f(2, { kind: 'json', line: 7, column: 3 }))
  expect(json).toMatchObject({ start_line: 7, end_line: 7, start_column: 3, end_column: 3 })
  expect(toCheckAnnotation(f(3, { message: 'x'.repeat(10000) })).message.length).toBeLessThanOrEqual(4096)
})

test('shouldPublish: auto only when the step could not annotate everything', () => {
  expect(shouldPublish('auto', 10, 10)).toBe(false)
  expect(shouldPublish('auto', 11, 10)).toBe(true)
  expect(shouldPublish('always', 0, 0)).toBe(true)
  expect(shouldPublish('never', 500, 10)).toBe(false)
})

test('publishCheckRun creates, then updates in batches; the last update completes the run', async () => {
  const calls: { op: string; params: any }[] = []
  const api: ChecksApi = {
    create: async params => (calls.push({ op: 'create', params }), { data: { id: 7, html_url: 'https://example.test/runs/7' } }),
    update: async params => (calls.push({ op: 'update', params }), {})
  }
  const result = await publishCheckRun(api, { owner: 'o', repo: 'r', headSha: 'a'.repeat(40), findings: Array.from({ length: 120 }, (_, i) => f(i)), ok: false, title: 't', summary: 's' })
  expect(result).toEqual({ published: 120, url: 'https://example.test/runs/7', problem: null })
  expect(calls.map(c => c.op)).toEqual(['create', 'update', 'update', 'update'])
  expect(calls.slice(1).map(c => c.params.output.annotations.length)).toEqual([50, 50, 20])
  expect(calls.slice(1, 3).every(c => c.params.conclusion === undefined)).toBe(true)
  expect(calls[3].params).toMatchObject({ status: 'completed', conclusion: 'failure', check_run_id: 7 })
})

test('a 403 midway reports what was published and that the token lacked the right; other errors are reported too', async () => {
  let n = 0
  const denied: ChecksApi = {
    create: async () => ({ data: { id: 1 } }),
    update: async () => {
      if (++n === 2) throw Object.assign(new Error('Resource not accessible by integration'), { status: 403 })
      return {}
    }
  }
  const r = await publishCheckRun(denied, { owner: 'o', repo: 'r', headSha: 'a'.repeat(40), findings: Array.from({ length: 75 }, (_, i) => f(i)), ok: false, title: 't', summary: 's' })
  expect(r.published).toBe(50)
  expect(r.problem).toEqual({ denied: true, message: 'the token may not write check runs (HTTP 403); grant `checks: write` to publish them' })
  const broken: ChecksApi = { create: async () => Promise.reject(new Error('socket hang up')), update: async () => ({}) }
  const b = await publishCheckRun(broken, { owner: 'o', repo: 'r', headSha: 'a'.repeat(40), findings: [f(1)], ok: false, title: 't', summary: 's' })
  expect(b).toEqual({ published: 0, url: null, problem: { denied: false, message: 'publishing the check run failed: socket hang up' } })
})

let written: string[]
let spy: ReturnType<typeof jest.spyOn>
beforeEach(() => {
  written = []
  spy = jest.spyOn(process.stdout, 'write').mockImplementation(((chunk: string) => (written.push(String(chunk)), true)) as never)
})
afterEach(() => spy.mockRestore())

test('emitAnnotations writes at most the limit, as ::error commands with file, line and title', () => {
  const findings = Array.from({ length: 25 }, (_, i) => f(i, { kind: 'mismatch', line: i + 1, causes: ['crlf'], evidence: 'proven' }))
  expect(emitAnnotations(findings)).toBe(10)
  spy.mockRestore()
  const commands = parseCommands(written.join(''))
  expect(commands).toHaveLength(10)
  expect(commands[3]).toMatchObject({ name: 'error', properties: { file: 'p/f3', line: '4', title: 'mismatch: crlf (proven)' }, data: 'f3: present but not listed' })
})

test('run-level findings carry no file property', () => {
  expect(annotationProperties(f(0, { kind: 'no-packets', file: '.' }))).toEqual({ title: 'no-packets' })
})
