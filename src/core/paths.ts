/**
 * Path rules of seal format v1 (docs/seal-format.md, section "Paths"), and the collision key
 * used to refuse names that a case-insensitive or normalizing file system would merge.
 */

/** Why a packet-relative path is unsafe, or null when it is acceptable. */
export function pathProblem(path: string): string | null {
  // The common path, printable ASCII without backslash, passes the first five checks as it is.
  if (path.length > 0 && path.length <= 4096 && printableAscii(path)) return layoutProblem(path)
  if (path.length === 0) return 'empty path'
  if (Buffer.byteLength(path, 'utf8') > 4096) return 'path longer than 4096 bytes'
  if (!path.isWellFormed()) return 'path is not valid Unicode'
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f-\u009f]/.test(path)) return 'control character in path'
  if (path.includes('\\')) return 'backslash in path'
  return layoutProblem(path)
}

/** U+0020 to U+007E only, and no backslash. */
function printableAscii(path: string): boolean {
  for (let i = 0; i < path.length; i++) {
    const c = path.charCodeAt(i)
    if (c < 0x20 || c > 0x7e || c === 0x5c) return false
  }
  return true
}

/** The rules on where the path leads: not absolute, no drive letter, no empty, ".", ".." or ".git" (any case) segment. */
function layoutProblem(path: string): string | null {
  if (path.startsWith('/')) return 'absolute path'
  if (/^[A-Za-z]:/.test(path)) return 'drive-letter path'
  let start = 0
  for (let i = 0; i <= path.length; i++) {
    if (i < path.length && path.charCodeAt(i) !== 0x2f) continue
    const length = i - start
    if (length === 0) return 'empty path segment (leading, trailing or doubled "/")'
    if (length <= 2 && path.charCodeAt(start) === 0x2e && (length === 1 || path.charCodeAt(start + 1) === 0x2e)) {
      return `"${path.slice(start, i)}" segment in path`
    }
    if (length === 4 && path.slice(start, i).toLowerCase() === '.git') {
      return `"${path.slice(start, i)}" segment in path (git never holds one)`
    }
    start = i + 1
  }
  return null
}

const ASCII = /^[\u0000-\u007f]*$/

/** Two paths with the same key would be one file on a case-insensitive or normalizing file system. */
export function collisionKey(path: string): string {
  // ASCII is its own normal form: lower case is the whole key (and the common case, per file).
  if (ASCII.test(path)) return path.toLowerCase()
  return path.normalize('NFC').toLowerCase().normalize('NFC')
}

/** ASCII without an upper-case letter: a path that is its own collision key. */
const PLAIN = /^[\u0000-\u0040\u005b-\u007f]*$/

/**
 * The collisions among `count` paths (`pathAt(i)`, in the order given): [i, j] for each path `i`
 * whose collision key an earlier, different path `j` has (the first one with that key; a path
 * equal to the one before it in its group, a duplicate, is left to the caller).
 *
 * Keys are kept only for paths that are not their own key (anything but ASCII without upper case):
 * two different paths that are each their own key cannot collide, so a packet of plain names needs
 * no map of every path; plain paths are looked up in that map only when it holds anything.
 */
export function collisions(count: number, pathAt: (i: number) => string): [number, number][] {
  const groups = new Map<string, number[]>()
  for (let i = 0; i < count; i++) {
    const path = pathAt(i)
    if (PLAIN.test(path)) continue
    const key = collisionKey(path)
    const group = groups.get(key)
    if (group === undefined) groups.set(key, [i])
    else group.push(i)
  }
  if (groups.size === 0) return []
  for (let i = 0; i < count; i++) {
    const path = pathAt(i)
    if (PLAIN.test(path)) groups.get(path)?.push(i)
  }
  const out: [number, number][] = []
  for (const group of groups.values()) {
    group.sort((a, b) => a - b)
    for (let g = 1; g < group.length; g++) {
      const path = pathAt(group[g])
      if (path !== pathAt(group[g - 1]) && path !== pathAt(group[0])) out.push([group[g], group[0]])
    }
  }
  return out.sort((a, b) => a[0] - b[0])
}

/**
 * Byte order of the UTF-8 encodings, as `LC_ALL=C sort` orders file names: -1, 0 or 1.
 *
 * Compared unit by unit without encoding (this runs a few million times on a large packet):
 * UTF-16 order is UTF-8 order, except where a surrogate (half of a code point above U+FFFF, which
 * UTF-8 orders after all of U+E000-U+FFFF) meets a unit at or above U+D800: there the encodings
 * are compared.
 */
export function compareBytewise(a: string, b: string): number {
  if (a === b) return 0
  const n = Math.min(a.length, b.length)
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i)
    const y = b.charCodeAt(i)
    if (x === y) continue
    if (x >= 0xd800 && y >= 0xd800 && (x <= 0xdfff || y <= 0xdfff)) {
      return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'))
    }
    return x < y ? -1 : 1
  }
  return a.length < b.length ? -1 : 1
}
