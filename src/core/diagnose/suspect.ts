import type { Digest } from '../digest.js'
import type { Cause } from '../finding.js'
import type { Reconstruction } from './compositions.js'
import { capitalize, sizeDifference } from './describe.js'
import type { Diagnosis } from './diagnose.js'
import { lineAt } from './lines.js'
import { undoBom } from './undo-bom.js'
import { crlfToLf } from './undo-crlf.js'
import { jsonEscapesToUtf8 } from './undo-ensure-ascii.js'
import { toNfc } from './undo-unicode-normalization.js'
import { MAX_SITES, type SubstitutionSearch } from './undo-unicode-substitution.js'

/**
 * A substitution class is only suspected when at most this many substitutions would explain the
 * length difference: a handful of "fixed" characters is plausible, a hundred no-break spaces that
 * happen to match a cut-off file are not.
 */
export const MAX_SUSPECTED_SUBSTITUTIONS = 16

/**
 * Undo steps that apply only when the file carries their marker: a BOM, CRLF, \uXXXX escapes,
 * decomposed accents. Composed text and final newlines are normal, so they mark nothing.
 */
const MARKED_STEPS = [...undoBom, crlfToLf, jsonEscapesToUtf8, toNfc]

/**
 * The diagnosis when nothing was proven. A cause is suspected when:
 * - undoing it (alone or with others) gives exactly the sealed length but not the sealed sha256;
 * - or its marker is in the file (a BOM, CRLF, \uXXXX escapes, non-normalized text) and undoing it
 *   brings the length closer to the sealed length without overshooting;
 * - or (unicode) a few substitutions of one class fit the length difference but the bounded search
 *   ran out before trying them all;
 * - or (truncated) the file is shorter than sealed.
 * Otherwise the cause is unknown. The line is only given when truncation is the sole suspect: the
 * first drifted byte is then the end of the file.
 */
export function suspect(
  actual: Uint8Array,
  sealed: Digest,
  sameLength: Reconstruction | null,
  search: SubstitutionSearch
): Diagnosis {
  const causes: Cause[] = []
  const reasons: string[] = []
  const add = (cause: Cause, reason: string): void => {
    if (!causes.includes(cause)) causes.push(cause)
    reasons.push(reason)
  }
  const delta = actual.length - sealed.bytes

  if (sameLength !== null) {
    const what = sameLength.steps.map(step => step.what).join(' and ')
    const undo = sameLength.steps.map(step => step.undo).join(', then ')
    for (const step of sameLength.steps) if (!causes.includes(step.cause)) causes.push(step.cause)
    reasons.push(`${what}: ${undo} gives the sealed length but not the sealed sha256, so something else changed too`)
  } else {
    for (const step of MARKED_STEPS) {
      const undone = step.apply(actual)
      if (undone === null) continue
      const after = undone.length - sealed.bytes
      if (Math.abs(after) < Math.abs(delta) && Math.sign(after) === Math.sign(delta)) {
        add(step.cause, `${step.what}: ${step.undo} brings the file closer to the sealed length but not to its sha256`)
      }
    }
  }

  const unsearched = search.classes.filter(c => !c.complete && c.cls.saving > 0 && c.k <= MAX_SUSPECTED_SUBSTITUTIONS)
  if (unsearched.length > 0) {
    const fits = unsearched.map(c => `${c.k} of ${c.cls.name} among ${c.overflow ? `more than ${MAX_SITES}` : c.candidates} candidates`)
    add('unicode', `typographic characters replaced by ASCII would explain the length (${fits.join(', ')}), but the bounded search did not try every combination`)
  }

  if (delta < 0) {
    add('truncated', `the file is ${sizeDifference(actual.length, sealed.bytes)} and may have been cut short, which cannot be proven without the sealed bytes`)
  }

  if (causes.length === 0) {
    return {
      causes: ['unknown'],
      evidence: 'suspected',
      line: null,
      detail: `Unknown change: the file is ${sizeDifference(actual.length, sealed.bytes)} and no known cause restores the sealed sha256`
    }
  }
  const onlyTruncated = causes.length === 1 && causes[0] === 'truncated'
  return {
    causes,
    evidence: 'suspected',
    line: onlyTruncated ? lineAt(actual, actual.length) : null,
    detail: `${capitalize(reasons.join('; '))} (suspected: no undo restores the sealed sha256)`
  }
}
