import type { UndoStep } from './undo-step.js'

const CR = 0x0d
const LF = 0x0a

/** How many CRs are directly followed by LF. A lone CR is not a line ending and is kept. */
function countCrlf(bytes: Uint8Array): number {
  let n = 0
  for (let at = bytes.indexOf(CR); at !== -1; at = bytes.indexOf(CR, at + 1)) if (bytes[at + 1] === LF) n++
  return n
}

/**
 * Turns every CRLF pair into LF, undoing unix2dos, git autocrlf or a Windows editor. The pairs are
 * counted first and the bytes between them copied in a second pass, so nothing but the result
 * grows with the file (no list of the offsets of every line ending).
 */
export const crlfToLf: UndoStep = {
  cause: 'crlf',
  what: 'LF line endings became CRLF',
  undo: 'converting CRLF to LF',
  apply(bytes) {
    const pairs = countCrlf(bytes)
    if (pairs === 0) return null
    const out = new Uint8Array(bytes.length - pairs)
    let from = 0
    let to = 0
    for (let cr = bytes.indexOf(CR); cr !== -1; cr = bytes.indexOf(CR, cr + 1)) {
      if (bytes[cr + 1] !== LF) continue
      out.set(bytes.subarray(from, cr), to)
      to += cr - from
      from = cr + 1
    }
    out.set(bytes.subarray(from), to)
    return out
  }
}

export const undoCrlf: readonly UndoStep[] = [crlfToLf]
