/**
 * Progress of a long run in the step log: nothing for a run shorter than the interval, then one
 * line at most every interval (5 s) inside a collapsed group, closed with a last line when the run
 * ends. The text holds only numbers the verifier counted (core/progress-text.ts). The clock and
 * the log are injected, so that the throttle is tested without waiting.
 */
import * as core from '@actions/core'
import type { ProgressEvent } from '../core/progress.js'
import { progressText } from '../core/progress-text.js'
import { logGroup, logLine } from './safe-text.js'

export const PROGRESS_LOG_INTERVAL_MS = 5000

export interface ProgressSink {
  open(title: string): void
  line(text: string): void
  close(): void
}

const stepLog: ProgressSink = { open: logGroup, line: logLine, close: () => core.endGroup() }

export class ProgressLog {
  private readonly started: number
  private last: number | null = null
  private opened = false

  constructor(
    private readonly sink: ProgressSink = stepLog,
    private readonly now: () => number = Date.now,
    private readonly intervalMs = PROGRESS_LOG_INTERVAL_MS
  ) {
    this.started = now()
  }

  readonly update = (event: ProgressEvent): void => {
    if (event.final) {
      if (this.opened) this.sink.line(`done: ${progressText(event)}`)
      this.end()
      return
    }
    const t = this.now()
    if (t - this.started < this.intervalMs) return
    if (this.last !== null && t - this.last < this.intervalMs) return
    if (!this.opened) {
      this.sink.open('seal-gate progress')
      this.opened = true
    }
    this.sink.line(progressText(event))
    this.last = t
  }

  /** Closes the group if one is open (also when the run ends in an error). */
  end(): void {
    if (!this.opened) return
    this.sink.close()
    this.opened = false
  }
}
