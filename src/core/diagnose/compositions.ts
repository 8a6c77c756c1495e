import type { Digest } from '../digest.js'
import { restores } from './hash.js'
import { undoBom } from './undo-bom.js'
import { undoCrlf } from './undo-crlf.js'
import { undoEnsureAscii } from './undo-ensure-ascii.js'
import type { UndoStep } from './undo-step.js'
import { undoTrailingNewline } from './undo-trailing-newline.js'
import { undoUnicodeNormalization } from './undo-unicode-normalization.js'

/**
 * The kinds of undo, in the order they are applied to the actual bytes: the change a tool made last
 * (a BOM written in front, line endings rewritten on save) is undone first. A composition takes at
 * most one step of each kind.
 */
export const UNDO_KINDS: readonly (readonly UndoStep[])[] = [
  undoBom,
  undoCrlf,
  undoEnsureAscii,
  undoUnicodeNormalization,
  undoTrailingNewline
]

/**
 * At most this many steps are composed. With the kinds above (3, 1, 1, 2 and 3 variants) that is at
 * most 10 single steps, 38 pairs and 68 triples: 116 compositions. They are visited depth-first, so
 * each costs one linear pass on top of the composition it extends (at most three buffers of file
 * size are alive at once, besides the file: the steps keep no copy of their own beyond a window,
 * recode.ts), and a sha256 only when its result has exactly the sealed length. Steps
 * that do not apply (no BOM, no CRLF, ASCII-only text, ...) prune every composition containing them,
 * which in practice is most of them.
 */
export const MAX_STEPS = 3

/** Undo steps applied in order, and the bytes they reconstruct. */
export interface Reconstruction {
  steps: UndoStep[]
  bytes: Uint8Array
}

export interface CompositionOutcome {
  /** The composition with the fewest steps whose result is the sealed bytes, or null. */
  proven: Reconstruction | null
  /**
   * The composition with the fewest steps whose result has the sealed length but another sha256, or
   * null. Only kept when the actual length differs from the sealed one: otherwise leaving the file
   * alone already "fits" the length, and a composition that happens to keep it says nothing.
   */
  sameLength: Reconstruction | null
}

/**
 * Tries compositions of undo steps and returns the one with the fewest steps that restores the sealed
 * digest (the first in kind order among equals). The search stops at a single-step proof and never
 * extends a composition to as many steps as a proof already found.
 */
export function tryCompositions(actual: Uint8Array, sealed: Digest): CompositionOutcome {
  const outcome: CompositionOutcome = { proven: null, sameLength: null }
  extend(actual, [], 0, sealed, outcome)
  if (actual.length === sealed.bytes) outcome.sameLength = null
  return outcome
}

/** Whether a composition of `size` steps could still beat the best proof found. */
function worthTrying(size: number, outcome: CompositionOutcome): boolean {
  return size <= MAX_STEPS && (outcome.proven === null || size < outcome.proven.steps.length)
}

/** Depth-first: appends each applicable step of the kinds from `firstKind` on, checks, and goes deeper. */
function extend(bytes: Uint8Array, steps: UndoStep[], firstKind: number, sealed: Digest, outcome: CompositionOutcome): void {
  for (let kind = firstKind; kind < UNDO_KINDS.length; kind++) {
    for (const step of UNDO_KINDS[kind]) {
      if (!worthTrying(steps.length + 1, outcome)) return
      const undone = step.apply(bytes)
      if (undone === null) continue
      const reconstruction = { steps: [...steps, step], bytes: undone }
      check(reconstruction, sealed, outcome)
      if (worthTrying(steps.length + 2, outcome)) extend(undone, reconstruction.steps, kind + 1, sealed, outcome)
    }
  }
}

/** Records the reconstruction as a proof, or as a same-length near miss, if it beats what is known. */
function check(reconstruction: Reconstruction, sealed: Digest, outcome: CompositionOutcome): void {
  if (reconstruction.bytes.length !== sealed.bytes) return
  if (restores([reconstruction.bytes], sealed)) {
    outcome.proven = reconstruction
  } else if (outcome.sameLength === null || reconstruction.steps.length < outcome.sameLength.steps.length) {
    outcome.sameLength = reconstruction
  }
}
