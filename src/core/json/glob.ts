/**
 * The small glob matcher used by the configuration file. Patterns and paths are
 * repository-relative and '/'-separated. Matching is case-sensitive.
 *
 *   *    any run of characters inside one path segment (never '/'), including none
 *   ?    exactly one character (code point) inside one path segment
 *   **   as a whole segment only: zero or more whole segments
 *
 * Everything else is literal. Brackets, braces and a leading '!' are rejected rather than taken
 * literally, so that a pattern written for another glob dialect fails loudly instead of silently
 * matching nothing. '*' and '?' match names starting with '.' too.
 *
 * Matching never backtracks exponentially: it is the classic greedy wildcard algorithm, applied
 * once over segments (for '**') and once over characters (for '*').
 */

/** Why `pattern` is not a valid glob, or null when it is. */
export function globProblem(pattern: string): string | null {
  if (pattern === '') return 'is empty'
  if (pattern.includes('\\')) return "must use '/' as separator (no backslashes)"
  if (pattern.startsWith('/')) return 'must be relative to the repository root (no leading /)'
  if (pattern.startsWith('!')) return 'must not start with ! (negation is not supported)'
  if (/[[\]{}]/.test(pattern)) return 'uses [ ] or { } which are not supported: write one glob per alternative'
  for (const segment of pattern.split('/')) {
    if (segment === '') return 'has an empty path segment'
    if (segment === '.' || segment === '..') return `must not contain a '${segment}' segment`
    if (segment.includes('**') && segment !== '**') return "uses '**' inside a segment: '**' must be a whole segment"
  }
  return null
}

/**
 * The greedy wildcard algorithm over any sequence: `isStar(p)` says whether pattern item p matches
 * any run of items (including none), `matchOne(p, item)` whether it matches exactly that item.
 */
function wildcardMatch<P, T>(pattern: readonly P[], items: readonly T[], isStar: (p: P) => boolean, matchOne: (p: P, item: T) => boolean): boolean {
  let p = 0
  let s = 0
  let star = -1
  let mark = 0
  while (s < items.length) {
    if (p < pattern.length && isStar(pattern[p])) {
      star = p++
      mark = s
    } else if (p < pattern.length && matchOne(pattern[p], items[s])) {
      p++
      s++
    } else if (star !== -1) {
      p = star + 1
      s = ++mark
    } else {
      return false
    }
  }
  while (p < pattern.length && isStar(pattern[p])) p++
  return p === pattern.length
}

/** One path segment against its pattern, code point by code point: '*' any run, '?' one. */
function matchSegment(pattern: readonly string[], name: string): boolean {
  return wildcardMatch(pattern, Array.from(name), c => c === '*', (c, ch) => c === '?' || c === ch)
}

export type GlobMatcher = (path: string) => boolean

/** Compiles `pattern`; throws an Error (with the globProblem text) when it is invalid. */
export function compileGlob(pattern: string): GlobMatcher {
  const problem = globProblem(pattern)
  if (problem !== null) throw new Error(`glob ${JSON.stringify(pattern)} ${problem}`)
  const segments = pattern.split('/').map(s => (s === '**' ? null : Array.from(s)))
  return (path: string): boolean =>
    wildcardMatch(segments, path.split('/'), seg => seg === null, (seg, name) => seg !== null && matchSegment(seg, name))
}
