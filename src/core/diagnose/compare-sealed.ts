/**
 * Diagnosis against the sealed bytes themselves, once a copy of them has been found (in the
 * repository's history; this module knows nothing of where). The copy is trusted only when its
 * sha256 and length are the seal's. Then every cause is proven: the first drifted line is exact,
 * what changed there is named, and the number of changed lines is counted. Pure.
 * See docs/drift-causes.md, "Diagnosis from history".
 */
import type { Digest } from '../digest.js'
import { ALL_CAUSES, oneLine, type Cause } from '../finding.js'
import { capitalize, count } from './describe.js'
import type { Diagnosis } from './diagnose.js'
import { restores } from './hash.js'
import { lineBudget, lineChanges, type LineBudget } from './line-changes.js'
import { countLines, diffLines, MAX_DIFF_BYTES, MAX_DIFF_LINES, type Hunk } from './line-diff.js'
import { firstDifference, lineAt } from './lines.js'

const LF = 0x0a
const CR = 0x0d

/** How many newline-separated lines `bytes` run over (a last line without '\n' counts). */
function lineCount(bytes: Uint8Array): number {
  return countLines(bytes, 0, bytes.length)
}

/** The end of the line of `bytes` that begins at `start` (after its '\n'). */
function lineEnd(bytes: Uint8Array, start: number): number {
  const at = bytes.indexOf(LF, start)
  return at === -1 ? bytes.length : at + 1
}

/** Whether `bytes` are one line ending: "\n" or "\r\n". */
function isLineEnding(bytes: Uint8Array): boolean {
  return (bytes.length === 1 && bytes[0] === LF) || (bytes.length === 2 && bytes[0] === CR && bytes[1] === LF)
}

/**
 * Compares the file with `sealedBytes`, found at `where` (e.g. "commit 0123456789ab"). Returns null
 * when `sealedBytes` are not the sealed bytes (another sha256 or length) or equal the file.
 */
export function compareWithSealed(actual: Uint8Array, sealedBytes: Uint8Array, sealed: Digest, where: string): Diagnosis | null {
  if (!restores([sealedBytes], sealed)) return null
  const offset = firstDifference(actual, sealedBytes)
  if (offset === actual.length && offset === sealedBytes.length) return null
  const line = lineAt(actual, offset)
  const proof = `(proven: compared with the sealed bytes found in ${where})`
  const result = (causes: Cause[], detail: string): Diagnosis => ({ causes, evidence: 'proven', line, detail: oneLine(`${detail} ${proof}`) })

  if (offset === actual.length) {
    const rest = sealedBytes.subarray(offset)
    if (isLineEnding(rest)) return result(['trailing-newline'], `Line ${line}: the final line ending was removed`)
    if (actual.length === 0) {
      return result(['truncated'], `The file is empty; the sealed bytes had ${count(rest.length, 'byte')} over ${count(lineCount(rest), 'line')}`)
    }
    return result(
      ['truncated'],
      `The file ends at line ${line}; the sealed bytes went on for ${count(rest.length, 'more byte')} over ${count(lineCount(rest), 'line')}`
    )
  }
  if (offset === sealedBytes.length) {
    const rest = actual.subarray(offset)
    if (isLineEnding(rest)) return result(['trailing-newline'], `Line ${line}: a final line ending was added`)
    return result(['appended'], `Line ${line}: ${count(rest.length, 'byte')} over ${count(lineCount(rest), 'line')} were appended after the sealed content`)
  }

  const diff = diffLines(actual, sealedBytes, offset)
  const causes = new Set<Cause>()
  const [span] = diff.hunks
  // Lines can be paired one to one when the diff is exact, or when as many lines stand where the
  // sealed ones were (every line rewritten: CRLF, a substitution on every line). Otherwise only
  // the first change, located in a window, is named; lines were inserted or deleted: an edit.
  const paired = diff.exact || span.actualCount === span.sealedCount
  const named = paired ? diff.hunks : [diff.first ?? span]
  if (!paired) causes.add('edited')
  let first: string | null = null
  const budget = lineBudget(actual.length, sealedBytes.length)
  const unexplained: number[] = []
  for (const hunk of named) {
    const what = hunkChanges(actual, sealedBytes, hunk, causes, budget, unexplained)
    first ??= what
  }
  const changed = diff.hunks.reduce((n, h) => n + Math.max(h.actualCount, h.sealedCount), 0)
  const extent = diff.exact
    ? `${count(changed, 'line')} of the file ${changed === 1 ? 'differs' : 'differ'} from the sealed bytes`
    : `lines ${line} to ${span.actual + span.actualCount} differ from the sealed bytes (${
        diff.overWindow
          ? `more than the line diff's window of ${MAX_DIFF_LINES} lines or ${MAX_DIFF_BYTES} bytes, so not counted exactly`
          : 'too many changes to count exactly'
      })`
  // A line the bounded search could not explain says so where it is named; a later one, here.
  const later = unexplained.filter(n => n !== line)
  const unexplainedNote =
    later.length === 0
      ? ''
      : `; line ${later[0]}${later.length > 1 ? ` and ${count(later.length - 1, 'later line')}` : ''} not explained (the search for what changed reached its bound)`
  const ordered = ALL_CAUSES.filter(c => causes.has(c))
  return result(ordered.length > 0 ? ordered : ['edited'], `Line ${line}: ${first ?? 'changed'}; ${extent}${unexplainedNote}`)
}

/**
 * Adds the causes of one hunk to `causes` and returns its first change in words. Lines are paired
 * in order; lines without a partner were inserted or deleted (an edit). The 1-based numbers of
 * lines the bounded search could not explain go to `unexplained`.
 */
function hunkChanges(
  actual: Uint8Array,
  sealed: Uint8Array,
  hunk: Hunk,
  causes: Set<Cause>,
  budget: LineBudget,
  unexplained: number[]
): string {
  const pairs = Math.min(hunk.actualCount, hunk.sealedCount)
  let first: string | null = null
  // Lines are walked from the hunk's offsets, one pair at a time: no list of every line is kept.
  let a = hunk.actualOffset
  let b = hunk.sealedOffset
  for (let i = 0; i < pairs; i++) {
    const actualLine = { start: a, end: lineEnd(actual, a) }
    const sealedLine = { start: b, end: lineEnd(sealed, b) }
    const changes = lineChanges(actual, actualLine, sealed, sealedLine, hunk.actual + i === 0, budget)
    for (const c of changes.causes) causes.add(c)
    if (changes.bounded) unexplained.push(hunk.actual + i + 1)
    first ??= changes.first
    a = actualLine.end
    b = sealedLine.end
  }
  const inserted = hunk.actualCount - pairs
  const deleted = hunk.sealedCount - pairs
  if (inserted > 0 || deleted > 0) causes.add('edited')
  /** Bytes of the `n` lines of `bytes` from `from`. */
  const bytesOf = (bytes: Uint8Array, from: number, n: number) => {
    let end = from
    for (let i = 0; i < n; i++) end = lineEnd(bytes, end)
    return end - from
  }
  if (first !== null) return first
  if (inserted > 0) return `${count(inserted, 'line')} (${count(bytesOf(actual, a, inserted), 'byte')}) inserted that the sealed bytes do not have`
  return `${count(deleted, 'line')} of the sealed bytes (${count(bytesOf(sealed, b, deleted), 'byte')}) deleted here`
}
