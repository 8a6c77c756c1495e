import { createHash } from 'node:crypto'
import type { Digest } from '../digest.js'

/** The sha256 of the given chunks taken one after another, as lowercase hex. */
export function sha256Hex(chunks: readonly Uint8Array[]): string {
  const hash = createHash('sha256')
  for (const chunk of chunks) hash.update(chunk)
  return hash.digest('hex')
}

/** Total length of the given chunks. */
export function totalLength(chunks: readonly Uint8Array[]): number {
  let length = 0
  for (const chunk of chunks) length += chunk.length
  return length
}

/**
 * Whether the chunks, taken one after another, are exactly the sealed bytes: same length and same
 * sha256. The length is compared first, so a candidate of the wrong length costs no hashing.
 */
export function restores(chunks: readonly Uint8Array[], sealed: Digest): boolean {
  if (totalLength(chunks) !== sealed.bytes) return false
  return sha256Hex(chunks) === sealed.sha256.toLowerCase()
}
