/**
 * The CLI's progress on a terminal: one line on stderr, rewritten in place with `\r` and cleared
 * at the end, so that the normal output follows on a clean line. Shown only when stderr is a
 * terminal (the caller decides); its text holds only numbers (core/progress-text.ts).
 */
import type { ProgressEvent } from '../core/progress.js'
import { progressText } from '../core/progress-text.js'

/** Erases from the cursor to the end of the line (ECMA-48 EL). */
const CLEAR_TO_END = '\x1b[K'

export class ProgressLine {
  private shown = false

  constructor(
    private readonly write: (text: string) => void,
    /** Terminal width, when known: the line is cut to fit, since a wrapped line cannot be rewritten. */
    private readonly columns: () => number | undefined = () => undefined
  ) {}

  readonly update = (event: ProgressEvent): void => {
    if (event.final) {
      this.clear()
      return
    }
    // A terminal of unknown size (a pseudo-terminal nobody sized reports 0 columns) gets 80.
    const columns = this.columns() || 80
    const width = Math.max(20, columns - 1)
    this.write(`\r${`seal-gate: ${progressText(event)}`.slice(0, width)}${CLEAR_TO_END}`)
    this.shown = true
  }

  /** Removes the line, if one is shown. Safe to call more than once. */
  clear(): void {
    if (!this.shown) return
    this.write(`\r${CLEAR_TO_END}`)
    this.shown = false
  }
}
