/**
 * A lower bound on what explaining the rest of a line costs (line-changes.ts: a known change costs
 * 1, the edit that ends the walk 1 plus its bytes), from a few counts of what is left of both lines.
 * The search uses it to skip ways on that cannot beat the cheapest explanation found. Pure.
 *
 * Why it holds, counting the bytes of what is left of both lines:
 * - Leads. A known change takes at most one more UTF-8 lead byte (a character above U+007F) from
 *   the sealed line than from the file; an edit takes at most its sealed lead bytes; equal bytes
 *   take as many from both. So the sealed lead bytes left minus the file's cost at least as much.
 * - Hyphens. A '-' of the file is an equal '-' of the sealed line, or what a dash became (U+2014 by
 *   '--' or '-', U+2013 by '-'), or in the edit: no other known change writes or takes a '-' (nor a
 *   dash or a backslash: no canonical decomposition holds one). So file hyphens beyond the sealed
 *   hyphens plus two per em dash and one per en dash, sealed hyphens beyond the file's, and dashes
 *   beyond the hyphens, dashes and backslashes (escapes) of the file that could account for them,
 *   are all bytes of an edit, which costs 1 plus at least those bytes (none of them a sealed lead
 *   byte, which the first count has).
 * Surplus hyphens are what made the search wide: a run of em dashes that became '--' can also be
 * read as some of them becoming '-', with hyphens left over that only an edit explains; the
 * second count sees that such a reading cannot be cheaper.
 */

const HYPHEN = 0x2d
const BACKSLASH = 0x5c

/** Counts of what is left of both lines from a position on. */
export interface Rest {
  /** UTF-8 lead bytes left in the sealed line minus those left in the file. */
  leads: number
  /** '-' left in the file minus '-' left in the sealed line. */
  hyphens: number
  /** U+2014 EM DASH left in the sealed line. */
  emDashes: number
  /** U+2013 EN DASH left in the sealed line. */
  enDashes: number
  /** U+2013, U+2014 and backslashes left in the file: what a sealed dash kept or escaped stands on. */
  keptDashes: number
}

export const EMPTY_REST: Rest = { leads: 0, hyphens: 0, emDashes: 0, enDashes: 0, keptDashes: 0 }

/** 0x93 for U+2013, 0x94 for U+2014 when `bytes` hold a dash at `at` (within `end`), else 0. */
function dashAt(bytes: Uint8Array, at: number, end: number): number {
  if (bytes[at] !== 0xe2 || at + 2 >= end || bytes[at + 1] !== 0x80) return 0
  const last = bytes[at + 2]
  return last === 0x93 || last === 0x94 ? last : 0
}

/**
 * `rest` once the file's bytes [fileFrom, fileTo) and the sealed bytes [sealFrom, sealTo) are
 * taken; `fileEnd` and `sealEnd` are the ends of the lines (a dash is counted at its first byte, so
 * that the counts of a position never depend on where the span taken before it ended).
 */
export function taken(
  rest: Rest,
  file: Uint8Array,
  fileFrom: number,
  fileTo: number,
  fileEnd: number,
  sealed: Uint8Array,
  sealFrom: number,
  sealTo: number,
  sealEnd: number
): Rest {
  let { leads, hyphens, emDashes, enDashes, keptDashes } = rest
  for (let i = fileFrom; i < fileTo; i++) {
    const b = file[i]
    if (b >= 0xc0) leads++
    else if (b === HYPHEN) hyphens--
    else if (b === BACKSLASH) keptDashes--
    if (b === 0xe2 && dashAt(file, i, fileEnd) !== 0) keptDashes--
  }
  for (let i = sealFrom; i < sealTo; i++) {
    const b = sealed[i]
    if (b >= 0xc0) leads--
    else if (b === HYPHEN) hyphens++
    if (b === 0xe2) {
      const dash = dashAt(sealed, i, sealEnd)
      if (dash === 0x94) emDashes--
      else if (dash === 0x93) enDashes--
    }
  }
  return { leads, hyphens, emDashes, enDashes, keptDashes }
}

/** The counts of the whole of two lines. */
export function restOf(file: Uint8Array, fileFrom: number, fileEnd: number, sealed: Uint8Array, sealFrom: number, sealEnd: number): Rest {
  // Taking the whole lines from zero counts gives their negation.
  const t = taken(EMPTY_REST, file, fileFrom, fileEnd, fileEnd, sealed, sealFrom, sealEnd, sealEnd)
  return { leads: -t.leads, hyphens: -t.hyphens, emDashes: -t.emDashes, enDashes: -t.enDashes, keptDashes: -t.keptDashes }
}

/** The least that explaining what is left can cost. */
export function lowerBound(rest: Rest): number {
  const unexplained = Math.max(
    0,
    rest.hyphens - 2 * rest.emDashes - rest.enDashes,
    -rest.hyphens,
    rest.emDashes + rest.enDashes - rest.hyphens - rest.keptDashes
  )
  return Math.max(0, rest.leads) + (unexplained > 0 ? 1 + unexplained : 0)
}
