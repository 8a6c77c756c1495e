import type { UndoStep } from './undo-step.js'
import { decodeUtf8, encodeUtf8, isAscii } from './utf8.js'

/** Normalizes the whole text to `form`; null for ASCII, invalid UTF-8, or text already in that form. */
function normalizeBytes(bytes: Uint8Array, form: 'NFC' | 'NFD'): Uint8Array | null {
  if (isAscii(bytes)) return null
  const text = decodeUtf8(bytes)
  if (text === null) return null
  const normalized = text.normalize(form)
  return normalized === text ? null : encodeUtf8(normalized)
}

/** Composes the text (NFC), undoing a decomposition such as macOS file tools or unicodedata NFD produce. */
export const toNfc: UndoStep = {
  cause: 'unicode',
  what: 'the text was re-normalized to NFD (decomposed accents)',
  undo: 'normalizing to NFC',
  apply: bytes => normalizeBytes(bytes, 'NFC')
}

/** Decomposes the text (NFD), undoing a composition of text that was sealed decomposed. */
export const toNfd: UndoStep = {
  cause: 'unicode',
  what: 'the text was re-normalized to NFC (composed accents)',
  undo: 'normalizing to NFD',
  apply: bytes => normalizeBytes(bytes, 'NFD')
}

export const undoUnicodeNormalization: readonly UndoStep[] = [toNfc, toNfd]
