import type { UndoStep } from './undo-step.js'

const CR = 0x0d
const LF = 0x0a

/** Removes one final "\n" (not part of "\r\n"), undoing an editor or `print` that added it. */
export const removeFinalLf: UndoStep = {
  cause: 'trailing-newline',
  what: 'a trailing newline was added',
  undo: 'removing the final newline',
  apply(bytes) {
    const n = bytes.length
    return n >= 1 && bytes[n - 1] === LF && bytes[n - 2] !== CR ? bytes.subarray(0, n - 1) : null
  }
}

/** Removes one final "\r\n". */
export const removeFinalCrlf: UndoStep = {
  cause: 'trailing-newline',
  what: 'a trailing CRLF newline was added',
  undo: 'removing the final CRLF',
  apply(bytes) {
    const n = bytes.length
    return n >= 2 && bytes[n - 2] === CR && bytes[n - 1] === LF ? bytes.subarray(0, n - 2) : null
  }
}

/** Adds a final "\n", undoing an editor or tool that stripped it. */
export const addFinalLf: UndoStep = {
  cause: 'trailing-newline',
  what: 'the trailing newline was removed',
  undo: 'adding a final newline',
  apply(bytes) {
    const out = new Uint8Array(bytes.length + 1)
    out.set(bytes)
    out[bytes.length] = LF
    return out
  }
}

export const undoTrailingNewline: readonly UndoStep[] = [removeFinalLf, removeFinalCrlf, addFinalLf]
