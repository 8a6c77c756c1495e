/**
 * The typographic characters that tools and people "fix" into ASCII, grouped into classes. Every
 * substitution of one class saves the same number of bytes, so the length difference between the
 * sealed and the actual file says how many substitutions of that class would explain it.
 */

/** Names of the characters this module can restore, for one-line descriptions. */
export const CHARACTER_NAMES: Readonly<Record<number, string>> = {
  0x00a0: 'NO-BREAK SPACE',
  0x2013: 'EN DASH',
  0x2014: 'EM DASH',
  0x2018: 'LEFT SINGLE QUOTATION MARK',
  0x2019: 'RIGHT SINGLE QUOTATION MARK',
  0x201c: 'LEFT DOUBLE QUOTATION MARK',
  0x201d: 'RIGHT DOUBLE QUOTATION MARK',
  0x2026: 'HORIZONTAL ELLIPSIS'
}

export interface SubstitutionClass {
  /** Short plain name, e.g. "em dash to '-'". */
  name: string
  /** The ASCII texts the characters became; each occurrence is a candidate site. */
  ascii: readonly string[]
  /** Bytes saved by one substitution (UTF-8 length of the character minus the ASCII length). */
  saving: number
  /** The character most likely replaced by the ASCII `text` at `offset`, judged from its context. */
  original(bytes: Uint8Array, offset: number, text: string): number
  /** 0 for a likely site, 1 for an unlikely one; likely sites are searched first. */
  rank(bytes: Uint8Array, offset: number): 0 | 1
}

const SPACE = 0x20
const LF = 0x0a

/** Whether the byte before `offset` opens a quotation: start of file, whitespace or an opening bracket. */
function opensQuote(bytes: Uint8Array, offset: number): boolean {
  if (offset === 0) return true
  const before = bytes[offset - 1]
  return before <= SPACE || before === 0x28 || before === 0x5b || before === 0x7b
}

const likely = (): 0 => 0

/** The classes, most common first. */
export const SUBSTITUTION_CLASSES: readonly SubstitutionClass[] = [
  { name: "em dash to '-'", ascii: ['-'], saving: 2, original: () => 0x2014, rank: likely },
  { name: "en dash to '-'", ascii: ['-'], saving: 2, original: () => 0x2013, rank: likely },
  {
    name: 'smart quotes to straight quotes',
    ascii: ['"', "'"],
    saving: 2,
    original: (bytes, offset, text) =>
      text === '"' ? (opensQuote(bytes, offset) ? 0x201c : 0x201d) : opensQuote(bytes, offset) ? 0x2018 : 0x2019,
    rank: likely
  },
  {
    name: 'no-break space to space',
    ascii: [' '],
    saving: 1,
    original: () => 0x00a0,
    // Spaces in a run or in indentation are rarely a replaced no-break space: try single spaces first.
    rank: (bytes, offset) =>
      offset === 0 || bytes[offset - 1] === SPACE || bytes[offset - 1] === LF || bytes[offset + 1] === SPACE ? 1 : 0
  },
  { name: "em dash to '--'", ascii: ['--'], saving: 1, original: () => 0x2014, rank: likely },
  { name: "ellipsis to '...'", ascii: ['...'], saving: 0, original: () => 0x2026, rank: likely }
]

/** One occurrence of a class's ASCII text in the actual file. */
export interface Site {
  offset: number
  /** Length of the ASCII text at `offset`. */
  length: number
  /** The character it would be restored to. */
  original: number
}

/** Sites of one class: all of them, or none when there are more than the limit. */
export interface SiteList {
  /** Likely sites first, in file order within each rank; empty when there are more than the limit. */
  sites: Site[]
  /** How many sites the file has, counting no further than the limit plus one. */
  total: number
  /** Whether there are more sites than the limit (the scan stopped there). */
  overflow: boolean
}

/**
 * Every non-overlapping occurrence of the class's ASCII texts. The scan stops after `limit` + 1
 * occurrences, so a file made of spaces costs no more than a short one to rule out.
 */
export function findSites(bytes: Uint8Array, cls: SubstitutionClass, limit: number): SiteList {
  const texts = cls.ascii.map(text => Array.from(text, c => c.charCodeAt(0)))
  const firstBytes = new Uint8Array(256)
  for (const codes of texts) firstBytes[codes[0]] = 1
  const likelySites: Site[] = []
  const unlikelySites: Site[] = []
  let total = 0
  for (let offset = 0; offset < bytes.length && total <= limit; ) {
    const codes = firstBytes[bytes[offset]] === 1 ? texts.find(c => c.every((code, i) => bytes[offset + i] === code)) : undefined
    if (codes === undefined) {
      offset++
      continue
    }
    total++
    const text = String.fromCharCode(...codes)
    const site = { offset, length: codes.length, original: cls.original(bytes, offset, text) }
    ;(cls.rank(bytes, offset) === 0 ? likelySites : unlikelySites).push(site)
    offset += codes.length
  }
  const overflow = total > limit
  return { sites: overflow ? [] : likelySites.concat(unlikelySites), total, overflow }
}
