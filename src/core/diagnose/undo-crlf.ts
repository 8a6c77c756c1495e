import type { UndoStep } from './undo-step.js'

const CR = 0x0d
const LF = 0x0a

/** Offsets of every CR that is directly followed by LF. A lone CR is not a line ending and is kept. */
function crlfOffsets(bytes: Uint8Array): number[] {
  const offsets: number[] = []
  let at = bytes.indexOf(CR)
  while (at !== -1) {
    if (bytes[at + 1] === LF) offsets.push(at)
    at = bytes.indexOf(CR, at + 1)
  }
  return offsets
}

/** Turns every CRLF pair into LF, undoing unix2dos, git autocrlf or a Windows editor. */
export const crlfToLf: UndoStep = {
  cause: 'crlf',
  what: 'LF line endings became CRLF',
  undo: 'converting CRLF to LF',
  apply(bytes) {
    const offsets = crlfOffsets(bytes)
    if (offsets.length === 0) return null
    const out = new Uint8Array(bytes.length - offsets.length)
    let from = 0
    let to = 0
    for (const cr of offsets) {
      out.set(bytes.subarray(from, cr), to)
      to += cr - from
      from = cr + 1
    }
    out.set(bytes.subarray(from), to)
    return out
  }
}

export const undoCrlf: readonly UndoStep[] = [crlfToLf]
