/**
 * Path rules of seal format v1 (docs/seal-format.md, section "Paths"), and the collision key
 * used to refuse names that a case-insensitive or normalizing file system would merge.
 */

/** Why a packet-relative path is unsafe, or null when it is acceptable. */
export function pathProblem(path: string): string | null {
  if (path.length === 0) return 'empty path'
  if (Buffer.byteLength(path, 'utf8') > 4096) return 'path longer than 4096 bytes'
  if (!path.isWellFormed()) return 'path is not valid Unicode'
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f-\u009f]/.test(path)) return 'control character in path'
  if (path.includes('\\')) return 'backslash in path'
  if (path.startsWith('/')) return 'absolute path'
  if (/^[A-Za-z]:/.test(path)) return 'drive-letter path'
  for (const segment of path.split('/')) {
    if (segment === '') return 'empty path segment (leading, trailing or doubled "/")'
    if (segment === '.' || segment === '..') return `"${segment}" segment in path`
  }
  return null
}

/** Two paths with the same key would be one file on a case-insensitive or normalizing file system. */
export function collisionKey(path: string): string {
  return path.normalize('NFC').toLowerCase().normalize('NFC')
}

/** Byte order of the UTF-8 encodings, as `LC_ALL=C sort` orders file names. */
export function compareBytewise(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'))
}
