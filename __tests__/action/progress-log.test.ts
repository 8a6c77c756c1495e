/** The Action's progress log: silent for short runs, then a line at most every 5 s in one group, with an injected clock. */
import { describe, expect, test } from '@jest/globals'
import { ProgressLog, type ProgressSink } from '../../src/action/progress-log.js'
import type { ProgressEvent } from '../../src/core/progress.js'
import { formatBytes, progressText } from '../../src/core/progress-text.js'

function event(done: number, final = false): ProgressEvent {
  return {
    packets: { done: final ? 4 : 1, total: 4 },
    files: { done, total: 400 },
    bytes: { done: done * 1024 * 1024, total: 400 * 1024 * 1024 },
    elapsedMs: 1000 + done,
    final
  }
}

function recorder() {
  const log: string[] = []
  const sink: ProgressSink = { open: t => log.push(`open ${t}`), line: t => log.push(t), close: () => log.push('close') }
  let now = 0
  return { log, sink, clock: () => now, at: (t: number) => (now = t) }
}

describe('ProgressLog', () => {
  test('a run shorter than 5 s logs nothing, not even a group', () => {
    const r = recorder()
    const p = new ProgressLog(r.sink, r.clock)
    for (const t of [0, 250, 2000, 4999]) {
      r.at(t)
      p.update(event(t / 100))
    }
    p.update(event(400, true))
    p.end()
    expect(r.log).toEqual([])
  })

  test('a long run: one group, a line at most every 5 s, a last line, then the group closes', () => {
    const r = recorder()
    const p = new ProgressLog(r.sink, r.clock)
    const times = [0, 4999, 5000, 6000, 9999, 10000, 10001, 17000, 21999, 22000]
    for (const t of times) {
      r.at(t)
      p.update(event(t / 100))
    }
    r.at(23000)
    p.update(event(400, true))
    expect(r.log).toEqual([
      'open seal-gate progress',
      progressText(event(50)),
      progressText(event(100)),
      progressText(event(170)),
      progressText(event(220)),
      `done: ${progressText(event(400, true))}`,
      'close'
    ])
    p.end()
    expect(r.log.filter(l => l === 'close')).toHaveLength(1)
  })

  test('a run that ends in an error still closes its group', () => {
    const r = recorder()
    const p = new ProgressLog(r.sink, r.clock)
    r.at(6000)
    p.update(event(10))
    p.end()
    p.end()
    expect(r.log).toEqual(['open seal-gate progress', progressText(event(10)), 'close'])
  })

  test('the text holds only counts, units and a rate', () => {
    expect(progressText(event(100))).toBe('packets 1/4, files 100/400, 100 MiB/400 MiB, 90.9 MiB/s')
    const unknown = { ...event(3), files: { done: 3, total: null }, bytes: { done: 3, total: null } }
    expect(progressText(unknown)).toBe('packets 1/4, files 3/?, 3 B/?, 3 B/s')
    expect([0, 1023, 1024, 1536, 10 * 1024, 5 * 1024 ** 3].map(formatBytes)).toEqual(['0 B', '1023 B', '1.00 KiB', '1.50 KiB', '10.0 KiB', '5.00 GiB'])
  })
})
