/**
 * The tree hash of seal format v1 (docs/seal-format.md, section "Tree hash").
 *
 * tree = lowercase hex sha256 of the concatenation, over all files in byte order of their paths,
 * of the line `<sha256 hex>  <path>\n` (two spaces). These are exactly the lines `sha256sum`
 * prints, so inside a packet any reader can recompute it with coreutils:
 *
 *   find . -type f ! -path ./seal.json -printf '%P\n' | LC_ALL=C sort | xargs -d '\n' sha256sum | sha256sum
 *
 * and it equals Go's module dirhash "h1:" value, in hex instead of base64.
 */
import { createHash } from 'node:crypto'
import { compareBytewise } from './paths.js'

export interface TreeEntry {
  path: string
  sha256: string
}

export function treeLines(entries: readonly TreeEntry[]): string {
  return inOrder(entries)
    .map(e => `${e.sha256}  ${e.path}\n`)
    .join('')
}

export function treeHash(entries: readonly TreeEntry[]): string {
  return treeHashInOrder(inOrder(entries))
}

/** The tree hash of entries already in byte order of their paths (a valid seal's). */
export function treeHashInOrder(entries: Iterable<TreeEntry>): string {
  // The lines go to the hash a few tens of kilobytes at a time: the same bytes as treeLines,
  // without holding all of them (about 100 bytes a file) at once.
  const hash = createHash('sha256')
  let chunk = ''
  for (const e of entries) {
    chunk += `${e.sha256}  ${e.path}\n`
    if (chunk.length >= 1 << 16) {
      hash.update(chunk, 'utf8')
      chunk = ''
    }
  }
  return hash.update(chunk, 'utf8').digest('hex')
}

/** The entries in byte order of their paths; most callers already have them so, and pay one pass. */
function inOrder(entries: readonly TreeEntry[]): readonly TreeEntry[] {
  for (let i = 1; i < entries.length; i++) {
    if (compareBytewise(entries[i - 1].path, entries[i].path) > 0) return [...entries].sort((a, b) => compareBytewise(a.path, b.path))
  }
  return entries
}
