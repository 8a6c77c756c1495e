/**
 * Git LFS pointer files (docs/git.md, section "Git LFS"). A file committed through Git LFS is a
 * small text in the commit that names the real content by its sha256 and size:
 *
 *   version https://git-lfs.github.com/spec/v1
 *   oid sha256:<64 lowercase hex>
 *   size <decimal bytes>
 *
 * Lines end with LF, `version` comes first, the other keys in byte order, and the whole pointer is
 * under 1024 bytes. Because the oid is the sha256 of the content, a sealed file stored in LFS is
 * verified against its pointer without downloading the content. Pure: no I/O.
 */
import type { Digest } from './digest.js'

/** Pointers are smaller than this (Git LFS specification). */
export const LFS_POINTER_MAX = 1024

const VERSIONS = new Set(['https://git-lfs.github.com/spec/v1', 'https://hawser.github.com/spec/v1'])

/** The content a pointer stands for, or null when `bytes` is not a Git LFS pointer this gate reads. */
export function parseLfsPointer(bytes: Uint8Array): Digest | null {
  if (bytes.length === 0 || bytes.length >= LFS_POINTER_MAX || bytes[bytes.length - 1] !== 10) return null
  const text = Buffer.from(bytes).toString('latin1')
  const lines = text.slice(0, -1).split('\n')
  if (lines.length !== 3) return null // version, oid, size; extensions (ext-*) change the bytes and are refused
  const pairs = lines.map(line => {
    const space = line.indexOf(' ')
    return space < 0 ? ['', ''] : [line.slice(0, space), line.slice(space + 1)]
  })
  const [[k0, version], [k1, oid], [k2, size]] = pairs
  if (k0 !== 'version' || k1 !== 'oid' || k2 !== 'size' || !VERSIONS.has(version)) return null
  const hex = /^sha256:([0-9a-f]{64})$/.exec(oid)
  if (hex === null || !/^(0|[1-9][0-9]{0,15})$/.test(size)) return null
  const bytesOf = Number(size)
  if (!Number.isSafeInteger(bytesOf)) return null
  return { sha256: hex[1], bytes: bytesOf }
}

/** The pointer text Git LFS writes for content with this digest. */
export function lfsPointerText(content: Digest): string {
  return `version https://git-lfs.github.com/spec/v1\noid sha256:${content.sha256}\nsize ${content.bytes}\n`
}
