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
import { searchSubstitutions } from './undo-unicode-substitution.js'

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
 * replaced by ASCII. The first that restores the sealed sha256 is proven; otherwise the causes the
 * file makes plausible are suspected.
 */
export function diagnose(actual: Uint8Array, sealed: Digest): Diagnosis {
  const outcome = tryCompositions(actual, sealed)
  if (outcome.proven !== null) return provenByUndo(actual, outcome.proven)
  if (actual.length > sealed.bytes && restores([actual.subarray(0, sealed.bytes)], sealed)) {
    return provenAppended(actual, sealed)
  }
  const search = searchSubstitutions(actual, sealed)
  if (search.found !== null) return provenSubstitution(actual, search.found)
  return clean(suspect(actual, sealed, outcome.sameLength, search))
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

function provenSubstitution(
  actual: Uint8Array,
  found: { cls: SubstitutionClass; sites: Site[]; bytes: Uint8Array }
): Diagnosis {
  const [first] = found.sites
  const line = driftLine(actual, found.bytes)
  const ascii = new TextDecoder().decode(actual.subarray(first.offset, first.offset + first.length))
  const more = found.sites.length > 1 ? ` (and ${found.sites.length - 1} more of ${found.cls.name})` : ''
  const restoring = found.sites.length > 1 ? 'restoring them' : 'restoring it'
  return clean({
    causes: ['unicode'],
    evidence: 'proven',
    line,
    detail: `Line ${line}: ${describeCharacter(first.original)} became '${ascii}'${more} (proven: ${restoring} gives back the sealed sha256)`
  })
}
