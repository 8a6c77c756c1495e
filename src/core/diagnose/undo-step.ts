import type { Cause } from '../finding.js'

/** One way of undoing a drift: maps the actual bytes back to what they were before that change. */
export interface UndoStep {
  cause: Cause
  /** What the drift did, in plain words, e.g. "LF line endings became CRLF". */
  what: string
  /** What undoing it does, e.g. "converting CRLF to LF". */
  undo: string
  /** The bytes as they were before the drift, or null when the step does not apply (it would change nothing). */
  apply(bytes: Uint8Array): Uint8Array | null
}
