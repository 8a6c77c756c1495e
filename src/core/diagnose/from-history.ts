/**
 * The hook through which an adapter that knows a history (src/git) offers a copy of a drifted
 * file's sealed bytes, and the step that uses it: when the core's own diagnosis is not proven, the
 * copy is checked against the seal (never trusted), compared with the file, and the diagnosis from
 * the comparison replaces the suspicion. When no copy is found, the core's diagnosis stays and its
 * message says how far the search went. Either way the finding stays a mismatch: history only
 * explains. See docs/drift-causes.md, "Diagnosis from history".
 */
import { oneLine } from '../finding.js'
import type { SealEntry } from '../seal-file.js'
import { compareWithSealed } from './compare-sealed.js'
import type { Diagnosis } from './diagnose.js'

export type SealedCopySearch =
  /** A candidate for the sealed bytes and where it was found, e.g. "the base commit 0123456789ab". */
  | { bytes: Uint8Array; where: string }
  /** Nothing found; `searched` says how far the search went, e.g. "history searched: 200 commits, 20 blobs, no copy of the sealed bytes". */
  | { bytes: null; searched: string }

/**
 * Looks for the sealed bytes of the file of seal entry `entry` in the packet at `packetDir`
 * (absolute). Candidates that are not the sealed bytes may be returned: the caller checks.
 */
export type SealedBytesLookup = (entry: SealEntry, packetDir: string) => Promise<SealedCopySearch>

/** `diagnosis` of the file `actual`, proven from history when it was not proven and a copy of the sealed bytes is found. */
export async function withHistory(
  diagnosis: Diagnosis,
  actual: Uint8Array,
  entry: SealEntry,
  packetDir: string,
  lookup: SealedBytesLookup | undefined
): Promise<Diagnosis> {
  if (lookup === undefined || diagnosis.evidence === 'proven') return diagnosis
  let search: SealedCopySearch
  try {
    search = await lookup(entry, packetDir)
  } catch (e) {
    return annotated(diagnosis, `history could not be searched: ${(e as Error).message}`)
  }
  if (search.bytes === null) return annotated(diagnosis, search.searched)
  const compared = compareWithSealed(actual, search.bytes, entry, search.where)
  if (compared === null) return annotated(diagnosis, `the copy found in ${search.where} is not the sealed bytes, so it was not used`)
  return compared
}

function annotated(diagnosis: Diagnosis, note: string): Diagnosis {
  return { ...diagnosis, detail: oneLine(`${diagnosis.detail}; ${note}`) }
}
