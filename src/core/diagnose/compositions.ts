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
 * most 10 single steps, 38 pairs and 68 triples: 116 compositions. Each costs at most three linear
 * passes over the file, and a sha256 only when its result has exactly the sealed length, so the work
 * stays a small constant multiple of the file size even at 64 MiB. Steps that do not apply (no BOM,
 * no CRLF, ASCII-only text, ...) prune every composition that contains them, which is most of them.
 */
export const MAX_STEPS = 3

/** Undo steps applied in order, and the bytes they reconstruct. */
export interface Reconstruction {
  steps: UndoStep[]
  bytes: Uint8Array
}

export interface CompositionOutcome {
  /** The first composition whose result is the sealed bytes, or null. */
  proven: Reconstruction | null
  /** The first composition whose result has the sealed length but another sha256, or null. */
  sameLength: Reconstruction | null
}

/**
 * Tries compositions of undo steps, fewest steps first and in kind order within a size, and stops at
 * the first that restores the sealed digest.
 */
export function tryCompositions(actual: Uint8Array, sealed: Digest): CompositionOutcome {
  const outcome: CompositionOutcome = { proven: null, sameLength: null }
  for (let size = 1; size <= MAX_STEPS && outcome.proven === null; size++) {
    search(actual, [], 0, size, sealed, outcome)
  }
  return outcome
}

/** Depth-first over kinds from `firstKind`, building compositions of exactly `size` steps. */
function search(
  bytes: Uint8Array,
  steps: UndoStep[],
  firstKind: number,
  size: number,
  sealed: Digest,
  outcome: CompositionOutcome
): void {
  if (steps.length === size) {
    if (bytes.length !== sealed.bytes) return
    if (restores([bytes], sealed)) outcome.proven = { steps, bytes }
    else outcome.sameLength ??= { steps, bytes }
    return
  }
  for (let kind = firstKind; kind < UNDO_KINDS.length && outcome.proven === null; kind++) {
    // Not enough kinds left to reach `size` steps.
    if (UNDO_KINDS.length - kind < size - steps.length) return
    for (const step of UNDO_KINDS[kind]) {
      const undone = step.apply(bytes)
      if (undone !== null) search(undone, [...steps, step], kind + 1, size, sealed, outcome)
      if (outcome.proven !== null) return
    }
  }
}
