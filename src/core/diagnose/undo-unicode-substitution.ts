import type { Digest } from '../digest.js'
import { restores } from './hash.js'
import { findSites, SUBSTITUTION_CLASSES, type Site, type SiteList, type SubstitutionClass } from './substitution-classes.js'
import { writeCodePoint } from './utf8.js'

/**
 * Bounds of the search. Every attempt rebuilds and hashes the whole file, so the number of attempts
 * is at most MAX_ATTEMPTS and at most MAX_HASHED_BYTES / file size: 4096 attempts for a file of
 * 64 KiB or less, 4 for a file of 64 MiB. Classes with more than MAX_SITES candidate sites are not
 * searched at all (and keeping the sites bounded keeps every attempt cheap to build).
 */
export const MAX_ATTEMPTS = 4096
export const MAX_HASHED_BYTES = 256 * 1024 * 1024
export const MAX_SITES = 4096

/** How many attempts a file of `length` bytes may use. */
export function attemptBudget(length: number): number {
  return Math.max(1, Math.min(MAX_ATTEMPTS, Math.floor(MAX_HASHED_BYTES / Math.max(1, length))))
}

/** How far the search of one class got. */
export interface ClassSearch {
  cls: SubstitutionClass
  /** Substitutions that would explain the length difference (for a class saving 0 bytes: the largest tried). */
  k: number
  /** Candidate sites in the file (MAX_SITES + 1 when there are more). */
  candidates: number
  /** Whether there were more than MAX_SITES candidates, so the class was not searched. */
  overflow: boolean
  attempts: number
  /** Whether every combination was tried (so the class is ruled out unless `found`). */
  complete: boolean
}

export interface SubstitutionSearch {
  /** The substitutions that restore the sealed sha256, in file order, and the restored bytes. */
  found: { cls: SubstitutionClass; sites: Site[]; bytes: Uint8Array } | null
  /** The classes whose substitutions could explain the length difference, in search order. */
  classes: ClassSearch[]
  attempts: number
}

/**
 * Looks for typographic characters that were replaced by ASCII: for each class whose per-substitution
 * saving divides the length difference into k substitutions, re-substitutes combinations of k among
 * the candidate sites (likely sites first) until one restores the sealed sha256 or the class's share
 * of `budget` attempts runs out. The budget is shared evenly among the classes that fit, and what a
 * class leaves unused goes to the ones after it.
 */
export function searchSubstitutions(
  actual: Uint8Array,
  sealed: Digest,
  budget: number = attemptBudget(actual.length)
): SubstitutionSearch {
  const shortfall = sealed.bytes - actual.length
  const fitting = SUBSTITUTION_CLASSES.filter(cls => savingFits(cls, shortfall))
    .map(cls => ({ cls, list: findSites(actual, cls, MAX_SITES) }))
    .filter(({ cls, list }) => list.total > 0 && (cls.saving === 0 || shortfall / cls.saving <= list.total))
  const result: SubstitutionSearch = { found: null, classes: [], attempts: 0 }
  fitting.forEach(({ cls, list }, i) => {
    if (result.found !== null) return
    const share = Math.ceil((budget - result.attempts) / (fitting.length - i))
    const search = searchClass(actual, sealed, cls, list, shortfall, share, result)
    result.classes.push(search)
    result.attempts += search.attempts
  })
  return result
}

/** Whether a whole number of substitutions of `cls` can explain `shortfall` missing bytes. */
function savingFits(cls: SubstitutionClass, shortfall: number): boolean {
  if (cls.saving === 0) return shortfall === 0
  return shortfall > 0 && shortfall % cls.saving === 0
}

/** Searches one class within `share` attempts; sets `result.found` on success. */
function searchClass(
  actual: Uint8Array,
  sealed: Digest,
  cls: SubstitutionClass,
  list: SiteList,
  shortfall: number,
  share: number,
  result: SubstitutionSearch
): ClassSearch {
  const { sites: ranked, total, overflow } = list
  // A class that saves no bytes (the ellipsis) gives no count: try 1, 2, ... substitutions.
  const counts = cls.saving === 0 ? Array.from({ length: total }, (_, i) => i + 1) : [shortfall / cls.saving]
  const search: ClassSearch = { cls, k: counts[0], candidates: total, overflow, attempts: 0, complete: false }
  if (overflow) return search
  for (const k of counts) {
    search.k = k
    for (const picked of combinations(total, k)) {
      if (search.attempts >= share) return search
      search.attempts++
      const sites = picked.map(i => ranked[i]).sort((a, b) => a.offset - b.offset)
      const bytes = substitute(actual, sites, sealed.bytes)
      if (restores([bytes], sealed)) {
        result.found = { cls, sites, bytes }
        search.complete = true
        return search
      }
    }
  }
  search.complete = true
  return search
}

/** Index sets of size r from 0..n-1, in lexicographic order (the same array, updated in place). */
function* combinations(n: number, r: number): Generator<readonly number[]> {
  const picked = Array.from({ length: r }, (_, i) => i)
  for (;;) {
    yield picked
    let i = r - 1
    while (i >= 0 && picked[i] === n - r + i) i--
    if (i < 0) return
    picked[i]++
    for (let j = i + 1; j < r; j++) picked[j] = picked[j - 1] + 1
  }
}

/** The actual bytes with each site's ASCII text replaced by its original character, `length` bytes long. */
function substitute(actual: Uint8Array, sites: Site[], length: number): Uint8Array {
  const out = new Uint8Array(length)
  let from = 0
  let to = 0
  for (const site of sites) {
    out.set(actual.subarray(from, site.offset), to)
    to = writeCodePoint(out, to + site.offset - from, site.original)
    from = site.offset + site.length
  }
  out.set(actual.subarray(from), to)
  return out
}
