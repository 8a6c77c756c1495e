/**
 * Which lines of a file differ from its sealed bytes, once those bytes are in hand (from history):
 * lines are split after each '\n', the common leading and trailing lines are set aside, and the
 * rest is compared with Myers' O(ND) difference algorithm, bounded so that a file that changed
 * everywhere costs no more than a budget of line comparisons, and memory grows with a window of
 * lines (MAX_DIFF_LINES, MAX_DIFF_BYTES), never with the file. Pure.
 */

const LF = 0x0a

/** A line: [start, end) in its file, the '\n' included. */
export interface LineSpan {
  start: number
  end: number
}

/**
 * One changed region: `actualCount` lines of the file from `actual` stand where the sealed bytes had
 * `sealedCount` lines from `sealed` (0-based line indexes); the first of them begin at the byte
 * offsets `actualOffset` and `sealedOffset`.
 */
export interface Hunk {
  actual: number
  actualCount: number
  sealed: number
  sealedCount: number
  actualOffset: number
  sealedOffset: number
}

export interface LineDiff {
  /** Changed regions in file order. When the bounded diff gave up, one region covering everything between the common leading and trailing lines. */
  hunks: Hunk[]
  /** Whether the hunks are exact (false: the bounded diff gave up). */
  exact: boolean
  /** Whether it gave up because the region that differs is larger than the window (MAX_DIFF_LINES, MAX_DIFF_BYTES). */
  overWindow: boolean
  /** When the diff gave up: the first changed region, found by a diff of the first FIRST_WINDOW lines, when it lies inside them. */
  first: Hunk | null
}

/**
 * Most edits (inserted plus deleted lines) the difference algorithm looks for, and most line
 * comparisons it may make in all (each edit it allows costs one pass over the lines at most).
 */
export const MAX_EDITS = 1000
export const MAX_LINE_COMPARISONS = 20_000_000
/**
 * Most lines, and most bytes, on each side of the region between the common leading and trailing
 * lines that are diffed line by line: memory grows with this window, never with the file. A larger
 * region is not diffed whole (as if the diff had given up).
 */
export const MAX_DIFF_LINES = 100_000
export const MAX_DIFF_BYTES = 16 << 20
/** Lines from the first difference on that are diffed to locate the first change when the whole diff gave up. */
export const FIRST_WINDOW = 256

/** The lines of `bytes` in [from, to), each ending after its '\n' (the last one may have none); at most `limit` of them. */
export function splitLines(bytes: Uint8Array, from = 0, to = bytes.length, limit = Infinity): LineSpan[] {
  const lines: LineSpan[] = []
  let start = from
  for (let at = bytes.indexOf(LF, from); at !== -1 && at < to && lines.length < limit; at = bytes.indexOf(LF, at + 1)) {
    lines.push({ start, end: at + 1 })
    start = at + 1
  }
  if (start < to && lines.length < limit) lines.push({ start, end: to })
  return lines
}

/** How many lines `bytes` has in [from, to), counting no further than `limit` + 1. */
export function countLines(bytes: Uint8Array, from: number, to: number, limit = Infinity): number {
  let n = 0
  let start = from
  for (let at = bytes.indexOf(LF, from); at !== -1 && at < to && n <= limit; at = bytes.indexOf(LF, at + 1)) {
    n++
    start = at + 1
  }
  return start < to && n <= limit ? n + 1 : n
}

/** Whether `at` begins a line of `bytes`. */
function lineStart(bytes: Uint8Array, at: number): boolean {
  return at === 0 || bytes[at - 1] === LF
}

/**
 * The changed lines between `actual` and `sealed`, which differ first at byte `offset`. The common
 * leading and trailing lines are found by comparing bytes, so that only the region between them
 * is split into lines, and only when it fits MAX_DIFF_LINES and MAX_DIFF_BYTES.
 */
export function diffLines(actual: Uint8Array, sealed: Uint8Array, offset: number): LineDiff {
  const headOffset = offset === 0 ? 0 : actual.lastIndexOf(LF, offset - 1) + 1
  const head = countLines(actual, 0, headOffset)
  // Common trailing bytes, then back to where a line begins in both files.
  const most = Math.min(actual.length, sealed.length) - headOffset
  let same = 0
  while (same < most && actual[actual.length - 1 - same] === sealed[sealed.length - 1 - same]) same++
  while (same > 0 && !(lineStart(actual, actual.length - same) && lineStart(sealed, sealed.length - same))) same--
  const actualEnd = actual.length - same
  const sealedEnd = sealed.length - same
  const region = (actualCount: number, sealedCount: number): Hunk => ({
    actual: head, actualCount, sealed: head, sealedCount, actualOffset: headOffset, sealedOffset: headOffset
  })
  // One line against one (or none): nothing to diff, however long the lines.
  const actualCount = countLines(actual, headOffset, actualEnd, 1)
  const sealedCount = countLines(sealed, headOffset, sealedEnd, 1)
  if (actualCount <= 1 && sealedCount <= 1) return { hunks: [region(actualCount, sealedCount)], exact: true, overWindow: false, first: null }
  const small = actualEnd - headOffset <= MAX_DIFF_BYTES && sealedEnd - headOffset <= MAX_DIFF_BYTES
  const actualLines = small ? splitLines(actual, headOffset, actualEnd, MAX_DIFF_LINES + 1) : []
  const sealedLines = small ? splitLines(sealed, headOffset, sealedEnd, MAX_DIFF_LINES + 1) : []
  const fits = small && actualLines.length <= MAX_DIFF_LINES && sealedLines.length <= MAX_DIFF_LINES
  const shift = (h: { actual: number; actualCount: number; sealed: number; sealedCount: number }, a: LineSpan[], b: LineSpan[]): Hunk => ({
    ...h,
    actual: h.actual + head,
    sealed: h.sealed + head,
    actualOffset: a[h.actual]?.start ?? actualEnd,
    sealedOffset: b[h.sealed]?.start ?? sealedEnd
  })
  if (fits) {
    const ids = lineIds(actual, actualLines, sealed, sealedLines)
    const n = ids.actual.length
    const m = ids.sealed.length
    const maxEdits = Math.min(MAX_EDITS, n + m, Math.floor(MAX_LINE_COMPARISONS / Math.max(1, n + m)))
    const hunks = myers(ids.actual, ids.sealed, maxEdits)
    if (hunks !== null) return { hunks: hunks.map(h => shift(h, actualLines, sealedLines)), exact: true, overWindow: false, first: null }
  }
  // Too many changes, or too large a region: diff a window from the first difference on; its
  // first hunk is the file's when it ends inside the window (the window's end forces nothing before it).
  const x = splitLines(actual, headOffset, actualEnd, FIRST_WINDOW)
  const y = splitLines(sealed, headOffset, sealedEnd, FIRST_WINDOW)
  const ids = lineIds(actual, x, sealed, y)
  const [first] = myers(ids.actual, ids.sealed, x.length + y.length) ?? []
  const inside = first !== undefined && first.actual + first.actualCount < x.length && first.sealed + first.sealedCount < y.length
  const span = region(countLines(actual, headOffset, actualEnd), countLines(sealed, headOffset, sealedEnd))
  return { hunks: [span], exact: false, overWindow: !fits, first: inside ? shift(first, x, y) : null }
}

/** Numbers the distinct lines, so that the difference algorithm compares numbers. */
function lineIds(actual: Uint8Array, actualLines: LineSpan[], sealed: Uint8Array, sealedLines: LineSpan[]) {
  const ids = new Map<string, number>()
  const id = (bytes: Uint8Array, line: LineSpan): number => {
    const key = Buffer.from(bytes.buffer, bytes.byteOffset + line.start, line.end - line.start).toString('latin1')
    let value = ids.get(key)
    if (value === undefined) {
      value = ids.size
      ids.set(key, value)
    }
    return value
  }
  return { actual: actualLines.map(l => id(actual, l)), sealed: sealedLines.map(l => id(sealed, l)) }
}

type Edits = { actual: number; actualCount: number; sealed: number; sealedCount: number }

/**
 * Myers' greedy algorithm over `a` (the file's lines) and `b` (the sealed lines): the shortest
 * edit script as hunks, or null when it needs more than `maxEdits` inserted plus deleted lines.
 */
function myers(a: number[], b: number[], maxEdits: number): Edits[] | null {
  const n = a.length
  const m = b.length
  const size = 2 * maxEdits + 3
  const center = maxEdits + 1
  const v = new Int32Array(size)
  v[center + 1] = 0
  const trace: Int32Array[] = []
  for (let d = 0; d <= maxEdits; d++) {
    trace.push(v.slice(center - d - 1, center + d + 2))
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[center + k - 1] < v[center + k + 1]) ? v[center + k + 1] : v[center + k - 1] + 1
      let y = x - k
      while (x < n && y < m && a[x] === b[y]) {
        x++
        y++
      }
      v[center + k] = x
      if (x >= n && y >= m) return backtrack(trace, n, m)
    }
  }
  return null
}

/** Walks the saved rounds back from the end and gathers the edits into hunks. */
function backtrack(trace: Int32Array[], n: number, m: number): Edits[] {
  // Each round's copy holds k from -(d+1) to d+1 at index k + d + 1.
  const edits: { x: number; y: number; inserted: boolean }[] = []
  let x = n
  let y = m
  for (let d = trace.length - 1; d > 0; d--) {
    const v = trace[d]
    const at = (k: number) => v[k + d + 1]
    const k = x - y
    const prevK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1
    const prevX = at(prevK)
    const prevY = prevX - prevK
    while (x > prevX && y > prevY) {
      x--
      y--
    }
    // Moving right takes a line of the file that the sealed bytes lack; moving down, a sealed line the file lacks.
    edits.push(x === prevX ? { x, y: prevY, inserted: false } : { x: prevX, y, inserted: true })
    x = prevX
    y = prevY
  }
  edits.reverse()
  const hunks: Edits[] = []
  for (const e of edits) {
    const last = hunks[hunks.length - 1]
    const joins = last !== undefined && last.actual + last.actualCount === e.x && last.sealed + last.sealedCount === e.y
    const hunk = joins ? last : { actual: e.x, actualCount: 0, sealed: e.y, sealedCount: 0 }
    if (e.inserted) hunk.actualCount++
    else hunk.sealedCount++
    if (!joins) hunks.push(hunk)
  }
  return hunks
}
