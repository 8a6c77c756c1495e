import type { UndoStep } from './undo-step.js'
import { recode } from './recode.js'

/** Removes a leading UTF-8 byte order mark (EF BB BF), as written by Windows editors and Python's 'utf-8-sig'. */
export const stripUtf8Bom: UndoStep = {
  cause: 'bom',
  what: 'a UTF-8 byte order mark was added',
  undo: 'removing the BOM',
  apply(bytes) {
    const has = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
    return has ? bytes.subarray(3) : null
  }
}

/** Decodes UTF-16 after its BOM back to UTF-8, a window at a time; null when the text is not valid UTF-16. */
function utf16ToUtf8(body: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): Uint8Array | null {
  return recode(body, encoding)?.bytes ?? null
}

/** Undoes a re-encoding to UTF-16 little-endian with a BOM (FF FE), as "Unicode" saves on Windows do. */
export const decodeUtf16Le: UndoStep = {
  cause: 'bom',
  what: 'the file was re-encoded as UTF-16LE with a byte order mark',
  undo: 'decoding UTF-16LE back to UTF-8 without the BOM',
  apply(bytes) {
    return bytes[0] === 0xff && bytes[1] === 0xfe ? utf16ToUtf8(bytes.subarray(2), 'utf-16le') : null
  }
}

/** Undoes a re-encoding to UTF-16 big-endian with a BOM (FE FF). */
export const decodeUtf16Be: UndoStep = {
  cause: 'bom',
  what: 'the file was re-encoded as UTF-16BE with a byte order mark',
  undo: 'decoding UTF-16BE back to UTF-8 without the BOM',
  apply(bytes) {
    return bytes[0] === 0xfe && bytes[1] === 0xff ? utf16ToUtf8(bytes.subarray(2), 'utf-16be') : null
  }
}

/** All BOM undo steps; at most one applies to a given file, since their BOMs differ. */
export const undoBom: readonly UndoStep[] = [stripUtf8Bom, decodeUtf16Le, decodeUtf16Be]
