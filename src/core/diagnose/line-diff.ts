/**
 * Which lines of a file differ from its sealed bytes, once those bytes are in hand (from history):
 * lines are split after each '\n', the common leading and trailing lines are set aside, and the
 * rest is compared with Myers' O(ND) difference algorithm, bounded so that a file that changed
 * everywhere costs no more than a budget of line comparisons. Pure.
 */

const LF = 0x0a

/** A line: [start, end) in its file, the '\n' included. */
export interface LineSpan {
  start: number
  end: number
}

/** One changed region: `actualCount` lines of the file from `actual` stand where the sealed bytes had `sealedCount` lines from `sealed` (0-based line indexes). */
export interface Hunk {
  actual: number
  actualCount: number
  sealed: number
  sealedCount: number
}

export interface LineDiff {
  /** Changed regions in file order. When the bounded diff gave up, one region covering everything between the common leading and trailing lines. */
  hunks: Hunk[]
  /** Whether the hunks are exact (false: the bounded diff gave up). */
  exact: boolean
  /** When the diff gave up: the first changed region, found by a diff of the first FIRST_WINDOW lines, when it lies inside them. */
  first: Hunk | null
}

/**
 * Most edits (inserted plus deleted lines) the difference algorithm looks for, and most line
 * comparisons it may make in all (each edit it allows costs one pass over the lines at most).
 */
export const MAX_EDITS = 1000
export const MAX_LINE_COMPARISONS = 20_000_000
/** Lines from the first difference on that are diffed to locate the first change when the whole diff gave up. */
export const FIRST_WINDOW = 256

/** The lines of `bytes`, each ending after its '\n' (the last one may have none). */
export function splitLines(bytes: Uint8Array): LineSpan[] {
  const lines: LineSpan[] = []
  let start = 0
  for (let at = bytes.indexOf(LF); at !== -1; at = bytes.indexOf(LF, at + 1)) {
    lines.push({ start, end: at + 1 })
    start = at + 1
  }
  if (start < bytes.length) lines.push({ start, end: bytes.length })
  return lines
}

function sameLine(a: Uint8Array, x: LineSpan, b: Uint8Array, y: LineSpan): boolean {
  if (x.end - x.start !== y.end - y.start) return false
  for (let i = 0; i < x.end - x.start; i++) if (a[x.start + i] !== b[y.start + i]) return false
  return true
}

/** The changed lines between `actual` and `sealed`, split by splitLines. */
export function diffLines(actual: Uint8Array, actualLines: LineSpan[], sealed: Uint8Array, sealedLines: LineSpan[]): LineDiff {
  let head = 0
  const shortest = Math.min(actualLines.length, sealedLines.length)
  while (head < shortest && sameLine(actual, actualLines[head], sealed, sealedLines[head])) head++
  let tail = 0
  while (
    tail < shortest - head &&
    sameLine(actual, actualLines[actualLines.length - 1 - tail], sealed, sealedLines[sealedLines.length - 1 - tail])
  ) {
    tail++
  }
  const a = lineIds(actual, actualLines.slice(head, actualLines.length - tail), sealed, sealedLines.slice(head, sealedLines.length - tail))
  const n = a.actual.length
  const m = a.sealed.length
  const maxEdits = Math.min(MAX_EDITS, n + m, Math.floor(MAX_LINE_COMPARISONS / Math.max(1, n + m)))
  const shift = (h: Hunk): Hunk => ({ ...h, actual: h.actual + head, sealed: h.sealed + head })
  const hunks = myers(a.actual, a.sealed, maxEdits)
  if (hunks !== null) return { hunks: hunks.map(shift), exact: true, first: null }
  // Too many changes: diff a window from the first difference on; its first hunk is the file's
  // when it ends inside the window (the window's end forces nothing before it).
  const x = a.actual.slice(0, FIRST_WINDOW)
  const y = a.sealed.slice(0, FIRST_WINDOW)
  const [first] = myers(x, y, x.length + y.length) ?? []
  const inside = first !== undefined && first.actual + first.actualCount < x.length && first.sealed + first.sealedCount < y.length
  return { hunks: [{ actual: head, actualCount: n, sealed: head, sealedCount: m }], exact: false, first: inside ? shift(first) : null }
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

/**
 * Myers' greedy algorithm over `a` (the file's lines) and `b` (the sealed lines): the shortest
 * edit script as hunks, or null when it needs more than `maxEdits` inserted plus deleted lines.
 */
function myers(a: number[], b: number[], maxEdits: number): Hunk[] | null {
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
function backtrack(trace: Int32Array[], n: number, m: number): Hunk[] {
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
  const hunks: Hunk[] = []
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
