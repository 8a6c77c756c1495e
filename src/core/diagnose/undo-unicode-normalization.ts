import type { UndoStep } from './undo-step.js'
import { recode } from './recode.js'
import { isAscii } from './utf8.js'

/**
 * Normalizes the whole text to `form`, a window at a time (recode.ts); null for ASCII, invalid
 * UTF-8, or text already in that form.
 */
function normalizeBytes(bytes: Uint8Array, form: 'NFC' | 'NFD'): Uint8Array | null {
  if (isAscii(bytes)) return null
  const normalized = recode(bytes, 'utf-8', text => text.normalize(form))
  return normalized === null || !normalized.changed ? null : normalized.bytes
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
