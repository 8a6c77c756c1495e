/**
 * Says why the bytes of a sealed file drifted. Pure: no I/O, no adapters. Causes are proven by
 * undoing them and getting the sealed sha256 back; when no undo does, they are only suspected.
 * See docs/drift-causes.md.
 */
import type { Digest } from '../digest.js'
import type { Cause } from '../finding.js'
import { oneLine } from '../finding.js'
import { tryCompositions, type Reconstruction } from './compositions.js'
import { capitalize, count, describeCharacter } from './describe.js'
import { restores } from './hash.js'
import { firstDifference, lineAt } from './lines.js'
import type { Site, SubstitutionClass } from './substitution-classes.js'
import { suspect } from './suspect.js'
import { undoBom } from './undo-bom.js'
import { undoCrlf } from './undo-crlf.js'
import type { UndoStep } from './undo-step.js'
import { attemptBudget, searchSubstitutions } from './undo-unicode-substitution.js'

export interface Diagnosis {
  /** Non-empty; ['unknown'] when nothing fits. */
  causes: Cause[]
  evidence: 'proven' | 'suspected'
  /** 1-based line in the actual (drifted) file of the first drifted byte, when it can be known (1 for a BOM). */
  line: number | null
  /** One line of plain words for a reviewer. */
  detail: string
}

/**
 * Diagnoses a file whose bytes no longer match their seal. Tries, in order: compositions of undo
 * steps (BOM, CRLF, ensure_ascii escapes, Unicode normalization, trailing newline), then whether
 * bytes were appended to the sealed content, then a bounded search for typographic characters
 * replaced by ASCII, in the file as it is and then under a BOM or CRLF written after them. The
 * first that restores the sealed sha256 is proven; otherwise the causes the file makes plausible
 * are suspected.
 */
export function diagnose(actual: Uint8Array, sealed: Digest): Diagnosis {
  const outcome = tryCompositions(actual, sealed)
  if (outcome.proven !== null) return provenByUndo(actual, outcome.proven)
  if (actual.length > sealed.bytes && restores([actual.subarray(0, sealed.bytes)], sealed)) {
    return provenAppended(actual, sealed)
  }
  // The attempt budget is shared evenly between the file as it is and each undone form of it;
  // what one leaves unused goes to the next.
  let budget = attemptBudget(actual.length)
  let parts = 1 + sizeOf(undoneByBomOrCrlf(actual))
  const search = searchSubstitutions(actual, sealed, Math.ceil(budget / parts))
  if (search.found !== null) return provenSubstitution(actual, { steps: [], bytes: actual }, search.found)
  budget -= search.attempts
  for (const base of undoneByBomOrCrlf(actual)) {
    const under = searchSubstitutions(base.bytes, sealed, Math.ceil(budget / --parts))
    if (under.found !== null) return provenSubstitution(actual, base, under.found)
    budget -= under.attempts
  }
  return clean(suspect(actual, sealed, outcome.sameLength, search))
}

/** How many items `items` yields (each let go at once). */
function sizeOf(items: Iterable<unknown>): number {
  let n = 0
  for (const _ of items) n++
  return n
}

/** Bytes as they were before some undo steps were applied to the actual file. */
interface Undone {
  steps: UndoStep[]
  bytes: Uint8Array
}

/**
 * Substitutions made before another change: the dashes were replaced, then a Windows checkout
 * wrote CRLF or an editor added a BOM. What undoing a BOM, CRLF or both gives (every composition
 * of at most one step of each that applies, in the order compositions undo them), one at a time.
 */
function* undoneByBomOrCrlf(actual: Uint8Array): Generator<Undone> {
  for (const bom of [null, ...undoBom]) {
    const afterBom = bom === null ? actual : bom.apply(actual)
    if (afterBom === null) continue
    for (const crlf of [null, ...undoCrlf]) {
      if (bom === null && crlf === null) continue
      const bytes = crlf === null ? afterBom : crlf.apply(afterBom)
      if (bytes === null) continue
      yield { steps: [bom, crlf].filter((step): step is UndoStep => step !== null), bytes }
    }
  }
}

/** The 1-based line in `actual` of the first byte that differs from the reconstructed sealed bytes. */
function driftLine(actual: Uint8Array, sealedBytes: Uint8Array): number {
  return lineAt(actual, firstDifference(actual, sealedBytes))
}

/** Keeps the detail on one line whatever went into it. */
function clean(diagnosis: Diagnosis): Diagnosis {
  return { ...diagnosis, detail: oneLine(diagnosis.detail) }
}

function provenByUndo(actual: Uint8Array, proof: Reconstruction): Diagnosis {
  const causes = [...new Set(proof.steps.map(step => step.cause))]
  const what = proof.steps.map(step => step.what).join(' and ')
  const undo = proof.steps.map(step => step.undo).join(', then ')
  return clean({
    causes,
    evidence: 'proven',
    line: driftLine(actual, proof.bytes),
    detail: `${capitalize(what)} (proven: ${undo} restores the sealed sha256)`
  })
}

function provenAppended(actual: Uint8Array, sealed: Digest): Diagnosis {
  return clean({
    causes: ['appended'],
    evidence: 'proven',
    line: lineAt(actual, sealed.bytes),
    detail: `${count(actual.length - sealed.bytes, 'byte')} ${actual.length - sealed.bytes === 1 ? 'was' : 'were'} appended after the sealed content (proven: the first ${count(sealed.bytes, 'byte')} have the sealed sha256)`
  })
}

/**
 * A proven substitution, in `base.bytes` (the actual bytes, or what undoing `base.steps` gives: line
 * numbers are the same in both, since a BOM or CRLF undo keeps every line break).
 */
function provenSubstitution(
  actual: Uint8Array,
  base: Undone,
  found: { cls: SubstitutionClass; sites: Site[]; bytes: Uint8Array }
): Diagnosis {
  const [first] = found.sites
  const line = base.steps.length === 0 ? driftLine(actual, found.bytes) : lineAt(base.bytes, first.offset)
  const ascii = new TextDecoder().decode(base.bytes.subarray(first.offset, first.offset + first.length))
  const more = found.sites.length > 1 ? ` (and ${found.sites.length - 1} more of ${found.cls.name})` : ''
  const restoring = found.sites.length > 1 ? 'restoring them' : 'restoring it'
  const substitution = `${describeCharacter(first.original)} became '${ascii}'${more}`
  const what = base.steps.map(step => step.what).join(' and ')
  const undo = base.steps.map(step => `${step.undo}, then `).join('')
  return clean({
    causes: [...base.steps.map(step => step.cause), 'unicode'],
    evidence: 'proven',
    line,
    detail: `${what === '' ? 'Line' : `${capitalize(what)}, and on line`} ${line}: ${substitution} (proven: ${undo}${restoring} gives back the sealed sha256)`
  })
}
