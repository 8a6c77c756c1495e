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
  return [...entries]
    .sort((a, b) => compareBytewise(a.path, b.path))
    .map(e => `${e.sha256}  ${e.path}\n`)
    .join('')
}

export function treeHash(entries: readonly TreeEntry[]): string {
  return createHash('sha256').update(treeLines(entries), 'utf8').digest('hex')
}
