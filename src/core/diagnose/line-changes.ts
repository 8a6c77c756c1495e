/**
 * What changed within one line, given the line as it is and as it was sealed. At each difference
 * the known drift classes are tried (a CR added before the '\n', a byte order mark, a typographic
 * character replaced by ASCII, a \uXXXX escape, a decomposed or composed accent), and so is an
 * edit: what stands between the common start and the common end of what is left, which ends the
 * walk. Several classes can fit the same bytes (U+2014 became '--' or '-'), so every fitting one is
 * followed, and the explanation kept is the one that reproduces the whole line with the fewest
 * changes (each known change counts 1, an edit 1 plus its bytes). When two such explanations disagree on
 * the first change, that change is named only by the bytes it spans, so no change that did not
 * happen is ever named. Pure; see docs/drift-causes.md, "Diagnosis from history".
 */
import type { Cause } from '../finding.js'
import { describeCharacter } from './describe.js'
import { EMPTY_REST, lowerBound, restOf, taken, type Rest } from './line-bound.js'
import { codePointAt } from './utf8.js'

const LF = 0x0a
const CR = 0x0d
const BOM = [0xef, 0xbb, 0xbf]

/** The ASCII texts tools and people put in place of typographic characters (substitution-classes.ts). */
const ASCII_FOR: Readonly<Record<number, readonly string[]>> = {
  0x2014: ['--', '-'],
  0x2013: ['-'],
  0x2018: ["'"],
  0x2019: ["'"],
  0x201c: ['"'],
  0x201d: ['"'],
  0x00a0: [' '],
  0x2026: ['...']
}

export interface LineChanges {
  /** Causes of the changes found, in the order met; `edited` for a change no drift class explains. */
  causes: Cause[]
  /** The first change, in plain words, e.g. "U+2014 EM DASH became U+002D HYPHEN-MINUS '-'"; null when the lines are equal. */
  first: string | null
  /** Whether the search reached its bound (LineBudget): the rest of the line is then not explained, cause `unknown`. */
  bounded: boolean
}

function startsWith(bytes: Uint8Array, at: number, end: number, text: ArrayLike<number>): boolean {
  if (at + text.length > end) return false
  for (let i = 0; i < text.length; i++) if (bytes[at + i] !== text[i]) return false
  return true
}

const ascii = (text: string) => Array.from(text, c => c.charCodeAt(0))
const hex4 = (unit: number) => unit.toString(16).padStart(4, '0')

/** The `\uXXXX` escape (a surrogate pair above U+FFFF) that json.dumps(ensure_ascii=True) writes for `cp`, lowercase. */
function jsonEscape(cp: number): string {
  if (cp < 0x10000) return `\\u${hex4(cp)}`
  const v = cp - 0x10000
  return `\\u${hex4(0xd800 + (v >> 10))}\\u${hex4(0xdc00 + (v & 0x3ff))}`
}

/** Whether `bytes` at `at` hold `text` with hex digits in either case. */
function startsWithEscape(bytes: Uint8Array, at: number, end: number, text: string): boolean {
  if (at + text.length > end) return false
  for (let i = 0; i < text.length; i++) {
    const b = bytes[at + i]
    const lower = b >= 0x41 && b <= 0x46 ? b + 0x20 : b
    if (lower !== text.charCodeAt(i)) return false
  }
  return true
}

const decompositions = new Map<number, Uint8Array | null>()

/** The UTF-8 bytes of the code point's canonical decomposition, when it has one (the first 4096 asked for are kept). */
function decomposed(cp: number): Uint8Array | null {
  if (cp < 0xc0) return null // Nothing below U+00C0 decomposes.
  const known = decompositions.get(cp)
  if (known !== undefined) return known
  const text = String.fromCodePoint(cp)
  const nfd = text.normalize('NFD')
  const bytes = nfd === text ? null : new TextEncoder().encode(nfd)
  if (decompositions.size < 4096) decompositions.set(cp, bytes)
  return bytes
}

interface Side {
  bytes: Uint8Array
  at: number
  end: number
}

interface Match {
  cause: Cause
  /** Bytes taken from the file and from the sealed line. */
  actual: number
  sealed: number
  /** The change in words (built only for a change that is named). */
  what: () => string
}

/**
 * Every drift class that explains the difference at the current position: `file` is the line as it
 * is, `seal` as sealed, both at the first byte where they differ.
 */
function knownChanges(file: Side, seal: Side, atFileStart: boolean): Match[] {
  const out: Match[] = []
  if (file.bytes[file.at] === CR && file.bytes[file.at + 1] === LF && seal.bytes[seal.at] === LF) {
    out.push({ cause: 'crlf', actual: 1, sealed: 0, what: () => 'the LF line ending became CRLF' })
  }
  if (seal.bytes[seal.at] === CR && seal.bytes[seal.at + 1] === LF && file.bytes[file.at] === LF) {
    out.push({ cause: 'crlf', actual: 0, sealed: 1, what: () => 'the CRLF line ending became LF' })
  }
  if (atFileStart && startsWith(file.bytes, file.at, file.end, BOM) && !startsWith(seal.bytes, seal.at, seal.end, BOM)) {
    out.push({ cause: 'bom', actual: 3, sealed: 0, what: () => 'a UTF-8 byte order mark (EF BB BF) was added' })
  }
  const was = codePointAt(seal.bytes, seal.at, seal.end)
  const now = codePointAt(file.bytes, file.at, file.end)
  if (was.cp < 0 || now.cp < 0) return out
  for (const text of ASCII_FOR[was.cp] ?? []) {
    if (startsWith(file.bytes, file.at, file.end, ascii(text))) {
      out.push({ cause: 'unicode', actual: text.length, sealed: was.length, what: () => `${describeCharacter(was.cp)} became ${describeText(ascii(text))}` })
    }
  }
  if (was.cp >= 0x80) {
    const escape = jsonEscape(was.cp)
    if (startsWithEscape(file.bytes, file.at, file.end, escape)) {
      out.push({ cause: 'ensure-ascii', actual: escape.length, sealed: was.length, what: () => `${describeCharacter(was.cp)} became the JSON escape ${escape}` })
    }
  }
  const split = decomposed(was.cp)
  if (split !== null && startsWith(file.bytes, file.at, file.end, split)) {
    out.push({ cause: 'unicode', actual: split.length, sealed: was.length, what: () => `${describeCharacter(was.cp)} was decomposed (NFD) into ${describeCodePoints(split)}` })
  }
  const joined = decomposed(now.cp)
  if (joined !== null && startsWith(seal.bytes, seal.at, seal.end, joined)) {
    out.push({ cause: 'unicode', actual: now.length, sealed: joined.length, what: () => `${describeCodePoints(joined)} were composed (NFC) into ${describeCharacter(now.cp)}` })
  }
  return out
}

/** "U+0065 'e' and U+0301": the code points of some UTF-8 bytes, at most three named. */
function describeCodePoints(bytes: Uint8Array): string {
  const names: string[] = []
  let count = 0
  for (let at = 0; at < bytes.length; count++) {
    const { cp, length } = codePointAt(bytes, at, bytes.length)
    if (names.length < 3) names.push(cp < 0 ? `byte 0x${bytes[at].toString(16).padStart(2, '0').toUpperCase()}` : describeCharacter(cp, true))
    at += length
  }
  if (count > 3) return `${count} characters (${bytes.length} bytes) starting with ${names.join(', ')}`
  return names.join(' and ')
}

/** An ASCII text the drift left: each character named with its code point. */
function describeText(text: number[]): string {
  return describeCodePoints(Uint8Array.from(text))
}

/**
 * Where the edit at the current position ends on each side: at the common end of what is left
 * (`suffix`: how many bytes the two lines have in common at their ends), kept to whole characters.
 */
function editEnds(file: Side, seal: Side, suffix: number): { fileEnd: number; sealEnd: number } {
  const common = Math.min(suffix, file.end - file.at, seal.end - seal.at)
  let fileEnd = file.end - common
  let sealEnd = seal.end - common
  // Keep whole characters: the common end may have begun inside one.
  while (fileEnd < file.end && (file.bytes[fileEnd] & 0xc0) === 0x80) {
    fileEnd++
    sealEnd++
  }
  return { fileEnd, sealEnd }
}

/** What stands between the current positions and the given ends, in words. */
function describeSpan(file: Side, seal: Side, fileEnd: number, sealEnd: number): string {
  const now = file.bytes.subarray(file.at, fileEnd)
  const was = seal.bytes.subarray(seal.at, sealEnd)
  if (was.length === 0) return `${describeCodePoints(now)} inserted`
  if (now.length === 0) return `${describeCodePoints(was)} deleted`
  return `${describeCodePoints(was)} became ${describeCodePoints(now)}`
}

/** How many bytes the two lines have in common at their ends. */
function commonSuffix(file: Side, seal: Side): number {
  let n = 0
  while (n < file.end - file.at && n < seal.end - seal.at && file.bytes[file.end - 1 - n] === seal.bytes[seal.end - 1 - n]) n++
  return n
}

/**
 * How many positions in both lines the explanations of the lines of one comparison may visit, all
 * lines together, so the work stays linear in the bytes compared: 1 per byte of both files, plus
 * 65,536; one line may visit no more than 65,536. The lower bound (line-bound.ts) keeps a run of
 * dashes to one position per dash. A line that reaches the bound anyway (a long run of em dashes
 * turned into '--' with a character edited inside it: the edit takes the rest of the line, so
 * every reading of the dashes before it costs about as much, and none is skipped) is not
 * explained: the rest of it is named by its bytes, with cause `unknown` and the bound that
 * stopped the search.
 */
export interface LineBudget {
  /** Positions left for the lines still to explain. */
  states: number
  /** Positions at the start, for the message. */
  readonly total: number
}
const STATES_PER_BYTE = 1
export const MAX_LINE_STATES = 65_536

/** The budget of one comparison of `actualBytes` with `sealedBytes` bytes. */
export function lineBudget(actualBytes: number, sealedBytes: number): LineBudget {
  const states = MAX_LINE_STATES + STATES_PER_BYTE * (actualBytes + sealedBytes)
  return { states, total: states }
}

/** One way on from a difference: a known change, or (match null) the edit that ends the walk. */
interface Option {
  match: Match | null
  /** Key of the position after the change; -1 after the edit. */
  next: number
  /** The change's cost: 1 for a known change, 1 plus its bytes for the edit. */
  cost: number
  /** What is left of both lines right after the change (before the equal bytes that follow it). */
  rest: Rest
  /** The least this way on can cost in all: the edit's cost, or the change's plus the lower bound after it. */
  least: number
}

/** A position in both lines: where they next differ, the ways on from there, and the cheapest. */
interface State {
  file: number
  seal: number
  /** What is left of both lines from here, for the lower bound. */
  rest: Rest
  /** The ways on, cheapest lower bound first (the order known changes were found in among equals). */
  options: Option[]
  /** Cost of the cheapest explanation of the rest of both lines found so far; final once `done`. */
  cost: number
  done: boolean
  /** The next option to weigh. */
  cursor: number
  /** Index in `options` of the cheapest way on (the first of equal ones). */
  best: number
}

/**
 * Compares one line of the file with the sealed line it stands for. `atFileStart`: the lines are
 * the first of their files (where a byte order mark may be).
 */
export function lineChanges(
  actual: Uint8Array,
  actualLine: { start: number; end: number },
  sealed: Uint8Array,
  sealedLine: { start: number; end: number },
  atFileStart: boolean,
  budget: LineBudget = lineBudget(actualLine.end - actualLine.start, sealedLine.end - sealedLine.start)
): LineChanges {
  const fileEnd = actualLine.end
  const sealEnd = sealedLine.end
  const suffix = commonSuffix({ bytes: actual, at: actualLine.start, end: fileEnd }, { bytes: sealed, at: sealedLine.start, end: sealEnd })
  const width = sealEnd - sealedLine.start + 1
  const keyOf = (f: number, s: number) => (f - actualLine.start) * width + (s - sealedLine.start)
  const states = new Map<number, State>()
  const lineBound = budget.states >= MAX_LINE_STATES
  const maxStates = Math.min(MAX_LINE_STATES, budget.states)
  const take = (rest: Rest, f: number, fileTo: number, s: number, sealTo: number) =>
    taken(rest, actual, f, fileTo, fileEnd, sealed, s, sealTo, sealEnd)

  /** The state reached at `f`, `s` with `rest` left: past the bytes both lines have in common there. */
  const stateAt = (f: number, s: number, rest: Rest): State => {
    const equalFrom = f
    const sealFrom = s
    while (f < fileEnd && s < sealEnd && actual[f] === sealed[s]) {
      f++
      s++
    }
    // Start at a whole character: the difference may lie in a later byte of one (U+2013 and U+2014).
    while (f > equalFrom && ((actual[f] & 0xc0) === 0x80 || (sealed[s] & 0xc0) === 0x80)) {
      f--
      s--
    }
    const state: State = { file: f, seal: s, rest: take(rest, equalFrom, f, sealFrom, s), options: [], cost: Infinity, done: false, cursor: 0, best: -1 }
    if (f === fileEnd && s === sealEnd) {
      state.cost = 0
      state.done = true
      return state
    }
    const file: Side = { bytes: actual, at: f, end: fileEnd }
    const seal: Side = { bytes: sealed, at: s, end: sealEnd }
    if (f < fileEnd && s < sealEnd) {
      const atStart = atFileStart && f === actualLine.start && s === sealedLine.start
      for (const match of knownChanges(file, seal, atStart)) {
        const after = take(state.rest, f, f + match.actual, s, s + match.sealed)
        state.options.push({ match, next: keyOf(f + match.actual, s + match.sealed), cost: 1, rest: after, least: 1 + lowerBound(after) })
      }
    }
    const ends = editEnds(file, seal, suffix)
    const edit = 1 + (ends.fileEnd - f) + (ends.sealEnd - s)
    state.options.push({ match: null, next: -1, cost: edit, rest: EMPTY_REST, least: edit })
    // The likeliest ways on first, so that the cheapest explanation is found early and the others skipped.
    state.options.sort((a, b) => a.least - b.least)
    return state
  }

  const rootKey = keyOf(actualLine.start, sealedLine.start)
  const root = stateAt(actualLine.start, sealedLine.start, restOf(actual, actualLine.start, fileEnd, sealed, sealedLine.start, sealEnd))
  states.set(rootKey, root)
  const out: LineChanges = { causes: [], first: null, bounded: false }
  const asEdit = (state: State): string => {
    const file: Side = { bytes: actual, at: state.file, end: fileEnd }
    const seal: Side = { bytes: sealed, at: state.seal, end: sealEnd }
    const ends = editEnds(file, seal, suffix)
    return describeSpan(file, seal, ends.fileEnd, ends.sealEnd)
  }
  if (root.done) return out

  // The cheapest explanation of the rest from every state reached, one way on at a time and without
  // recursion: positions only move forward, so the states form a graph without cycles. A way on
  // whose lower bound cannot beat the cheapest found is skipped, and so are the ones after it (they
  // are in order of their bounds): below the first difference when it cannot be cheaper, at the
  // first difference only when it cannot be as cheap, so that every explanation of the cheapest
  // cost is seen there (the first change is named from them). The cost stays exact.
  const stack = [rootKey]
  while (stack.length > 0) {
    const state = states.get(stack[stack.length - 1])!
    if (state.done) {
      stack.pop()
      continue
    }
    const option = state.options[state.cursor]
    if (option === undefined || (state === root ? option.least > state.cost : option.least >= state.cost)) {
      state.done = true
      stack.pop()
      continue
    }
    let total = option.cost
    if (option.next >= 0) {
      let next = states.get(option.next)
      if (next === undefined) {
        if (states.size >= maxStates) {
          budget.states -= states.size
          const limit = lineBound
            ? `its bound of ${MAX_LINE_STATES} positions for one line`
            : `the bound of ${budget.total} positions for all lines of this file`
          return { causes: ['unknown'], first: `${asEdit(root)} (not explained: the search for what changed reached ${limit})`, bounded: true }
        }
        const match = option.match!
        next = stateAt(state.file + match.actual, state.seal + match.sealed, option.rest)
        states.set(option.next, next)
      }
      if (!next.done) {
        stack.push(option.next)
        continue
      }
      total += next.cost
    }
    if (total < state.cost) {
      state.cost = total
      state.best = state.cursor
    }
    state.cursor++
  }
  budget.states -= states.size

  const note = (cause: Cause, what: string | null) => {
    if (!out.causes.includes(cause)) out.causes.push(cause)
    if (out.first === null) out.first = what
  }
  // The first change: named by its class when every cheapest explanation agrees on it, otherwise
  // only by the bytes from the difference to where the cheapest explanations meet again.
  const totalOf = (option: Option) => {
    if (option.next < 0) return option.cost
    const next = states.get(option.next)
    return next?.done === true ? option.cost + next.cost : Infinity
  }
  const tied = root.options.filter(option => totalOf(option) === root.cost)
  const whatOf = (state: State, option: Option) => option.match?.what() ?? asEdit(state)
  if (new Set(tied.map(option => whatOf(root, option))).size > 1) note(tied[0].match?.cause ?? 'edited', describeTie(root, tied))
  for (let state: State | undefined = root; state !== undefined && state.cost > 0; ) {
    const option = state.options[state.best]
    if (option.match === null) {
      note('edited', asEdit(state))
      break
    }
    note(option.match.cause, option.match.what())
    state = states.get(option.next)
  }
  return out

  /** The bytes from the root's difference to the first position every tied explanation passes through, in words. */
  function describeTie(from: State, options: Option[]): string {
    const file: Side = { bytes: actual, at: from.file, end: fileEnd }
    const seal: Side = { bytes: sealed, at: from.seal, end: sealEnd }
    // Positions still open on the cheapest explanations, by key; an edit or the end meets nothing.
    let open = new Set(options.map(option => option.next))
    while (!open.has(-1) && open.size > 1) {
      // Move on the explanation that is furthest behind (the smallest sum of positions).
      let behind = -1
      let least = Infinity
      for (const key of open) {
        const state = states.get(key)!
        if (state.file + state.seal < least) {
          least = state.file + state.seal
          behind = key
        }
      }
      const state = states.get(behind)!
      if (state.cost === 0) break
      open.delete(behind)
      const cheapest = state.options.filter(option => totalOf(option) === state.cost)
      open = new Set([...open, ...cheapest.map(option => option.next)])
    }
    if (open.size === 1 && !open.has(-1)) {
      const [key] = open
      const f = actualLine.start + Math.floor(key / width)
      const s = sealedLine.start + (key % width)
      return describeSpan(file, seal, f, s)
    }
    const ends = editEnds(file, seal, suffix)
    return describeSpan(file, seal, ends.fileEnd, ends.sealEnd)
  }
}
